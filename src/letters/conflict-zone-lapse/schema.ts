/**
 * Input of the § 21 b decisions (shared/domain/letters/conflict-zone-lapse.md; Familiesammenføringsmeddelelse
 * 3/15): the finding that a permit or right of residence has lapsed after activities abroad, with the entry ban
 * (§ 32, stk. 11), or the decision on dispensation (§ 21 b, stk. 2). The police's assessment and US's findings
 * are inputs.
 */
import { z } from 'zod';
import { civilDate, toTheApplicantFields } from '../common-schema.ts';
import { earliestAnswerDate, earliestDecisionDate, MIN_HEARING_ANSWER_DAYS } from '../conflict-zone-hearing/answer-period.ts';
import { areDates } from '../date-checks.ts';
import { officerText } from '../officer-text.ts';
import { removal } from '../removal-schema.ts';
import { beganBeforeInForce, checkStayAbroad, endedBeforeInForce, stayAbroad } from './stay-abroad.ts';

/**
 * The basis of stay decides the sending centre (R-ASY-092), the appeal (R-ASY-097) and whether a permit or a
 * right of residence lapses: EU-law persons and Nordic citizens have a right of residence (opholdsret) and may
 * also go to the courts (§ 52, src:2273–2274, 2309–2316).
 */
export const permitBasis = z.enum(['7', '8-1', '8-2', 'asylum-office', 'other', 'eu-law', 'nordic']);
export type PermitBasis = z.infer<typeof permitBasis>;

const common = {
  ...toTheApplicantFields,
  permitBasis,
  /** Where the person is at the decision: abroad means no removal decision and no departure deadline (R-ASY-095). */
  abroadAtDecision: z.boolean(),
  /** The stay abroad during which the activities took place (R-ASY-090: after 1 March 2015). */
  stayAbroad,
  /** The police's assessment that there is reason to believe ("grund til at antage", R-ASY-091). */
  policeAssessmentDate: civilDate,
  /** The officer's reasons in their own words, paragraph by paragraph (forvaltningsloven §§ 22–24). */
  assessment: z.array(officerText(3000)).min(1).max(12),
};

/** The application under § 21 b, stk. 2 (form BF2) after the decision that found the lapse (R-ASY-099). */
const dispensation = {
  ...common,
  lapseDecisionDate: civilDate,
  applicationDate: civilDate,
  /** The purpose the person gave for the stay abroad. */
  statedPurpose: officerText(500),
};

