/**
 * Input of the notices from US to the municipality (shared/domain/letters/municipality-notice.md; handbook 13.1,
 * src:10983–11072, and 4.5.2.1, src:7890–7891): which fact is notified, about whom, to which municipal council.
 * Never why a condition was waived (R-FAM-096): the input has no field for it.
 */
import { z } from 'zod';
import { caseNumber, civilDate, danishPostalAddress, officer } from '../common-schema.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

/** The municipal council (kommunalbestyrelsen) of the municipality where the alien lives, stays or moves to. */
export const municipality = z.strictObject({ name: text(200), address: danishPostalAddress });

/** What every notice takes. */
export const noticeFields = {
  letterDate: civilDate,
  caseNumber,
  /** The alien the notice concerns. */
  applicant: z.strictObject({ name: text(200), dateOfBirth: civilDate }),
  municipality,
  officer,
};

/** A § 44 a fact: the decision's date and the permit's legal basis as printed (e.g. "§ 9, stk. 1, nr. 1"). */
const decisionFact = { decisionDate: civilDate, legalBasis: text(100) };

export const notice = z.discriminatedUnion('variant', [
  z.strictObject({
    variant: z.literal('grant'),
    ...decisionFact,
    /**
     * R-FAM-096 (src:11070–11072): only whether the permit was not made conditional on the supplementary conditions
     * because special reasons spoke against it; never why.
     */
    supplementaryConditionsWaived: z.boolean(),
  }),
  z.strictObject({ variant: z.literal('permanent-granted'), ...decisionFact }),
  z.strictObject({ variant: z.literal('permanent-refused'), ...decisionFact }),
  z.strictObject({ variant: z.literal('temporary-after-permanent-refused'), ...decisionFact }),
  z.strictObject({ variant: z.literal('extension-refused'), ...decisionFact }),
  z.strictObject({ variant: z.literal('lapse'), ...decisionFact }),
  z.strictObject({ variant: z.literal('revocation'), ...decisionFact }),
  z.strictObject({ variant: z.literal('refusal-procedural-stay'), ...decisionFact }),
  /** The reference is asked for financial security (src:7890–7891): sent with the request (financial-security-request). */
  /** The amount comes from the dated table by the filing date (R-FAM-036), never typed. */
  z.strictObject({ variant: z.literal('security-request'), referenceName: text(200), applicationDate: civilDate }),
]);

export const schema = z.strictObject({ ...noticeFields, notice }).superRefine((input, ctx) => {
  const n = input.notice;
  if ('decisionDate' in n && n.decisionDate > input.letterDate)
    ctx.addIssue({
      code: 'custom',
      path: ['letterDate'],
      params: { code: 'RULE_DATE_BEFORE', field: 'letterDate', other: 'notice.decisionDate', rule: 'municipality-notice.md' },
    });
});

export type Input = z.infer<typeof schema>;
export type Notice = z.infer<typeof notice>;
