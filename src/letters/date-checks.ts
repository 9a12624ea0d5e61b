/** Cross-field date rules that several letters state: "not before" and "the same day", as zod issues with our codes. */
import type { z } from 'zod';
import { type CivilDate, civilDateSchema } from '../domain/civil-date.ts';

/**
 * zod runs refinements even when a field already failed (its issues do not abort): compare only real
 * dates, so a bad date gets one clear error, not a second, meaningless one about order.
 */
export const areDates = (...values: unknown[]): boolean => values.every((v) => civilDateSchema.safeParse(v).success);

type DateFields<T> = { [K in keyof T]: T[K] extends CivilDate ? K : never }[keyof T] & string;

export function dateNotBefore<T>(ctx: z.RefinementCtx, input: T, field: DateFields<T>, other: DateFields<T>, rule: string) {
  if (areDates(input[field], input[other]) && (input[field] as CivilDate) < (input[other] as CivilDate)) {
    ctx.addIssue({ code: 'custom', path: [field], params: { code: 'RULE_DATE_BEFORE', field, other, rule } });
  }
}

export function sameDay<T>(ctx: z.RefinementCtx, input: T, field: DateFields<T>, other: DateFields<T>, rule: string) {
  if (areDates(input[field], input[other]) && input[field] !== input[other]) {
    ctx.addIssue({ code: 'custom', path: [field], params: { code: 'RULE_DATE_NOT_SAME_DAY', field, other, rule } });
  }
}
