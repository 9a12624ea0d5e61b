/**
 * Input of the rejection for a missing or short fee (shared/domain/letters/fee-rejection.md; handbook 2.2.2.4 and
 * 2.2.2.6, src:4577–4657; § 9 h, stk. 8 and 9; R-FAM-004, R-FAM-005, R-FAM-012): the application or re-opening
 * request, what was paid, and for a rejection after a request to pay the rest, that request.
 */
import { z } from 'zod';
import { DELIVERY_CHANNELS } from '../../domain/departure-deadline.ts';
import { APPLICATION_FEE_CATEGORY_IDS } from '../../domain/family-amounts.ts';
import { aboutTheCaseFields, civilDate, danishPostalAddress } from '../common-schema.ts';
import { areDates } from '../date-checks.ts';
import { kronerAmount, payment } from '../family-fee.ts';
import { mission, missionIssues, representative } from '../family-schema.ts';

/** Where the applicant is; in Denmark, whether they have another right to stay (a valid visa, another permit). */
const whereabouts = z.discriminatedUnion('applicantIs', [
  z.strictObject({ applicantIs: z.literal('in-denmark'), address: danishPostalAddress, otherRightToStay: z.boolean() }),
  z.strictObject({ applicantIs: z.literal('abroad'), mission: mission.optional() }),
]);

const category = z.enum(APPLICATION_FEE_CATEGORY_IDS);

export const schema = z
  .strictObject({
    ...aboutTheCaseFields,
    whereabouts,
    representative,
    /** The application was filed through a Danish mission: it is told when a lawyer receives the decision (R-FAM-093). */
    filedViaMission: z.boolean(),
    rejection: z.discriminatedUnion('variant', [
      /** No fee or too little at filing, the shortfall at least the limit (§ 9 h, stk. 8, 1. pkt.). */
      z.strictObject({ variant: z.literal('application'), category, filingDate: civilDate, payment }),
      /** The rest asked for was not paid in time (§ 9 h, stk. 8, 3. pkt.). */
      z.strictObject({
        variant: z.literal('application-after-request'),
        category,
        filingDate: civilDate,
        payment,
        /** The request to pay the rest: its date, channel and where the application was filed give its deadline again. */
        request: z.strictObject({
          letterDate: civilDate,
          deliveryChannel: z.enum(DELIVERY_CHANNELS),
          filedIn: z.enum(['denmark', 'abroad']),
        }),
      }),
      /** A request to re-open a case US decided, without the fee at filing (§ 9 h, stk. 9, 1. pkt.). */
      z.strictObject({ variant: z.literal('reopening'), filingDate: civilDate, amountPaid: kronerAmount }),
    ]),
  })
  .superRefine((input, ctx) => {
    for (const i of missionIssues(input.whereabouts, input.representative, input.filedViaMission))
      ctx.addIssue({ code: 'custom', path: i.path, params: { code: i.code, ...i.params } });
    const r = input.rejection;
    const before = (path: (string | number)[], field: string, other: string, rule: string) =>
      ctx.addIssue({ code: 'custom', path, params: { code: 'RULE_DATE_BEFORE', field, other, rule } });
    if (areDates(input.letterDate, r.filingDate) && input.letterDate < r.filingDate)
      before(['letterDate'], 'letterDate', 'rejection.filingDate', 'R-FAM-004');
    if (r.variant === 'application-after-request' && areDates(r.request.letterDate, r.filingDate, input.letterDate)) {
      if (r.request.letterDate < r.filingDate)
        before(['rejection', 'request', 'letterDate'], 'rejection.request.letterDate', 'rejection.filingDate', 'R-FAM-005');
      if (input.letterDate <= r.request.letterDate)
        ctx.addIssue({
          code: 'custom',
          path: ['letterDate'],
          params: { code: 'RULE_DATE_NOT_AFTER', field: 'letterDate', other: 'rejection.request.letterDate', rule: 'R-FAM-005' },
        });
    }
  });

export type Input = z.infer<typeof schema>;
