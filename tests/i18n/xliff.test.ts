/**
 * The XLIFF round trip: export → (translation tool) → import. With no edits nothing changes; an
 * edit is recorded with today's Danish hash and the status its state asks for; a unit that fails
 * any check stops the whole import, and nothing is written.
 */
import { execFileSync } from 'node:child_process';
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
    // It gives a placeholder's inline code as { Standalone: { id, equiv-text } }: joined back, the text is ours.
    type Code = { Standalone: { 'equiv-text': string } };
    type Read = string | Code | (string | Code)[] | undefined;
    const part = (p: string | Code) => (typeof p === 'string' ? p : p.Standalone['equiv-text']);
    const joined = (value: Read) => (value === undefined ? value : Array.isArray(value) ? value.map(part).join('') : part(value));
    for (const file of document.files)
      for (const unit of file.units) {
        expect(joined(read.resources[file.original]?.[unit.id]?.source as Read)).toBe(unit.source);
        expect(joined(read.resources[file.original]?.[unit.id]?.target as Read)).toBe(unit.target);
      }
  });

  it('carries the Danish source, the state and notes on origin, placeholders and markup', () => {
    const xml = writeXliff(exported(copyOf('clean'), 'en'), HEADER_NOTE);
    expect(xml).toContain(
      '<source>Du har &lt;strong&gt;ret&lt;/strong&gt; til at klage inden <x id="1" equiv-text="{{date}}"/>.</source>',
    );
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

describe('import refuses what is not a well-formed XLIFF of ours, and applies the checks of npm test', () => {
  const arabicBody = (target: string) => ({ 'letter-a:body': { target, state: 'translated' } });

  it('refuses a truncated file whole: nothing of the cut text is imported', () => {
    const dir = copyOf('clean');
    const xml = edit(exported(dir, 'en'), {
      'letter-a:title': { target: 'You may always stay', state: 'final', approved: true },
    });
    const cut = xml.slice(0, xml.indexOf('You may always stay') + 'You may always stay'.length);
    for (const broken of [cut, xml.slice(0, xml.lastIndexOf('</file>')), xml.replace('</target>', '</source>')]) {
      const outcome = importInto(dir, 'en', broken, 'Reviewer');
      expect(codes(outcome)).toEqual(['XLIFF_INVALID']);
      expect(outcome.ok ? '' : String(outcome.findings[0]?.params?.detail)).toMatch(/not well-formed XML/);
    }
    expect(JSON.parse(readFileSync(`${dir}/en/letter-a.json`, 'utf8')).title).toBe('Decision');
  });

  it('refuses characters XML does not allow, unknown entities and a second root', () => {
    const dir = copyOf('clean');
    const xml = writeXliff(exported(dir, 'en'), HEADER_NOTE);
    for (const broken of [
      xml.replace('Decision', 'Deci\u0001sion'),
      xml.replace('Decision', 'Decision&nbsp;'),
      `${xml}<xliff version="1.2"/>`,
    ])
      expect(codes(importInto(dir, 'en', broken))).toEqual(['XLIFF_INVALID']);
  });

  it('refuses an empty target, the Danish copied into a translation, bidi controls and a missing plural form, with file and key', () => {
    const dir = copyOf('clean');
    const document = exported(dir, 'ar');
    const findings = (changes: Record<string, Partial<XliffUnit>>) => {
      const outcome = importInto(dir, 'ar', edit(document, changes));
      return outcome.ok ? [] : outcome.findings.map((f) => `${f.code} ${f.path.split('/').slice(-2).join('/')} ${f.params?.key}`);
    };
    expect(findings({ 'letter-a:title': { target: ' ', state: 'translated' } })).toContain(
      'LOCALE_TEXT_EMPTY ar/letter-a.json title',
    );
    expect(findings(arabicBody('Du har <strong>ret</strong> til at klage inden {{date}}.'))).toContain(
      'LOCALE_TEXT_UNTRANSLATED ar/letter-a.json body',
    );
    expect(findings(arabicBody('You have the <strong>right</strong> to appeal before {{date}}.'))).toContain(
      'LOCALE_SCRIPT ar/letter-a.json body',
    );
    expect(findings(arabicBody('لك <strong>الحق</strong> في \u202Eالطعن قبل {{date}}.'))).toEqual([
      'LOCALE_CONTROL_CHARACTER ar/letter-a.json body',
    ]);
    const dir2 = copyOf('clean');
    const arFile = `${dir2}/ar/letter-a.json`;
    const arMeta = `${dir2}/ar/letter-a.meta.json`;
    const strings = JSON.parse(readFileSync(arFile, 'utf8'));
    const meta = JSON.parse(readFileSync(arMeta, 'utf8'));
    delete strings.days_few;
    delete meta.days_few;
    writeFileSync(arFile, JSON.stringify(strings));
    writeFileSync(arMeta, JSON.stringify(meta));
    const outcome = importInto(
      dir2,
      'ar',
      edit(exported(dir2, 'ar'), arabicBody('لك <strong>الحق</strong> في التظلم قبل {{date}}.')),
    );
    expect(outcome.ok ? [] : outcome.findings.map((f) => `${f.code} ${f.params?.key} ${f.params?.missing}`)).toContain(
      'LOCALE_PLURAL_FORMS days days_few',
    );
  });

  it('refuses an English target that is the Danish unchanged', () => {
    const dir = copyOf('clean');
    const outcome = importInto(
      dir,
      'en',
      edit(exported(dir, 'en'), { 'letter-a:title': { target: 'Afgørelse', state: 'translated' } }),
    );
    expect(codes(outcome)).toEqual(['LOCALE_TEXT_UNTRANSLATED']);
  });
});

describe('placeholders travel as XLIFF inline codes', () => {
  const body = (xml: string) => /<trans-unit id="body"[\s\S]*?<\/trans-unit>/.exec(xml)?.[0] ?? '';

  it('writes each placeholder of source and target as <x id equiv-text/>, and reads them back exactly', () => {
    const dir = copyOf('clean');
    const xml = writeXliff(exported(dir, 'en'), HEADER_NOTE);
    expect(body(xml)).toContain('before <x id="1" equiv-text="{{date}}"/>.</target>');
    expect(importInto(dir, 'en', xml)).toEqual({ ok: true, changes: [], writes: [] });
  });

  it('reads a target that moves the code, and one written with <ph> as other tools do', () => {
    const dir = copyOf('clean');
    const xml = writeXliff(exported(dir, 'en'), HEADER_NOTE);
    const moved = xml.replace(
      'You have the &lt;strong&gt;right&lt;/strong&gt; to appeal before <x id="1" equiv-text="{{date}}"/>.',
      'Before <ph id="1">{{date}}</ph> you have the &lt;strong&gt;right&lt;/strong&gt; to appeal.',
    );
    const outcome = apply(
      importInto(dir, 'en', moved.replace(/(<target) state="translated"(>Before)/, '$1 state="translated"$2')),
    );
    expect(outcome.changes.map((c) => c.key)).toEqual(['body']);
    expect(JSON.parse(readFileSync(`${dir}/en/letter-a.json`, 'utf8')).body).toBe(
      'Before {{date}} you have the <strong>right</strong> to appeal.',
    );
  });

  it('refuses a target that drops, alters or invents an inline code, or holds other inline elements', () => {
    const dir = copyOf('clean');
    const xml = writeXliff(exported(dir, 'en'), HEADER_NOTE);
    const code = '<x id="1" equiv-text="{{date}}"/>';
    const target = (replacement: string) => xml.replace(`before ${code}.</target>`, `before ${replacement}.</target>`);
    expect(codes(importInto(dir, 'en', target('the date')))).toEqual(['LOCALE_PLACEHOLDERS_DIFFER']);
    expect(codes(importInto(dir, 'en', target('<x id="1" equiv-text="{{dato}}"/>')))).toEqual(['XLIFF_INLINE_CODE']);
    expect(codes(importInto(dir, 'en', target('<x id="2" equiv-text="{{date}}"/>')))).toEqual(['XLIFF_INLINE_CODE']);
    expect(codes(importInto(dir, 'en', target(`<g id="9">${code}</g>`)))).toEqual(['XLIFF_INLINE_CODE']);
    const finding = (() => {
      const o = importInto(dir, 'en', target('<x id="1" equiv-text="{{dato}}"/>'));
      return o.ok ? null : o.findings[0];
    })();
    expect(finding?.params?.key).toBe('letter-a:body');
  });
});

describe('a stale unit and a repeated import', () => {
  it('carries the Danish the stale translation was made from (from git history) beside the new Danish', () => {
    const dir = copyOf('clean');
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'x');
    const danishFile = `${dir}/da/letter-a.json`;
    writeFileSync(danishFile, readFileSync(danishFile, 'utf8').replace('til at klage inden', 'til at klage senest'));
    const xml = writeXliff(exported(dir, 'en'), HEADER_NOTE);
    const unit = /<trans-unit id="body"[\s\S]*?<\/trans-unit>/.exec(xml)?.[0] ?? '';
    expect(unit).toContain(
      '<source>Du har &lt;strong&gt;ret&lt;/strong&gt; til at klage senest <x id="1" equiv-text="{{date}}"/>.</source>',
    );
    expect(unit).toContain('<target state="needs-review-translation">');
    expect(unit).toMatch(
      /<alt-trans origin="previous-source"[^>]*>\s*<source>Du har &lt;strong&gt;ret&lt;\/strong&gt; til at klage inden <x id="1" equiv-text="\{\{date\}\}"\/>.<\/source>/,
    );
    expect(unit).toContain('It was made from: «Du har &lt;strong&gt;ret&lt;/strong&gt; til at klage inden {{date}}.»');
    // the alt-trans is for people: the import reads the unit's own source and target only
    const outcome = apply(importInto(dir, 'en', xml.replace('state="needs-review-translation"', 'state="translated"')));
    expect(outcome.changes.map((c) => `${c.key} ${c.from} → ${c.to}`)).toEqual(['body stale → draft']);
  });

  it('keeps who approved a string when an unchanged file comes back, whatever --by says and however the tool marks approval', () => {
    const dir = copyOf('clean');
    const xml = writeXliff(exported(dir, 'en'), HEADER_NOTE);
    const withoutApprovedAttribute = xml.replace(/ approved="yes"/g, '');
    const withoutFinalState = xml.replace(/ state="final"/g, '');
    for (const file of [xml, withoutApprovedAttribute, withoutFinalState])
      expect(importInto(dir, 'en', file, 'Someone Else')).toEqual({ ok: true, changes: [], writes: [] });
    expect(JSON.parse(readFileSync(`${dir}/en/common.meta.json`, 'utf8')).page.approvedBy).toBe('Translator Test');
  });
});

describe('a whole language through XLIFF 1.2', () => {
  it('exports every letter at once; edits of units in several letters come back as exactly those changes', () => {
    const dir = `${scratch}/whole-language`;
    cpSync(new URL('../../locales', import.meta.url).pathname, dir, { recursive: true });
    const before = readLocaleTree(dir);
    const document = exportXliff(before, 'ru', exportNamespaces(before));
    expect(document.files.map((f) => f.original)).toEqual(exportNamespaces(before));
    expect(document.files.length).toBeGreaterThan(10);

    const translated = document.files.filter((f) => f.units.some((u) => u.target !== null));
    const picks = [translated[0], translated[1], translated[translated.length - 1]].map((file) => {
      const unit = file?.units.find((u) => u.target !== null && !u.target.includes('<'));
      return { namespace: file?.original ?? '', key: unit?.id ?? '', target: `${unit?.target} Проверено.` };
    });
    const xml = edit(
      document,
      Object.fromEntries(
        picks.map((p) => [`${p.namespace}:${p.key}`, { target: p.target, state: 'translated', approved: false }]),
      ),
    );
    const outcome = apply(importXliff(before, 'ru', xml, { file: 'ru.xlf' }));
    expect(outcome.changes.map((c) => `${c.namespace}:${c.key} ${c.what}`)).toEqual(
      picks.map((p) => `${p.namespace}:${p.key} changed`),
    );
    // the strings files of those letters (their meta files only where a status changed), nothing else
    const written = outcome.writes.map((w) => w.path.split('/').slice(-2).join('/'));
    expect(written.filter((w) => !w.endsWith('.meta.json')).sort()).toEqual(picks.map((p) => `ru/${p.namespace}.json`).sort());
    for (const w of written) expect(picks.map((p) => `ru/${p.namespace}`)).toContain(w.replace(/(\.meta)?\.json$/, ''));
    const after = readLocaleTree(dir);
    for (const p of picks) expect(after.languages.get('ru')?.get(p.namespace)?.strings?.get(p.key)).toBe(p.target);
    // and the new state goes round unchanged again
    const again = writeXliff(exportXliff(after, 'ru', exportNamespaces(after)), HEADER_NOTE);
    expect(importXliff(after, 'ru', again, { file: 'ru.xlf' })).toEqual({ ok: true, changes: [], writes: [] });
  });
});
