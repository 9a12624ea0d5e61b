/**
 * Input of the permanent-residence decision (shared/domain/letters/permanent-residence-decision.md): the dated facts
 * an officer knows. The rules count the periods, pick the rule set by the filing date and decide every condition;
 * the officer never types a result the facts decide. Contradictions are refused here, before any rule runs.
 */
import { z } from 'zod';
import { periodProblems } from '../../domain/periods.ts';
import { civilDate, countryCode, toTheApplicantFields } from '../common-schema.ts';
import { areDates } from '../date-checks.ts';
import { decisionNotBeforeAnswer } from '../pr-answer-date.ts';
import { companionInput } from '../temporary-permit-extension/schema.ts';
import { monthProblems } from './employment.ts';

const period = { from: civilDate, to: civilDate };

const stayStart = z.discriminatedUnion('basis', [
  z.strictObject({ basis: z.literal('applied-from-abroad'), cprRegistrationDate: civilDate }),
  z.strictObject({ basis: z.literal('applied-in-denmark'), filingDate: civilDate, conditionsMetDate: civilDate.optional() }),
  z.strictObject({ basis: z.literal('asylum-section-7'), permitDate: civilDate }),
  z.strictObject({ basis: z.literal('quota-refugee-section-8'), cprRegistrationDate: civilDate }),
]);

const sentenceLength = z.strictObject({ unit: z.enum(['days', 'months', 'years']), count: z.number().int().min(1).max(99_999) });
const judgment = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('conditional'), finalJudgmentDate: civilDate, probationEnds: civilDate }),
  z.strictObject({
    kind: z.literal('unconditional'),
    finalJudgmentDate: civilDate,
    length: sentenceLength,
    releaseDate: civilDate,
    listedOffence: z.boolean(),
  }),
  z.strictObject({ kind: z.literal('youth-sanction'), finalJudgmentDate: civilDate, sanctionEnded: civilDate }),
  z.strictObject({ kind: z.literal('treatment'), finalJudgmentDate: civilDate, measureLifted: civilDate }),
  z.strictObject({ kind: z.literal('hospital-placement'), finalJudgmentDate: civilDate, measureLifted: civilDate }),
  z.strictObject({ kind: z.literal('forvaring'), finalJudgmentDate: civilDate, measureLifted: civilDate }),
]);

const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: '@format:year-month' });

