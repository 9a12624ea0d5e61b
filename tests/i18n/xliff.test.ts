/**
 * The XLIFF round trip: export → (translation tool) → import. With no edits nothing changes; an
 * edit is recorded with today's Danish hash and the status its state asks for; a unit that fails
 * any check stops the whole import, and nothing is written.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import xliff12ToJs from 'xliff/xliff12ToJs';
import { isLanguageCode, type LanguageCode } from '../../src/domain/languages.ts';
import { checkTree } from '../../src/i18n/check.ts';
import { readLocaleTree } from '../../src/i18n/locale-tree.ts';
import { sourceHash } from '../../src/i18n/meta.ts';
import { exportNamespaces, exportXliff, HEADER_NOTE } from '../../src/i18n/xliff-export.ts';
import { importXliff } from '../../src/i18n/xliff-import.ts';
import type { XliffDocument, XliffUnit } from '../../src/i18n/xliff-model.ts';
import { writeXliff } from '../../src/i18n/xliff-write.ts';

const scratch = mkdtempSync(`${tmpdir()}/i18n-xliff-`);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let copies = 0;
/** A fresh copy of a fixture tree, so that imports can write. */
function copyOf(name: string): string {
  const dir = `${scratch}/${name}-${++copies}`;
  cpSync(new URL(`fixtures/${name}`, import.meta.url).pathname, dir, { recursive: true });
  return dir;
}
const exported = (dir: string, language: LanguageCode) => {
  const tree = readLocaleTree(dir);
  return exportXliff(tree, language, exportNamespaces(tree));
};
/** The document with some units changed, as a translator's tool would. */
const edit = (document: XliffDocument, changes: Record<string, Partial<XliffUnit>>): string =>
  writeXliff(
    {
      ...document,
      files: document.files.map((f) => ({ ...f, units: f.units.map((u) => ({ ...u, ...changes[`${f.original}:${u.id}`] })) })),
    },
    HEADER_NOTE,
  );
const importInto = (dir: string, language: LanguageCode, xml: string, approvedBy?: string) =>
  importXliff(readLocaleTree(dir), language, xml, { file: 'x.xlf', approvedBy });
function apply(outcome: ReturnType<typeof importXliff>) {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.findings));
  for (const write of outcome.writes) {
    mkdirSync(dirname(write.path), { recursive: true });
    writeFileSync(write.path, write.content);
  }
  return outcome;
}
const codes = (outcome: ReturnType<typeof importXliff>) => (outcome.ok ? [] : outcome.findings.map((f) => f.code));

describe('XLIFF round trip', () => {
  const repository = readLocaleTree();
  const languages = [...repository.languages.keys()].filter((l): l is LanguageCode => isLanguageCode(l) && l !== 'da');

  it.each(languages)('changes nothing when %s comes back unedited', (language) => {
    const xml = writeXliff(exportXliff(repository, language, exportNamespaces(repository)), HEADER_NOTE);
    const outcome = importXliff(repository, language, xml, { file: 'x.xlf' });
    expect(outcome).toEqual({ ok: true, changes: [], writes: [] });
  });

  it('writes XLIFF 1.2 that the xliff package (by the i18next authors) reads back unit for unit', async () => {
    const document = exportXliff(repository, 'en', exportNamespaces(repository, 'humanitarian-permit-info'));
    const read = await xliff12ToJs(writeXliff(document, HEADER_NOTE));
    expect(read.sourceLanguage).toBe('da-DK');
    expect(read.targetLanguage).toBe('en-GB');
    for (const file of document.files)
      for (const unit of file.units) {
        expect(read.resources[file.original]?.[unit.id]?.source).toBe(unit.source);
        expect(read.resources[file.original]?.[unit.id]?.target).toBe(unit.target);
      }
  });

  it('carries the Danish source, the state and notes on origin, placeholders and markup', () => {
    const xml = writeXliff(exported(copyOf('clean'), 'en'), HEADER_NOTE);
    expect(xml).toContain('<source>Du har &lt;strong&gt;ret&lt;/strong&gt; til at klage inden {{date}}.</source>');
    expect(xml).toContain('<target state="signed-off">Decision</target>');
    expect(xml).toMatch(/<trans-unit id="page" [^>]*approved="yes">/);
    expect(xml).toContain('Verbatim legal text. The Danish is the binding wording');
    expect(xml).toContain('{{date}} = a date, written out by the system');
    expect(xml).toContain('Keep the letter markup <strong>'.replace('<', '&lt;').replace('>', '&gt;'));
  });
});

