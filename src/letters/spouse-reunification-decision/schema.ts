/**
 * Input of the first-time decision on spouse reunification (shared/domain/letters/spouse-reunification-decision.md;
 * handbook Feb 2017 ch. 3–5, 9, 11, 12): the facts an officer knows and the findings they made. The rules order the
 * grounds, compute the dates and the amounts; contradictory facts are refused here, before anything is rendered.
 */
import { z } from 'zod';
import { civilDate } from '../common-schema.ts';
import { areDates } from '../date-checks.ts';
import { departure, departureIssues, familyDecisionFields, hearingIssues, missionIssues, reference } from '../family-schema.ts';
import { officerText } from '../officer-text.ts';
import { atLeast24On, heldPermanentPermitMoreThanThreeYears, violenceBarRunsOn } from './limits.ts';

/** The officer's reasons for one ground, paragraph by paragraph (forvaltningsloven §§ 22–24). */
const reasons = z.array(officerText(3000)).min(1).max(8);

/**
 * The refusal grounds in the order the reference gives them (R-FAM-020: marriage / cohabitation, then the 24-year
 * rule, then the other conditions of § 9, stk. 2–12; spouse-reunification-decision.md, "Refusal: grounds"). The first
 * ground found is the main ground; every other is listed after it in this order.
 */
export const REFUSAL_GROUNDS = [
  'marriage-not-recognised',
  'no-cohabitation',
  'no-family-life',
  'forced-marriage-summary',
  'forced-marriage-presumption',
  'sham-marriage',
  'twenty-four-year',
  'litra-e',
  'reference-7-3',
  'violence-bar',
  'child-refused-19',
  'tie',
  'self-support',
  'transferred-conditions',
  'housing',
  'identity',
] as const;
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number];

/** The conditions a waiver under § 9 c, stk. 1 may set aside (R-FAM-028). Valid, forced and sham marriage are not among them (R-FAM-038). */
export const WAIVABLE = ['twenty-four-year', 'litra-e', 'tie', 'self-support'] as const satisfies readonly RefusalGround[];
export type WaivableCondition = (typeof WAIVABLE)[number];

const plain = <G extends RefusalGround>(ground: G) => z.strictObject({ ground: z.literal(ground), reasons });

export const refusalGround = z.discriminatedUnion('ground', [
  plain('marriage-not-recognised'),
  plain('no-cohabitation'),
  plain('no-family-life'),
  /**
   * § 9, stk. 8, summary reasons (src:5747–5750, Meddelelse 7/13): no reasons field at all, so that nothing typed can
   * say who reported the coercion; the letter prints the one sentence the source allows.
   */
  z.strictObject({ ground: z.literal('forced-marriage-summary') }),
  plain('forced-marriage-presumption'),
  plain('sham-marriage'),
  plain('twenty-four-year'),
  z.strictObject({ ground: z.literal('litra-e'), reasons, permanentPermitGranted: civilDate }),
  plain('reference-7-3'),
  z.strictObject({
    ground: z.literal('violence-bar'),
    reasons,
    /** The latest final judgment (R-FAM-031). */
    finalJudgmentDate: civilDate,
    /** "Nært forestående" is not quantified (V-BAR): the officer's finding that the bar ends soon. */
    barEndsSoon: z.boolean(),
  }),
  plain('child-refused-19'),
  z.strictObject({
    ground: z.literal('tie'),
    reasons,
    /**
     * V-SYR-SOM: the applicant (Syria or Somalia, 2017) fails the applicant's part of the tie requirement; the block
     * asserts three checks, which must be recorded as done (spouse-reunification-decision.md).
     */
    newApplicationGuidance: z
      .strictObject({
        country: z.enum(['syria', 'somalia']),
        housingChecked: z.boolean(),
        publicHelpChecked: z.boolean(),
        transferredConditionsChecked: z.boolean(),
      })
      .optional(),
  }),
  plain('self-support'),
  plain('transferred-conditions'),
  plain('housing'),
  plain('identity'),
]);
export type RefusalGroundInput = z.infer<typeof refusalGround>;

