/**
 * Country names in every part's own language (issue 15): the stay abroad of the § 21 b hearing, given as SY,
 * printed in Danish and in each of the ten other languages, never the Danish name in a translated part. Read
 * with pdftotext, which gives right-to-left lines back in logical order.
 */
import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '../../src/domain/languages.ts';
import { renderLetter } from '../../src/engine.ts';
import { run, writeOutput } from '../support/poppler.ts';
import { sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const world = testWorld();

const SYRIA: Record<Exclude<LanguageCode, 'da'>, string> = {
  en: 'Syria',
  ar: 'سوريا',
  fa: 'سوریه',
  ps: 'سوریه',
  ckb: 'سووریا',
  ti: 'ሶርያ',
  so: 'Suuriya',
  ru: 'Сирия',
  uk: 'Сирія',
  fr: 'Syrie',
};

async function partsText(letter: string, name: string, languages: string[], changes: Record<string, unknown> = {}) {
  const input = { ...withData(sample(letter, name), changes), languages };
  const rendered = await renderLetter(input, world);
  if (!rendered.ok || rendered.value.kind !== 'letter') throw new Error(JSON.stringify(rendered));
  const file = writeOutput(`country-names-${languages.join('-')}.pdf`, rendered.value.pdf);
  const text = run('pdftotext', ['-raw', file, '-']).stdout;
  return text.replace(/[\s\u2066-\u2069\u200c\u200d]+/gu, ' ');
}

describe('a country code named in each part', () => {
  it.each(Object.entries(SYRIA))('da + %s: "Syrien" in the Danish part, %s in the other', async (language, name) => {
    const text = await partsText('conflict-zone-hearing', 'hearing', ['da', language]);
    expect(text).toContain('Du har opholdt dig i Syrien fra den 10. juni 2015');
    expect(text).toContain(name);
    // The Danish name appears once: in the Danish part only.
    expect(text.split('Syrien').length - 1).toBe(1);
  });

  it('a stateless applicant: the locale word, per part', async () => {
    const data = sample('child-reunification-decision', 'grant-under-15').data as { applicant: Record<string, unknown> };
    const text = await partsText('child-reunification-decision', 'grant-under-15', ['da', 'en'], {
      applicant: { ...data.applicant, nationality: 'XX', countryOfBirth: 'ZZ' },
    });
    expect(text).toMatch(/Statsborgerskab Statsløs/);
    expect(text).toMatch(/Fødeland Ukendt/);
    expect(text).toMatch(/Nationality Stateless/);
    expect(text).toMatch(/Country of birth Unknown/);
  });
});
