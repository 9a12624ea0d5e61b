/** Rules of the information on procedural stay (handbook 2.3; R-FAM-017; routing R-FAM-095). Pure. */
import { ok, type Result } from '../../diagnostics/diagnostic.ts';
import type { RulesWorld } from '../define-letter.ts';
import { type Addressed, noticeAddressees } from '../family-addressee.ts';
import type { Outcome, Plan, Reason } from '../plan.ts';
import type { Input } from './schema.ts';

export type Variant = 'info';

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const { documents, routing } = noticeAddressees({ ...input, whereabouts: 'in-denmark' });
  const why: Reason[] = [
    {
      rule: 'R-FAM-017',
      because: `filed during lawful stay (${input.stayAtFiling.basis}): procedural stay from filing to the final decision or withdrawal`,
    },
    ...routing.rules.map((rule) => ({ rule, because: `notice to: ${routing.to.join(' and ')}` })),
  ];
  const sender = world.authorities.on('immigration-service/family', input.letterDate, 'data.letterDate');
  if (!sender.ok) return sender;
  const plan = (addressed: Addressed): Plan<Variant> => ({
    variant: 'info',
    why,
    letterDate: input.letterDate,
    caseNumber: input.caseNumber,
    applicant: { name: input.applicant.name, dateOfBirth: input.applicant.dateOfBirth },
    officer: input.officer,
    recipient: addressed.recipient,
    sender: sender.value,
    appeal: null,
    copies: [],
    fields: { filingDate: input.filingDate, regarding: addressed.regarding },
  });
  // In Denmark a notice always has an addressee (R-FAM-095); with another representative, both get it.
  const [first, ...others] = documents;
  if (!first) throw new Error('R-FAM-095 names an addressee for every applicant in Denmark');
  const companions = others.map((addressed) => ({ letter: 'procedural-stay-info', plan: plan(addressed) }));
  return ok({ due: true, plan: { ...plan(first), ...(companions.length ? { companions } : {}) } });
}
