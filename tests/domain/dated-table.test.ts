/** Dated tables: the row by date (day before / of / after each limit), the coded error outside, the file's checks. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type CivilDate, parseCivilDate } from '../../src/domain/civil-date.ts';
import { type DatedTable, datedTableFileSchema, valueOn } from '../../src/domain/dated-table.ts';
import {
  amountOn,
  FAMILY_AMOUNT_TABLES,
  type FamilyAmountTable,
  kroner,
  loadFamilyAmounts,
  ore,
} from '../../src/domain/family-amounts.ts';
import { projectPath } from '../../src/domain/project-path.ts';

const d = parseCivilDate;

const twoYears: DatedTable<number> = {
  id: 'test/levels',
  chosenBy: 'filing date',
  rows: [
    { from: d('2016-03-01'), to: d('2016-12-31'), value: 1, source: 'a' },
    { from: d('2017-01-01'), to: d('2017-12-31'), value: 2, source: 'b' },
  ],
};

describe('valueOn', () => {
  it.each([
    ['2016-02-29', null],
    ['2016-03-01', 1],
    ['2016-12-31', 1],
    ['2017-01-01', 2],
    ['2017-12-31', 2],
    ['2018-01-01', null],
  ] as const)('on %s → %s', (date, expected) => {
    const result = valueOn(twoYears, d(date), 'data.filingDate');
    if (expected === null) {
      expect(result).toEqual({
        ok: false,
        diagnostics: [
          {
            code: 'DATED_TABLE_NO_VALUE_FOR_DATE',
            path: 'data.filingDate',
            params: { table: 'test/levels', knownFrom: '2016-03-01', knownTo: '2017-12-31' },
          },
        ],
      });
    } else {
      expect(result.ok && result.value.value).toBe(expected);
      expect(result.ok && result.value.table).toBe('test/levels');
    }
  });

  it('an open last row stays valid until a later row replaces it', () => {
    const open: DatedTable<number> = { ...twoYears, rows: [{ from: d('2017-01-01'), to: null, value: 3, source: 'c' }] };
    const result = valueOn(open, d('2031-06-01'), 'p');
    expect(result.ok && result.value.value).toBe(3);
    expect(valueOn(open, d('2016-12-31'), 'p')).toMatchObject({ ok: false, diagnostics: [{ params: { knownTo: 'open' } }] });
  });

  it('never puts the input date into the error (the path names the field)', () => {
    const result = valueOn(twoYears, d('2019-04-05'), 'data.filingDate');
    expect(JSON.stringify(result)).not.toContain('2019-04-05');
  });
});

describe('the table file', () => {
  const schema = datedTableFileSchema(z.number());
  const row = (from: string, to: string | null) => ({ from, to, value: 1, source: 's' });
  it.each([
    ['to before from', [row('2017-02-01', '2017-01-31')]],
    ['an open row before the last', [row('2016-01-01', null), row('2017-01-01', '2017-12-31')]],
    ['overlapping rows', [row('2016-01-01', '2017-01-01'), row('2017-01-01', '2017-12-31')]],
    ['rows out of order', [row('2017-01-01', '2017-12-31'), row('2016-01-01', '2016-12-31')]],
  ])('refuses %s', (_, rows) => {
    expect(schema.safeParse({ chosenBy: 'x', rows }).success).toBe(false);
  });

  it('refuses an amount with more than two decimals', () => {
    const dir = mkdtempSync(join(tmpdir(), 'amounts-'));
    const data = JSON.parse(readFileSync(projectPath('data/family-amounts.json'), 'utf8'));
    data['security/full'].rows[0].value = 54289.485;
    writeFileSync(join(dir, 'a.json'), JSON.stringify(data));
    expect(() => loadFamilyAmounts(join(dir, 'a.json'))).toThrow();
  });

  it('refuses a file that lacks a table', () => {
    const dir = mkdtempSync(join(tmpdir(), 'amounts-'));
    const data = JSON.parse(readFileSync(projectPath('data/family-amounts.json'), 'utf8'));
    delete data['fees/reopening'];
    writeFileSync(join(dir, 'a.json'), JSON.stringify(data));
    expect(() => loadFamilyAmounts(join(dir, 'a.json'))).toThrow(/fees\/reopening/);
  });

  it('every row names its source line', () => {
    const tables = loadFamilyAmounts();
    for (const id of FAMILY_AMOUNT_TABLES) for (const r of tables[id].rows) expect(r.source).toMatch(/src:\d+/);
  });
});

describe('the family amounts of 2017 (the handbook of February 2017)', () => {
  const on = (table: FamilyAmountTable, date: string) => {
    const result = amountOn(table, d(date) as CivilDate, 'data.filingDate');
    return result.ok ? kroner(result.value.value) : result.diagnostics[0]?.code;
  };
  it.each([
    // R-FAM-001: first-time application fees by filing date
    ['fees/application/9-1', 6300],
    ['fees/application/9c1-family-tie', 6300],
    ['fees/application/9f', 1700],
    ['fees/application/9c1-religious-preacher-family', 1700],
    // R-FAM-003: re-opening and appeal fee; R-FAM-007: the § 9 h, stk. 7 deduction
    ['fees/reopening', 830],
    ['fees/appeal', 830],
    ['fees/administration-deduction', 830],
    // R-FAM-004, R-FAM-005: the shortfall limit
    ['fees/shortfall-limit', 210],
    // R-FAM-036: the security and its reductions
    ['security/full', 54289.48],
    ['security/reduction-a1', 21715.79],
    ['security/reduction-a2', 10857.89],
    ['security/reduction-final-exam', 10857.89],
    ['security/floor', 10857.89],
  ] as const)('%s: %s kr. from 1 January to 31 December 2017, unknown the day before and after', (table, amount) => {
    expect(on(table, '2016-12-31')).toBe('DATED_TABLE_NO_VALUE_FOR_DATE');
    expect(on(table, '2017-01-01')).toBe(amount);
    expect(on(table, '2017-12-31')).toBe(amount);
    expect(on(table, '2018-01-01')).toBe('DATED_TABLE_NO_VALUE_FOR_DATE');
  });

  it('amounts are whole øre', () => {
    expect(ore(54289.48)).toBe(5428948);
    expect(ore(0.1) + ore(0.2)).toBe(ore(0.3));
  });
});
