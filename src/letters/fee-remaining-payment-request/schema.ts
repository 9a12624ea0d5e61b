/**
 * Input of the request to pay the rest of the fee (shared/domain/letters/fee-remaining-payment-request.md; handbook
 * src:4646–4653; § 9 h, stk. 8, 2.–3. pkt.; R-FAM-005): the application, what was paid and for which category,
 * where the applicant is and where the application was filed, the delivery channel, the parties.
 */
import { z } from 'zod';
import { DELIVERY_CHANNELS } from '../../domain/departure-deadline.ts';
import { applicant, caseNumber, civilDate, danishPostalAddress, officer } from '../common-schema.ts';
import { areDates } from '../date-checks.ts';
import { familyNoticeFields } from '../family-addressee.ts';
import { application, payment } from '../family-fee.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

export const schema = z
  .strictObject({
    /** The date the letter is actually sent: the payment period is counted from it (R-FAM-086; OPEN, see README). */
    letterDate: civilDate,
    caseNumber,
    applicant,
    officer,
    ...familyNoticeFields,
    /** Where the application was filed: with where the applicant is, it selects 14 days or 4 weeks (R-FAM-005). */
    filedIn: z.enum(['denmark', 'abroad']),
    /** The spouse or parent in Denmark: a party, asked too ("anmodes parterne", src:4650). */
    reference: z.strictObject({ name: text(200), address: danishPostalAddress }),
    deliveryChannel: z.enum(DELIVERY_CHANNELS),
    application,
    payment,
  })
  .superRefine((input, ctx) => {
    const filingDate = input.application?.filingDate;
    if (areDates(input.letterDate, filingDate) && input.letterDate < (filingDate as string))
      ctx.addIssue({
        code: 'custom',
        path: ['letterDate'],
        params: { code: 'RULE_DATE_BEFORE', field: 'letterDate', other: 'application.filingDate', rule: 'R-FAM-005' },
      });
  });

export type Input = z.infer<typeof schema>;