describe('import', () => {
  it('records an edited string with the Danish hash and the status its state asks for', () => {
    const dir = copyOf('clean');
    const xml = edit(exported(dir, 'en'), { 'letter-a:title': { target: 'The decision', state: 'translated' } });
    const outcome = apply(importInto(dir, 'en', xml));
    expect(outcome.changes).toEqual([{ namespace: 'letter-a', key: 'title', what: 'changed', from: 'reviewed', to: 'draft' }]);
    expect(outcome.writes.map((w) => w.path.split('/').slice(-2).join('/')).sort()).toEqual([
      'en/letter-a.json',
      'en/letter-a.meta.json',
    ]);
    expect(JSON.parse(readFileSync(`${dir}/en/letter-a.json`, 'utf8')).title).toBe('The decision');
    expect(JSON.parse(readFileSync(`${dir}/en/letter-a.meta.json`, 'utf8')).title).toEqual({
      daHash: sourceHash('Afgørelse'),
      status: 'draft',
    });
    expect(checkTree(readLocaleTree(dir))).toEqual([]);
  });

  it('refuses the whole file when one unit breaks a placeholder or the markup, and writes nothing', () => {
    const dir = copyOf('clean');
    const xml = edit(exported(dir, 'en'), {
      'letter-a:title': { target: 'The decision', state: 'translated' },
      'letter-a:body': { target: 'You have the <strong>right</strong> to appeal before {{dato}}.', state: 'translated' },
      'common:page': { target: 'Page {{x}} of <strong>{{y}}', state: 'translated', approved: false },
    });
    const outcome = importInto(dir, 'en', xml);
    expect(codes(outcome).sort()).toEqual(['LOCALE_MARKUP', 'LOCALE_PLACEHOLDERS_DIFFER']);
    expect(JSON.parse(readFileSync(`${dir}/en/letter-a.json`, 'utf8')).title).toBe('Decision');
  });

  it('records an approval only with the approver named', () => {
    const dir = copyOf('clean');
    const xml = edit(exported(dir, 'en'), { 'letter-a:title': { state: 'final', approved: true } });
    expect(codes(importInto(dir, 'en', xml))).toEqual(['XLIFF_APPROVER_MISSING']);
    const outcome = apply(importInto(dir, 'en', xml, 'Reviewer Name'));
    expect(outcome.changes).toEqual([{ namespace: 'letter-a', key: 'title', what: 'status', from: 'reviewed', to: 'approved' }]);
    expect(JSON.parse(readFileSync(`${dir}/en/letter-a.meta.json`, 'utf8')).title).toMatchObject({
      status: 'approved',
      approvedBy: 'Reviewer Name',
    });
  });

  it('keeps a stale string stale until the translator confirms or changes it', () => {
    const dir = copyOf('clean');
    const danishFile = `${dir}/da/letter-a.json`;
    writeFileSync(danishFile, readFileSync(danishFile, 'utf8').replace('"Afgørelse"', '"Endelig afgørelse"'));
    const document = exported(dir, 'en');
    const title = document.files.find((f) => f.original === 'letter-a')?.units.find((u) => u.id === 'title');
    expect(title).toMatchObject({ source: 'Endelig afgørelse', target: 'Decision', state: 'needs-review-translation' });

    expect(codes(importInto(dir, 'en', edit(document, {})))).toEqual(['LOCALE_STALE']);
    const outcome = apply(
      importInto(dir, 'en', edit(document, { 'letter-a:title': { target: 'Final decision', state: 'translated' } })),
    );
    expect(outcome.changes).toEqual([{ namespace: 'letter-a', key: 'title', what: 'changed', from: 'stale', to: 'draft' }]);
    expect(checkTree(readLocaleTree(dir), { languages: ['en'] })).toEqual([]);
  });

  it('refuses a unit whose Danish source changed after the export, an unknown unit and a file for another language', () => {
    const dir = copyOf('clean');
    const xml = edit(exported(dir, 'en'), { 'letter-a:title': { source: 'Gammel afgørelse', target: 'Old decision' } });
    expect(codes(importInto(dir, 'en', xml))).toEqual(['XLIFF_SOURCE_CHANGED']);
    const unknown = edit(exported(dir, 'en'), { 'letter-a:title': { id: 'titel' } });
    expect(codes(importInto(dir, 'en', unknown))).toEqual(['LOCALE_KEY_EXTRA']);
    expect(codes(importInto(dir, 'ar', writeXliff(exported(dir, 'en'), HEADER_NOTE)))).toEqual(['XLIFF_INVALID']);
    expect(codes(importInto(dir, 'en', '<html></html>'))).toEqual(['XLIFF_INVALID']);
  });

  it('starts a new language: every unit untranslated, the CLDR plural forms listed, the files created on import', () => {
    const dir = copyOf('clean');
    const document = exported(dir, 'fr');
    const units = document.files.flatMap((f) => f.units.map((u) => `${f.original}:${u.id}`));
    expect(units).toContain('letter-a:days_many'); // French has one, many, other
    expect(document.files.every((f) => f.units.every((u) => u.target === null))).toBe(true);

    const french: Record<string, string> = {
      'common:page': 'Page {{x}} sur {{y}}',
      'common:translation.draftMark': 'Projet de traduction',
      'letter-a:title': 'Décision',
      'letter-a:body': 'Vous avez le <strong>droit</strong> de faire appel avant le {{date}}.',
      'letter-a:days_one': '{{count}} jour',
      'letter-a:days_many': '{{count}} de jours',
      'letter-a:days_other': '{{count}} jours',
    };
    const partial = edit(document, { 'common:page': { target: french['common:page'] as string } });
    expect(codes(importInto(dir, 'fr', partial))).toContain('LOCALE_KEY_MISSING'); // a claimed letter must be complete

    const complete = edit(
      document,
      Object.fromEntries(Object.entries(french).map(([k, target]) => [k, { target, state: 'translated' }])),
    );
    const outcome = apply(importInto(dir, 'fr', complete));
    expect(outcome.changes).toHaveLength(7);
    expect(checkTree(readLocaleTree(dir))).toEqual([]);
    expect(JSON.parse(readFileSync(`${dir}/fr/letter-a.meta.json`, 'utf8')).days_many.daHash).toBe(sourceHash('{{count}} dage'));
  });

  it('reads what other tools write: CDATA, other attribute order, no notes', () => {
    const dir = copyOf('clean');
    const xml = `<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
 <file datatype="plaintext" target-language="en-gb" source-language="da-dk" original="letter-a"><body>
  <trans-unit id="title"><source>Afgørelse</source><target state="translated"><![CDATA[The decision]]></target></trans-unit>
 </body></file>
</xliff>`;
    const outcome = importInto(dir, 'en', xml);
    expect(outcome.ok && outcome.changes).toEqual([
      { namespace: 'letter-a', key: 'title', what: 'changed', from: 'reviewed', to: 'draft' },
    ]);
  });
});
