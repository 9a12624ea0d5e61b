/**
 * Counted nouns by CLDR plural rules: the appeal deadline ("within 8 weeks"), the suspensive-effect
 * window ("within 7 days") and the entry ban ("for 5 years") render through the real i18n setup with
 * the form each number needs, at the boundary numbers of each language's rules; a Danish string
 * never puts a counted noun straight after a number placeholder again; and `check` fails on a
 * missing form.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import type { LanguageCode } from '../../src/domain/languages.ts';
import { projectPath } from '../../src/domain/project-path.ts';
import { checkTree } from '../../src/i18n/check.ts';
import { readLocaleTree } from '../../src/i18n/locale-tree.ts';
import { loadLocales } from '../../src/i18n/locales.ts';

const locales = loadLocales();
const basis = '§ 53 a, stk. 1';
const weeks = (language: LanguageCode, n: number) =>
  locales.translator(language).plain('common:appeal.deadline.weeks', { weeks: n, basis });
const days = (language: LanguageCode, n: number) =>
  locales.translator(language).plain('common:appeal.suspensive.withinDays', { days: n, basis });
const years = (language: LanguageCode, n: number) =>
  locales.translator(language).plain('conflict-zone-lapse:decision.banShorter', { years: n });
const startingPoint = (language: LanguageCode, n: number) =>
  locales.translator(language).plain('conflict-zone-lapse:appeal.deadline.weeksAsAStartingPoint', { weeks: n, basis });

describe('counted nouns take the CLDR plural form of the number', () => {
  it.each([
    [1, 'inden 1 uge efter', 'inden 1 dag efter', 'i 1 år,'],
    [2, 'inden 2 uger efter', 'inden 2 dage efter', 'i 2 år,'],
  ])('Danish %i', (n, week, day, year) => {
    expect(weeks('da', n)).toContain(week);
    expect(days('da', n)).toContain(day);
    expect(years('da', n)).toContain(year);
    expect(startingPoint('da', n)).toContain(week);
  });

  it.each([
    [1, 'within 1 week after', 'within 1 day after', 'for 1 year,'],
    [2, 'within 2 weeks after', 'within 2 days after', 'for 2 years,'],
  ])('English %i', (n, week, day, year) => {
    expect(weeks('en', n)).toContain(week);
    expect(days('en', n)).toContain(day);
    expect(years('en', n)).toContain(year);
  });

  // zero, one, two, few (3–10), many (11–99), other (100)
  it.each([
    [0, 'خلال 0 أسبوع من', 'خلال 0 يوم من', 'لمدة 0 سنة،'],
    [1, 'خلال أسبوع واحد من', 'خلال يوم واحد من', 'لمدة سنة واحدة،'],
    [2, 'خلال أسبوعين من', 'خلال يومين من', 'لمدة سنتين،'],
    [3, 'خلال 3 أسابيع من', 'خلال 3 أيام من', 'لمدة 3 سنوات،'],
    [11, 'خلال 11 أسبوعًا من', 'خلال 11 يومًا من', 'لمدة 11 سنةً،'],
    [100, 'خلال 100 أسبوع من', 'خلال 100 يوم من', 'لمدة 100 سنة،'],
  ])('Arabic %i', (n, week, day, year) => {
    expect(weeks('ar', n)).toContain(week);
    expect(days('ar', n)).toContain(day);
    expect(years('ar', n)).toContain(year);
    expect(startingPoint('ar', n)).toContain(week);
  });

  // one (1, 21), few (2–4, 22), many (5–20, 25); "в течение" takes the genitive, "сроком на" the accusative
  it.each([
    [1, 'в течение 1 недели после', 'в течение 1 дня после', 'сроком на 1 год в связи'],
    [2, 'в течение 2 недель после', 'в течение 2 дней после', 'сроком на 2 года в связи'],
    [5, 'в течение 5 недель после', 'в течение 5 дней после', 'сроком на 5 лет в связи'],
    [21, 'в течение 21 недели после', 'в течение 21 дня после', 'сроком на 21 год в связи'],
    [22, 'в течение 22 недель после', 'в течение 22 дней после', 'сроком на 22 года в связи'],
    [25, 'в течение 25 недель после', 'в течение 25 дней после', 'сроком на 25 лет в связи'],
  ])('Russian %i', (n, week, day, year) => {
    expect(weeks('ru', n)).toContain(week);
    expect(days('ru', n)).toContain(day);
    expect(years('ru', n)).toContain(year);
  });

  it.each([
    [1, 'протягом 1 тижня після', 'протягом 1 дня після', 'строком на 1 рік у'],
    [2, 'протягом 2 тижнів після', 'протягом 2 днів після', 'строком на 2 роки у'],
    [5, 'протягом 5 тижнів після', 'протягом 5 днів після', 'строком на 5 років у'],
    [21, 'протягом 21 тижня після', 'протягом 21 дня після', 'строком на 21 рік у'],
    [22, 'протягом 22 тижнів після', 'протягом 22 днів після', 'строком на 22 роки у'],
    [25, 'протягом 25 тижнів після', 'протягом 25 днів після', 'строком на 25 років у'],
  ])('Ukrainian %i', (n, week, day, year) => {
    expect(weeks('uk', n)).toContain(week);
    expect(days('uk', n)).toContain(day);
    expect(years('uk', n)).toContain(year);
  });

  it.each([
    [1, 'délai de 1 semaine à', 'délai de 1 jour à', 'durée de 1 an,'],
    [2, 'délai de 2 semaines à', 'délai de 2 jours à', 'durée de 2 ans,'],
  ])('French %i', (n, week, day, year) => {
    expect(weeks('fr', n)).toContain(week);
    expect(days('fr', n)).toContain(day);
    expect(years('fr', n)).toContain(year);
  });

  it.each([
    ['so', 1, '1 maalin gudahood'],
    ['so', 7, '7 maalmood gudahood'],
    ['ps', 1, 'په 1 ورځ کې'],
    ['ps', 7, 'په 7 ورځو کې'],
  ] as const)('%s %i days', (language, n, day) => {
    expect(days(language, n)).toContain(day);
  });
});

describe('every counted noun is a plural key', () => {
  it('no Danish letter or common string puts a noun straight after a number placeholder (errors are staff messages)', () => {
    const dir = projectPath('locales/da');
    const counted = /\{\{\s*(days|weeks|months|years|children)\s*\}\}\s+\p{L}/u;
    const offenders = readdirSync(dir)
      .filter((file) => file.endsWith('.json') && !file.endsWith('.meta.json') && file !== 'errors.json')
      .flatMap((file) => (counted.test(readFileSync(`${dir}/${file}`, 'utf8')) ? [file] : []));
    expect(offenders).toEqual([]);
  });

  const scratch = mkdtempSync(`${tmpdir()}/i18n-plurals-`);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it.each([
    ['ar', 'common', 'weeks_few'],
    ['ru', 'conflict-zone-lapse', 'years_many'],
  ])('check fails when %s %s lacks unit.%s, naming the file, the key and the missing form', (language, namespace, form) => {
    const dir = `${scratch}/${language}`;
    cpSync(projectPath('locales'), dir, { recursive: true });
    const file = `${dir}/${language}/${namespace}.json`;
    const strings = JSON.parse(readFileSync(file, 'utf8'));
    delete strings.unit[form];
    writeFileSync(file, JSON.stringify(strings));
    const findings = checkTree(readLocaleTree(dir), { languages: [language], namespaces: [namespace] });
    expect(
      findings.map((f) => `${f.code} ${f.path.split('/').slice(-2).join('/')} ${f.params?.key} ${f.params?.missing}`),
    ).toContain(`LOCALE_PLURAL_FORMS ${language}/${namespace}.json unit.${form.split('_')[0]} unit.${form}`);
  });
});
