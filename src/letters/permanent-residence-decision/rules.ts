/**
 * Rules of the permanent-residence decision (letters/permanent-residence-decision.md; rules.md R-PR-001 to R-PR-131).
 * Pure: the rule set by filing date, the counts from dated facts, every condition, the path or the grounds, the
 * extension sent with a refusal, and the appeal guidance.
 */

import { type Diagnostic, diagnostic, fail, ok, type Result } from '../../diagnostics/diagnostic.ts';
import { addDays, addMonths, type CivilDate } from '../../domain/civil-date.ts';
import { configuredAppeal } from '../configured-appeal.ts';
import type { RulesWorld } from '../define-letter.ts';
import { type AppealGuidance, type Companion, type Copy, type Outcome, type Reason, toTheApplicant } from '../plan.ts';
import {
  extensionCompanion as extensionPartDecision,
  extensionDue as permitExpiresSoon,
} from '../temporary-permit-extension/rules.ts';
import { validFrom } from './age.ts';
import { amountFor } from './amounts.ts';
import { type Assessment, assess, type Facts, type Ground } from './conditions.ts';
import { debtFinding, isOverdue } from './debt.ts';
import { BASIC_EMPLOYMENT, EMPLOYMENT_WINDOW_MONTHS, fullTimeMonths, SUPPLEMENTARY_EMPLOYMENT } from './employment.ts';
import { helpFinding } from './public-help.ts';
import { isBuilt, lastFilingDay, type RuleSet, ruleSetFor } from './rule-set.ts';
import type { Input } from './schema.ts';
import { crimeFinding } from './sentences.ts';
import { lawfulStay } from './stay.ts';

export type Variant = 'grant-6-year' | 'grant-4-year' | 'grant-pensioner' | 'grant-young' | 'grant-strong-ties' | 'refusal';
export const LETTER = 'permanent-residence-decision';

/**
 * OPEN (R-PR-021): whether the stay requirement is met at the decision (handbook) or at filing (remarks to L 87).
 * The decision date protects the applicant (the stay keeps counting while the case is processed) and is the
 * handbook's own rule for the caseworker.
 */
export const STAY_MEASURED_AT = 'decision' as const;

/** R-PR-001: the rule set, or a coded error for a filing date the table does not cover or a rule set not built. */
export function ruleSetOf(input: Input): Result<RuleSet> {
  const set = ruleSetFor(input.filingDate);
  if (!set) return fail(diagnostic('RULE_PR_FILING_DATE_NOT_COVERED', 'data.filingDate', { rule: 'R-PR-001' }));
  if (!isBuilt(set))
    return fail(
      diagnostic('RULE_PR_RULE_SET_NOT_BUILT', 'data.filingDate', {
        ruleSet: set.id,
        law: set.law,
        filedFrom: set.filedFrom,
        filedUntil: lastFilingDay(set) ?? '',
        unworded: set.unworded.join(', '),
        rule: 'R-PR-001',
      }),
    );
  return ok(set);
}