/** The conditions attached to a grant (R-FAM-070); each is printed with the consequence of breaching it. */
const conditions = z.strictObject({
  /** § 9, stk. 4: the amount comes from the dated table by the filing date (R-FAM-036). */
  financialSecurity: z.boolean(),
  /** § 9, stk. 30 (R-FAM-037): the 6 months run from CPR registration, or from the grant for a permit holder. */
  danishTest: z.enum(['none', 'from-cpr-registration', 'from-grant']),
  /** § 9, stk. 6: housing already proved, or the coming-home condition (V-COMING-HOME, R-FAM-035). */
  housing: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('proved') }),
    z.strictObject({ kind: z.literal('coming-home'), referenceAtDecision: z.enum(['in-denmark', 'abroad']) }),
  ]),
});

const permit = z.strictObject({
  /** OPEN (R-FAM-071): the handbook states no standard length; the officer gives the standard end. */
  standardEnd: civilDate,
  /** Absent only where the Syrian rule applies (src:10479–10488): then the passport does not shorten the permit. */
  passportExpiry: civilDate.optional(),
  syrianTwoYearRule: z.boolean(),
});

const grantCommon = { outcome: z.literal('grant'), conditions, permit };

export const grant = z.discriminatedUnion('basis', [
  z.strictObject({ ...grantCommon, basis: z.literal('9-1-1') }),
  z.strictObject({
    ...grantCommon,
    basis: z.literal('9c-waiver'),
    waived: z.array(z.enum(WAIVABLE)).min(1).max(WAIVABLE.length),
    /** Why (src:6044–6112, 6180–6182): the last three make it "jf. § 9 c, stk. 1, 2. pkt.". */
    waiverReason: z.enum(['exceptional-reasons', 'positive-list', 'foreign-security-policy', 'other-employment']),
  }),
  z.strictObject({ ...grantCommon, basis: z.literal('9c-family-life') }),
  z.strictObject({
    ...grantCommon,
    basis: z.literal('7-3-reference'),
    /** The reference's § 7, stk. 3 permit ends: the grant is not longer (src:6353–6355). */
    referencePermitEnd: civilDate,
  }),
]);

export const refusal = z.strictObject({
  outcome: z.literal('refusal'),
  grounds: z.array(refusalGround).min(1).max(REFUSAL_GROUNDS.length),
  /** In Denmark only (R-FAM-080..087); an applicant abroad has none (OPEN, see README). */
  departure: departure.optional(),
});

