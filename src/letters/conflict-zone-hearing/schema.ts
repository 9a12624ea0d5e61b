/**
 * Input of the hearing before a § 21 b lapse decision (shared/domain/letters/conflict-zone-lapse.md, hearing;
 * R-ASY-093): the information the decision may rest on, including the police's assessment, and the answer
 * date (the source gives no period: input). Or the recorded reason for omitting the hearing.
 */
import { z } from 'zod';
import { civilDate, toTheApplicantFields } from '../common-schema.ts';
import { permitBasis, SECTION_21B_IN_FORCE } from '../conflict-zone-lapse/schema.ts';
import { areDates } from '../date-checks.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

export const schema = z
  .strictObject({
    ...toTheApplicantFields,
    permitBasis,
    stayAbroad: z.strictObject({ country: text(100), from: civilDate, to: civilDate.optional() }),
    policeAssessmentDate: civilDate,
    /** The information and assessments the decision may rest on, paragraph by paragraph. */
    information: z.array(text(3000)).min(1).max(12),
    hearing: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('send'), answerBy: civilDate }),
      /** forvaltningslovens § 19, stk. 2, nr. 5, 2. led: only after reasonable efforts to make contact. */
      z.strictObject({ kind: z.literal('omit'), reason: z.enum(['whereabouts-unknown', 'left-for-unknown-place']) }),
    ]),
  })
  .superRefine((input, ctx) => {
    const issue = (path: string[], other: string, rule: string) =>
      ctx.addIssue({ code: 'custom', path, params: { code: 'RULE_DATE_BEFORE', field: path.join('.'), other, rule } });
    if (areDates(input.stayAbroad.from) && input.stayAbroad.from < SECTION_21B_IN_FORCE)
      issue(['stayAbroad', 'from'], '1 March 2015', 'R-ASY-090');
    if (areDates(input.letterDate, input.policeAssessmentDate) && input.letterDate < input.policeAssessmentDate) {
      issue(['letterDate'], 'policeAssessmentDate', 'R-ASY-093');
    }
    // The person must have time to answer: the answer date lies after the letter date.
    if (
      input.hearing.kind === 'send' &&
      areDates(input.hearing.answerBy, input.letterDate) &&
      input.hearing.answerBy <= input.letterDate
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['hearing', 'answerBy'],
        params: { code: 'RULE_DATE_NOT_AFTER', field: 'hearing.answerBy', other: 'letterDate', rule: 'R-ASY-093' },
      });
    }
  });

export type Input = z.infer<typeof schema>;
