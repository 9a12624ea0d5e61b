/**
 * The fee facts the fee letters share (§ 9 h; handbook 2.2, src:4343–4719): what the application costs by its
 * category and filing date (dated data, R-FAM-001), what was paid and for which category, the shortfall and the
 * 210 kr. limit that separates a request to pay the rest from a rejection (R-FAM-004, R-FAM-005), and the payment
 * period of the request (14 days / 4 weeks).
 */
import { z } from 'zod';
import { type Diagnostic, diagnostic, fail, ok, type Result } from '../diagnostics/diagnostic.ts';
import { addDays, type CivilDate } from '../domain/civil-date.ts';
import type { DatedValue } from '../domain/dated-table.ts';
import { type DeliveryChannel, departureDeadlineDate } from '../domain/departure-deadline.ts';
import { APPLICATION_FEE_CATEGORIES, APPLICATION_FEE_CATEGORY_IDS, amountOn, type Ore, ore } from '../domain/family-amounts.ts';
import { civilDate } from './common-schema.ts';

/** Kroner as the officer reads them off the payment, at most two decimals (øre). */
export const kronerAmount = z
  .number()
  .nonnegative()
  .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, {
    params: { code: 'INPUT_FORMAT', format: 'kroner-with-at-most-two-decimals' },
  });

/** The first-time application and its fee category (R-FAM-001). */
export const application = z.strictObject({
  category: z.enum(APPLICATION_FEE_CATEGORY_IDS),
  /** The filing date (R-FAM-015): it chooses the fee level. */
  filingDate: civilDate,
});

/** What was paid no later than at filing, and whether it was paid as the fee of this application's category. */
export const payment = z.strictObject({
  amount: kronerAmount,
  paidFor: z.enum(['this-category', 'another-category']),
});

export interface FeeFacts {
  readonly due: DatedValue<Ore>;
  readonly limit: DatedValue<Ore>;
  readonly paid: Ore;
  /** due − paid; may be zero or negative (nothing outstanding). */
  readonly shortfall: Ore;
  readonly paidForAnotherCategory: boolean;
}

/** The fee due and the shortfall limit on the filing date (`path` is the filing date's field), and the shortfall. */
export function feeFacts(
  input: { application: z.infer<typeof application>; payment: z.infer<typeof payment> },
  path: string,
): Result<FeeFacts> {
  // The fee first: where its year is unknown, the limit's is too, and one error names the table.
  const due = amountOn(APPLICATION_FEE_CATEGORIES[input.application.category], input.application.filingDate, path);
  if (!due.ok) return due;
  const limit = amountOn('fees/shortfall-limit', input.application.filingDate, path);
  if (!limit.ok) return limit;
  const paid = ore(input.payment.amount);
  return ok({
    due: due.value,
    limit: limit.value,
    paid,
    shortfall: (due.value.value - paid) as Ore,
    paidForAnotherCategory: input.payment.paidFor === 'another-category',
  });
}

/**
 * What § 9 h, stk. 8 gives for a short or wrongly paid fee (R-FAM-004, R-FAM-005): a request to pay the rest where the
 * shortfall is under the limit (210 kr. in 2017) or the fee was paid for another category; a rejection where the
 * shortfall is the limit or more; nothing where nothing is outstanding.
 */
export type FeeOutcome = 'nothing-outstanding' | 'request-the-rest' | 'reject';

export function feeOutcome(facts: FeeFacts): FeeOutcome {
  if (facts.shortfall <= 0) return 'nothing-outstanding';
  // A fee paid for another category is asked to be made up whatever the shortfall; nothing paid is not such a fee.
  if (facts.paidForAnotherCategory && facts.paid > 0) return 'request-the-rest';
  return facts.shortfall < facts.limit.value ? 'request-the-rest' : 'reject';
}

/** The payment period of the request (R-FAM-005, src:4650–4652): 14 days for an applicant in Denmark, 4 weeks abroad. */
export const PAYMENT_PERIOD_DAYS = { 'in-denmark': 14, abroad: 28 } as const;
export type PaymentPeriodPlace = keyof typeof PAYMENT_PERIOD_DAYS;

/**
 * Which period applies: in Denmark (and filed in Denmark) 14 days; abroad and filed there 4 weeks. The mixed cases
 * (abroad but filed in Denmark, in Denmark but filed abroad) are not stated (OPEN): refused, never guessed.
 */
export function paymentPeriodPlace(
  whereabouts: 'in-denmark' | 'abroad',
  filedIn: 'denmark' | 'abroad',
  path: string,
): Result<PaymentPeriodPlace> {
  if (whereabouts === 'in-denmark' && filedIn === 'denmark') return ok('in-denmark');
  if (whereabouts === 'abroad' && filedIn === 'abroad') return ok('abroad');
  return fail(periodNotStated(path));
}

const periodNotStated = (path: string): Diagnostic =>
  diagnostic('RULE_FAM_FEE_PAYMENT_PERIOD_NOT_STATED', path, { rule: 'R-FAM-005' });

export interface PaymentDeadline {
  readonly date: CivilDate;
  /** The day the period is counted from: the letter date, or the end of the posting days for letter post. */
  readonly countedFrom: CivilDate;
  readonly days: number;
}

/**
 * OPEN (R-FAM-005: the source says neither from when the period runs nor whether the letter-post days apply). Reading
 * that protects the applicant: from the letter date (the date actually sent, R-FAM-086), after the posting days of
 * R-FAM-083 when the letter goes by letter post (the same count as a departure deadline's), then 14 days or 4 weeks
 * as calendar days; the date is printed so that it can be confirmed.
 */
export function paymentDeadline(letterDate: CivilDate, place: PaymentPeriodPlace, channel: DeliveryChannel): PaymentDeadline {
  // The period itself does not change where the counting starts: any period gives the end of the posting days.
  const countedFrom = departureDeadlineDate(letterDate, 'seven-days', channel).countedFrom;
  const days = PAYMENT_PERIOD_DAYS[place];
  return { date: addDays(countedFrom, days), countedFrom, days };
}
