/**
 * Rules of a request to re-open a refused permanent-residence case (R-PR-140): closed while an appeal is pending
 * (935), rejected for the fee (fee-rejection), guided to a new application (936), refused (905), or re-opened (the
 * first letter opens with V-REOPEN-INTRO). Pure.
 */
import { diagnostic, fail, ok, type Result } from '../../diagnostics/diagnostic.ts';
import type { CivilDate } from '../../domain/civil-date.ts';
import { configuredAppeal } from '../configured-appeal.ts';
import type { RulesWorld } from '../define-letter.ts';
import { type Outcome, type Reason, toTheApplicant } from '../plan.ts';
import type { Input } from './schema.ts';

export type Variant = 'refusal-to-reopen' | 'closed-appeal-pending';

/** § 9 h, stk. 5 (lov nr. 102 af 3. februar 2016): the fee applies where the original application was filed from this day. */
export const REOPENING_FEE_FROM = '2016-03-01' as CivilDate;

/**
 * OPEN (R-PR-140): § 9 h, stk. 5 speaks of every case decided by Udlændingestyrelsen; the handbook's 10.1.3 of
 * SIRI-permit holders only. The reading that charges (and rejects) fewer applicants: SIRI-permit holders whose
 * original application was filed on or after 1 March 2016.
 */
export const reopeningFeeRequired = (input: Pick<Input, 'originalFilingDate' | 'siriPermit'>): boolean =>
  input.siriPermit && input.originalFilingDate >= REOPENING_FEE_FROM;

type Route =
  | { readonly letter: Variant; readonly why: Reason }
  | { readonly letter: null; readonly why: Reason; readonly answer: string };

/** Which letter the request gets (src:16993–17055), in the order the handbook screens it. */
export function route(input: Input): Route {
  const { criteria, request } = input;
  if (input.appealPending)
    return {
      letter: 'closed-appeal-pending',
      why: { rule: 'R-PR-140', because: 'an appeal is pending: the request is closed as withdrawn (935)' },
    };
  if (reopeningFeeRequired(input) && !request.feePaid)
    return {
      letter: null,
      why: {
        rule: 'R-PR-140',
        because: 'SIRI permit, original application filed from 1 March 2016, fee not paid (OPEN reading)',
      },
      answer: 'No letter here: the request is rejected for the fee (fee-rejection).',
    };
  if (!criteria.concernsRefusedRequirement || !criteria.existedBeforeDecision)
    return {
      letter: null,
      why: {
        rule: 'R-PR-140',
        because: criteria.concernsRefusedRequirement
          ? 'the information dates from after the decision'
          : 'the information does not concern the refused requirement',
      },
      answer: 'No re-opening case: send new-application-guidance (standard 936).',
    };
  if (!criteria.wouldHaveChangedDecision) {
    if (request.againstRefusalToReopen)
      return {
        letter: null,
        why: {
          rule: 'R-PR-140',
          because: 'a request against a refusal to re-open, criteria not met: treated as an appeal (src:17041–17049)',
        },
        answer: 'No letter here: forward the request to Udlændingenævnet as an appeal (whether the applicant is told is OPEN).',
      };
    return {
      letter: 'refusal-to-reopen',
      why: { rule: 'R-PR-140', because: 'the information would not have changed the decision: refusal to re-open (905)' },
    };
  }
  return {
    letter: null,
    why: { rule: 'R-PR-140', because: 'both criteria met: the case is re-opened' },
    answer:
      'Re-opened: the first letter (pr-documentation-request or pr-party-hearing with opening.kind "after-reopening", or the decision) opens with V-REOPEN-INTRO.',
  };
}

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const chosen = route(input);
  if (chosen.letter === null) return ok({ due: false, why: [chosen.why], answer: chosen.answer });
  const variant = chosen.letter;
  if (variant === 'refusal-to-reopen' && input.reasons.length === 0) return fail(diagnostic('INPUT_MISSING', 'data.reasons'));
  const sender = world.authorities.on('immigration-service/permanent-residence', input.letterDate, 'data.letterDate');
  // R-PR-140: the handbook states no appeal guidance for either letter (OPEN): refused until legal review configures it.
  const appeal = configuredAppeal(world, {
    letter: 'pr-reopening-decision',
    variant,
    openRule: 'R-PR-140',
    letterDate: input.letterDate,
  });
  if (!sender.ok || !appeal.ok) return fail(...(sender.ok ? [] : sender.diagnostics), ...(appeal.ok ? [] : appeal.diagnostics));
  return ok({
    due: true,
    plan: {
      variant,
      why: [chosen.why],
      ...toTheApplicant(input),
      sender: sender.value,
      appeal: appeal.value,
      copies: [],
      fields: {
        refusalDate: input.refusalDate,
        refusedRequirement: input.refusedRequirement,
        receivedOn: input.request.receivedOn,
        information: input.request.information,
        reasons: [...input.reasons],
      },
    },
  });
}
