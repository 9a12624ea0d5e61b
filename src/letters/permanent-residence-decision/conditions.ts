/**
 * The conditions of § 11 (current rules, filed from 10 December 2015), each decided from the counted facts, and the
 * paths that combine them (R-PR-011). A refusal lists every unmet condition of the applicant's path with the figures
 * that decided it, in the order of the reference's grounds table (letters/permanent-residence-decision.md).
 */
import type { CivilDate } from '../../domain/civil-date.ts';
import { toYearsMonths, type YearsMonths } from '../../domain/periods.ts';
import { earliestFilingDate, nineteenthBirthday, statePensionAgeReached, tooYoungOnScreening } from './age.ts';
import type { DebtFinding } from './debt.ts';
import type { EmploymentCount } from './employment.ts';
import type { HelpFinding } from './public-help.ts';
import type { CrimeFinding } from './sentences.ts';
import { type LawfulStay, stayOfAtLeast } from './stay.ts';

export interface Facts {
  readonly dateOfBirth: CivilDate;
  readonly filingDate: CivilDate;
  readonly screeningDate: CivilDate;
  readonly at: CivilDate;
  readonly stay: LawfulStay;
  readonly inDenmark: boolean;
  readonly crime: CrimeFinding;
  readonly debt: DebtFinding;
  readonly help: HelpFinding;
  readonly declarationAccepted: boolean;
  readonly danish: 'none' | 'pd2' | 'pd3';
  readonly employment: EmploymentCount;
  readonly supplementaryEmployment: EmploymentCount;
  readonly employedAtDecision: boolean;
  readonly citizenship: 'none' | 'citizenship-test' | 'active-citizenship';
  /** Average annual taxable income of the last 2 years, and the year's threshold. */
  readonly averageIncome: number;
  readonly incomeThreshold: number;
  readonly earlyRetirementPension: boolean;
  readonly inEducationOrWorkSinceSchool: boolean;
  /** R-PR-072: one of the groups with strong ties to Denmark (§ 11, stk. 13). */
  readonly strongTies: boolean;
}

/** § 11, stk. 4, nr. 1–4 (R-PR-060). */
export type Supplementary = 1 | 2 | 3 | 4;

export function supplementaryMet(f: Facts): Supplementary[] {
  const met: Supplementary[] = [];
  if (f.citizenship !== 'none') met.push(1);
  if (f.supplementaryEmployment.met) met.push(2);
  if (f.averageIncome >= f.incomeThreshold) met.push(3);
  if (f.danish === 'pd3') met.push(4);
  return met;
}

export type Path = 'grant-6-year' | 'grant-4-year' | 'grant-pensioner' | 'grant-young' | 'grant-strong-ties';

/** A condition that is not met, with the figures the letter states. */
export type Ground =
  | { readonly condition: 'age'; readonly earliestFiling: CivilDate }
  | {
      readonly condition: 'stay';
      readonly requiredYears: number;
      /** The 4-year path (§ 11, stk. 5, or stk. 6 for pensioners) was open only with these supplementary conditions. */
      readonly shorterPathNeeds: 'all-four' | 'one-and-four' | null;
      readonly counted: YearsMonths;
      readonly countFrom: CivilDate;
      readonly interruption: { readonly permitEnded: CivilDate; readonly newPermitFrom: CivilDate } | null;
      readonly deductedDays: number;
    }
  | { readonly condition: 'in-denmark' }
  | { readonly condition: 'crime-excluded'; readonly judgment: number; readonly because: string }
  | { readonly condition: 'crime-waiting'; readonly judgment: number; readonly clearFrom: CivilDate; readonly period: string }
  | {
      readonly condition: 'debt';
      readonly overdue: readonly { readonly type: string; readonly amount: number; readonly dueDate: CivilDate }[];
      readonly deferredTotal: number;
      readonly limit: number | null;
    }
  | {
      readonly condition: 'public-help';
      readonly windowFrom: CivilDate;
      readonly periods: readonly { from: CivilDate; to: CivilDate }[];
    }
  | { readonly condition: 'declaration' }
  | { readonly condition: 'danish' }
  | { readonly condition: 'employment'; readonly counted: YearsMonths; readonly windowFrom: string; readonly windowTo: string }
  | { readonly condition: 'continued-employment' }
  | { readonly condition: 'supplementary'; readonly met: readonly Supplementary[]; readonly required: number };

/** The path whose conditions a refusal states (R-PR-072 strong ties, R-PR-070 young, R-PR-090 pensioners, else § 11, stk. 3–5). */
export type Track = 'standard' | 'pensioner' | 'young' | 'strong-ties';

export function trackOf(f: Facts): Track {
  if (f.strongTies) return 'strong-ties';
  // R-PR-070: age at filing decides; filed before the 19th birthday, in education or work since folkeskole.
  if (f.filingDate < nineteenthBirthday(f.dateOfBirth) && f.inEducationOrWorkSinceSchool) return 'young';
  if (f.earlyRetirementPension || statePensionAgeReached(f.dateOfBirth, f.at)) return 'pensioner';
  return 'standard';
}

/** § 11, stk. 3, nr. 2–7 (with the age and presence requirements every path has). */
function basicGrounds(f: Facts): Ground[] {
  const grounds: Ground[] = [];
  if (tooYoungOnScreening(f.dateOfBirth, f.screeningDate))
    grounds.push({ condition: 'age', earliestFiling: earliestFilingDate(f.dateOfBirth) });
  return grounds;
}

