/**
 * Amounts the law indexes every year, stored per year as the reference gives them (rules.md, "Amounts are stored
 * per year"). A year the table does not hold is a coded error naming the table (RULE_PR_AMOUNT_YEAR_UNKNOWN),
 * never the nearest year.
 */
export type AmountTable = 'debt-limit' | 'income-threshold';

/** R-PR-045: deferred public debt may not exceed 100.000 kr. (2010 level), 113.850,57 kr. (2017 level) (src:12876–12877, 15088–15089). */
const DEBT_LIMIT: Readonly<Record<number, number>> = { 2010: 100_000, 2017: 113_850.57 };
/** R-PR-060 (3): average annual taxable income 270.000 kr. (2016 level), 275.400 kr. (2017 level) (src:12901–12904, 15755–15765). */
const INCOME_THRESHOLD: Readonly<Record<number, number>> = { 2016: 270_000, 2017: 275_400 };

const TABLES: Readonly<Record<AmountTable, Readonly<Record<number, number>>>> = {
  'debt-limit': DEBT_LIMIT,
  'income-threshold': INCOME_THRESHOLD,
};

/** The amount of `year`, or null when the reference gives none for that year. */
export const amountFor = (table: AmountTable, year: number): number | null => TABLES[table][year] ?? null;
