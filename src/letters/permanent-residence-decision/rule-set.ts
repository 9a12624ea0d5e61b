/**
 * Which rules decide an application: chosen by its filing date (R-PR-001; letters/permanent-residence-decision.md,
 * "Which rules apply: filing date", src:12482–12859). The table is the reference's, row for row. A filing date
 * before the first row is not covered by the source: a coded error, never a guess.
 *
 * Only the current rules are built. For every earlier row the reference gives an overview (residence years by
 * group, the conditions in a few words, the law), but not what a letter must state: the provisions of that law
 * each condition rests on (forvaltningsloven §§ 22 and 24), the crime condition (which sentences exclude, the
 * waiting periods), and, row by row, the figures and exemptions it only names (`unworded`). Those rows are
 * refused (RULE_PR_RULE_SET_NOT_BUILT, naming the row) until legal review words them; nothing is composed from
 * the overview.
 */
import { addDays, type CivilDate } from '../../domain/civil-date.ts';

export type RuleSetId =
  | 'filed-1999-01-01'
  | 'filed-2002-02-28'
  | 'filed-2006-04-01'
  | 'filed-2006-07-01'
  | 'filed-2010-03-26'
  | 'filed-2012-07-01'
  | 'filed-2015-12-10';

/** What the reference does not give for a rule set, though its letter would have to state it. */
export type Unworded =
  /** The provision (§, stk., nr.) of that law each condition and the decision rest on. */
  | 'provisions'
  /** Which sentences exclude and the waiting periods (karens) after the others: the overview says only "karens". */
  | 'crime'
  /** The debt condition: "deferred debt under an amount" names no amount (2012); the 2010 row names no debt condition. */
  | 'debt'
  /** Which conditions an exemption covers and on what grounds ("exemptions possible", "refugees … exempt from several"). */
  | 'exemptions'
  /** The point system of the 4-year path (2010 row). */
  | 'point-system'
  /** The introduction-programme, integration-exam and Danish-test conditions in checkable terms ("at the level placed"). */
  | 'integration-conditions';

export interface RuleSet {
  readonly id: RuleSetId;
  /** First filing day the rule set covers; it runs until the day before the next row's first day. */
  readonly filedFrom: CivilDate;
  /** The law the table names (printed in the letter through the locale key `ruleSet.<id>`). */
  readonly law: string;
  /** The reference's lines for the row. */
  readonly source: string;
  /** What the reference leaves unworded; empty only for a built rule set. */
  readonly unworded: readonly Unworded[];
}

const row = (id: RuleSetId, filedFrom: string, law: string, source: string, unworded: readonly Unworded[]): RuleSet => ({
  id,
  filedFrom: filedFrom as CivilDate,
  law,
  source,
  unworded,
});

export const RULE_SETS: readonly RuleSet[] = [
  row('filed-1999-01-01', '1999-01-01', 'LBK nr. 711 af 1. august 2011; BK nr. 1065 af 17. december 1999', 'src:12486–12538', [
    'provisions',
    'crime',
    'exemptions',
    'integration-conditions',
  ]),
  row('filed-2002-02-28', '2002-02-28', 'LBK nr. 826 af 24. august 2005; BK nr. 8 af 9. januar 2006', 'src:12539–12596', [
    'provisions',
    'crime',
    'exemptions',
    'integration-conditions',
  ]),
  row('filed-2006-04-01', '2006-04-01', 'LBK nr. 785 af 10. august 2009', 'src:12597–12654', [
    'provisions',
    'crime',
    'exemptions',
    'integration-conditions',
  ]),
  row('filed-2006-07-01', '2006-07-01', 'LBK nr. 785 af 10. august 2009', 'src:12655–12714', [
    'provisions',
    'crime',
    'exemptions',
    'integration-conditions',
  ]),
  row('filed-2010-03-26', '2010-03-26', 'LBK nr. 947 af 24. august 2011', 'src:12715–12784', [
    'provisions',
    'crime',
    'debt',
    'exemptions',
    'point-system',
  ]),
  row('filed-2012-07-01', '2012-07-01', 'LBK nr. 1021 af 19. september 2014', 'src:12785–12857', [
    'provisions',
    'crime',
    'debt',
    'exemptions',
  ]),
  row('filed-2015-12-10', '2015-12-10', 'lov nr. 102 af 3. februar 2016', 'src:12858–12985', []),
];

/** A rule set is built when the reference words everything its letter states. */
export const isBuilt = (set: RuleSet): boolean => set.unworded.length === 0;

/** R-PR-001: the rule set of the filing date, or null before 1 January 1999 (OPEN in the source). */
export function ruleSetFor(filingDate: CivilDate): RuleSet | null {
  let found: RuleSet | null = null;
  for (const set of RULE_SETS) if (set.filedFrom <= filingDate) found = set;
  return found;
}

/** The last filing day of a rule set: the day before the next row starts; null for the current rules. */
export function lastFilingDay(set: RuleSet): CivilDate | null {
  const next = RULE_SETS[RULE_SETS.indexOf(set) + 1];
  return next ? addDays(next.filedFrom, -1) : null;
}
