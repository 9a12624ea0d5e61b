/**
 * Every sample renders in every language with no key missing. Keys, placeholders, markup, source
 * hashes and the text itself (its script, empty or copied strings, control characters) are
 * `letters i18n check`'s job (tests/i18n/check.test.ts runs it over the repository), so that
 * `check`, `import` and the translator page judge exactly as `npm test` does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isLanguageCode, LANGUAGES, type LanguageCode, MASTER_LANGUAGE } from '../../src/domain/languages.ts';
import { projectPath } from '../../src/domain/project-path.ts';
import { createWorld, renderLetter } from '../../src/engine.ts';
import { loadLocales } from '../../src/i18n/locales.ts';
import { readPdf } from '../support/pdf-text.ts';
import { validSamples } from '../support/samples.ts';

const localeDir = (language: string) => projectPath(`locales/${language}`);
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

const TRANSLATIONS = readdirSync(projectPath('locales')).filter(
  (dir): dir is LanguageCode => isLanguageCode(dir) && dir !== MASTER_LANGUAGE,
);

describe('every sample in every language', () => {
  const world = createWorld();
  const letters = validSamples().filter((sample) => sample.expectedVariant !== null);
  // Each letter in each language it has (a new letter is translated after its Danish and English land).
  const cases = TRANSLATIONS.flatMap((language) =>
    letters
      .filter((sample) => world.locales.languagesOf(sample.letter).includes(language))
      .map((sample) => ({ language, ...sample })),
  );

  it.each(cases)(
    '$letter/$name in da + $language renders, the translation after the Danish letter',
    async ({ language, letter, input }) => {
      const rendered = await renderLetter({ ...(input as object), languages: [MASTER_LANGUAGE, language] }, world);
      if (!rendered.ok || rendered.value.kind !== 'letter') throw new Error(`did not render: ${JSON.stringify(rendered)}`);
      const draft = world.locales.status(language, ['common', letter]) !== 'approved';
      expect(rendered.value.draftLanguages).toEqual(draft ? [language] : []);
      // Text extraction of right-to-left and Ethiopic text depends on the fonts and shaping; left-to-right
      // Latin and Cyrillic text must read back as written: the note opens the translation, and a draft
      // translation carries its mark on every one of its pages.
      if (LANGUAGES[language].script !== 'Latn' && LANGUAGES[language].script !== 'Cyrl') return;
      const words = readJson(`${localeDir(language)}/common.json`).translation as { note: string; draftMark: string };
      const pages = (await readPdf(rendered.value.pdf)).pages.map((page) => page.replace(/\s+/g, ' '));
      const first = pages.findIndex((page) => page.includes(words.note));
      expect(first).toBeGreaterThan(0);
      // the translation's pages: up to the end of the letter document (copies that follow are Danish)
      const letterPages = rendered.value.documents[0]?.pages ?? pages.length;
      for (const page of pages.slice(first, letterPages)) expect(page.includes(words.draftMark)).toBe(draft);
    },
  );
});

describe('counted years and months take the form CLDR gives each number (lang-1: ar, fa, ps)', () => {
  const locales = loadLocales();
  // the plural base is no key of its own: i18next picks the form, as the nesting in a sentence does
  const years = (language: LanguageCode, n: number) =>
    locales.i18n.t('permanent-residence-decision:unit.years', { lng: language, count: n });
  const months = (language: LanguageCode, n: number) =>
    locales.i18n.t('permanent-residence-decision:unit.months', { lng: language, count: n });

  it('Arabic: 0, 1, 2, 3, 11 and 100 are zero, one, two, few, many and other', () => {
    expect([0, 1, 2, 3, 11, 100].map((n) => years('ar', n))).toEqual([
      '0 سنة',
      'سنة واحدة',
      'سنتان',
      '3 سنوات',
      '11 سنة',
      '100 سنة',
    ]);
    expect([0, 1, 2, 3, 11, 100].map((n) => months('ar', n))).toEqual([
      '0 شهر',
      'شهر واحد',
      'شهران',
      '3 أشهر',
      '11 شهرًا',
      '100 شهر',
    ]);
  });

  it('Pashto: 1 is singular, 2 and 5 plural; Persian counts take the singular noun', () => {
    expect([1, 2, 5].map((n) => years('ps', n))).toEqual(['۱ کال', '۲ کاله', '۵ کاله']);
    expect([1, 2, 5].map((n) => months('ps', n))).toEqual(['۱ میاشت', '۲ میاشتې', '۵ میاشتې']);
    expect([1, 2, 5].map((n) => months('fa', n))).toEqual(['۱ ماه', '۲ ماه', '۵ ماه']);
  });

  it('the nested unit is resolved inside the sentence', () => {
    const text = locales
      .translator('ar')
      .plain('permanent-residence-decision:ground.stay.counted', { from: '1 يناير 2010', years: 2, months: 11 });
    expect(text).toContain('سنتان و11 شهرًا');
  });
});

describe('counted years and months in Sorani, Tigrinya and Somali (CLDR: one, other)', () => {
  const world = createWorld();
  const cases: { language: LanguageCode; years: number; months: number; text: string }[] = [
    { language: 'ckb', years: 1, months: 1, text: '١ ساڵ و ١ مانگ' },
    { language: 'ckb', years: 2, months: 5, text: '٢ ساڵ و ٥ مانگ' },
    { language: 'ti', years: 1, months: 1, text: "1 ዓመት ከምኡ'ውን 1 ወርሒ" },
    { language: 'ti', years: 2, months: 5, text: "2 ዓመታት ከምኡ'ውን 5 ኣዋርሕ" },
    { language: 'ti', years: 21, months: 11, text: "21 ዓመታት ከምኡ'ውን 11 ኣዋርሕ" },
    { language: 'so', years: 1, months: 1, text: '1 sano iyo 1 bil.' },
    { language: 'so', years: 2, months: 5, text: '2 sano iyo 5 bilood.' },
  ];
  it.each(cases)('$language: $years years and $months months', ({ language, years, months, text }) => {
    const t = world.locales.translator(language);
    expect(t.plain('residence-9c1-decision:stay.total', { years, months })).toContain(text);
    expect(t.plain('permanent-residence-decision:ground.stay.counted', { from: '1', years, months })).toContain(text);
  });
});

describe('counted years and months take the form CLDR gives each number (lang-3: ru, uk, fr)', () => {
  const locales = loadLocales();
  const unit = (language: LanguageCode, which: 'years' | 'months', n: number) =>
    locales.i18n.t(`permanent-residence-decision:unit.${which}`, { lng: language, count: n });
  const boundaries = [1, 2, 5, 21, 22, 25];

  it('Russian: 1 and 21 one, 2 and 22 few, 5 and 25 many', () => {
    expect(boundaries.map((n) => unit('ru', 'years', n))).toEqual(['1 год', '2 года', '5 лет', '21 год', '22 года', '25 лет']);
    expect(boundaries.map((n) => unit('ru', 'months', n))).toEqual([
      '1 месяц',
      '2 месяца',
      '5 месяцев',
      '21 месяц',
      '22 месяца',
      '25 месяцев',
    ]);
  });

  it('Ukrainian: 1 and 21 one, 2 and 22 few, 5 and 25 many', () => {
    expect(boundaries.map((n) => unit('uk', 'years', n))).toEqual([
      '1 рік',
      '2 роки',
      '5 років',
      '21 рік',
      '22 роки',
      '25 років',
    ]);
    expect(boundaries.map((n) => unit('uk', 'months', n))).toEqual([
      '1 місяць',
      '2 місяці',
      '5 місяців',
      '21 місяць',
      '22 місяці',
      '25 місяців',
    ]);
  });

  it('French: 0 and 1 singular, 2 plural', () => {
    expect([0, 1, 2].map((n) => unit('fr', 'years', n))).toEqual(['0 an', '1 an', '2 ans']);
  });

  it('the nested unit is resolved inside the Russian sentence', () => {
    const text = locales
      .translator('ru')
      .plain('permanent-residence-decision:ground.stay.counted', { from: '1 января 2010 г.', years: 2, months: 11 });
    expect(text).toContain('2 года и 11 месяцев');
  });
});
