/**
 * The officer's own words (issue 15): a free-text passage given in Danish, or per language as
 * `{ da: "…", ar: "…" }`. Danish is required and binding; a plain string means Danish. A translated part prints the
 * passage in its language where given; where not, it prints the Danish inside a marked box that says so in the
 * part's language, and the part carries the draft mark (never Danish passed off as a translation).
 */
import { z } from 'zod';
import { isLanguageCode, type LanguageCode, MASTER_LANGUAGE } from '../domain/languages.ts';

export type OfficerText = { readonly da: string } & { readonly [L in LanguageCode]?: string };

const text = (max: number) => z.string().trim().min(1).max(max);

/** One passage: a Danish string, or the Danish with any of the letters' other languages. */
export const officerText = (max: number) => {
  const other = text(max).optional();
  return z
    .union([
      text(max),
      z.strictObject({
        da: text(max),
        en: other,
        ar: other,
        fa: other,
        ps: other,
        ckb: other,
        ti: other,
        so: other,
        ru: other,
        uk: other,
        fr: other,
      }),
    ])
    .transform((value): OfficerText => (typeof value === 'string' ? { da: value } : value));
};

/** A passage of the plan (after the transform): Danish, and only language codes beside it. */
export function isOfficerText(value: unknown): value is OfficerText {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return (
    typeof (value as { da?: unknown }).da === 'string' &&
    entries.every(([key, text]) => isLanguageCode(key) && typeof text === 'string')
  );
}

/** Whether any passage in the plan's fields lacks this language: the part then carries the draft mark. */
export function lacksOfficerText(value: unknown, language: LanguageCode): boolean {
  if (language === MASTER_LANGUAGE) return false;
  if (isOfficerText(value)) return value[language] === undefined;
  if (Array.isArray(value)) return value.some((item) => lacksOfficerText(item, language));
  if (value !== null && typeof value === 'object') return Object.values(value).some((item) => lacksOfficerText(item, language));
  return false;
}
