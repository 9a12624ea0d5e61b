/**
 * Rules of the decision after a refugee's trip to the home country (Asylmeddelelse 2/17; rules.md
 * R-ASY-001, R-ASY-040 to R-ASY-049). Pure: the input, the authority data and the appeal configuration decide.
 */
import { type Diagnostic, diagnostic, fail, ok, type Result } from '../../diagnostics/diagnostic.ts';
import type { Authority } from '../../domain/authorities.ts';
import { addMonths, type CivilDate, parseCivilDate } from '../../domain/civil-date.ts';
import { collect } from '../collect.ts';
import { configuredAppeal } from '../configured-appeal.ts';
import type { RulesWorld } from '../define-letter.ts';
import { type AppealGuidance, type FollowUpAction, type Outcome, type Reason, toTheApplicant } from '../plan.ts';
import type { Input } from './schema.ts';

export type Variant = 'lapse' | 'revocation-19-2-4' | 'revocation-19-1-1';

/** R-ASY-043: § 19, stk. 2, nr. 4 covers only trips made after this day. */
export const SECTION_19_2_4_CUT_OFF = parseCivilDate('2010-08-01');
/** R-ASY-045: the burden-of-proof rule (§ 19, stk. 3, 2. pkt.) covers only trips made after this day. */
export const BURDEN_OF_PROOF_CUT_OFF = parseCivilDate('2016-02-05');

type Trip = Input['trip'];

/** Where the dates put the trip against a cut-off day: clearly after, clearly not after, or open. */
export type CutOffPosition = 'after' | 'not-after' | 'open';

/**
 * OPEN (R-ASY-043, R-ASY-045): which day a trip "is made" (departure or entry) and whether a trip on the cut-off
 * day itself is covered. The reference says the service must not guess: where the dates leave it open (left
 * Denmark on or before the cut-off day, entered the home country on or after it) the officer's finding decides.
 * A trip that left after the day is after it on every reading; one that entered before it is not.
 */
export function cutOffPosition(trip: Trip, cutOff: CivilDate): CutOffPosition {
  if (trip.departureFromDenmarkDate > cutOff) return 'after';
  if (trip.homeCountryEntryDate < cutOff) return 'not-after';
  return 'open';
}

/** The trip against a cut-off day: the dates where they decide, else the officer's finding (absent: not after, refused in `decide`). */
export const tripMadeAfter = (trip: Trip, cutOff: CivilDate, finding: boolean | undefined): boolean => {
  const position = cutOffPosition(trip, cutOff);
  return position === 'open' ? finding === true : position === 'after';
};

/**
 * R-ASY-044: the 10 years run from the first grant. OPEN: an entry on the 10th anniversary, and a grant on
 * 29 February. Reading that protects the applicant: the window ends on the anniversary, which is already
 * outside (entry must be strictly before it); a 29 February grant ends on 28 February (addMonths clamps,
 * the earlier day).
 */
export const tenYearEnd = (firstGrantDate: CivilDate): CivilDate => addMonths(firstGrantDate, 120);
export const enteredWithinTenYears = (trip: Trip, firstGrantDate: CivilDate): boolean =>
  trip.homeCountryEntryDate < tenYearEnd(firstGrantDate);

/** The order of assessment (src:76–99): lapse first, then § 19, stk. 2, nr. 4, then § 19, stk. 1, nr. 1. */
export function chooseVariant(input: Input): { variant: Variant | null; why: Reason[] } {
  const { findings, trip, permit } = input;
  if (findings.lapse.lapsed) {
    return {
      variant: 'lapse',
      why: [
        { rule: 'R-ASY-041', because: 'the permit has lapsed: revocation is not assessed' },
        { rule: 'R-ASY-042', because: `lapse ground: ${findings.lapse.ground}` },
      ],
    };
  }
  const why: Reason[] = [{ rule: 'R-ASY-041', because: 'the permit has not lapsed: revocation is assessed' }];
  const afterCutOff = tripMadeAfter(trip, SECTION_19_2_4_CUT_OFF, findings.tripMadeAfter1August2010);
  const withinTen = enteredWithinTenYears(trip, permit.firstGrantDate);
  why.push({
    rule: 'R-ASY-043',
    because: `trip made after 1 August 2010: ${yes(afterCutOff)}; entry before ${tenYearEnd(permit.firstGrantDate)} (first grant + 10 years, R-ASY-044): ${yes(withinTen)}`,
  });
  const burdensome: Reason = {
    rule: 'R-ASY-047',
    because: `revocation particularly burdensome (§ 26): ${yes(findings.particularlyBurdensome)}`,
  };
  if (afterCutOff && withinTen && findings.circumstancesChanged) {
    if (!findings.particularlyBurdensome) {
      const burden = tripMadeAfter(trip, BURDEN_OF_PROOF_CUT_OFF, findings.tripMadeAfter5February2016);
      why.push(
        { rule: 'R-ASY-045', because: `trip made after 5 February 2016, burden-of-proof rule applies: ${yes(burden)}` },
        burdensome,
        { rule: 'R-ASY-048', because: 'revocation under § 19, stk. 2, nr. 4: appeal to Flygtningenævnet' },
      );
      return { variant: 'revocation-19-2-4', why };
    }
    why.push(burdensome);
    return { variant: null, why };
  }
  why.push({
    rule: 'R-ASY-049',
    because: `§ 19, stk. 2, nr. 4 not applicable or not met; basis of the permit no longer present (§ 19, stk. 1, nr. 1): ${yes(findings.basisNoLongerPresent)}`,
  });
  if (!findings.basisNoLongerPresent) return { variant: null, why };
  why.push(burdensome);
  return { variant: findings.particularlyBurdensome ? null : 'revocation-19-1-1', why };
}

