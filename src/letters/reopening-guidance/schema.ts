/**
 * Input of the re-opening guidance (shared/domain/letters/reopening-guidance.md): the facts of the
 * § 9 c, stk. 2 extension it accompanies and of the asylum case's final decision.
 */
import { z } from 'zod';
import { civilDate, toTheApplicantFields } from '../common-schema.ts';
import { areDates } from '../date-checks.ts';

/** Who finally decided the asylum case, and for US in which procedure (shared with deportation-obstacle-decision). */
export const asylumCase = z.discriminatedUnion('finallyDecidedBy', [
  z.strictObject({ finallyDecidedBy: z.literal('refugee-appeals-board') }),
  z.strictObject({
    finallyDecidedBy: z.literal('immigration-service'),
    procedure: z.enum(['manifestly-unfounded', 'normal']),
  }),
]);

/** R-ASY-025: a US refusal in the normal procedure is deemed appealed to Flygtningenævnet, so "finally decided by US in the normal procedure" is a contradiction, not a case. */
export const isUsNormalProcedure = (decidedBy: z.infer<typeof asylumCase>): boolean =>
  decidedBy.finallyDecidedBy === 'immigration-service' && decidedBy.procedure === 'normal';

export const schema = z
  .strictObject({
    ...toTheApplicantFields,
    /** The officer's finding (R-ASY-020): new essential background information of likely decisive importance. */
    newEssentialInformation: z.boolean(),
    /** The § 9 c, stk. 2 extension decision the letter goes with. */
    extension: z.strictObject({
      outcome: z.enum(['granted', 'refused']),
      decisionDate: civilDate,
    }),
    asylumCase,
  })
  .superRefine((input, ctx) => {
    // The letter is sent together with the extension decision: it cannot be dated before it.
    if (areDates(input.letterDate, input.extension.decisionDate) && input.letterDate < input.extension.decisionDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['letterDate'],
        params: {
          code: 'RULE_DATE_BEFORE',
          field: 'letterDate',
          other: 'extension.decisionDate',
          rule: 'letters/reopening-guidance.md',
        },
      });
    }
    if (isUsNormalProcedure(input.asylumCase)) {
      ctx.addIssue({
        code: 'custom',
        path: ['asylumCase', 'procedure'],
        params: { code: 'RULE_REOPENING_US_NORMAL_PROCEDURE', rule: 'R-ASY-025' },
      });
    }
  });

export type Input = z.infer<typeof schema>;
