/**
 * Rules of the KO1 letters (R-PR-120; ko1-info-18.md): the info letter 705 only at the final decision and never
 * before the 18th birthday; the guidance 929 where the applicant wrongly ticked permanent residence. Pure.
 */
import { diagnostic, fail, ok, type Result } from '../../diagnostics/diagnostic.ts';
import { addMonths, type CivilDate } from '../../domain/civil-date.ts';
import { addYears } from '../../domain/periods.ts';
import type { RulesWorld } from '../define-letter.ts';
// The age rules of permanent residence (R-PR-010) are pr-a's: one 18th birthday for every letter.
import { eighteenthBirthday } from '../permanent-residence-decision/age.ts';
import { type Outcome, type Reason, toTheApplicant } from '../plan.ts';
import type { Input } from './schema.ts';

export type Variant = 'info-705' | 'guidance-929';

/** Under 17½ at screening: no KO1 letter, the case moves to Borgerservice (src:16163–16169). */
export const seventeenAndAHalf = (dateOfBirth: CivilDate): CivilDate => addMonths(dateOfBirth, 17 * 12 + 6);

/** Permits given before this day under the former § 9, stk. 2, nr. 5–6 cover a child (src:14447–14448, 16181–16184). */
export const COVERAGE_CUT_OFF = '2010-03-26' as CivilDate;

type Covered = Extract<Input['permit'], { kind: 'covered-by-parent' }>;

export type NotCovered = 'given-on-or-after-cut-off' | 'asylum-less-than-3-years-before';

/** Why a parent's permanent permit does not cover the applicant, or null where it does (src:14447–14448, 16181–16184). */
export function notCoveredBecause(permit: Covered): NotCovered | null {
  // The former § 9, stk. 2, nr. 5–6: covered only by a permanent permit given before 26 March 2010.
  if (permit.applicantBasis === 'former-9-2-5-6' && permit.parentPermanentPermitDate >= COVERAGE_CUT_OFF)
    return 'given-on-or-after-cut-off';
  const asylum = permit.parentAsylumAfterReunification;
  if (
    asylum &&
    permit.parentPermanentPermitDate < COVERAGE_CUT_OFF &&
    permit.parentPermanentPermitDate < addYears(asylum.asylumPermitDate, 3)
  )
    // Reunified first, then asylum less than 3 years before the permanent permit: it rests on family reunification.
    return 'asylum-less-than-3-years-before';
  return null;
}

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const { dateOfBirth } = input.applicant;
  const halfway = seventeenAndAHalf(dateOfBirth);
  const birthday = eighteenthBirthday(dateOfBirth);
  if (input.screeningDate < halfway) {
    return noLetter(
      { rule: 'R-PR-120', because: `under 17½ at screening (17½ on ${halfway})` },
      'No KO1 letter: the applicant was under 17½ at screening; move the case to Borgerservice.',
    );
  }
  const { permit } = input;
  if (permit.kind === 'none' && !permit.tickedPermanentResidence) {
    return noLetter(
      { rule: 'R-PR-120', because: 'no permanent permit in UR and none mentioned by the applicant' },
      'No KO1 letter: move the case on, with a note.',
    );
  }
  if (permit.kind === 'covered-by-parent') {
    const cause = notCoveredBecause(permit);
    if (cause) return fail(diagnostic('RULE_KO1_NOT_COVERED_BY_PARENT', 'data.permit', { cause, rule: 'R-PR-120' }));
  }
  if (input.letterDate < birthday) {
    // 705: "no card and no info letter before 18" (src:16218–16223). 929 is described for applicants of 18 or over only.
    return noLetter(
      {
        rule: 'R-PR-120',
        because: `under 18 on the letter date: on hold until the 18th birthday, ${birthday} ("Afv. 18-årsdag")`,
      },
      `No letter yet: put the case on hold until the 18th birthday (${birthday}).`,
    );
  }
  if (permit.kind === 'covered-by-parent' && input.biometricsMissing) {
    // The source requires a biometrics request but gives neither its wording nor where and how to give them.
    return fail(diagnostic('PR_BIOMETRICS_REQUEST_NOT_CONFIGURED', 'data.biometricsMissing', { rule: 'R-PR-104' }));
  }
  const sender = world.authorities.on('immigration-service/permanent-residence', input.letterDate, 'data.letterDate');
  if (!sender.ok) return sender;
  const why: Reason[] = [{ rule: 'R-PR-120', because: `18 or over on the letter date (18 on ${birthday})` }];
  if (permit.kind === 'covered-by-parent') {
    why.unshift({
      rule: 'R-PR-120',
      because: `UR shows a permanent permit of the applicant's ${permit.parent} of ${permit.parentPermanentPermitDate}, which covers the applicant`,
    });
  } else {
    why.unshift({
      rule: 'R-PR-120',
      because: 'ticked "Jeg har permanent opholdstilladelse", but UR shows none: guidance, the KO1 case closed as withdrawn',
    });
  }
  return ok({
    due: true,
    plan: {
      variant: permit.kind === 'covered-by-parent' ? 'info-705' : 'guidance-929',
      why,
      ...toTheApplicant(input),
      sender: sender.value,
      appeal: null,
      copies: [],
      fields:
        permit.kind === 'covered-by-parent'
          ? {
              provision: permit.provision,
              parent: permit.parent,
              parentPermanentPermitDate: permit.parentPermanentPermitDate,
              eighteenthBirthday: birthday,
            }
          : { provision: null, parent: null, parentPermanentPermitDate: null, eighteenthBirthday: birthday },
    },
  });
}

const noLetter = (reason: Reason, answer: string): Result<Outcome<Variant>> => ok({ due: false, why: [reason], answer });