/** The provision of the permit as the letter cites it. */
const PERMIT_BASIS: Record<Input['permit']['basis'], string> = {
  '7-1': '§ 7, stk. 1',
  '7-2': '§ 7, stk. 2',
  '7-3': '§ 7, stk. 3',
  '8-1': '§ 8, stk. 1',
  '8-2': '§ 8, stk. 2',
};

const yes = (value: boolean) => (value ? 'yes' : 'no');

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const { variant, why } = chooseVariant(input);
  if (variant === null) {
    return ok({ due: false, why, answer: 'No lapse and no revocation: the source names no letter for this case result.' });
  }
  const problems = findingProblems(input, variant);
  if (problems.length) return fail(...problems);
  const looked = collect({
    sender: world.authorities.on('immigration-service/asylum', input.letterDate, 'data.letterDate'),
    board: world.authorities.on('refugee-appeals-board', input.letterDate, 'data.letterDate'),
    appeal: appealFor(variant, input, world),
  });
  if (!looked.ok) return looked;
  const { sender, board, appeal } = looked.value;
  const { trip, permit, findings } = input;

  return ok({
    due: true,
    plan: {
      variant,
      why,
      ...toTheApplicant(input),
      sender,
      appeal,
      copies: [],
      followUp: referralAsTestCase(variant, sender, board, input.letterDate),
      fields: {
        permitBasis: PERMIT_BASIS[permit.basis],
        learnedOfTripDate: input.learnedOfTripDate,
        firstGrantDate: permit.firstGrantDate,
        tenYearEnd: tenYearEnd(permit.firstGrantDate),
        trip: {
          country: trip.country,
          departureDate: trip.departureFromDenmarkDate,
          entryDate: trip.homeCountryEntryDate,
          returnDate: trip.returnToDenmarkDate ?? null,
          purpose: trip.purpose,
          travelEndorsement: trip.travelEndorsement,
          explanationConvincing: trip.explanationConvincing ?? null,
          nationalPassportIssued: trip.nationalPassportIssued,
        },
        lapse: findings.lapse.lapsed
          ? {
              ground: findings.lapse.ground,
              section17Stk4: findings.lapse.section17Stk4 ?? null,
              departureDate: findings.lapse.departureDate,
            }
          : null,
        // R-ASY-045: the presumption paragraph only for trips made after the act's entry into force.
        burdenOfProof: burdenOfProofApplies(input, variant),
        specialCircumstancesShown: findings.specialCircumstancesShown,
        // T9 (forvaltningsloven § 22): why § 19, stk. 2, nr. 4 does not apply, before the general rule is used.
        notMet: variant === 'revocation-19-1-1' ? whySection19Stk2Nr4NotMet(input) : null,
        assessment: input.assessment,
        // R-ASY-001: every lapse or revocation of a §§ 7–8 permit decides on forced removal (§ 32 a, jf. § 31).
        removal: input.removal,
        departureDeadline: input.departureDeadline ?? null,
      },
    },
  });
}

const burdenOfProofApplies = (input: Input, variant: Variant): boolean =>
  variant === 'revocation-19-2-4' &&
  tripMadeAfter(input.trip, BURDEN_OF_PROOF_CUT_OFF, input.findings.tripMadeAfter5February2016);

