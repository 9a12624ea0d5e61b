/**
 * Input of the hearing before a § 21 b lapse decision (shared/domain/letters/conflict-zone-lapse.md, hearing;
 * R-ASY-093): the information the decision may rest on, including the police's assessment, and the answer
 * date (the source gives no period: at least MIN_HEARING_ANSWER_DAYS). Or the recorded reason for omitting the hearing.
 */
import { z } from 'zod';
import { civilDate, toTheApplicantFields } from '../common-schema.ts';
import { permitBasis } from '../conflict-zone-lapse/schema.ts';
import { checkStayAbroad, stayAbroad } from '../conflict-zone-lapse/stay-abroad.ts';
import { areDates } from '../date-checks.ts';
import { officerText } from '../officer-text.ts';
import { earliestAnswerDate, MIN_HEARING_ANSWER_DAYS } from './answer-period.ts';

export const schema = z
  .strictObject({
    ...toTheApplicantFields,
    permitBasis,
    stayAbroad,
    policeAssessmentDate: civilDate,
    /** The information and assessments the decision may rest on, paragraph by paragraph. */
    information: z.array(officerText(3000)).min(1).max(12),
    hearing: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('send'), answerBy: civilDate }),
      /** forvaltningslovens § 19, stk. 2, nr. 5, 2. led: only after reasonable efforts to make contact. */
      z.strictObject({ kind: z.literal('omit'), reason: z.enum(['whereabouts-unknown', 'left-for-unknown-place']) }),
    ]),
  })
  .superRefine((input, ctx) => {
    checkStayAbroad(ctx, input.stayAbroad);
    if (areDates(input.letterDate, input.policeAssessmentDate) && input.letterDate < input.policeAssessmentDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['letterDate'],
        params: { code: 'RULE_DATE_BEFORE', field: 'letterDate', other: 'policeAssessmentDate', rule: 'R-ASY-093' },
      });
    }
    // The person must have time to answer: at least the minimum answer period (answer-period.ts, OPEN).
    if (
      input.hearing.kind === 'send' &&
      areDates(input.hearing.answerBy, input.letterDate) &&
      input.hearing.answerBy < earliestAnswerDate(input.letterDate)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['hearing', 'answerBy'],
        params: {
          code: 'RULE_CZ_HEARING_ANSWER_PERIOD_TOO_SHORT',
          other: 'letterDate',
          days: String(MIN_HEARING_ANSWER_DAYS),
          rule: 'R-ASY-093',
        },
      });
    }
  });

export type Input = z.infer<typeof schema>;
