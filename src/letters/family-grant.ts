/**
 * What a family-reunification grant carries besides its legal basis: the permit's end date (the earliest of the caps
 * the reference lists, and which cap decided it: R-FAM-071, R-FAM-030, R-FAM-051) and the conditions attached, each
 * printed with the consequence of breaching it (§ 19, stk. 1, nr. 3; R-FAM-070).
 */
import { addMonths, type CivilDate } from '../domain/civil-date.ts';
import type { Reason } from './plan.ts';

export type PermitCap = 'standard-end' | 'passport-expiry' | 'reference-permit' | 'eighteenth-birthday' | 'custody-holder-permit';

export interface CapCandidate {
  readonly cap: PermitCap;
  readonly date: CivilDate;
  readonly rule: string;
}

/** Passport expiry − 3 months (R-FAM-071, src:10454–10457): "not later than 3 months before", clamped to the month's end. */
export const passportCap = (passportExpiry: CivilDate): CivilDate => addMonths(passportExpiry, -3);

/**
 * The end date: the earliest candidate; on a tie the first listed (the order the caller gives). The plan names the
 * cap that decided it, so that the officer sees why.
 */
export function permitEnd(candidates: readonly [CapCandidate, ...CapCandidate[]]): { end: CapCandidate; why: Reason[] } {
  let end = candidates[0];
  for (const c of candidates) if (c.date < end.date) end = c;
  const others = candidates.filter((c) => c !== end).map((c) => `${c.cap} ${c.date}`);
  return {
    end,
    why: [
      {
        rule: end.rule,
        because: `permit ends ${end.date}: the ${end.cap} cap decided it${others.length ? ` (others: ${others.join(', ')})` : ''}`,
      },
    ],
  };
}
