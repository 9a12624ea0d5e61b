/**
 * Input of the written answer to an accommodation operator that asked US to speed up an asylum case on
 * health grounds (shared/domain/letters/torture-examination-guidance.md, operator-expedite-notice; R-ASY-083).
 * Health details are not an input: the notice never states them (personal data; OPEN in the reference).
 */
import { z } from 'zod';
import { applicant, caseNumber, civilDate, danishPostalAddress, officer } from '../common-schema.ts';
import { areDates, dateNotBefore } from '../date-checks.ts';
import { officerText } from '../officer-text.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

export const schema = z
  .strictObject({
    letterDate: civilDate,
    caseNumber,
    /** The asylum applicant the request concerns. */
    applicant,
    operator: z.strictObject({ name: text(200), address: danishPostalAddress }),
    officer,
    requestDate: civilDate,
    outcome: z.discriminatedUnion('kind', [
      z.strictObject({
        kind: z.literal('accepted'),
        /** "så vidt muligt" (src:1398–1400): when US expects to finish, if it can say. */
        expectedCompletionDate: civilDate.optional(),
      }),
      z.strictObject({
        kind: z.literal('cannot-complete'),
        /** src:1400–1402: the notice is co-signed by the deputy director of Center for Asyl. */
        deputyDirector: z.strictObject({ name: text(200) }),
        /** Advisable, not required by the source: why, in the officer's words. */
        reasons: z.array(officerText(3000)).max(6).optional(),
        expectedCompletionDate: civilDate.optional(),
      }),
    ]),
  })
  .superRefine((input, ctx) => {
    dateNotBefore(ctx, input, 'letterDate', 'requestDate', 'R-ASY-083');
    const expected = input.outcome.expectedCompletionDate;
    if (expected !== undefined && areDates(expected, input.letterDate) && expected <= input.letterDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['outcome', 'expectedCompletionDate'],
        params: { code: 'RULE_DATE_NOT_AFTER', field: 'outcome.expectedCompletionDate', other: 'letterDate', rule: 'R-ASY-083' },
      });
    }
  });

export type Input = z.infer<typeof schema>;
