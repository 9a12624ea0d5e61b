/**
 * Schema pieces every letter shares: case reference, people, addresses, the officer.
 * Strict objects everywhere: an unknown key is an error, never silently dropped.
 * A `@format:<key>` message names the expected format; `pipeline/validate.ts` turns it into INPUT_FORMAT.
 */
import { z } from 'zod';
import { civilDateSchema } from '../domain/civil-date.ts';
import { COUNTRY_CODES, countryChoices, NON_COUNTRY_CODES, type NonCountryCode } from '../domain/countries.ts';

export const civilDate = civilDateSchema;

const text = (max: number) => z.string().trim().min(1).max(max);

const pattern = (re: RegExp, format: string) => z.string().regex(re, { error: `@format:${format}` });

/** US case number (sagsnr.), e.g. 2016/123456: shown in the letter and its footer. */
export const caseNumber = pattern(/^[0-9A-Za-z][0-9A-Za-z/.-]{2,39}$/, 'case-number');

/**
 * A country as a code (domain/countries.ts), printed by the templates' `country` helper in each part's language.
 * Anything else, a Danish name from before issue 15 included, is INPUT_COUNTRY_NOT_A_CODE at its path (the value is
 * never echoed). The JSON Schema offers the codes as a select with Danish and English names (`x-choices`).
 */
const codeOf = (extra: readonly NonCountryCode[], extraWords: Record<NonCountryCode, { da: string; en: string }>) => {
  const allowed = new Set<string>([...COUNTRY_CODES, ...extra]);
  const words = (language: 'da' | 'en') =>
    Object.fromEntries([...countryChoices(language), ...extra.map((code) => [code, extraWords[code][language]] as const)]);
  return z
    .string()
    .superRefine((value, ctx) => {
      if (!allowed.has(value)) ctx.addIssue({ code: 'custom', params: { code: 'INPUT_COUNTRY_NOT_A_CODE' } });
    })
    .meta({
      enum: [...extra, ...countryChoices('da').map(([code]) => code)],
      'x-choices': { da: words('da'), en: words('en') },
    });
};

/** The officers' words for the codes that are no country (the select, the plan panel). */
export const NON_COUNTRY_WORDS = {
  [NON_COUNTRY_CODES.stateless]: { da: 'Statsløs', en: 'Stateless' },
  [NON_COUNTRY_CODES.unknown]: { da: 'Ukendt', en: 'Unknown' },
} as const;

/** A country (a destination, a stay, a trip): ISO 3166-1 alpha-2 only. */
export const countryCode = codeOf([], NON_COUNTRY_WORDS);
/** A nationality: a country, stateless (XX) or unknown (ZZ). */
export const nationalityCode = codeOf([NON_COUNTRY_CODES.stateless, NON_COUNTRY_CODES.unknown], NON_COUNTRY_WORDS);
/** A country of birth: a country or unknown (ZZ). */
export const birthCountryCode = codeOf([NON_COUNTRY_CODES.unknown], NON_COUNTRY_WORDS);

export const applicant = z.strictObject({
  name: text(200),
  dateOfBirth: civilDate,
});

export const danishPostalAddress = z.strictObject({
  careOf: text(200).optional(),
  street: text(200),
  postcode: pattern(/^\d{4}$/, 'postcode'),
  city: text(100),
});

export const officer = z.strictObject({
  name: text(200),
  title: text(100).optional(),
  phone: pattern(/^\+?[0-9 ]{8,16}$/, 'phone').optional(),
});

/** The fields every letter takes about its case: what `aboutTheCase` (plan.ts) takes. */
export const aboutTheCaseFields = {
  letterDate: civilDate,
  caseNumber,
  applicant,
  officer,
};

/** The fields of every letter sent to the applicant at a Danish address: what `toTheApplicant` (plan.ts) takes. */
export const toTheApplicantFields = {
  letterDate: civilDate,
  caseNumber,
  applicant,
  address: danishPostalAddress,
  officer,
};

export type Applicant = z.infer<typeof applicant>;
export type DanishPostalAddress = z.infer<typeof danishPostalAddress>;
export type Officer = z.infer<typeof officer>;
