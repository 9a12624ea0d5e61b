/**
 * Rules of the personal-data decision (handbook ch. 10; R-FAM-100 for the appeal route). Pure.
 * Referral: a change of name, or a Danish citizen's name or date of birth (src:10274–10290). Otherwise US decides:
 * a granted correction gives all that was asked (no appeal guidance, anatomy.md); a refusal's appeal route depends on
 * the data (src:10422–10429), and the source gives no deadline or fee for any of them: refused until configured.
 */
import { diagnostic, fail, ok, type Result } from '../../diagnostics/diagnostic.ts';
import { configuredAppeal } from '../configured-appeal.ts';
import type { RulesWorld } from '../define-letter.ts';
import { routeDecision } from '../family-routing.ts';
import type { AppealGuidance, Outcome, Reason } from '../plan.ts';
import type { Input, PersonalData } from './schema.ts';

const NS = 'personal-data-decision';

export type Variant =
  | 'correction-granted'
  | 'correction-refused-ministry-route'
  | 'correction-refused-age'
  | 'correction-refused-other'
  | 'referral';

/** Where a refusal is appealed (src:10422–10429; R-FAM-100): the variant that carries that route. */
export function refusalVariant(data: PersonalData): Variant {
  if (data === 'name' || data === 'country-of-birth' || data === 'nationality') return 'correction-refused-ministry-route';
  if (data === 'age') return 'correction-refused-age';
  return 'correction-refused-other';
}

/** Where a referral goes (src:10274–10290), or null where US decides. */
export function referralTo(input: Pick<Input, 'danishCitizen' | 'request'>): 'municipality' | 'cpr-office' | null {
  const { kind, data } = input.request;
  if (kind === 'change') return 'municipality';
  if (!input.danishCitizen) return null;
  if (data === 'name') return 'municipality';
  if (data === 'date-of-birth' || data === 'age') return 'cpr-office';
  return null;
}

/** What a granted correction sets in motion (src:10327–10337). */
export function followUp(data: PersonalData): 'new-cpr-number' | 'civil-registry-notified' | null {
  if (data === 'date-of-birth' || data === 'age') return 'new-cpr-number';
  if (data === 'name' || data === 'nationality') return 'civil-registry-notified';
  return null;
}

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const referral = referralTo(input);
  const why: Reason[] = [];
  let variant: Variant;
  if (referral) {
    if (input.outcome.kind !== 'referred')
      return fail(diagnostic('RULE_FAM_PERSONAL_DATA_REFERRAL_REQUIRED', 'data.outcome.kind', { rule: 'R-FAM-100' }));
    variant = 'referral';
    why.push({ rule: 'R-FAM-100', because: `referred to the ${referral} (src:10274–10290): no decision by US` });
  } else if (input.danishCitizen) {
    // A Danish citizen's other data: the source does not say who corrects them.
    return fail(diagnostic('RULE_FAM_PERSONAL_DATA_ROUTE_NOT_STATED', 'data.request.data', { rule: 'R-FAM-100' }));
  } else if (input.outcome.kind === 'referred') {
    return fail(diagnostic('RULE_FAM_PERSONAL_DATA_REFERRAL_NOT_ALLOWED', 'data.outcome.kind', { rule: 'R-FAM-100' }));
  } else {
    variant = input.outcome.kind === 'granted' ? 'correction-granted' : refusalVariant(input.request.data);
    why.push({ rule: 'R-FAM-100', because: `${input.request.data}: ${variant}` });
  }

  let appeal: AppealGuidance | null = null;
  if (variant === 'correction-granted') appeal = { kind: 'fully-granted', rules: ['R-FAM-100'] };
  else if (variant !== 'referral') {
    const configured = configuredAppeal(world, {
      letter: 'personal-data-decision',
      variant,
      openRule: 'R-FAM-100',
      letterDate: input.letterDate,
    });
    if (!configured.ok) return configured;
    appeal = configured.value;
  }
  const routed = routeDecision(input);
  if (!routed) throw new Error('no addressee: the schema lets no such input through');
  const sender = world.authorities.on('immigration-service/family', input.letterDate, 'data.letterDate');
  if (!sender.ok) return sender;
  return ok({
    due: true,
    plan: {
      variant,
      why: [...why, ...routed.why],
      letterDate: input.letterDate,
      caseNumber: input.caseNumber,
      applicant: { name: input.applicant.name, dateOfBirth: input.applicant.dateOfBirth },
      officer: input.officer,
      recipient: routed.recipient,
      sender: sender.value,
      appeal,
      copies: routed.copies,
      fields: {
        requestDate: input.request.date,
        registered: input.request.registered,
        requested: input.request.requested,
        // The data's wording is chosen here from the data asked for; the template only prints it.
        requestKey: `${NS}:${input.request.kind === 'change' ? 'request.nameChange' : `request.${input.request.data}`}`,
        outcomeKey:
          variant === 'referral'
            ? null
            : `${NS}:${variant === 'correction-granted' ? 'granted' : 'refused'}.${input.request.data}`,
        referralKey: referral ? `${NS}:referral.${referral}` : null,
        followUpKey:
          variant === 'correction-granted' && followUp(input.request.data)
            ? `${NS}:followUp.${followUp(input.request.data)}`
            : null,
        documents: input.outcome.kind === 'granted' ? input.outcome.documents : [],
        reasons: input.outcome.kind === 'refused' ? input.outcome.reasons : [],
      },
    },
  });
}
