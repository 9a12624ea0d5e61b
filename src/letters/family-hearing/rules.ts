/**
 * Rules of the family-reunification hearings and procedural notices (family-hearing.md; R-FAM-095 routing). A hearing
 * to the reference goes to the reference; the others follow the notice table, and abroad without a representative no
 * notice is sent ("sker der ingen underretning", src:10728–10737).
 */
import { ok, type Result } from '../../diagnostics/diagnostic.ts';
import type { RulesWorld } from '../define-letter.ts';
import { noticePlan, noticeRecipients, onePlanPerRecipient } from '../family-addressee.ts';
import { missionRecipient } from '../family-routing.ts';
import type { Outcome, Reason, Recipient } from '../plan.ts';
import { type Hearing, type Input, REFERENCE_HEARINGS } from './schema.ts';

export const LETTER = 'family-hearing';
export type Variant = Hearing['variant'];

const toReference = (h: Hearing): h is Extract<Hearing, { reference: unknown }> =>
  (REFERENCE_HEARINGS as readonly string[]).includes(h.variant);

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const h = input.hearing;
  const why: Reason[] = [];
  let recipients: readonly Recipient[];
  if (toReference(h)) {
    // family-hearing.md, "to: reference": the reference is heard (e.g. "partshøres den herboende ægtefælle herom").
    recipients = [{ name: h.reference.name, address: h.reference.address, regarding: input.applicant.name }];
    why.push({ rule: 'R-FAM-095', because: 'a hearing of the reference: to the reference, the applicant named' });
  } else {
    const routed = noticeRecipients(input);
    recipients = routed.recipients;
    why.push({ rule: 'R-FAM-095', because: `to ${routed.routing.to.join(' and ') || 'no one'}` });
    // OPEN reading (README): a hearing is not a mere notice; abroad without a representative it goes through the mission.
    if (recipients.length === 0 && h.variant !== 'notice-procedural' && input.mission) {
      recipients = [missionRecipient(input.mission, input.applicant.name)];
      why.push({
        rule: 'R-FAM-090',
        because: 'a hearing of an applicant abroad without a representative: through the Danish mission',
      });
    }
  }
  const [first, ...others] = recipients;
  if (!first)
    return ok({ due: false, why, answer: 'No notice is sent: the applicant is abroad and has no representative (R-FAM-095).' });
  const sender = world.authorities.on('immigration-service/spouses-children', input.letterDate, 'data.letterDate');
  if (!sender.ok) return sender;
  if (h.variant === 'child-offence-bar' && h.falseInformationSuspected)
    why.push({
      rule: 'R-FAM-052',
      because: 'false information suspected: the police-report warning (§ 40, stk. 6 and 7) is added',
    });
  const plan = noticePlan(input, {
    variant: h.variant,
    why,
    sender: sender.value,
    fields: {
      information: 'information' in h ? h.information : [],
      informationSource: 'informationSource' in h ? h.informationSource : null,
      answerBy: 'answerBy' in h ? h.answerBy : null,
      step: h.variant === 'notice-procedural' ? h.step : null,
      authority: h.variant === 'notice-procedural' ? (h.authority ?? null) : null,
      policeWarning: h.variant === 'child-offence-bar' && h.falseInformationSuspected,
      toReference: toReference(h),
    },
  });
  return ok({ due: true, plan: onePlanPerRecipient(LETTER, first, others, plan) });
}
