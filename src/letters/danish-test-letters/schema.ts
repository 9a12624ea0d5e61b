/**
 * Input of the Danish-test letters (shared/domain/letters/danish-test-letters.md; handbook 4.6, src:8006–8334;
 * R-FAM-037). Built: the result letter (the test, its level and date, the number of correct answers). The decision
 * variants are not built (README: their appeal guidance and, for revocation, the legal basis are OPEN).
 */
import { z } from 'zod';
import { aboutTheCaseFields, civilDate } from '../common-schema.ts';
import { dateNotBefore } from '../date-checks.ts';
import { familyNoticeFields } from '../family-addressee.ts';

/** The number of questions in a test (src:8054–8056: "21 ud af 30"). */
export const QUESTIONS = 30;

export const schema = z
  .strictObject({
    ...aboutTheCaseFields,
    ...familyNoticeFields,
    test: z.strictObject({
      level: z.enum(['A1', 'A2']),
      date: civilDate,
      /** Correct answers out of 30, as US finally assessed them: pass or fail follows from it, never typed. */
      correctAnswers: z.number().int().min(0).max(QUESTIONS),
    }),
  })
  .superRefine((input, ctx) => {
    if (input.test)
      dateNotBefore(ctx, { letterDate: input.letterDate, testDate: input.test.date }, 'letterDate', 'testDate', 'R-FAM-037');
  });

export type Input = z.infer<typeof schema>;