/** Why § 19, stk. 2, nr. 4 was not used: each condition that failed (src:80–85, 96–99). */
export function whySection19Stk2Nr4NotMet(input: Input) {
  const { trip, permit, findings } = input;
  return {
    tripNotAfter1August2010: !tripMadeAfter(trip, SECTION_19_2_4_CUT_OFF, findings.tripMadeAfter1August2010),
    entryAfterTenYears: !enteredWithinTenYears(trip, permit.firstGrantDate),
    circumstancesNotChanged: !findings.circumstancesChanged,
  };
}

/**
 * The officer's findings the decision states, checked against the variant: a cut-off the dates leave open needs
 * the officer's finding, and one given must agree with the dates (R-ASY-043, R-ASY-045); a presumption found
 * rebutted cannot stand beside a revocation founded on it (R-ASY-046, src:154–158); a trip without contact or
 * despite a refusal needs the finding on the explanation, which the decision states (R-ASY-046, src:166–173).
 */
export function findingProblems(input: Input, variant: Variant): Diagnostic[] {
  if (variant === 'lapse') return [];
  const { trip, findings } = input;
  const problems: Diagnostic[] = [];
  const cutOff = (day: CivilDate, finding: boolean | undefined, field: string, rule: string) => {
    const path = `data.findings.${field}`;
    const position = cutOffPosition(trip, day);
    if (position === 'open' && finding === undefined)
      problems.push(diagnostic('RULE_HCT_TRIP_CUT_OFF_FINDING_REQUIRED', path, { cutOff: day, rule }));
    if (position !== 'open' && finding !== undefined && finding !== (position === 'after'))
      problems.push(diagnostic('RULE_HCT_TRIP_CUT_OFF_FINDING_CONTRADICTS_DATES', path, { cutOff: day, rule }));
  };
  cutOff(SECTION_19_2_4_CUT_OFF, findings.tripMadeAfter1August2010, 'tripMadeAfter1August2010', 'R-ASY-043');
  if (variant !== 'revocation-19-2-4') return problems;
  cutOff(BURDEN_OF_PROOF_CUT_OFF, findings.tripMadeAfter5February2016, 'tripMadeAfter5February2016', 'R-ASY-045');
  if (!burdenOfProofApplies(input, variant)) return problems;
  if (findings.specialCircumstancesShown)
    problems.push(
      diagnostic('RULE_HCT_PRESUMPTION_REBUTTED_REVOCATION', 'data.findings.specialCircumstancesShown', { rule: 'R-ASY-046' }),
    );
  const explained = trip.travelEndorsement === 'no-contact' || trip.travelEndorsement === 'despite-refusal';
  if (explained && trip.explanationConvincing === undefined)
    problems.push(diagnostic('RULE_HCT_EXPLANATION_FINDING_REQUIRED', 'data.trip.explanationConvincing', { rule: 'R-ASY-046' }));
  return problems;
}

/**
 * R-ASY-048: a revocation under § 19, stk. 2, nr. 4 "forelægges som prøvesag" for Flygtningenævnet (src:93–95). The
 * source names no day: the referral goes with the decision. Not a copy of the letter: what the referral contains is OPEN.
 */
function referralAsTestCase(variant: Variant, sender: Authority, board: Authority, letterDate: CivilDate): FollowUpAction[] {
  if (variant !== 'revocation-19-2-4') return [];
  return [
    {
      action: 'refer-test-case',
      actor: sender,
      to: { kind: 'authority', authority: board },
      due: { kind: 'with-the-letter', date: letterDate },
      rule: 'R-ASY-048',
    },
  ];
}

/**
 * R-ASY-003 / R-ASY-048: no variant's appeal guidance is complete in the source. Lapse and § 19, stk. 1, nr. 1 name
 * no body; § 19, stk. 2, nr. 4 names Flygtningenævnet and § 53 a, stk. 1, nr. 3 but no deadline, no suspensive
 * effect and no fee, while the letter orders departure by a date and declares forced removal possible, and the
 * mandatory test-case referral's relation to the appeal is OPEN (review row 26). Each is refused
 * (APPEAL_GUIDANCE_NOT_CONFIGURED) until legal review adds its entry to data/appeal-guidance.json.
 */
function appealFor(variant: Variant, input: Input, world: RulesWorld): Result<AppealGuidance> {
  return configuredAppeal(world, {
    letter: 'home-country-travel-revocation',
    variant,
    openRule: variant === 'revocation-19-2-4' ? 'R-ASY-048' : 'R-ASY-003',
    letterDate: input.letterDate,
  });
}