export const schema = z
  .strictObject({
    ...toTheApplicantFields,
    /** R-PR-001: the filing date picks the rule set. */
    filingDate: civilDate,
    /** R-PR-010: the day the application was screened (age is judged on it). */
    screeningDate: civilDate,
    /**
     * R-PR-131: permit holders as worker, student, researcher, au pair, trainee, religious preacher or their
     * accompanying family pay an appeal fee; others do not. Decides which configured appeal guidance applies.
     */
    appealFeeGroup: z.boolean(),
    /**
     * R-PR-111: the applicant holds a permit under § 9 b, stk. 1: the ministry decides its extension and is told of
     * every decision (a copy); this office extends nothing.
     */
    section9bHolder: z.boolean(),
    stay: z.strictObject({
      start: stayStart,
      interruptions: z.array(z.strictObject({ permitEnded: civilDate, newPermitFrom: civilDate })).max(20),
      absences: z
        .array(
          z.strictObject({
            ...period,
            kind: z.enum(['posted', 'accompanying-posted-spouse', 'employment-essential', 'other']),
          }),
        )
        .max(50),
    }),
    /** R-PR-029: the applicant must be in Denmark when the decision is made. */
    inDenmarkAtDecision: z.boolean(),
    judgments: z.array(judgment).max(20),
    debts: z
      .array(
        z.strictObject({
          type: z.enum([
            'repayable-social-benefit',
            'advance-child-support',
            'day-care-payment',
            'excess-housing-benefit',
            'housing-grant-loan',
            'taxes-and-duties',
          ]),
          amount: z.number().positive().max(100_000_000).multipleOf(0.01),
          dueDate: civilDate,
          deferral: z.enum(['none', 'henstand', 'tax-administration-deferral']),
        }),
      )
      .max(50),
    publicHelp: z
      .array(z.strictObject({ ...period, kind: z.enum(['support', 'single-small-amount', 'replaces-pay-or-pension']) }))
      .max(50),
    /** R-PR-048: the declaration on integration and active citizenship signed or otherwise accepted by the filing. */
    declarationAccepted: z.boolean(),
    /** R-PR-049: the highest Danish test passed (or an equivalent the officer has accepted). */
    danish: z.enum(['none', 'pd2', 'pd3']),
    /** R-PR-050, R-PR-051: hours per calendar month from eIndkomst (ordinary employment only), in order. */
    employment: z.array(z.strictObject({ month: yearMonth, hours: z.number().min(0).max(744) })).max(240),
    /** R-PR-057: employed (on average at least 15 hours a week) when the decision is made. */
    employedAtDecision: z.boolean(),
    /** R-PR-060 (1): the citizenship test passed, or at least 1 year's active citizenship documented. */
    citizenship: z.enum(['none', 'citizenship-test', 'active-citizenship']),
    /** R-PR-060 (3): taxable income of each of the last 2 years before the time the permit could be granted. */
    incomeLastTwoYears: z.tuple([z.number().min(0), z.number().min(0)]),
    /** R-PR-090: førtidspension granted (the state-pension age is computed from the date of birth). */
    earlyRetirementPensionGranted: civilDate.optional(),
    /**
     * R-PR-072: the applicant belongs to a group with strong ties (§ 11, stk. 13): the Sydslesvig or Argentine
     * Danish minority, former Danish nationality, or Danish-born parents. The officer's finding.
     */
    strongTies: z.enum(['sydslesvig-minority', 'argentine-minority', 'former-danish-national', 'danish-born-parents']).optional(),
    /**
     * R-PR-073: conditions the applicant cannot meet because of a disability (§ 11, stk. 16). The number to print is
     * OPEN (the law's stk. 16 or the handbook's stk. 14): refused until legal review configures it.
     */
    disabilityDispensation: z.boolean(),
    /** R-PR-070: in education or ordinary full-time employment without interruption since leaving folkeskole. */
    inEducationOrWorkSinceSchool: z.boolean(),
    /** A hearing (pr-party-hearing) before this decision: the decision may not be dated before its answer date. */
    hearing: z.strictObject({ date: civilDate, answerBy: civilDate, repliedOn: civilDate.optional() }).optional(),
    /** The time-limited permit: its expiry decides the validity paragraph or the extension (R-PR-110). */
    temporaryPermitExpires: civilDate,
    /** The extension part-decision sent with a refusal (temporary-permit-extension, R-PR-110). */
    extension: companionInput.optional(),
    /** R-PR-114: grant only. */
    residenceCard: z.strictObject({
      holdsValidTimeLimitedCard: z.boolean(),
      biometricsPending: z.boolean(),
      /** V-CARD-NATIONALITY: the nationality registered in CPR and the one the applicant states. */
      // Countries only: the letter says "statsborger i {{cpr}}" (a stateless or unknown value has no such sentence).
      nationalityUnderInvestigation: z.strictObject({ cpr: countryCode, stated: countryCode }).optional(),
    }),
  })
  .superRefine((input, ctx) => {
    const issue = (path: (string | number)[], code: string, params: Record<string, string | number>) =>
      ctx.addIssue({ code: 'custom', path, params: { code, ...params } });
    const notBefore = (path: (string | number)[], later: unknown, other: string, earlier: unknown, rule: string) => {
      if (!areDates(later, earlier) || String(later) >= String(earlier)) return;
      issue(path, 'RULE_DATE_BEFORE', { field: path.join('.'), other, rule });
    };
    notBefore(['letterDate'], input.letterDate, 'filingDate', input.filingDate, 'R-PR-004');
    notBefore(['screeningDate'], input.screeningDate, 'filingDate', input.filingDate, 'R-PR-102');
    notBefore(['letterDate'], input.letterDate, 'screeningDate', input.screeningDate, 'R-PR-102');
    if (input.hearing) {
      notBefore(['hearing', 'answerBy'], input.hearing.answerBy, 'hearing.date', input.hearing.date, 'R-PR-107');
      notBefore(['hearing', 'date'], input.hearing.date, 'filingDate', input.filingDate, 'R-PR-107');
      if (input.hearing.repliedOn)
        notBefore(['hearing', 'repliedOn'], input.hearing.repliedOn, 'hearing.date', input.hearing.date, 'R-PR-107');
      // R-PR-107: the decision waits for the answer (pr-answer-date.ts, shared with the procedural letters).
      decisionNotBeforeAnswer(ctx, ['letterDate'], input.letterDate, input.hearing);
    }
    const periods = (path: string, list: readonly { from: string; to: string }[], rule: string) => {
      for (const problem of periodProblems(list as never)) {
        const code = {
          'ends-before-start': 'RULE_PR_PERIOD_ENDS_BEFORE_START',
          unordered: 'RULE_PR_PERIODS_UNORDERED',
          overlap: 'RULE_PR_PERIODS_OVERLAP',
        }[problem.kind];
        issue([...path.split('.'), problem.index], code, { rule });
      }
    };
    periods('stay.absences', input.stay.absences, 'R-PR-028');
    periods('publicHelp', input.publicHelp, 'R-PR-046');
    periods(
      'stay.interruptions',
      input.stay.interruptions.map((i) => ({ from: i.permitEnded, to: i.newPermitFrom })),
      'R-PR-026',
    );
    for (const problem of monthProblems(input.employment))
      issue(['employment', problem.index], problem.kind === 'overlap' ? 'RULE_PR_PERIODS_OVERLAP' : 'RULE_PR_PERIODS_UNORDERED', {
        rule: 'R-PR-051',
      });
    input.judgments.forEach((j, index) => {
      if (j.kind === 'conditional')
        notBefore(['judgments', index, 'probationEnds'], j.probationEnds, 'finalJudgmentDate', j.finalJudgmentDate, 'R-PR-041');
      if (j.kind === 'unconditional')
        notBefore(['judgments', index, 'releaseDate'], j.releaseDate, 'finalJudgmentDate', j.finalJudgmentDate, 'R-PR-041');
      if (j.kind === 'youth-sanction')
        notBefore(['judgments', index, 'sanctionEnded'], j.sanctionEnded, 'finalJudgmentDate', j.finalJudgmentDate, 'R-PR-041');
      if (j.kind === 'treatment' || j.kind === 'hospital-placement' || j.kind === 'forvaring')
        notBefore(['judgments', index, 'measureLifted'], j.measureLifted, 'finalJudgmentDate', j.finalJudgmentDate, 'R-PR-041');
      notBefore(['letterDate'], input.letterDate, `judgments[${index}].finalJudgmentDate`, j.finalJudgmentDate, 'R-PR-042');
    });
  });

export type Input = z.infer<typeof schema>;
