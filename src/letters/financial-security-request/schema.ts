/**
 * Input of the request to the reference to provide financial security (shared/domain/letters/
 * financial-security-request.md; handbook 4.5, src:7876–8003): the reference (the only addressee), where the applicant
 * and the reference are, the municipalities, the filing date that fixes the amount, the request date.
 */
import { z } from 'zod';
import { caseNumber, civilDate, danishPostalAddress, officer } from '../common-schema.ts';
import { municipality } from '../municipality-notice/schema.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

export const schema = z
  .strictObject({
    /** The request date: the security runs from 30 days after it (src:7947–7959). */
    letterDate: civilDate,
    caseNumber,
    /** The applicant the security is for. */
    applicant: z.strictObject({ name: text(200), dateOfBirth: civilDate }),
    /** The reference, "alene den herboende person" (src:7892–7893), at a Danish address. */
    reference: z.strictObject({ name: text(200), address: danishPostalAddress }),
    /** Filing date: it fixes the amount (R-FAM-036). */
    applicationDate: civilDate,
    applicantIs: z.enum(['in-denmark', 'abroad']),
    referenceIs: z.enum(['in-denmark', 'abroad']),
    /**
     * The municipalities the rule chooses from (src:7908–7929): the applicant's (applicant in Denmark), the
     * reference's, and the one the applicant is expected to settle in (if another, or both abroad).
     */
    municipalities: z.strictObject({
      applicants: municipality.optional(),
      references: municipality.optional(),
      expectedSettlement: municipality.optional(),
    }),
    officer,
  })
  .superRefine((input, ctx) => {
    if (input.letterDate < input.applicationDate)
      ctx.addIssue({
        code: 'custom',
        path: ['letterDate'],
        params: { code: 'RULE_DATE_BEFORE', field: 'letterDate', other: 'applicationDate', rule: 'R-FAM-036' },
      });
  });

export type Input = z.infer<typeof schema>;
