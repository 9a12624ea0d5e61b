/**
 * Input of the written guidance on torture examinations (shared/domain/letters/torture-examination-guidance.md,
 * applicant-guidance; Asylmeddelelse 9/16, R-ASY-082). The source gives the guidance orally at the interview
 * with the consent form; this written version is a product choice (README, open legal questions).
 */
import { z } from 'zod';
import { civilDate, toTheApplicantFields } from '../common-schema.ts';
import { areDates, dateNotBefore } from '../date-checks.ts';

export const schema = z
  .strictObject({
    ...toTheApplicantFields,
    /** The day the applicant said, before or during the asylum interview, that they were tortured (src:1350–1352). */
    tortureClaimDate: civilDate,
    /** The day the applicant signed the consent form, if they have (src:1363–1364). */
    consentSignedDate: civilDate.optional(),
  })
  .superRefine((input, ctx) => {
    dateNotBefore(ctx, input, 'letterDate', 'tortureClaimDate', 'R-ASY-082');
    const { consentSignedDate: signed } = input;
    if (signed !== undefined && areDates(signed, input.tortureClaimDate, input.letterDate)) {
      const other = signed < input.tortureClaimDate ? 'tortureClaimDate' : signed > input.letterDate ? 'letterDate' : null;
      if (other === 'tortureClaimDate') {
        ctx.addIssue({
          code: 'custom',
          path: ['consentSignedDate'],
          params: { code: 'RULE_DATE_BEFORE', field: 'consentSignedDate', other, rule: 'R-ASY-082' },
        });
      }
      if (other === 'letterDate') {
        ctx.addIssue({
          code: 'custom',
          path: ['letterDate'],
          params: { code: 'RULE_DATE_BEFORE', field: 'letterDate', other: 'consentSignedDate', rule: 'R-ASY-082' },
        });
      }
    }
  });

export type Input = z.infer<typeof schema>;
