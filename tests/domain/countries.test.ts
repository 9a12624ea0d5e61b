/**
 * Countries as codes (issue 15): every code has a name in every language of the letters, in that language's
 * script; the explicit fallback is used where CLDR has no name, and only there; old free-text values are refused
 * with a code that names the field and never the value.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COUNTRY_CODES, COUNTRY_NAME_FALLBACK, countryName, NON_COUNTRY_CODES } from '../../src/domain/countries.ts';
import { LANGUAGE_CODES, LANGUAGES } from '../../src/domain/languages.ts';
import { birthCountryCode, countryCode, nationalityCode } from '../../src/letters/common-schema.ts';
import { validate } from '../../src/pipeline/validate.ts';

const cldrHas = (code: string, language: string) =>
  new Intl.DisplayNames([language], { type: 'region', fallback: 'none' }).of(code) !== undefined;

describe('country names per language', () => {
  it('lists the 249 ISO 3166-1 codes and Kosovo, each once, none of them private-use', () => {
    expect(COUNTRY_CODES).toHaveLength(250);
    expect(new Set(COUNTRY_CODES).size).toBe(250);
    expect(COUNTRY_CODES).not.toContain(NON_COUNTRY_CODES.stateless);
    expect(COUNTRY_CODES).not.toContain(NON_COUNTRY_CODES.unknown);
  });

  it.each(LANGUAGE_CODES)("%s: every code has a name, in the language's own script", (language) => {
    const script = LANGUAGES[language].script;
    const wrong = COUNTRY_CODES.filter((code) => {
      const name = countryName(code, language);
      return name === null || name === code || (script !== 'Latn' && /\p{Script=Latin}/u.test(name));
    });
    expect(wrong).toEqual([]);
  });

  it('Syria in each language (CLDR)', () => {
    const syria = Object.fromEntries(LANGUAGE_CODES.map((language) => [language, countryName('SY', language)]));
    expect(syria).toEqual({
      da: 'Syrien',
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
    });
  });

  it('falls back explicitly where CLDR has no name: Sorani has none for IO and takes the Arabic one', () => {
    expect(cldrHas('IO', 'ckb')).toBe(false);
    expect(COUNTRY_NAME_FALLBACK.ckb).toBe('ar');
    expect(countryName('IO', 'ckb')).toBe(countryName('IO', 'ar'));
    expect(countryName('IO', 'ckb')).toBe('الإقليم البريطاني في المحيط الهندي');
    // Where CLDR has a Sorani name, the fallback is not used.
    expect(countryName('SY', 'ckb')).not.toBe(countryName('SY', 'ar'));
  });

  it('the fallback is needed only where CLDR lacks the name (a newer ICU that has it makes this fail: remove the entry)', () => {
    const gaps = LANGUAGE_CODES.flatMap((language) =>
      COUNTRY_CODES.filter((code) => !cldrHas(code, language)).map((code) => `${language}:${code}`),
    );
    expect(gaps).toEqual(['ckb:IO']);
  });

  it('Pashto takes the short name where the long one carries Latin letters (SAR)', () => {
    expect(new Intl.DisplayNames(['ps'], { type: 'region' }).of('HK')).toMatch(/SAR/);
    expect(countryName('HK', 'ps')).toBe('هانګ کانګ');
  });

  it('no name for what is no country code', () => {
    expect(countryName('Syrien', 'da')).toBeNull();
    expect(countryName('sy', 'da')).toBeNull();
    expect(countryName('XX', 'da')).toBeNull();
  });
});

describe('country fields in the input', () => {
  const check = (schema: z.ZodType, value: string) =>
    validate(z.strictObject({ trip: z.strictObject({ country: schema }) }), { trip: { country: value } }, ['data']);

  it('accepts a code', () => {
    expect(check(countryCode, 'SY').ok).toBe(true);
    expect(check(countryCode, 'XK').ok).toBe(true);
  });

  it.each(['Syrien', 'sy', 'SYR', '', 'XX', 'ZZ'])(
    'a country: refuses %j with INPUT_COUNTRY_NOT_A_CODE at the path, never the value',
    (value) => {
      const result = check(countryCode, value);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([['INPUT_COUNTRY_NOT_A_CODE', 'data.trip.country']]);
      if (value) expect(JSON.stringify(result.diagnostics)).not.toContain(value);
    },
  );

  it('a nationality may be stateless (XX) or unknown (ZZ); a country of birth unknown, never stateless', () => {
    expect(check(nationalityCode, 'XX').ok).toBe(true);
    expect(check(nationalityCode, 'ZZ').ok).toBe(true);
    expect(check(birthCountryCode, 'ZZ').ok).toBe(true);
    expect(check(birthCountryCode, 'XX').ok).toBe(false);
    expect(check(nationalityCode, 'Etiopien').ok).toBe(false);
  });

  it('offers the officer a select in Danish alphabetical order, with Danish and English names', () => {
    const schema = z.toJSONSchema(nationalityCode, { io: 'input' }) as unknown as {
      enum: string[];
      'x-choices': { da: Record<string, string>; en: Record<string, string> };
    };
    expect(schema.enum.slice(0, 2)).toEqual(['XX', 'ZZ']);
    expect(schema.enum).toHaveLength(252);
    expect(schema['x-choices'].da.SY).toBe('Syrien');
    expect(schema['x-choices'].en.SY).toBe('Syria');
    expect(schema['x-choices'].da.XX).toBe('Statsløs');
    const danish = schema.enum.slice(2).map((code) => schema['x-choices'].da[code] ?? '');
    expect(danish).toEqual([...danish].sort((a, b) => a.localeCompare(b, 'da')));
  });
});