export const schema = z
  .discriminatedUnion('decision', [
    z.strictObject({
      decision: z.literal('lapse'),
      ...common,
      /**
       * R-ASY-090: for a stay that began before 1 March 2015, the finding that the person took part in the
       * activities after that day (false: § 21 b does not apply, no letter). Only for such a stay.
       */
      participationAfterInForce: z.boolean().optional(),
      /**
       * R-ASY-093: the hearing with its answer date, or why it was omitted (forvaltningslovens § 19, stk. 2,
       * nr. 5, 2. led). The decision comes after the answer date (answer-period.ts).
       */
      hearing: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('sent'), date: civilDate, answerBy: civilDate }),
        z.strictObject({ kind: z.literal('omitted'), reason: z.enum(['whereabouts-unknown', 'left-for-unknown-place']) }),
      ]),
      /** US's finding: lapse would breach Denmark's international obligations (then no lapse, R-ASY-091). */
      lapseBreachesObligations: z.boolean(),
      /** R-ASY-094: for ever; shorter (in years; the source gives no lengths) only where for ever breaches obligations. */
      entryBan: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('permanent') }),
        z.strictObject({ kind: z.literal('shorter'), years: z.number().int().min(1).max(99) }),
      ]),
      /** R-ASY-001: §§ 7–8 holders in Denmark only. */
      removal: removal.optional(),
      /** R-ASY-002: the departure date (udrejsedato) the municipality registers in CPR. */
      departureDate: civilDate,
    }),
    z.strictObject({ decision: z.literal('dispensation-refused'), ...dispensation }),
    z.strictObject({ decision: z.literal('dispensation-granted'), ...dispensation }),
  ])
  .superRefine((input, ctx) => {
    const rule = 'letters/conflict-zone-lapse.md';
    const issue = (path: string[], code: string, params: Record<string, string> = {}) =>
      ctx.addIssue({ code: 'custom', path, params: { code, ...params } });
    const notBefore = (path: string[], later: unknown, other: string, earlier: unknown, why = rule) => {
      if (later === undefined || earlier === undefined || !areDates(later, earlier) || String(later) >= String(earlier)) return;
      issue(path, 'RULE_DATE_BEFORE', { field: path.join('.'), other, rule: why });
    };
    checkStayAbroad(ctx, input.stayAbroad);
    notBefore(['letterDate'], input.letterDate, 'policeAssessmentDate', input.policeAssessmentDate, 'R-ASY-091');
    notBefore(['policeAssessmentDate'], input.policeAssessmentDate, 'stayAbroad.from', input.stayAbroad.from);
    if (input.decision === 'lapse') {
      // R-ASY-090: a stay across 1 March 2015 (one that ended before it is refused by checkStayAbroad) needs the finding that the activities came after it; no other stay has one.
      const spans =
        areDates(input.stayAbroad.from) && beganBeforeInForce(input.stayAbroad) && !endedBeforeInForce(input.stayAbroad);
      if (spans !== (input.participationAfterInForce !== undefined))
        issue(
          ['participationAfterInForce'],
          spans ? 'RULE_CZ_PARTICIPATION_FINDING_REQUIRED' : 'RULE_CZ_PARTICIPATION_FINDING_NOT_ALLOWED',
          { rule: 'R-ASY-090' },
        );
      if (input.hearing.kind === 'sent') checkHearing(ctx, input.letterDate, input.policeAssessmentDate, input.hearing);
      // R-ASY-001: a removal decision for §§ 7–8 holders in Denmark; none for a person abroad or another basis.
      const wanted = isRefugee(input.permitBasis) && !input.abroadAtDecision;
      if (wanted !== (input.removal !== undefined))
        issue(['removal'], wanted ? 'RULE_REMOVAL_DECISION_REQUIRED' : 'RULE_REMOVAL_DECISION_NOT_ALLOWED', {
          rule: 'R-ASY-001',
        });
    } else {
      notBefore(['applicationDate'], input.applicationDate, 'lapseDecisionDate', input.lapseDecisionDate, 'R-ASY-099');
      notBefore(['letterDate'], input.letterDate, 'applicationDate', input.applicationDate, 'R-ASY-099');
      notBefore(['lapseDecisionDate'], input.lapseDecisionDate, 'policeAssessmentDate', input.policeAssessmentDate);
    }
  });

/**
 * R-ASY-093: the hearing comes after the police's assessment it puts to the person, gives at least the minimum
 * answer period, and the decision is dated after its answer date (answer-period.ts).
 */
function checkHearing(
  ctx: z.RefinementCtx,
  letterDate: unknown,
  policeAssessmentDate: unknown,
  hearing: { date: unknown; answerBy: unknown },
): void {
  const at = (path: string[], code: string, params: Record<string, string>) =>
    ctx.addIssue({ code: 'custom', path, params: { code, ...params, rule: 'R-ASY-093' } });
  if (areDates(hearing.date, policeAssessmentDate) && String(hearing.date) < String(policeAssessmentDate))
    at(['hearing', 'date'], 'RULE_DATE_BEFORE', { field: 'hearing.date', other: 'policeAssessmentDate' });
  if (!areDates(hearing.answerBy)) return;
  const answerBy = civilDate.parse(hearing.answerBy);
  if (areDates(hearing.date) && answerBy < earliestAnswerDate(civilDate.parse(hearing.date)))
    at(['hearing', 'answerBy'], 'RULE_CZ_HEARING_ANSWER_PERIOD_TOO_SHORT', {
      other: 'hearing.date',
      days: String(MIN_HEARING_ANSWER_DAYS),
    });
  if (areDates(letterDate) && String(letterDate) < earliestDecisionDate(answerBy))
    at(['letterDate'], 'RULE_DATE_NOT_AFTER', { field: 'letterDate', other: 'hearing.answerBy' });
}

/** §§ 7–8 holders (§ 7, § 8, stk. 1 or 2): Flygtningenævnet, removal decision (R-ASY-097, R-ASY-001). */
export const isRefugee = (basis: PermitBasis): boolean => basis === '7' || basis === '8-1' || basis === '8-2';

/** EU-law persons and Nordic citizens hold a right of residence (opholdsret), not a permit (§ 21 b, stk. 1). */
export const holdsRightOfResidence = (basis: PermitBasis): boolean => basis === 'eu-law' || basis === 'nordic';

export type Input = z.infer<typeof schema>;
