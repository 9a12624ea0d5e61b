/**
 * Rules of the advice before lifting a travel restriction (R-ASY-049 to R-ASY-051; Asylmeddelelse 2/17, 3.4).
 * The advice is due only where a restriction exists and the application meets the requirements.
 */
import { ok, type Result } from '../../diagnostics/diagnostic.ts';
import { addMonths, type CivilDate } from '../../domain/civil-date.ts';
import type { RulesWorld } from '../define-letter.ts';
import { type InsteadLetter, type Outcome, type Reason, toTheApplicant } from '../plan.ts';
import type { Input } from './schema.ts';

export type Variant = 'advice';

/** R-ASY-050: a permanent permit obtained before this day carries no travel restriction. */
export const NO_RESTRICTION_BEFORE: CivilDate = '2010-08-01' as CivilDate;

/**
 * R-ASY-050 (udlændingebekendtgørelsens § 8, stk. 5): the restriction of a permanent permit is lifted only when
 * 10 years have passed since the first grant. OPEN (the anniversary itself): the restriction is taken to apply
 * until and including the 10th anniversary, so the applicant is warned rather than left without the advice.
 */
export const restrictionStillApplies = (on: CivilDate, firstGrantDate: CivilDate): boolean =>
  on <= addMonths(firstGrantDate, 120);

/**
 * R-ASY-051 (src:189–199): US lifts the restriction when the application meets udlændingebekendtgørelsens
 * requirements; one that does not is refused, and the person must get that decision. The source lists neither
 * the requirements nor the refusal's content or appeal body (letters/travel-restriction-lifting-guidance.md), so
 * this service cannot write it: the plan tells the officer to write it, and what it must contain by law.
 */
export const REFUSAL_WRITTEN_BY_OFFICER: InsteadLetter = {
  kind: 'written-by-officer',
  what: 'a decision refusing the application to lift the travel restriction (afslag på ansøgning om ophævelse af rejsebegrænsning)',
  mustContain: [
    'the decision and its legal basis: the requirements of udlændingebekendtgørelsen the application does not meet (forvaltningsloven §§ 22, 24)',
    'the reasons: the facts the assessment rests on (forvaltningsloven §§ 22–24)',
    'appeal guidance (forvaltningsloven § 25): the source names no appeal body, so legal review must settle it',
  ],
  rule: 'R-ASY-051',
};

/** Whether the person has a restriction on `on` (the application date), and the rule that says so. */
export function restriction(input: Input): { applies: boolean; why: Reason } {
  const { permit, applicationDate } = input;
  if (permit.kind === 'time-limited') {
    const because =
      'time-limited § 7 permit: the restriction remains, even after 10 years (return travel may lead to revocation, § 19, stk. 1, nr. 1)';
    return { applies: true, why: { rule: 'R-ASY-049', because } };
  }
  if (permit.permanentSince < NO_RESTRICTION_BEFORE) {
    return {
      applies: false,
      why: { rule: 'R-ASY-050', because: 'permanent permit obtained before 1 August 2010: no travel restriction' },
    };
  }
  if (!restrictionStillApplies(applicationDate, permit.firstGrantDate)) {
    return {
      applies: false,
      why: { rule: 'R-ASY-050', because: '10 years have passed since the first grant: the restriction is lifted' },
    };
  }
  return {
    applies: true,
    why: { rule: 'R-ASY-050', because: 'permanent permit, less than 10 years since the first grant: restriction applies' },
  };
}

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const { applies, why } = restriction(input);
  if (!applies) return ok({ due: false, why: [why], answer: 'No advice is due: the person has no travel restriction to lift.' });
  if (!input.meetsRequirements) {
    const because = 'the application does not meet the requirements: it is refused; the source gives no content for the refusal';
    return ok({
      due: false,
      why: [why, { rule: 'R-ASY-051', because }],
      answer:
        'No advice is due: the application does not meet the requirements. Write the refusal of the application yourself (see "instead").',
      instead: REFUSAL_WRITTEN_BY_OFFICER,
    });
  }
  const sender = world.authorities.on('immigration-service', input.letterDate, 'data.letterDate');
  if (!sender.ok) return sender;
  return ok({
    due: true,
    plan: {
      variant: 'advice',
      why: [
        why,
        { rule: 'R-ASY-051', because: 'the application meets the requirements: advise first; lift if the person maintains it' },
      ],
      ...toTheApplicant(input),
      sender: sender.value,
      appeal: null,
      copies: [],
      fields: { applicationDate: input.applicationDate, document: input.document, replyBy: input.replyBy },
    },
  });
}