/** Every count and finding from the input's dated facts (and the year's amounts, or coded errors). */
export function factsOf(input: Input): Result<Facts> {
  const at = input.letterDate;
  const year = Number(at.slice(0, 4));
  const problems: Diagnostic[] = [];
  const needsDebtLimit = input.debts.some((d) => d.deferral === 'henstand' && isOverdue(d, at));
  const debtLimit = amountFor('debt-limit', year);
  if (needsDebtLimit && debtLimit === null)
    problems.push(diagnostic('RULE_PR_AMOUNT_YEAR_UNKNOWN', 'data.letterDate', { table: 'debt-limit', year, rule: 'R-PR-045' }));
  const incomeThreshold = amountFor('income-threshold', year);
  if (incomeThreshold === null)
    problems.push(
      diagnostic('RULE_PR_AMOUNT_YEAR_UNKNOWN', 'data.letterDate', { table: 'income-threshold', year, rule: 'R-PR-060' }),
    );
  const crime = crimeFinding(input.judgments, at);
  if (crime.kind === 'ambiguous-length')
    problems.push(
      diagnostic('RULE_PR_SENTENCE_LENGTH_AMBIGUOUS', `data.judgments[${crime.judgment}].length`, { rule: 'R-PR-040' }),
    );
  if (problems.length > 0 || incomeThreshold === null) return fail(...problems);
  const [first, second] = input.incomeLastTwoYears;
  return ok({
    dateOfBirth: input.applicant.dateOfBirth,
    filingDate: input.filingDate,
    screeningDate: input.screeningDate,
    at,
    stay: lawfulStay({ start: input.stay.start, interruptions: input.stay.interruptions, absences: input.stay.absences, at }),
    inDenmark: input.inDenmarkAtDecision,
    crime,
    debt: debtFinding(input.debts, at, debtLimit),
    help: helpFinding(input.publicHelp, input.filingDate, at),
    declarationAccepted: input.declarationAccepted,
    danish: input.danish,
    employment: fullTimeMonths(input.employment, at, { required: BASIC_EMPLOYMENT.required, window: EMPLOYMENT_WINDOW_MONTHS }),
    supplementaryEmployment: fullTimeMonths(input.employment, at, SUPPLEMENTARY_EMPLOYMENT),
    employedAtDecision: input.employedAtDecision,
    citizenship: input.citizenship,
    averageIncome: (first + second) / 2,
    incomeThreshold,
    earlyRetirementPension: input.earlyRetirementPensionGranted !== undefined && input.earlyRetirementPensionGranted <= at,
    inEducationOrWorkSinceSchool: input.inEducationOrWorkSinceSchool,
    strongTies: input.strongTies !== undefined,
  });
}

const TRACK_RULE = { young: 'R-PR-070', pensioner: 'R-PR-090', 'strong-ties': 'R-PR-072' } as const;

const GROUND_RULE: Readonly<Record<Ground['condition'], string>> = {
  age: 'R-PR-010',
  stay: 'R-PR-020',
  'in-denmark': 'R-PR-029',
  'crime-excluded': 'R-PR-040',
  'crime-waiting': 'R-PR-041',
  debt: 'R-PR-045',
  'public-help': 'R-PR-046',
  declaration: 'R-PR-048',
  danish: 'R-PR-049',
  employment: 'R-PR-050',
  'continued-employment': 'R-PR-057',
  supplementary: 'R-PR-060',
};

function reasons(set: RuleSet, facts: Facts, assessment: Assessment): Reason[] {
  const stay = facts.stay;
  const why: Reason[] = [
    { rule: 'R-PR-001', because: `filed ${facts.filingDate}: rule set ${set.id} (${set.law})` },
    {
      rule: 'R-PR-022',
      because: `lawful stay counted from ${stay.countFrom} to ${stay.at} (measured at the ${STAY_MEASURED_AT}, OPEN R-PR-021): ${stay.duration.years} years ${stay.duration.months} months`,
    },
  ];
  if (stay.interruption)
    why.push({
      rule: 'R-PR-026',
      because: `interrupted: permit ended ${stay.interruption.permitEnded}, count restarts ${stay.interruption.newPermitFrom}`,
    });
  if (stay.deductedDays > 0) why.push({ rule: 'R-PR-028', because: `${stay.deductedDays} days abroad deducted` });
  why.push(
    {
      rule: 'R-PR-051',
      because: `full-time months ${facts.employment.windowFrom}–${facts.employment.windowTo}: ${facts.employment.fullTimeMonths} of ${facts.employment.required} required`,
    },
    { rule: 'R-PR-060', because: `supplementary conditions met: ${assessment.supplementary.join(', ') || 'none'}` },
  );
  if (assessment.track !== 'standard') why.push({ rule: TRACK_RULE[assessment.track], because: `${assessment.track} path` });
  if (assessment.grant) why.push({ rule: 'R-PR-011', because: `all conditions of ${assessment.grant} met` });
  for (const ground of assessment.grounds)
    why.push({ rule: GROUND_RULE[ground.condition], because: `not met: ${ground.condition}` });
  if (assessment.grounds.some((g) => g.condition === 'stay' && g.interruption))
    why.push({ rule: 'R-PR-027', because: 'the interrupted stay is stated as a ground' });
  return why;
}

