/**
 * Appeal of a § 21 b lapse or dispensation refusal by basis of stay (R-ASY-097, R-ASY-099;
 * letters/conflict-zone-lapse.md, appeal table, src:2268–2316).
 */
import type { Authority } from '../../domain/authorities.ts';
import { addDays, type CivilDate } from '../../domain/civil-date.ts';
import type { AppealGuidance } from '../plan.ts';

/**
 * OPEN (R-ASY-097): the end of "8 uger efter meddelelsen" (§ 52 b, stk. 6). Reading that protects the applicant:
 * notification is the person's receipt (the later day), and the deadline is the same weekday 8 weeks later,
 * that day included (notification + 56 days). Shown to the officer; the letter prints the rule, not a date,
 * until the reading is settled (PRINT_UDLAENDINGENAEVNET_DEADLINE_AS_DATE).
 */
export const udlaendingenaevnetDeadline = (receivedDate: CivilDate): CivilDate => addDays(receivedDate, 56);
export const PRINT_UDLAENDINGENAEVNET_DEADLINE_AS_DATE = false;

export function conflictZoneAppeal(
  refugee: boolean,
  abroad: boolean,
  bodies: { refugeeBoard: Authority; immigrationBoard: Authority },
): AppealGuidance {
  if (refugee) {
    // §§ 7–8 holders: Flygtningenævnet, no deadline (§ 53 a, stk. 2), suspensive unless abroad when appealing
    // (§ 53 a, stk. 2, sidste pkt.). Those provisions are the deadline and suspensive rules, not the right of
    // appeal, which the source does not name (OPEN): each is cited on its own statement, the appeal right uncited.
    return {
      kind: 'appeal',
      body: bodies.refugeeBoard,
      legalBasis: null,
      deadline: { kind: 'none', basis: '§ 53 a, stk. 2' },
      suspensive: { kind: 'unless-abroad', basis: '§ 53 a, stk. 2, sidste pkt.' },
      fee: { kind: 'not-stated' },
      rules: ['R-ASY-097'],
    };
  }
  // Others: Udlændingenævnet, "som udgangspunkt" within 8 weeks (§ 52 b, stk. 6, src:2297–2299); suspensive only
  // for special reasons (src:2300–2302, no provision given), never where no departure deadline was set because
  // the person was abroad (src:2384–2391). The appeal right itself is not named in the source: uncited.
  return {
    kind: 'appeal',
    body: bodies.immigrationBoard,
    legalBasis: null,
    deadline: { kind: 'weeks-after-notification', weeks: 8, basis: '§ 52 b, stk. 6', asAStartingPoint: true },
    suspensive: abroad ? { kind: 'no', basis: null } : { kind: 'special-reasons-only', basis: null },
    fee: { kind: 'not-stated' },
    rules: ['R-ASY-097'],
  };
}
