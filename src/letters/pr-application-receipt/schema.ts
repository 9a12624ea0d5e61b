/**
 * Input of the receipt letter for a permanent-residence application (shared/domain/letters/pr-application-receipt.md):
 * when the application was registered, whether it is a KO1 case, whether processing is expected to take more than
 * 4 weeks, and whose hearing the processing includes.
 */
import { z } from 'zod';
import { civilDate, toTheApplicantFields } from '../common-schema.ts';
import { dateNotBefore } from '../date-checks.ts';

export const schema = z
  .strictObject({
    ...toTheApplicantFields,
    /** R-PR-106: the day the application was registered in the case system (EstherH); the receipt aims at a month after. */
    registrationDate: civilDate,
    /** R-PR-106, R-PR-120: an application on form KO1 gets no receipt. */
    ko1Application: z.boolean(),
    /** R-PR-106: the receipt is due where the processing is expected to take more than 4 weeks. */
    expectedProcessingOverFourWeeks: z.boolean(),
    /**
     * Whose hearing the processing includes (src:16247, 14498): SIRI in study and work cases, the ministry for a
     * holder of § 9 b, stk. 1, no other authority otherwise.
     */
    caseType: z.enum(['standard', 'siri', 'section-9b']),
  })
  .superRefine((input, ctx) => {
    dateNotBefore(ctx, input, 'letterDate', 'registrationDate', 'R-PR-106');
  });

export type Input = z.infer<typeof schema>;
