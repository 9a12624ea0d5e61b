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
    // §§ 7–8 holders: Flygtningenævnet, no deadline (§ 53 a, stk. 2), suspensive unless abroad when appealing.
    return {
      kind: 'appeal',
      body: bodies.refugeeBoard,
      legalBasis: '§ 53 a, stk. 2',
      deadline: { kind: 'none' },
      suspensive: { kind: 'unless-abroad' },
      fee: { kind: 'not-stated' },
      rules: ['R-ASY-097'],
    };
  }
  // Others: Udlændingenævnet within 8 weeks (§ 52 b, stk. 6); suspensive only for special reasons, never where
  // no departure deadline was set because the person was abroad (src:2384–2391).
  return {
    kind: 'appeal',
    body: bodies.immigrationBoard,
    legalBasis: '§ 52 b, stk. 6',
    deadline: { kind: 'weeks-after-notification', weeks: 8 },
    suspensive: abroad ? { kind: 'no' } : { kind: 'special-reasons-only' },
    fee: { kind: 'not-stated' },
    rules: ['R-ASY-097'],
  };
}
