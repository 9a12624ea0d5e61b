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
    ['ps', 1, 'په ۱ ورځ کې'],
    ['ps', 7, 'په ۷ ورځو کې'],
  ] as const)('%s %i days', (language, n, day) => {
    expect(days(language, n)).toContain(day);
  });
});

describe("the Danish-test deadlines and the receipt's service target count their months and days", () => {
  const t = (language: LanguageCode, key: string, values: Record<string, unknown>) =>
    locales.translator(language).plain(key, { level: 'A1', date: 'D', start: 'S', from: 'F', to: 'T', ...values });
  it.each([
    ['da', 1, '1 måned efter din registrering', '1 måned efter, at du fik', 'i alt 1 dag,', 'er 1 måned.', 'De 8 måneder regnes'],
    [
      'da',
      15,
      '15 måneder efter din registrering',
      '15 måneder efter, at du fik',
      'i alt 253 dage,',
      'er 15 måneder.',
      'De 8 måneder regnes',
    ],
    [
      'en',
      1,
      '1 month after your registration',
      '1 month after you were granted',
      '1 day in all',
      'is 1 month.',
      'The 8 months are',
    ],
    [
      'en',
      15,
      '15 months after your registration',
      '15 months after you were granted',
      '253 days in all',
      'is 15 months.',
      'The 8 months are',
    ],
  ] as const)('%s %i', (language, n, cpr, grant, leave, target, fullyInformed) => {
    expect(t(language, 'danish-test-letters:deadline.cprRegistration', { months: n })).toContain(cpr);
    expect(t(language, 'danish-test-letters:deadline.grant', { months: n })).toContain(grant);
    expect(t(language, 'danish-test-letters:postponement.leave', { days: n === 1 ? 1 : 253 })).toContain(leave);
    expect(t(language, 'pr-application-receipt:serviceTarget.target', { months: n })).toContain(target);
    // the service target is one constant (SERVICE_TARGET_MONTHS), so "De … måneder" never meets 1
    expect(t(language, 'pr-application-receipt:serviceTarget.fullyInformed', { months: 8 })).toContain(fullyInformed);
  });
});

describe('the Danish-test deadlines and leave in the other languages', () => {
  const t = (language: LanguageCode, key: string, values: Record<string, unknown>) =>
    locales.translator(language).plain(key, { level: 'A1', date: 'D', start: 'S', from: 'F', to: 'T', ...values });
  // "через" and "на" take the accusative: 1 месяц, 2 месяца, 5 месяцев
  it.each([
    ['ru', 1, 'через 1 месяц после', 'всего на 1 день,'],
    ['ru', 2, 'через 2 месяца после', 'всего на 2 дня,'],
    ['ru', 15, 'через 15 месяцев после', 'всего на 15 дней,'],
    ['ru', 21, 'через 21 месяц после', 'всего на 21 день,'],
    ['uk', 1, 'через 1 місяць після', 'загалом на 1 день,'],
    ['uk', 2, 'через 2 місяці після', 'загалом на 2 дні,'],
    ['uk', 15, 'через 15 місяців після', 'загалом на 15 днів,'],
    ['fr', 1, '1 mois après', 'soit 1 jour au total'],
    ['fr', 2, '2 mois après', 'soit 2 jours au total'],
    ['ar', 1, 'أي بعد شهر واحد من', 'بمجموع يوم واحد،'],
    ['ar', 2, 'أي بعد شهرين من', 'بمجموع يومين،'],
    ['ar', 6, 'أي بعد 6 أشهر من', 'بمجموع 6 أيام،'],
    ['ar', 15, 'أي بعد 15 شهرًا من', 'بمجموع 15 يومًا،'],
    ['so', 1, '1 bil kadib', 'wadar ahaan 1 maalin,'],
    ['so', 6, '6 bilood kadib', 'wadar ahaan 6 maalmood,'],
    ['ps', 1, '۱ میاشت وروسته', 'ټولټال ۱ ورځ،'],
    ['ps', 6, '۶ میاشتې وروسته', 'ټولټال ۶ ورځې،'],
    ['ti', 1, '1 ወርሒ ድሕሪኡ', 'ብድምር 1 መዓልቲ፣'],
    ['ti', 6, '6 ኣዋርሕ ድሕሪኡ', 'ብድምር 6 መዓልቲ፣'],
  ] as const)('%s %i', (language, n, months, days) => {
    expect(t(language, 'danish-test-letters:deadline.cprRegistration', { months: n })).toContain(months);
    expect(t(language, 'danish-test-letters:postponement.leave', { days: n })).toContain(days);
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