/** R-PR-110: a refusal with the permit expiring within 6 months goes with the extension part-decision (not for § 9 b holders). */
export const extensionDue = (input: Input): boolean =>
  !input.section9bHolder && permitExpiresSoon(input.letterDate, input.temporaryPermitExpires);

/**
 * R-PR-111 (OPEN at exactly 3 months): a § 9 b holder whose permit has expired or expires in less than 3 months has
 * the extension application forwarded to the ministry; with more than 3 months left the refusal states the expiry.
 * A permit expiring exactly 3 months after the decision is covered by neither: it is forwarded (the reading that
 * keeps the applicant's extension moving).
 */
export const section9bExtensionForwarded = (input: Input): boolean =>
  input.temporaryPermitExpires <= addMonths(input.letterDate, 3);

function extensionCompanion(input: Input, world: RulesWorld): Result<Companion> {
  if (!input.extension) return fail(diagnostic('RULE_PR_EXTENSION_REQUIRED', 'data.extension', { rule: 'R-PR-110' }));
  return extensionPartDecision(
    {
      letterDate: input.letterDate,
      caseNumber: input.caseNumber,
      applicant: input.applicant,
      address: input.address,
      officer: input.officer,
      withDecision: 'refusal',
      temporaryPermitExpires: input.temporaryPermitExpires,
      ...input.extension,
    },
    world,
  );
}

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const set = ruleSetOf(input);
  if (!set.ok) return set;
  // R-PR-073 (OPEN): the disability dispensation's provision (§ 11, stk. 16 in the law, stk. 14 in the handbook).
  if (input.disabilityDispensation)
    return fail(diagnostic('RULE_PR_DISABILITY_PROVISION_NOT_CONFIGURED', 'data.disabilityDispensation', { rule: 'R-PR-073' }));
  const facts = factsOf(input);
  if (!facts.ok) return facts;
  const assessment = assess(facts.value);
  const variant: Variant = assessment.grant ?? 'refusal';
  const why = reasons(set.value, facts.value, assessment);

  const companions: Companion[] = [];
  const refusal = variant === 'refusal';
  if (!refusal || !extensionDue(input)) {
    if (input.extension) return fail(diagnostic('RULE_PR_EXTENSION_NOT_DUE', 'data.extension', { rule: 'R-PR-110' }));
  } else {
    const companion = extensionCompanion(input, world);
    if (!companion.ok) return companion;
    companions.push(companion.value);
    why.push({
      rule: 'R-PR-110',
      because: 'permit expires within 6 months of the decision: extension part-decision sent with it',
    });
  }
  if (refusal && input.section9bHolder)
    why.push({
      rule: 'R-PR-111',
      because: section9bExtensionForwarded(input)
        ? '§ 9 b holder, permit expired or expiring within 3 months: the extension application goes to the ministry'
        : '§ 9 b holder, more than 3 months left: the refusal states the expiry',
    });
  else if (refusal && !extensionDue(input))
    why.push({ rule: 'R-PR-110', because: 'permit valid more than 6 months: the refusal states its validity' });

  const sender = world.authorities.on('immigration-service/permanent-residence', input.letterDate, 'data.letterDate');
  if (!sender.ok) return sender;
  // R-PR-111: the ministry is told of every grant and refusal to a § 9 b holder (src:14488–14509).
  const copies: Copy[] = [];
  if (input.section9bHolder) {
    const ministry = world.authorities.on('ministry/immigration', input.letterDate, 'data.letterDate');
    if (!ministry.ok) return ministry;
    copies.push({ recipient: ministry.value, rule: 'R-PR-111' });
  }
  let appeal: AppealGuidance;
  if (refusal) {
    // R-PR-130, R-PR-131: Udlændingenævnet, 8 weeks; the provisions for the right of appeal, the deadline's start,
    // the suspensive effect and the fee are not in the source: legal review configures them (OPEN).
    const configured = configuredAppeal(world, {
      letter: LETTER,
      variant: input.appealFeeGroup ? 'refusal-fee-group' : 'refusal',
      openRule: 'R-PR-130',
      letterDate: input.letterDate,
    });
    if (!configured.ok) return configured;
    appeal = configured.value;
  } else {
    appeal = { kind: 'fully-granted', rules: ['R-PR-011'] };
  }
  const card = input.residenceCard;
  return ok({
    due: true,
    plan: {
      variant,
      why,
      ...toTheApplicant(input),
      sender: sender.value,
      appeal,
      copies,
      ...(companions.length > 0 ? { companions } : {}),
      fields: {
        ruleSet: set.value.id,
        filingDate: input.filingDate,
        // R-PR-010: valid at the earliest from the 18th birthday.
        // R-PR-010: valid at the earliest from the 18th birthday (shown only when that is after the letter date).
        validFromBirthday:
          !refusal && validFrom(input.applicant.dateOfBirth, input.letterDate) > input.letterDate
            ? validFrom(input.applicant.dateOfBirth, input.letterDate)
            : null,
        track: assessment.track,
        grounds: assessment.grounds.map((g) => groundFields(g, input)),
        permitValidUntil:
          refusal && !extensionDue(input) && !(input.section9bHolder && section9bExtensionForwarded(input))
            ? input.temporaryPermitExpires
            : null,
        extensionForwardedTo:
          refusal && input.section9bHolder && section9bExtensionForwarded(input) ? (copies[0]?.recipient.name ?? null) : null,
        extensionEnclosed: companions.length > 0,
        card: refusal
          ? null
          : {
              sendOldCard: card.holdsValidTimeLimitedCard,
              biometricsPending: card.biometricsPending,
              nationality: card.nationalityUnderInvestigation
                ? { cpr: card.nationalityUnderInvestigation.cpr, stated: card.nationalityUnderInvestigation.stated }
                : null,
            },
      },
    },
  });
}

