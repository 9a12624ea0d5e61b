/**
 * Input of the rejection ("afvisning") of a permanent-residence application without a merits decision
 * (shared/domain/letters/permanent-residence-rejection.md): the variant's own facts, which the rules check against
 * the reference's conditions before anything is rendered.
 */
import { z } from 'zod';
import { civilDate, toTheApplicantFields } from '../common-schema.ts';
import { officerText } from '../officer-text.ts';
import { decisionNotBeforeAnswer } from '../pr-answer-date.ts';
import { companionInput } from '../temporary-permit-extension/schema.ts';

const common = {
  ...toTheApplicantFields,
  filingDate: civilDate,
};

export const schema = z
  .discriminatedUnion('variant', [
    z.strictObject({
      variant: z.literal('incomplete'),
      ...common,
      /** § 11, stk. 10 (R-PR-102): a fundamental defect is rejected at once; a non-fundamental one after a deadline. */
      defect: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('fundamental') }),
        z.strictObject({
          kind: z.literal('non-fundamental'),
          /** The documentation request (pr-documentation-request) and its answer date. */
          requestDate: civilDate,
          answerBy: civilDate,
        }),
      ]),
      /** What was missing and why it is needed (forvaltningsloven § 24; the source gives no wording): the officer's words. */
      missing: z
        .array(z.strictObject({ item: officerText(300), why: officerText(1000) }))
        .min(1)
        .max(12),
      temporaryPermitExpires: civilDate,
      /** The extension part-decision, where the permit expires within 6 months (R-PR-110). */
      extension: companionInput.optional(),
    }),
    z.strictObject({
      variant: z.literal('late-filing'),
      ...common,
      /** The day the permit expired: the application was filed after it (§ 9, stk. 21; R-PR-103). */
      permitExpired: civilDate,
      /** Permits for which filing in Denmark is always allowed (§§ 7–8, 9 b, 9 c, stk. 2–3, 9 d, 9 e) are refused here. */
      permitBasis: z.enum(['7-8', '9b', '9c-2', '9c-3', '9d', '9e', 'other']),
    }),
    z.strictObject({
      variant: z.literal('fee'),
      ...common,
      /** § 9 h, stk. 8 (R-PR-100): the fee due for the case category and the amount paid by the filing. */
      feeDue: z.number().positive().max(100_000).multipleOf(0.01),
      feePaid: z.number().min(0).max(100_000).multipleOf(0.01),
      /** A fee paid for another case category is never a ground for rejection (R-PR-100). */
      paidForOtherCategory: z.boolean(),
      /** Whether the applicant still has a valid permit: otherwise a departure deadline is set (OPEN, R-PR-113). */
      validPermitAtDecision: z.boolean(),
    }),
    z.strictObject({
      variant: z.literal('form'),
      ...common,
      /** TU1–TU3 must be filed through the digital self-service from 1 May 2015 (TU4 is a paper form) (R-PR-101). */
      form: z.enum(['TU1', 'TU2', 'TU3']),
      signedUpForDigitalPost: z.boolean(),
      represented: z.boolean(),
      /** The fee paid, refunded less the year's deduction (§ 9 h, stk. 7). */
      feePaid: z.number().positive().max(100_000).multipleOf(0.01),
    }),
  ])
  .superRefine((input, ctx) => {
    const before = (path: string, later: string, other: string, earlier: string, rule: string) => {
      if (later < earlier)
        ctx.addIssue({ code: 'custom', path: [path], params: { code: 'RULE_DATE_BEFORE', field: path, other, rule } });
    };
    before('letterDate', input.letterDate, 'filingDate', input.filingDate, 'R-PR-102');
    if (input.variant === 'incomplete' && input.defect.kind === 'non-fundamental') {
      before('letterDate', input.letterDate, 'defect.requestDate', input.defect.requestDate, 'R-PR-107');
      decisionNotBeforeAnswer(ctx, ['letterDate'], input.letterDate, { answerBy: input.defect.answerBy });
    }
  });

export type Input = z.infer<typeof schema>;
