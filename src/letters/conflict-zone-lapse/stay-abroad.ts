/**
 * The stay abroad a § 21 b case rests on, and the entry into force (R-ASY-090): § 21 b, stk. 1 covers being
 * abroad and taking part in activities after 1 March 2015 (src:1798–1801, 1833–1840). A stay that began before
 * that day and went on after it is covered for what happened after it; a stay that ended before it is not.
 * Shared by the hearing and the decisions.
 */
import { z } from 'zod';
import { civilDate, countryCode } from '../common-schema.ts';
import { areDates } from '../date-checks.ts';

/** R-ASY-090: § 21 b, stk. 1 in force (lov nr. 176 af 24. februar 2015). */
export const SECTION_21B_IN_FORCE = '2015-03-01';

export const stayAbroad = z.strictObject({
  country: countryCode,
  from: civilDate,
  /** Absent: the person is still abroad. */
  to: civilDate.optional(),
});
export type StayAbroad = z.infer<typeof stayAbroad>;

/** The stay began before § 21 b was in force: only what happened from 1 March 2015 counts (the letter says so). */
export const beganBeforeInForce = (stay: StayAbroad): boolean => stay.from < SECTION_21B_IN_FORCE;

/** Outside § 21 b altogether (checkStayAbroad refuses it). */
export const endedBeforeInForce = (stay: { to?: unknown }): boolean =>
  stay.to !== undefined && areDates(stay.to) && String(stay.to) < SECTION_21B_IN_FORCE;

/** A stay that ended before 1 March 2015 is outside § 21 b; an end before the start is a typing error. */
export function checkStayAbroad(ctx: z.RefinementCtx, stay: { from: unknown; to?: unknown }): void {
  const before = (other: string, rule: string) =>
    ctx.addIssue({
      code: 'custom',
      path: ['stayAbroad', 'to'],
      params: { code: 'RULE_DATE_BEFORE', field: 'stayAbroad.to', other, rule },
    });
  if (stay.to === undefined || !areDates(stay.to)) return;
  if (endedBeforeInForce(stay)) before('1 March 2015', 'R-ASY-090');
  else if (areDates(stay.from) && String(stay.to) < String(stay.from))
    before('stayAbroad.from', 'letters/conflict-zone-lapse.md');
}
