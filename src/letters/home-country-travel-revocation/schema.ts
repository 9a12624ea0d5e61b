/**
 * Input of the decision after a refugee's trip to the home country (shared/domain/letters/
 * home-country-travel-revocation.md, Asylmeddelelse 2/17): the permit, the trip, and the officer's
 * findings. The rules choose the variant; the findings themselves (lapse, changed circumstances,
 * § 26) are the caseworker's, never computed here.
 */
import { z } from 'zod';
import { civilDate, countryCode, toTheApplicantFields } from '../common-schema.ts';
import { areDates } from '../date-checks.ts';
import { officerText } from '../officer-text.ts';
import { removal } from '../removal-schema.ts';

/** § 17, stk. 1 and § 17 a (R-ASY-042): the ground the officer found. */
const lapse = z.discriminatedUnion('lapsed', [
  z.strictObject({ lapsed: z.literal(false) }),
  z.strictObject({
    lapsed: z.literal(true),
    ground: z.enum(['residence-given-up', 'abroad-6-months', 'abroad-12-months', 'repatriation-act']),
    /** § 17, stk. 4 (not for § 17 a): a §§ 7–8 permit lapses only on one of these. */
    section17Stk4: z.enum(['residence-in-home-country', 'protection-in-third-country']).optional(),
    /** R-ASY-002: the departure date (udrejsedato) the municipality registers in CPR. */
    departureDate: civilDate,
  }),
]);

export const schema = z
  .strictObject({
    ...toTheApplicantFields,
    permit: z.strictObject({
      basis: z.enum(['7-1', '7-2', '7-3', '8-1', '8-2']),
      /** R-ASY-044: the first decision granting a permit; the 10 years run from it. */
      firstGrantDate: civilDate,
      duration: z.enum(['time-limited', 'permanent']),
    }),
    trip: z.strictObject({
      country: countryCode,
      departureFromDenmarkDate: civilDate,
      /** R-ASY-044: the decisive date for the 10-year window. */
      homeCountryEntryDate: civilDate,
      returnToDenmarkDate: civilDate.optional(),
      /** The purpose of the trip as found (forvaltningsloven § 24: the facts that mattered). */
      purpose: officerText(500),
      /** R-ASY-046: the travel endorsement in the travel document before the trip. */
      travelEndorsement: z.enum(['lifted-on-application', 'no-contact', 'despite-refusal', 'no-restriction']),
      /**
       * R-ASY-046 ("processuel skadevirkning", src:166–173): the officer's finding whether the person convincingly
       * explained a trip without prior contact or despite a refusal. Only for those two; required where the
       * burden-of-proof rule applies, since the decision states what was found.
       */
      explanationConvincing: z.boolean().optional(),
      /** R-ASY-046: a national passport applied for and issued or renewed in connection with the trip. */
      nationalPassportIssued: z.boolean(),
    }),
    /** The day US learned of the trip (R-ASY-040); the 10-year test does not depend on it (R-ASY-044). */
    learnedOfTripDate: civilDate,
    findings: z.strictObject({
      lapse,
      /**
       * OPEN (R-ASY-043, R-ASY-045): whether the trip was made "efter den 1. august 2010" / "efter lovens
       * ikrafttræden den 5. februar 2016" is the officer's finding wherever the dates leave it open (the trip left
       * Denmark on or before the cut-off day and entered the home country on or after it). Where the dates decide,
       * it may be left out; given, it must agree with them.
       */
      tripMadeAfter1August2010: z.boolean().optional(),
      tripMadeAfter5February2016: z.boolean().optional(),
      /** § 19, stk. 2, nr. 4: the circumstances that founded the permit have changed; no longer at risk. */
      circumstancesChanged: z.boolean(),
      /** R-ASY-046: "ganske særlige omstændigheder" shown behind the return (rebuts the presumption). */
      specialCircumstancesShown: z.boolean(),
      /** § 19, stk. 1, nr. 1: the basis of the permit was wrong or is no longer present. */
      basisNoLongerPresent: z.boolean(),
      /** § 26, stk. 1 (R-ASY-047): revocation would be particularly burdensome. */
      particularlyBurdensome: z.boolean(),
    }),
    /** The officer's assessment in their own words, paragraph by paragraph (forvaltningsloven §§ 22–24). */
    assessment: z.array(officerText(3000)).min(1).max(12),
    removal,
    /** Not stated in the source (input where printed): the day the person must have left Denmark. */
    departureDeadline: civilDate.optional(),
  })
  .superRefine((input, ctx) => {
    const rule = 'letters/home-country-travel-revocation.md';
    const notBefore = (path: (string | number)[], later: unknown, other: string, earlier: unknown) => {
      if (later === undefined || earlier === undefined || !areDates(later, earlier) || String(later) >= String(earlier)) return;
      ctx.addIssue({ code: 'custom', path, params: { code: 'RULE_DATE_BEFORE', field: path.join('.'), other, rule } });
    };
    const { trip, permit } = input;
    // A trip to the home country before the first grant is not a refugee's trip: a contradiction.
    notBefore(
      ['trip', 'departureFromDenmarkDate'],
      trip.departureFromDenmarkDate,
      'permit.firstGrantDate',
      permit.firstGrantDate,
    );
    notBefore(
      ['trip', 'homeCountryEntryDate'],
      trip.homeCountryEntryDate,
      'trip.departureFromDenmarkDate',
      trip.departureFromDenmarkDate,
    );
    notBefore(['trip', 'returnToDenmarkDate'], trip.returnToDenmarkDate, 'trip.homeCountryEntryDate', trip.homeCountryEntryDate);
    notBefore(['learnedOfTripDate'], input.learnedOfTripDate, 'trip.departureFromDenmarkDate', trip.departureFromDenmarkDate);
    notBefore(['letterDate'], input.letterDate, 'learnedOfTripDate', input.learnedOfTripDate);
    notBefore(['departureDeadline'], input.departureDeadline, 'letterDate', input.letterDate);
    // R-ASY-046: the explanation finding belongs to a trip without prior contact or despite a refusal only.
    if (
      trip.explanationConvincing !== undefined &&
      trip.travelEndorsement !== 'no-contact' &&
      trip.travelEndorsement !== 'despite-refusal'
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['trip', 'explanationConvincing'],
        params: { code: 'RULE_HCT_EXPLANATION_FINDING_NOT_ALLOWED', rule: 'R-ASY-046' },
      });
    }
    if (input.findings.lapse.lapsed) {
      const path = ['findings', 'lapse', 'departureDate'];
      notBefore(path, input.findings.lapse.departureDate, 'permit.firstGrantDate', permit.firstGrantDate);
      // § 17, stk. 4 governs §§ 7–8 permits; § 17 a (repatriation act) has its own conditions.
      if (input.findings.lapse.ground !== 'repatriation-act' && input.findings.lapse.section17Stk4 === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['findings', 'lapse', 'section17Stk4'],
          params: { code: 'RULE_LAPSE_17_4_REQUIRED', rule: 'R-ASY-042' },
        });
      }
    }
  });

export type Input = z.infer<typeof schema>;