export const schema = z
  .strictObject({
    ...familyDecisionFields,
    reference,
    relationship: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('marriage'), weddingDate: civilDate }),
      z.strictObject({ kind: z.literal('cohabitation'), since: civilDate }),
    ]),
    decision: z.discriminatedUnion('outcome', [grant, refusal]),
  })
  .superRefine((input, ctx) => {
    const issue = (path: (string | number)[], code: string, params: Record<string, string | number> = {}) =>
      ctx.addIssue({ code: 'custom', path, params: { code, ...params } });
    const dates = areDates(input.letterDate, input.applicationDate, input.applicant.dateOfBirth, input.reference.dateOfBirth);
    if (dates && input.letterDate < input.applicationDate)
      issue(['letterDate'], 'RULE_DATE_BEFORE', { field: 'letterDate', other: 'applicationDate', rule: 'R-FAM-086' });
    if (
      input.relationship.kind === 'marriage' &&
      areDates(input.relationship.weddingDate, input.applicationDate) &&
      input.relationship.weddingDate > input.applicationDate
    )
      issue(['relationship', 'weddingDate'], 'RULE_FAM_WEDDING_AFTER_APPLICATION', { rule: 'R-FAM-021' });

    // Where the decision is sent (R-FAM-090, R-FAM-093).
    for (const i of missionIssues(input.whereabouts, input.representative, input.filedViaMission))
      issue(i.path, i.code, i.params);
    for (const i of hearingIssues(input.hearing, input.letterDate)) issue(i.path, i.code, i.params);

    if (!dates) return;
    // R-FAM-027: both over 24 at the decision (atLeast24On: from the 24th birthday).
    const bothOver24 =
      atLeast24On(input.applicant.dateOfBirth, input.letterDate) && atLeast24On(input.reference.dateOfBirth, input.letterDate);
    const d = input.decision;
    if (d.outcome === 'grant') {
      const waived: readonly string[] = d.basis === '9c-waiver' ? d.waived : [];
      if (d.basis === '9-1-1' && !bothOver24) issue(['decision', 'basis'], 'RULE_FAM_24_YEAR_NOT_MET', { rule: 'R-FAM-027' });
      if (waived.includes('twenty-four-year') && bothOver24)
        issue(['decision', 'waived'], 'RULE_FAM_WAIVER_NOT_NEEDED', { condition: 'twenty-four-year', rule: 'R-FAM-028' });
      if (new Set(waived).size !== waived.length)
        issue(['decision', 'waived'], 'RULE_FAM_GROUND_REPEATED', { rule: 'R-FAM-028' });
      if (!d.permit.syrianTwoYearRule && !d.permit.passportExpiry)
        issue(['decision', 'permit', 'passportExpiry'], 'INPUT_MISSING');
      if (areDates(d.permit.standardEnd) && d.permit.standardEnd <= input.letterDate)
        issue(['decision', 'permit', 'standardEnd'], 'RULE_DATE_NOT_AFTER', {
          field: 'standardEnd',
          other: 'letterDate',
          rule: 'R-FAM-071',
        });
      return;
    }
    const seen = new Set<string>();
    d.grounds.forEach((g, i) => {
      const at = ['decision', 'grounds', i];
      if (seen.has(g.ground)) issue(at, 'RULE_FAM_GROUND_REPEATED', { rule: 'R-FAM-020' });
      seen.add(g.ground);
      if (g.ground === 'twenty-four-year' && bothOver24) issue(at, 'RULE_FAM_24_YEAR_MET', { rule: 'R-FAM-027' });
      if (
        g.ground === 'litra-e' &&
        areDates(g.permanentPermitGranted) &&
        heldPermanentPermitMoreThanThreeYears(g.permanentPermitGranted, input.letterDate)
      )
        issue([...at, 'permanentPermitGranted'], 'RULE_FAM_LITRA_E_MET', { rule: 'R-FAM-029' });
      if (
        g.ground === 'violence-bar' &&
        areDates(g.finalJudgmentDate) &&
        !violenceBarRunsOn(g.finalJudgmentDate, input.letterDate)
      )
        issue([...at, 'finalJudgmentDate'], 'RULE_FAM_VIOLENCE_BAR_ENDED', { rule: 'R-FAM-031' });
      const guidance = g.ground === 'tie' ? g.newApplicationGuidance : undefined;
      if (guidance && !(guidance.housingChecked && guidance.publicHelpChecked && guidance.transferredConditionsChecked))
        issue([...at, 'newApplicationGuidance'], 'RULE_FAM_SYR_SOM_CHECKS_MISSING', { rule: 'R-FAM-032' });
    });
    // R-FAM-020: a 24-year refusal lists every unmet condition; the rules never leave out the 24-year rule itself.
    if (!bothOver24 && !seen.has('twenty-four-year'))
      issue(['decision', 'grounds'], 'RULE_FAM_24_YEAR_NOT_MET', { rule: 'R-FAM-020' });
    // R-FAM-080..087: a deadline for an applicant in Denmark; none for one abroad (OPEN reading).
    for (const i of departureIssues(input.whereabouts.applicantIs, d.departure, input.letterDate, ['decision', 'departure']))
      issue(i.path, i.code, i.params);
  });

export type Input = z.infer<typeof schema>;
export type Grant = z.infer<typeof grant>;