/** A ground as template fields: every value present (null when not applicable), figures as the letter prints them. */
function groundFields(ground: Ground, input: Input) {
  const base = { condition: ground.condition };
  const judgmentDate = (index: number) => input.judgments[index]?.finalJudgmentDate ?? null;
  switch (ground.condition) {
    case 'age':
      return { ...base, earliestFiling: ground.earliestFiling };
    case 'stay':
      return {
        ...base,
        requiredYears: ground.requiredYears,
        shorterPathNeeds: ground.shorterPathNeeds,
        years: ground.counted.years,
        months: ground.counted.months,
        countFrom: ground.countFrom,
        interruption: ground.interruption ? { ...ground.interruption } : null,
        deductedDays: ground.deductedDays,
      };
    case 'crime-excluded':
      return { ...base, because: ground.because, judgmentDate: judgmentDate(ground.judgment) };
    case 'crime-waiting':
      return { ...base, clearFrom: ground.clearFrom, period: ground.period, judgmentDate: judgmentDate(ground.judgment) };
    case 'debt':
      return {
        ...base,
        overdue: ground.overdue.map((d) => ({ type: d.type, amount: d.amount, dueDate: d.dueDate })),
        deferredTotal: ground.deferredTotal,
        limit: ground.limit,
      };
    case 'public-help':
      return { ...base, windowFrom: ground.windowFrom, periods: ground.periods.map((p) => ({ from: p.from, to: p.to })) };
    case 'employment':
      return {
        ...base,
        years: ground.counted.years,
        months: ground.counted.months,
        windowFrom: firstDayOf(ground.windowFrom),
        windowTo: lastDayOf(ground.windowTo),
      };
    case 'supplementary':
      return { ...base, metCount: ground.met.length, required: ground.required };
    default:
      return base;
  }
}

const firstDayOf = (month: string): CivilDate => `${month}-01` as CivilDate;
const lastDayOf = (month: string): CivilDate => addDays(addMonths(firstDayOf(month), 1), -1);
