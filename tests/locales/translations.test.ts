/**
 * Every translation is written in its language's script, and every sample renders in every language
 * with no key missing. Keys, placeholders, markup and source hashes against the Danish master are
 * `letters i18n check`'s job (tests/i18n/check.test.ts runs it over the repository).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isLanguageCode, LANGUAGES, type LanguageCode, MASTER_LANGUAGE } from '../../src/domain/languages.ts';
import { projectPath } from '../../src/domain/project-path.ts';
import { createWorld, renderLetter } from '../../src/engine.ts';
import { loadLocales } from '../../src/i18n/locales.ts';
import { readPdf } from '../support/pdf-text.ts';
import { validSamples } from '../support/samples.ts';

const localeDir = (language: string) => projectPath(`locales/${language}`);
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

/** Error messages are Danish and English only (they are read by staff, not applicants). */
const NAMESPACES = readdirSync(localeDir(MASTER_LANGUAGE))
  .filter((file) => file.endsWith('.json') && !file.endsWith('.meta.json') && file !== 'errors.json')
  .map((file) => file.slice(0, -5));
const TRANSLATIONS = readdirSync(projectPath('locales')).filter(
  (dir): dir is LanguageCode => isLanguageCode(dir) && dir !== MASTER_LANGUAGE,
);

/** Latin words a translation in another script may keep: Danish authority names (Dansk Flygtningehjælp, Indenrigsministeriet too), the names of Danish laws and registers cited as references (udlændingelovens, forvaltningslovens, udlændingebekendtgørelsens, integrationsloven, CPR), the UNHCR, the form BF2 and nyidanmark.dk, and legal references with their abbreviations (stk., nr., pkt., led; right-to-left translations translate "pkt." and "led": a Latin abbreviation before a closing bracket loses its full stop to the bidi algorithm; one-letter section suffixes such as § 9 c, § 32 a pass too). */
const KEPT_IN_DANISH = new Set([
  'Udlændingestyrelsen',
  'Flygtningenævnet',
  'udlændingelovens',
  'stk',
  'Stk',
  'c',
  'Dansk',
  'Flygtningehjælp',
  'forvaltningslovens',
  'pkt',
  'nr',
  'udlændingebekendtgørelsens',
  'Indenrigsministeriet',
  'Udlændingelovens',
  'integrationsloven',
  'Udlændingenævnet',
  'CPR',
  'led',
  'UNHCR',
  'BF',
  'nyidanmark',
  'dk',
  // lang-1: family letters cite a letter of a number (§ 9, stk. 1, nr. 1, litra e) and the housing order (boligkravsbekendtgørelsens § 2)
  'litra',
  'boligkravsbekendtgørelsens',
  'Ankestyrelsen',
  'SIRI',
  'eIndkomst',
  'straffelovens',
  'SU',
  'KO',
]);
const SCRIPT_PATTERN = { Arab: /\p{Script=Arabic}/u, Ethi: /\p{Script=Ethiopic}/u, Cyrl: /\p{Script=Cyrillic}/u } as const;

function flatten(tree: Record<string, unknown>, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value as Record<string, unknown>, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}
/** The set of placeholder names: a translation may use one twice (e.g. a reference given in translation and in Danish). */
const _placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]))].sort();
const _tags = (text: string) => [...text.matchAll(/<\/?[a-z0-9]+/g)].map((m) => m[0]).sort();

describe.each(TRANSLATIONS)('locales/%s', (language) => {
  const { script } = LANGUAGES[language];

  describe.each(NAMESPACES)('%s', (namespace) => {
    const _danish = flatten(readJson(`${localeDir(MASTER_LANGUAGE)}/${namespace}.json`));
    const file = `${localeDir(language)}/${namespace}.json`;

    it.skipIf(script === 'Latn' || !existsSync(file))(
      `is written in its own script (${script}), Latin only for Danish names and references`,
      () => {
        for (const [key, text] of flatten(readJson(file))) {
          // $t(…) nests another key (its namespace and key names are code, not text)
          const latinWords =
            text
              .replace(/\$t\([^)]*\)/g, '')
              .replace(/\{\{\s*\w+\s*\}\}/g, '')
              .match(/\p{Script=Latin}+/gu) ?? [];
          expect({ key, foreign: latinWords.filter((word) => word.length > 1 && !KEPT_IN_DANISH.has(word)) }).toEqual({
            key,
            foreign: [],
          });
          // a string of placeholders and punctuation only ("{{item}}: {{why}}") has no word to write in a script
          const words = text.replace(/\$t\([^)]*\)/g, '').replace(/\{\{\s*\w+\s*\}\}/g, '');
          if (!/\p{L}/u.test(words)) continue;
          expect(SCRIPT_PATTERN[script as keyof typeof SCRIPT_PATTERN].test(text), key).toBe(true);
        }
      },
    );
  });
});

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
    expect([1, 2, 5].map((n) => years('ps', n))).toEqual(['1 کال', '2 کاله', '5 کاله']);
    expect([1, 2, 5].map((n) => months('ps', n))).toEqual(['1 میاشت', '2 میاشتې', '5 میاشتې']);
    expect([1, 2, 5].map((n) => months('fa', n))).toEqual(['1 ماه', '2 ماه', '5 ماه']);
  });

  it('the nested unit is resolved inside the sentence', () => {
    const text = locales
      .translator('ar')
      .plain('permanent-residence-decision:ground.stay.counted', { from: '1 يناير 2010', years: 2, months: 11 });
    expect(text).toContain('سنتان و11 شهرًا');
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
