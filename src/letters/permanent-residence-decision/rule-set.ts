/**
 * Which rules decide an application: chosen by its filing date (R-PR-001; letters/permanent-residence-decision.md,
 * "Which rules apply: filing date", src:12482–12859). The table is the reference's, row for row. A filing date
 * before the first row is not covered by the source: a coded error, never a guess.
 */
import type { CivilDate } from '../../domain/civil-date.ts';

export type RuleSetId =
  | 'filed-1999-01-01'
  | 'filed-2002-02-28'
  | 'filed-2006-04-01'
  | 'filed-2006-07-01'
  | 'filed-2010-03-26'
  | 'filed-2012-07-01'
  | 'filed-2015-12-10';

export interface RuleSet {
  readonly id: RuleSetId;
  /** First filing day the rule set covers; it runs until the next row's first day. */
  readonly filedFrom: CivilDate;
  /** The law the table names (printed in the letter through the locale key `ruleSet.<id>`). */
  readonly law: string;
  /** Only the current rules are built; earlier rule sets are named and refused (RULE_PR_RULE_SET_NOT_BUILT). */
  readonly built: boolean;
}

const row = (id: RuleSetId, filedFrom: string, law: string, built = false): RuleSet => ({
  id,
  filedFrom: filedFrom as CivilDate,
  law,
  built,
});

export const RULE_SETS: readonly RuleSet[] = [
  row('filed-1999-01-01', '1999-01-01', 'LBK nr. 711 af 1. august 2011; BK nr. 1065 af 17. december 1999'),
  row('filed-2002-02-28', '2002-02-28', 'LBK nr. 826 af 24. august 2005; BK nr. 8 af 9. januar 2006'),
  row('filed-2006-04-01', '2006-04-01', 'LBK nr. 785 af 10. august 2009'),
  row('filed-2006-07-01', '2006-07-01', 'LBK nr. 785 af 10. august 2009'),
  row('filed-2010-03-26', '2010-03-26', 'LBK nr. 947 af 24. august 2011'),
  row('filed-2012-07-01', '2012-07-01', 'LBK nr. 1021 af 19. september 2014'),
  row('filed-2015-12-10', '2015-12-10', 'lov nr. 102 af 3. februar 2016', true),
];

/** R-PR-001: the rule set of the filing date, or null before 1 January 1999 (OPEN in the source). */
export function ruleSetFor(filingDate: CivilDate): RuleSet | null {
  let found: RuleSet | null = null;
  for (const set of RULE_SETS) if (set.filedFrom <= filingDate) found = set;
  return found;
}
