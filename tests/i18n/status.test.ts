/**
 * `letters i18n status` and the review status the engine uses for the draft mark: a stale string
 * (its Danish source changed) counts as a draft, so an approved translation of yesterday's Danish
 * text is never sent unmarked.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { readLocaleTree } from '../../src/i18n/locale-tree.ts';
import { loadLocales } from '../../src/i18n/locales.ts';
import { describeCell, statusTable } from '../../src/i18n/status.ts';

const fixture = (name: string) => new URL(`fixtures/${name}`, import.meta.url).pathname;
const scratch = mkdtempSync(`${tmpdir()}/i18n-status-`);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('letters i18n status', () => {
  it('shows each letter × language: complete or what is missing, and the weakest review status', () => {
    const table = statusTable(readLocaleTree(fixture('clean')));
    expect(table.letters).toEqual(['letter-a']);
    expect(table.languages).toEqual(['ar', 'en']);
    expect(describeCell(table.cells.get('letter-a:en') ?? null)).toBe('complete · reviewed'); // common approved, letter reviewed
    expect(describeCell(table.cells.get('letter-a:ar') ?? null)).toBe('complete · draft');
  });

  it('counts missing (plural forms included) and stale strings, and marks unclaimed letters', () => {
    const table = statusTable(readLocaleTree(fixture('broken')));
    // en lacks common.json (2 Danish strings) and `title`; `deadline` is stale; the rest are other problems (its glossary is unreadable too).
    expect(table.cells.get('letter-a:en')).toEqual({ missing: 3, stale: 1, problems: 4, status: 'draft' });
    expect(table.cells.get('letter-a:ar')).toMatchObject({ missing: 4, stale: 0 });
    expect(table.cells.get('letter-b:en')).toBeNull();
    expect(describeCell(null)).toBe('–');
  });
});

describe('the review status the engine draws the draft mark from', () => {
  it('is the weakest status, and drops to draft when the Danish source changes', () => {
    const dir = `${scratch}/tree`;
    cpSync(fixture('clean'), dir, { recursive: true });
    expect(loadLocales(dir).status('en', ['common'])).toBe('approved');
    expect(loadLocales(dir).status('en', ['common', 'letter-a'])).toBe('reviewed');

    const file = `${dir}/da/common.json`;
    const danish = JSON.parse(readFileSync(file, 'utf8'));
    danish.page = 'Side {{x}} ud af {{y}}';
    writeFileSync(file, JSON.stringify(danish));
    expect(loadLocales(dir).status('en', ['common'])).toBe('draft');
  });
});
