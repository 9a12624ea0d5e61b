/**
 * R-ASY-039: the rules that apply follow the date of the asylum application (src:364–382, footnote src:372–375,
 * 414–416). Before 1 July 1994 the source states none (OPEN): no letter, rather than a guessed legal basis.
 */
import type { CivilDate } from '../../domain/civil-date.ts';
import type { Variant } from './appeal.ts';

export type LegalBasis = 'current' | 'law-1998' | 'law-1994';

/** First day of each regime, latest first. */
const REGIMES: readonly (readonly [from: string, basis: LegalBasis])[] = [
  ['2002-07-01', 'current'], // lov nr. 365 af 6. juni 2002, in force 1 July 2002
  ['1998-07-03', 'law-1998'], // § 9, stk. 2, nr. 4, lov nr. 473 af 1. juli 1998; vejledning nr. 122 af 13. juli 2000
  ['1994-07-01', 'law-1994'], // § 9, stk. 2, nr. 4, lov nr. 421 af 1. juni 1994; Indenrigsministeriets brev af 15. maj 1995
];

/** The regime of an asylum application filed on `date`, or null where the source is silent (before 1 July 1994). */
export function legalBasisOn(asylumApplicationDate: CivilDate): LegalBasis | null {
  return REGIMES.find(([from]) => asylumApplicationDate >= from)?.[1] ?? null;
}

/**
 * OPEN (R-ASY-039; issue 11, point 8): the source names the provision of the 1994 and 1998 rules (§ 9, stk. 2,
 * nr. 4) but not its conditions nor the consequences of a permit under it (period, kind of stay, integration act,
 * work). Until legal review settles them, only the variants that state none of these are produced: the refusal on
 * the present basis and the rejection, which apply the procedure of Asylmeddelelse 13/16 (the 18 months, § 33,
 * stk. 8). Every other variant under those rules is refused (RULE_DOO_OLD_REGIME_NOT_CONFIGURED).
 */
export const OLD_REGIME_PRODUCIBLE_VARIANTS: readonly Variant[] = ['refusal-present-basis', 'rejection-absconded'];

export const producibleUnder = (basis: LegalBasis, variant: Variant): boolean =>
  basis === 'current' || OLD_REGIME_PRODUCIBLE_VARIANTS.includes(variant);
