/**
 * Appeal of a § 21 b lapse or dispensation refusal by basis of stay (R-ASY-097, R-ASY-099;
 * letters/conflict-zone-lapse.md, appeal table, src:2268–2316). Each statement of the letter carries its own
 * provision (the template): the deadline rule § 52 b, stk. 6 or § 53 a, stk. 2, the suspensive rule of
 * § 53 a, stk. 2, sidste pkt.; the provision that makes the decision appealable is not named in the source.
 */
import type { Authority } from '../../domain/authorities.ts';
import { addDays, type CivilDate } from '../../domain/civil-date.ts';
import type { AppealGuidance, Suspensive } from '../plan.ts';
import { holdsRightOfResidence, isRefugee, type PermitBasis } from './schema.ts';

/**
 * OPEN (R-ASY-097): the end of "8 uger efter meddelelsen" (§ 52 b, stk. 6). Reading that protects the applicant:
 * notification is the person's receipt (the later day), and the deadline is the same weekday 8 weeks later,
 * that day included (notification + 56 days). Shown to the officer; the letter prints the rule, not a date,
 * until the reading is settled (PRINT_UDLAENDINGENAEVNET_DEADLINE_AS_DATE).
 */
export const udlaendingenaevnetDeadline = (receivedDate: CivilDate): CivilDate => addDays(receivedDate, 56);
export const PRINT_UDLAENDINGENAEVNET_DEADLINE_AS_DATE = false;

/**
 * OPEN (R-ASY-097): the provision that makes a § 21 b decision appealable is not named in the source (it cites
 * § 53 a, stk. 2 and § 52 b, stk. 6 for the deadline and suspensive rules). Until legal review names it, the
 * letter names the body without a provision.
 */
export const SECTION_21B_APPEAL_BASIS: string | null = null;

export function conflictZoneAppeal(
  basis: PermitBasis,
  abroad: boolean,
  bodies: { refugeeBoard: Authority; immigrationBoard: Authority },
): AppealGuidance {
  if (isRefugee(basis)) {
    // §§ 7–8 holders: Flygtningenævnet, no deadline (§ 53 a, stk. 2), suspensive unless abroad when appealing.
    return {
      kind: 'appeal',
      body: bodies.refugeeBoard,
      legalBasis: SECTION_21B_APPEAL_BASIS,
      deadline: { kind: 'none', basis: '§ 53 a, stk. 2' },
      suspensive: { kind: 'unless-abroad', basis: '§ 53 a, stk. 2, sidste pkt.' },
      fee: { kind: 'not-stated' },
      rules: ['R-ASY-097'],
    };
  }
  // Others: Udlændingenævnet within 8 weeks "som udgangspunkt" (§ 52 b, stk. 6). Suspensive only for special
  // reasons; EU-law persons unless imperative on grounds of public security (src:2303–2306); never where no
  // departure deadline was set because the person was abroad (src:2384–2391; OPEN for EU-law persons abroad).
  // The source attaches no provision to these suspensive rules (src:2300–2306, 2384–2391): printed uncited.
  const suspensive: Suspensive = abroad
    ? { kind: 'no', basis: null }
    : basis === 'eu-law'
      ? { kind: 'unless-imperative-public-security', basis: null }
      : { kind: 'special-reasons-only', basis: null };
  return {
    kind: 'appeal',
    body: bodies.immigrationBoard,
    legalBasis: SECTION_21B_APPEAL_BASIS,
    deadline: { kind: 'weeks-after-notification', weeks: 8, basis: '§ 52 b, stk. 6', asAStartingPoint: true },
    suspensive,
    fee: { kind: 'not-stated' },
    rules: ['R-ASY-097'],
  };
}

/** EU-law persons and Nordic citizens may also bring the final administrative decision before the courts (§ 52). */
export const courtReview = (basis: PermitBasis): boolean => holdsRightOfResidence(basis);