function otherGrounds(f: Facts): Ground[] {
  const grounds: Ground[] = [];
  if (!f.inDenmark) grounds.push({ condition: 'in-denmark' });
  if (f.crime.kind === 'excluded')
    grounds.push({ condition: 'crime-excluded', judgment: f.crime.judgment, because: f.crime.because });
  if (f.crime.kind === 'waiting' && !f.crime.met)
    grounds.push({
      condition: 'crime-waiting',
      judgment: f.crime.judgment,
      clearFrom: f.crime.clearFrom,
      period: f.crime.period,
    });
  if (!f.debt.met)
    grounds.push({
      condition: 'debt',
      overdue: f.debt.overdue.map((d) => ({ type: d.type, amount: d.amount, dueDate: d.dueDate })),
      deferredTotal: f.debt.deferredTotal,
      limit: f.debt.limit,
    });
  if (!f.help.met) grounds.push({ condition: 'public-help', windowFrom: f.help.window.from, periods: f.help.barring });
  if (!f.declarationAccepted) grounds.push({ condition: 'declaration' });
  if (f.danish === 'none') grounds.push({ condition: 'danish' });
  return grounds;
}

/** R-PR-072: age, presence, crime, debt and Danish only (nr. 5 and 6 need not be met either). */
const strongTiesGrounds = (f: Facts): Ground[] =>
  [...basicGrounds(f), ...otherGrounds(f)].filter((g) => g.condition !== 'public-help' && g.condition !== 'declaration');

function stayGround(f: Facts, shorterPathNeeds: 'all-four' | 'one-and-four' | null): Ground {
  return {
    condition: 'stay',
    requiredYears: 6,
    shorterPathNeeds,
    counted: f.stay.duration,
    countFrom: f.stay.countFrom,
    interruption: f.stay.interruption,
    deductedDays: f.stay.deductedDays,
  };
}

function employmentGrounds(f: Facts): Ground[] {
  const grounds: Ground[] = [];
  if (!f.employment.met)
    grounds.push({
      condition: 'employment',
      counted: toYearsMonths(f.employment.fullTimeMonths),
      windowFrom: f.employment.windowFrom,
      windowTo: f.employment.windowTo,
    });
  if (!f.employedAtDecision) grounds.push({ condition: 'continued-employment' });
  return grounds;
}

export interface Assessment {
  readonly track: Track;
  /** The first path whose conditions are all met, in the order of the reference's variants table; null: refusal. */
  readonly grant: Path | null;
  /** Every unmet condition of the track, in the grounds table's order (empty for a grant). */
  readonly grounds: readonly Ground[];
  readonly supplementary: readonly Supplementary[];
}

export function assess(f: Facts): Assessment {
  const supplementary = supplementaryMet(f);
  const common = [...basicGrounds(f), ...otherGrounds(f)];
  const six = stayOfAtLeast(f.stay, 6);
  const four = stayOfAtLeast(f.stay, 4);
  const track = trackOf(f);
  const all4 = supplementary.length === 4;
  const oneOf1or4 = supplementary.includes(1) || supplementary.includes(4);
  const both1and4 = supplementary.includes(1) && supplementary.includes(4);
  const work = employmentGrounds(f);

  const paths: [Path, boolean][] = [
    // R-PR-011: § 11, stk. 3 + 2 of 4 in stk. 4.
    ['grant-6-year', six && common.length === 0 && work.length === 0 && supplementary.length >= 2],
    // § 11, stk. 5: 4 years, stk. 3, nr. 2–9 and all 4 of stk. 4.
    ['grant-4-year', four && common.length === 0 && work.length === 0 && all4],
    // R-PR-090, § 11, stk. 6: nr. 1–7 + one of stk. 4, nr. 1/4; or 4 years, nr. 2–7 + both.
    ['grant-pensioner', track === 'pensioner' && common.length === 0 && ((six && oneOf1or4) || (four && both1and4))],
    // R-PR-070, § 11, stk. 12: nr. 1–7 only.
    ['grant-young', track === 'young' && common.length === 0 && six],
    // R-PR-072, § 11, stk. 13: stk. 3, nr. 1, 5, 6, 8, 9 and stk. 4 need not be met.
    ['grant-strong-ties', track === 'strong-ties' && strongTiesGrounds(f).length === 0],
  ];
  const grant = paths.find(([, met]) => met)?.[0] ?? null;
  if (grant) return { track, grant, grounds: [], supplementary };

  const grounds: Ground[] = [...basicGrounds(f)];
  if (track === 'standard') {
    if (!six && !(four && all4)) grounds.push(stayGround(f, four ? 'all-four' : null));
    grounds.push(...otherGrounds(f), ...work);
    if (supplementary.length < 2) grounds.push({ condition: 'supplementary', met: supplementary, required: 2 });
  } else if (track === 'pensioner') {
    if (!six && !(four && both1and4)) grounds.push(stayGround(f, four ? 'one-and-four' : null));
    grounds.push(...otherGrounds(f));
    if (!oneOf1or4)
      grounds.push({ condition: 'supplementary', met: supplementary.filter((n) => n === 1 || n === 4), required: 1 });
  } else if (track === 'young') {
    if (!six) grounds.push(stayGround(f, null));
    grounds.push(...otherGrounds(f));
  } else {
    grounds.push(...strongTiesGrounds(f).filter((g) => g.condition !== 'age'));
  }
  return { track, grant: null, grounds, supplementary };
}
