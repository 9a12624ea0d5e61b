/**
 * Countries and nationalities as codes (issue 15): ISO 3166-1 alpha-2, named per language from CLDR through
 * `Intl.DisplayNames` (Node's full ICU), so every part of a letter names the country in its own language.
 * Two values that are no country have their own private-use codes (ISO 3166-1 reserves AA, QM–QZ, XA–XZ and ZZ
 * for user assignment); their names are locale strings (`common:country.*`), since CLDR has no wording for them.
 */
import type { LanguageCode } from './languages.ts';
import { LANGUAGES } from './languages.ts';

/** ISO 3166-1 alpha-2, officially assigned codes (249), plus XK (Kosovo: user-assigned, used by the EU and CLDR). */
export const COUNTRY_CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO ' +
  'FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE ' +
  'JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO ' +
  'MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW ' +
  'PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM ' +
  'TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK'
).split(' ');

/**
 * The values that are no country, as private-use codes: a stateless person's nationality (ICAO 9303 writes XXA) and
 * an unknown nationality or country of birth (CLDR's "unknown region" ZZ). Named by `common:country.<key>`.
 */
export const NON_COUNTRY_CODES = { stateless: 'XX', unknown: 'ZZ' } as const;

export type NonCountryCode = (typeof NON_COUNTRY_CODES)[keyof typeof NON_COUNTRY_CODES];

const COUNTRIES = new Set(COUNTRY_CODES);
export const isCountryCode = (value: string): boolean => COUNTRIES.has(value);

/** The locale key naming a non-country code, or null for a country. */
export function nonCountryKey(code: string): string | null {
  for (const [key, value] of Object.entries(NON_COUNTRY_CODES)) if (value === code) return `common:country.${key}`;
  return null;
}

/**
 * Where CLDR (as shipped in Node's ICU) has no name of a country in a language, the name in this language is used
 * instead: one explicit, tested step, never English in a non-Latin part. Today only Sorani lacks one name
 * (IO, British Indian Ocean Territory); Arabic is the second written language of Sorani readers in Iraq.
 */
export const COUNTRY_NAME_FALLBACK: Partial<Record<LanguageCode, LanguageCode>> = { ckb: 'ar' };

const namers = new Map<string, Intl.DisplayNames>();
function namer(language: LanguageCode, style: 'long' | 'short'): Intl.DisplayNames {
  const key = `${language}-${style}`;
  let found = namers.get(key);
  if (!found) {
    found = new Intl.DisplayNames([language], { type: 'region', style, fallback: 'none' });
    namers.set(key, found);
  }
  return found;
}

const hasLatin = (text: string) => /\p{Script=Latin}/u.test(text);

/**
 * CLDR's name of a country in one language, or null where it has none. The long name, unless it carries Latin
 * letters into a part in another script (Pashto's "SAR" in Hong Kong and Macao): then the short name.
 */
function cldrName(code: string, language: LanguageCode): string | null {
  const latinPart = LANGUAGES[language].script === 'Latn';
  for (const style of ['long', 'short'] as const) {
    const name = namer(language, style).of(code);
    if (name && name !== code && (latinPart || !hasLatin(name))) return name;
  }
  return null;
}

/** The name of a country code in a language (CLDR, then the explicit fallback), or null where neither has one. */
export function countryName(code: string, language: LanguageCode): string | null {
  if (!isCountryCode(code)) return null;
  const name = cldrName(code, language);
  if (name) return name;
  const fallback = COUNTRY_NAME_FALLBACK[language];
  return fallback ? cldrName(code, fallback) : null;
}

/** Every country code with its Danish name, in Danish alphabetical order: the officers' select. */
export function countryChoices(language: 'da' | 'en'): Array<[string, string]> {
  return COUNTRY_CODES.map((code): [string, string] => [code, countryName(code, language) ?? code]).sort(([, a], [, b]) =>
    a.localeCompare(b, language),
  );
}
