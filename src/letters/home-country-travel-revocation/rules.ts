/**
 * Rules of the decision after a refugee's trip to the home country (Asylmeddelelse 2/17; rules.md
 * R-ASY-001, R-ASY-040 to R-ASY-049). Pure: the input, the authority data and the appeal configuration decide.
 */
import { ok, type Result } from '../../diagnostics/diagnostic.ts';
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

/**
 * OPEN (R-ASY-045): which day a trip "is made" (departure or entry), and whether a trip on the cut-off day
 * itself is covered. Reading that protects the applicant: the trip is made on the departure from Denmark
 * (the earlier of the two days) and must be strictly after the cut-off day, so a trip begun on or before
 * that day stays outside the stricter rule.
 */
export const tripMadeAfter = (trip: Trip, cutOff: CivilDate): boolean => trip.departureFromDenmarkDate > cutOff;

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
  const afterCutOff = tripMadeAfter(trip, SECTION_19_2_4_CUT_OFF);
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
      const burden = tripMadeAfter(trip, BURDEN_OF_PROOF_CUT_OFF);
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
          nationalPassportIssued: trip.nationalPassportIssued,
        },
        lapse: findings.lapse.lapsed
          ? {
              ground: findings.lapse.ground,
              section17Stk4: findings.lapse.section17Stk4 ?? null,
              departureDate: findings.lapse.departureDate,
            }
          : null,
        // R-ASY-045: the presumption paragraph only for trips after 5 February 2016.
        burdenOfProof: variant === 'revocation-19-2-4' && tripMadeAfter(trip, BURDEN_OF_PROOF_CUT_OFF),
        specialCircumstancesShown: findings.specialCircumstancesShown,
        assessment: input.assessment,
        // R-ASY-001: every lapse or revocation of a §§ 7–8 permit decides on forced removal (§ 32 a, jf. § 31).
        removal: input.removal,
        departureDeadline: input.departureDeadline ?? null,
      },
    },
  });
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
 * R-ASY-048: § 19, stk. 2, nr. 4 → Flygtningenævnet, § 53 a, stk. 1, nr. 3; deadline, suspensive effect
 * and fee are not stated (OPEN) and so not printed. R-ASY-003: lapse and § 19, stk. 1, nr. 1 name no body:
 * refused until legal review configures one.
 */
function appealFor(variant: Variant, input: Input, world: RulesWorld): Result<AppealGuidance> {
  if (variant !== 'revocation-19-2-4') {
    return configuredAppeal(world, {
      letter: 'home-country-travel-revocation',
      variant,
      openRule: 'R-ASY-003',
      letterDate: input.letterDate,
    });
  }
  const board = world.authorities.on('refugee-appeals-board', input.letterDate, 'data.letterDate');
  if (!board.ok) return board;
  return ok({
    kind: 'appeal',
    body: board.value,
    legalBasis: '§ 53 a, stk. 1, nr. 3',
    deadline: { kind: 'not-stated' },
    suspensive: { kind: 'not-stated' },
    fee: { kind: 'not-stated' },
    rules: ['R-ASY-048'],
  });
}
