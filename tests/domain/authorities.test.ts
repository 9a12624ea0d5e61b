/**
 * Authority entries stay valid until a later entry replaces it (issue 11, point 5): the day before, of and after
 * each change; before the first entry the letter is refused; the plan says which entry it used.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTHORITY_IDS, loadAuthorities } from '../../src/domain/authorities.ts';
import type { CivilDate } from '../../src/domain/civil-date.ts';

const entry = (validFrom: string, name: string) => ({
  validFrom,
  name,
  unit: null,
  address: null,
  phone: null,
  email: null,
  web: null,
  source: `test ${validFrom}`,
});

function registryWith(entries: Record<string, unknown[]>) {
  const data = Object.fromEntries(AUTHORITY_IDS.map((id) => [id, entries[id] ?? [entry('2015-01-01', id)]]));
  const file = join(mkdtempSync(join(tmpdir(), 'authorities-')), 'authorities.json');
  writeFileSync(file, JSON.stringify(data));
  return loadAuthorities(file);
}

describe('authority entries', () => {
  const registry = registryWith({
    'refugee-appeals-board': [entry('2015-01-01', 'Old name'), entry('2016-07-01', 'New name')],
  });
  const on = (date: string) => registry.on('refugee-appeals-board', date as CivilDate, 'data.letterDate');

  it('before the first entry nothing is known: refused', () => {
    expect(on('2014-12-31')).toMatchObject({ ok: false, diagnostics: [{ code: 'AUTHORITY_UNKNOWN_FOR_DATE' }] });
  });

  it('an entry holds until the day before the next one; the latest has no end', () => {
    const name = (date: string) => {
      const result = on(date);
      return result.ok ? [result.value.name, result.value.from.entry, result.value.from.validUntil] : null;
    };
    expect(name('2015-01-01')).toEqual(['Old name', 'refugee-appeals-board@2015-01-01', '2016-06-30']);
    expect(name('2016-06-30')).toEqual(['Old name', 'refugee-appeals-board@2015-01-01', '2016-06-30']);
    expect(name('2016-07-01')).toEqual(['New name', 'refugee-appeals-board@2016-07-01', null]);
    expect(name('2030-01-01')).toEqual(['New name', 'refugee-appeals-board@2016-07-01', null]);
  });

  it('entries out of order are a data error, found at start-up', () => {
    expect(() => registryWith({ 'refugee-appeals-board': [entry('2016-07-01', 'New'), entry('2015-01-01', 'Old')] })).toThrow(
      /order of validFrom/,
    );
  });

  it('the ministry: the last attested entry is used after the rename known only by public record, and flagged', () => {
    const ministry = loadAuthorities();
    const from = (date: string) => {
      const result = ministry.on('ministry/humanitarian-residence', date as CivilDate, 'data.letterDate');
      return result.ok ? result.value.from : null;
    };
    expect(from('2016-11-27')).toMatchObject({ entry: 'ministry/humanitarian-residence@2016-09-08', caution: null });
    expect(from('2016-11-28')?.caution).toMatch(/Udlændinge- og Integrationsministeriet on 2016-11-28 by public record/);
    expect(from('2017-03-01')?.caution).toMatch(/public record/);
  });
});
