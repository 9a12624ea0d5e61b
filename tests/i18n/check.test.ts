/**
 * `letters i18n check`: the repository's locale files have no findings (this is how `npm test`
 * runs the check), and every kind of finding fires on the fixture tree built to contain it.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../../src/domain/languages.ts';
import { checkTree } from '../../src/i18n/check.ts';
import { writesOwnDigits } from '../../src/i18n/format.ts';
import { glossaryFindings } from '../../src/i18n/glossary.ts';
import { readLocaleTree } from '../../src/i18n/locale-tree.ts';
import { textFindings } from '../../src/i18n/text-check.ts';

const fixture = (name: string) => readLocaleTree(new URL(`fixtures/${name}`, import.meta.url).pathname);
const summary = (name: string) =>
  checkTree(fixture(name))
    .map((f) => `${f.code} ${f.path.replace(/^.*fixtures\/[^/]+\//, '')}${f.params?.key ? ` ${f.params.key}` : ''}`)
    .sort();

describe('letters i18n check', () => {
  it('finds nothing wrong in the repository', () => {
    expect(checkTree(readLocaleTree())).toEqual([]);
  });

  it('finds nothing wrong in a complete tree with Arabic plurals, approvals and the errors namespace', () => {
    expect(summary('clean')).toEqual([]);
  });

  it('reports every kind of finding, each with its file and key', () => {
    expect(summary('broken')).toEqual(
      [
        'LOCALE_META_MISSING da/common.meta.json unrecorded',
        'LOCALE_META_ORPHAN da/common.meta.json ghost',
        'LOCALE_MARKUP da/letter-a.json bad',
        'LOCALE_META_INVALID da/letter-a.meta.json wrongOrigin',
        'LOCALE_META_FILE_MISSING da/letter-b.meta.json',
        'LOCALE_PLURAL_FORMS ar/letter-a.json days',
        'LOCALE_GLOSSARY_TERM ar/letter-a.json body',
        'LOCALE_FILE_UNREADABLE en/glossary.json',
        'LOCALE_META_INVALID ar/letter-a.meta.json title',
        'LOCALE_COMMON_MISSING en',
        'LOCALE_KEY_MISSING en/errors.json F',
        'LOCALE_PLACEHOLDERS_DIFFER en/errors.json E',
        'LOCALE_KEY_MISSING en/letter-a.json title',
        'LOCALE_KEY_EXTRA en/letter-a.json titel',
        'LOCALE_PLACEHOLDERS_DIFFER en/letter-a.json body',
        'LOCALE_MARKUP en/letter-a.json note',
        'LOCALE_STALE en/letter-a.json deadline',
        'LOCALE_FILE_EXTRA en/letter-c.json',
        'LOCALE_FILE_UNREADABLE fr/common.json',
        'LOCALE_LANGUAGE_UNKNOWN xx',
      ].sort(),
    );
  });

  it('names the missing plural forms and the categories CLDR gives the language', () => {
    const finding = checkTree(fixture('broken')).find((f) => f.code === 'LOCALE_PLURAL_FORMS');
    expect(finding?.params).toMatchObject({
      key: 'days',
      missing: 'days_zero, days_two, days_few, days_many',
      categories: 'zero, one, two, few, many, other',
    });
  });

  it('says which placeholders differ, never the text around them', () => {
    const finding = checkTree(fixture('broken')).find((f) => f.code === 'LOCALE_PLACEHOLDERS_DIFFER' && f.params?.key === 'body');
    expect(finding?.params).toEqual({ key: 'body', expected: '{{date}}', found: '{{dato}}' });
  });

  it('in a language with its own digits, a plural form writes the count with the number format (fa, ps, ckb)', () => {
    // days_one has {{count, number}}, days_other a bare {{count}}: only the bare one is reported
    expect(summary('own-digits')).toEqual(['LOCALE_PLURAL_COUNT_DIGITS fa/letter-a.json days_other']);
    expect(LANGUAGE_CODES.filter(writesOwnDigits)).toEqual(['fa', 'ps', 'ckb']);
  });

  it('can be narrowed to one language and some namespaces', () => {
    const findings = checkTree(fixture('broken'), { languages: ['ar'], namespaces: ['common', 'letter-a'] });
    expect(findings.map((f) => f.code).sort()).toEqual(['LOCALE_GLOSSARY_TERM', 'LOCALE_META_INVALID', 'LOCALE_PLURAL_FORMS']);
  });

  it("holds a Danish glossary term to the language's term, naming file, key, term and glossary", () => {
    const finding = checkTree(fixture('broken')).find((f) => f.code === 'LOCALE_GLOSSARY_TERM');
    expect(finding?.path).toMatch(/ar\/letter-a\.json$/);
    expect(finding?.params).toMatchObject({ key: 'body', term: 'klage', target: 'تظلم' });
    expect(String(finding?.params?.glossary)).toMatch(/ar\/glossary\.json$/);
  });

  it('finds the Danish term with any ending, only at the start of a word, and accepts any listed form', () => {
    const glossary = {
      ok: true as const,
      file: 'ar/glossary.json',
      terms: [
        { danish: 'opholdstilladelse', forms: ['تصريح الإقامة', 'تصريح إقامت'] },
        { danish: 'forbud', forms: ['حظر'] },
      ],
    };
    const danish = new Map([
      ['a', 'Din opholdstilladelsen bortfalder.'],
      ['b', 'Du får et indrejseforbud.'],
    ]);
    const keys = (ar: string) =>
      glossaryFindings(
        danish,
        new Map([
          ['a', ar],
          ['b', 'منع الدخول'],
        ]),
        'ar/x.json',
        glossary,
      ).map((f) => f.params?.key);
    expect(keys('يسقط تصريح إقامتك.')).toEqual([]); // a listed form; "indrejseforbud" does not start with "forbud"
    expect(keys('تسقط إقامتك.')).toEqual(['a']);
  });

  it('judges the text: empty, Danish copied, control characters named, the script; Persian joiners and names pass', () => {
    const found = (text: string, language = 'fa', source = 'Du kan klage til Udlændingestyrelsen.') =>
      textFindings('k', source, text, language, 'fa/x.json').map((f) => [f.code, f.params?.character ?? f.params?.detail ?? '']);
    expect(found('می‌توانید به Udlændingestyrelsen اعتراض کنید.')).toEqual([]); // U+200C in "می‌توانید"
    expect(found('')).toEqual([['LOCALE_TEXT_EMPTY', '']]);
    expect(found('Du kan klage til Udlændingestyrelsen.')).toEqual([['LOCALE_TEXT_UNTRANSLATED', '']]);
    expect(found('Udlændingestyrelsen', 'en', 'Udlændingestyrelsen')).toEqual([]); // a name alone stays Danish
    expect(found('میتوانید \u202Bبه\u202C Udlændingestyrelsen اعتراض کنید.')).toEqual([['LOCALE_CONTROL_CHARACTER', 'U+202B']]);
    expect(found('میتوانید به \u2067Udlændingestyrelsen\u2069 اعتراض کنید.')).toEqual([['LOCALE_CONTROL_CHARACTER', 'U+2067']]);
    expect(found('You may appeal to Udlændingestyrelsen.')).toEqual([['LOCALE_SCRIPT', 'Latin words (You, may, appeal)']]);
  });
});
