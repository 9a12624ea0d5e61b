/** Rules of the case-on-hold letter (R-FAM-027; routing R-FAM-095). Pure. */
import { ok, type Result } from '../../diagnostics/diagnostic.ts';
import type { RulesWorld } from '../define-letter.ts';
import {
  noNoticeAbroadWithoutRepresentative,
  noticePlan,
  noticeRecipients,
  noticeRoutingReasons,
  onePlanPerRecipient,
} from '../family-addressee.ts';
import type { Outcome, Reason } from '../plan.ts';
import { dateTurns24 } from './age.ts';
import type { Input } from './schema.ts';

export type Variant = 'on-hold';

/** Who is the younger spouse: the applicant, the spouse in Denmark, or both (born the same day). */
export type Youngest = 'applicant' | 'reference' | 'both';

export function youngestSpouse(input: Pick<Input, 'applicant' | 'reference'>): Youngest {
  const a = input.applicant.dateOfBirth;
  const r = input.reference.dateOfBirth;
  return a === r ? 'both' : a > r ? 'applicant' : 'reference';
}

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const youngest = youngestSpouse(input);
  const turns24 = dateTurns24(youngest === 'reference' ? input.reference.dateOfBirth : input.applicant.dateOfBirth);
  const { recipients, routing } = noticeRecipients(input);
  const why: Reason[] = [
    {
      rule: 'R-FAM-027',
      because: `the younger spouse (${youngest}) was at least 23½ at filing and turns 24 on ${turns24}; every other condition but the security is met`,
    },
    ...noticeRoutingReasons(routing),
  ];
  const [first, ...others] = recipients;
  if (!first) return ok(noNoticeAbroadWithoutRepresentative(why));
  const sender = world.authorities.on('immigration-service/family', input.letterDate, 'data.letterDate');
  if (!sender.ok) return sender;
  const plan = noticePlan(input, { variant: 'on-hold', why, sender: sender.value, fields: { youngest, turns24 } });
  // In Denmark with a representative who is neither lawyer nor family, both get it (R-FAM-095).
  return ok({ due: true, plan: onePlanPerRecipient('case-on-hold-24-year', first, others, plan) });
}
