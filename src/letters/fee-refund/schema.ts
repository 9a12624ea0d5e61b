/**
 * Input of the fee-refund letters (shared/domain/letters/fee-refund.md; handbook 2.2.2.2–2.2.2.7, src:4406–4701;
 * § 9 h, stk. 6–7; R-FAM-007..011): the refund notice, the request for the payment receipt, and the refusals to refund
 * (the reference's request after a withdrawal on a case of its own).
 */
import { z } from 'zod';
import { aboutTheCaseFields, caseNumber, civilDate, danishPostalAddress } from '../common-schema.ts';
import { areDates } from '../date-checks.ts';
import { kronerAmount } from '../family-fee.ts';
import { decisionRoutingFields, missionIssues } from '../family-schema.ts';

/** Why a fee is refunded (letters/fee-refund.md, When); the reason decides the deduction (R-FAM-007). */
export const REFUND_REASONS = [
  'fee-exempt', // international obligations or EU rules, found after payment (src:4440–4449, 4477–4478, 4509–4512)
  'fee-rejection', // rejected for a missing or short fee, or paid after such a rejection (src:4637–4640)
  'rejection-9g-3', // incomplete § 9, stk. 1 application (src:4685–4686)
  'rejection-9-21', // § 9, stk. 21 (src:4676–4684)
  'rejection-9c-6', // § 9 c, stk. 6
  'rejection-9f-8', // § 9 f, stk. 8
  'rejection-9g-4', // § 9 g, stk. 4
  'rejection-47b', // § 47 b
  'appeal-reversed-family-unity', // Udlændingenævnet reversed a refusal with reference to family unity (src:4687–4689)
  'withdrawn-exempt', // withdrawn, but a merits decision would have found it fee-exempt (src:4695–4697)
  'reopening-granted', // re-opening request granted (§ 9 h, stk. 6, 1. pkt.; src:4592–4596)
] as const;
export type RefundReason = (typeof REFUND_REASONS)[number];

/** Why a refund is refused (R-FAM-008, R-FAM-011; src:4690–4694, 4597–4599). */
export const REFUSAL_REASONS = [
  'merits-refusal',
  'application-moot',
  'application-withdrawn',
  'reopening-refused',
  'reopening-withdrawn',
  'reopening-moot',
] as const;

export const schema = z
  .strictObject({
    ...aboutTheCaseFields,
    ...decisionRoutingFields,
    /** The filing date of the application (or re-opening request) the fee was paid for (R-FAM-015). */
    filingDate: civilDate,
    payment: z.strictObject({
      amount: kronerAmount,
      /** A card payment is refunded only to the card's account in the first 6 months after filing (R-FAM-009). */
      method: z.enum(['card', 'bank-transfer', 'payment-slip']),
    }),
    letter: z.discriminatedUnion('variant', [
      z.strictObject({
        variant: z.literal('refund-notice'),
        reason: z.enum(REFUND_REASONS),
        /** Sent with the decision on the merits? If not, the letter says that nothing is decided yet (R-FAM-010). */
        withMeritsDecision: z.boolean(),
        /** Where the money goes (src:4668–4673). */
        refundTo: z.enum(['account-on-application-form', 'card-account', 'danish-mission']),
      }),
      z.strictObject({ variant: z.literal('receipt-request') }),
      z.strictObject({ variant: z.literal('refund-refusal'), reason: z.enum(REFUSAL_REASONS) }),
      /** The reference, no longer a party after a withdrawal, asks for the refund: refused on a case of its own (src:4698–4701). */
      z.strictObject({
        variant: z.literal('refund-refusal-reference'),
        separateCaseNumber: caseNumber,
        reference: z.strictObject({
          name: z.string().trim().min(1).max(200),
          dateOfBirth: civilDate,
          address: danishPostalAddress,
        }),
      }),
    ]),
  })
  .superRefine((input, ctx) => {
    for (const i of missionIssues(input.whereabouts, input.representative, input.filedViaMission))
      ctx.addIssue({ code: 'custom', path: i.path, params: { code: i.code, ...i.params } });
    if (areDates(input.letterDate, input.filingDate) && input.letterDate < input.filingDate)
      ctx.addIssue({
        code: 'custom',
        path: ['letterDate'],
        params: { code: 'RULE_DATE_BEFORE', field: 'letterDate', other: 'filingDate', rule: 'R-FAM-009' },
      });
    const l = input.letter;
    // A refund through a mission is for a payment from abroad where a bank transfer is impossible there (src:4671–4672).
    if (l?.variant === 'refund-notice' && l.refundTo === 'danish-mission' && input.whereabouts?.applicantIs !== 'abroad')
      ctx.addIssue({
        code: 'custom',
        path: ['letter', 'refundTo'],
        params: { code: 'RULE_FAM_REFUND_MISSION_ONLY_ABROAD', rule: 'R-FAM-009' },
      });
    if (l?.variant === 'refund-refusal-reference' && l.separateCaseNumber === input.caseNumber)
      ctx.addIssue({
        code: 'custom',
        path: ['letter', 'separateCaseNumber'],
        params: { code: 'RULE_FAM_REFUND_SEPARATE_CASE_REQUIRED', rule: 'R-FAM-008' },
      });
  });

export type Input = z.infer<typeof schema>;
