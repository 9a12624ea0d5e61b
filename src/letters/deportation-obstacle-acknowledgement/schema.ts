/**
 * Input of the notice that a § 9 c, stk. 2 case is being processed (R-ASY-033; deportation-obstacle-decision.md,
 * "Always", src:484–488): the facts that place the application against the 18-month point.
 */
import { z } from 'zod';
import { civilDate, toTheApplicantFields } from '../common-schema.ts';
import { dateNotBefore } from '../date-checks.ts';

export const schema = z
  .strictObject({
    ...toTheApplicantFields,
    applicationDate: civilDate,
    /** The latest departure deadline, set with or after the final asylum refusal (R-ASY-031). */
    latestDepartureDeadline: civilDate,
    /** R-ASY-032: the latest deadline was a deferral "for a shorter period" (officer): the deadline before it. */
    shortDeferral: z.strictObject({ deadlineBeforeDeferral: civilDate }).optional(),
    /** R-ASY-034: the applicant has left the asylum-centre system (the application is rejected instead). */
    leftAsylumCentreSystem: z.boolean(),
  })
  .superRefine((input, ctx) => {
    dateNotBefore(ctx, input, 'letterDate', 'applicationDate', 'R-ASY-033');
    // A letter date before the latest departure deadline is not a contradiction (issue 11, point 3): the 18 months
    // have then not passed, and the rules answer that no notice is due yet.
    const before = input.shortDeferral?.deadlineBeforeDeferral;
    if (before && civilDate.safeParse(before).success && input.latestDepartureDeadline < before) {
      ctx.addIssue({
        code: 'custom',
        path: ['latestDepartureDeadline'],
        params: {
          code: 'RULE_DATE_BEFORE',
          field: 'latestDepartureDeadline',
          other: 'shortDeferral.deadlineBeforeDeferral',
          rule: 'R-ASY-032',
        },
      });
    }
  });

export type Input = z.infer<typeof schema>;
