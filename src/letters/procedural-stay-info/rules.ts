/** Rules of the information on procedural stay (handbook 2.3; R-FAM-017; routing R-FAM-095). Pure. */
import { ok, type Result } from '../../diagnostics/diagnostic.ts';
import type { RulesWorld } from '../define-letter.ts';
import { noticePlan, noticeRecipients, noticeRoutingReasons, onePlanPerRecipient } from '../family-addressee.ts';
import type { Outcome, Reason } from '../plan.ts';
import type { Input } from './schema.ts';

export type Variant = 'info';

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const { recipients, routing } = noticeRecipients({
    ...input,
    whereabouts: { applicantIs: 'in-denmark', address: input.address },
  });
  const why: Reason[] = [
    {
      rule: 'R-FAM-017',
      because: `filed during lawful stay (${input.stayAtFiling.basis}): procedural stay from filing to the final decision or withdrawal`,
    },
    ...noticeRoutingReasons(routing),
  ];
  const sender = world.authorities.on('immigration-service/family', input.letterDate, 'data.letterDate');
  if (!sender.ok) return sender;
  const plan = noticePlan(input, { variant: 'info', why, sender: sender.value, fields: { filingDate: input.filingDate } });
  // In Denmark a notice always has an addressee (R-FAM-095); with another representative, both get it.
  const [first, ...others] = recipients;
  if (!first) throw new Error('R-FAM-095 names an addressee for every applicant in Denmark');
  return ok({ due: true, plan: onePlanPerRecipient('procedural-stay-info', first, others, plan) });
}
