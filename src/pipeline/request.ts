/**
 * The request envelope every interface takes: `{ letter, languages, data, delivery? }` (the CLI's input file,
 * the API body, one batch line). Checks the envelope and the language choice; the letter's own
 * schema checks `data` in the validate stage.
 */
import { z } from 'zod';
import type { Delivery } from '../delivery/delivery.ts';
import { type Diagnostic, diagnostic, fail, ok, type Result } from '../diagnostics/diagnostic.ts';
import { isLanguageCode, type LanguageCode, MASTER_LANGUAGE } from '../domain/languages.ts';
import type { LocaleStore } from '../i18n/locales.ts';
import { findLetter } from '../letters/catalogue.ts';
import type { LetterDefinition } from '../letters/define-letter.ts';
import { validate } from './validate.ts';

export const envelopeSchema = z.strictObject({
  letter: z.string().min(1),
  languages: z.array(z.string()).min(1),
  data: z.looseObject({}),
  // How the letter goes out (src/delivery/delivery.ts): checked apart, so that its problems come with the data's.
  delivery: z.unknown().optional(),
});

export interface LetterRequest {
  readonly letter: LetterDefinition;
  readonly languages: readonly LanguageCode[];
  readonly data: unknown;
  /** How the letter goes out; null when the request does not say (the PDF alone, as before). */
  readonly delivery: Delivery | null;
}

/** The envelope and the letter type; the language choice is checked apart so that its problems and the data's come together. */
export function readEnvelope(
  raw: unknown,
): Result<{ letter: LetterDefinition; languages: readonly string[]; data: unknown; delivery: unknown }> {
  const envelope = validate(envelopeSchema, raw, []);
  if (!envelope.ok) return envelope;
  const { letter: letterId, languages, data, delivery } = envelope.value;
  const letter = findLetter(letterId);
  if (!letter) return fail(diagnostic('LETTER_UNKNOWN', 'letter', { letter: letterId.slice(0, 60) }));
  return ok({ letter, languages, data, delivery });
}

export function checkLanguages(letter: LetterDefinition, languages: readonly string[], locales: LocaleStore): Diagnostic[] {
  const problems: Diagnostic[] = [];
  languages.forEach((code, index) => {
    if (!isLanguageCode(code))
      problems.push(diagnostic('LANGUAGE_UNSUPPORTED', `languages[${index}]`, { language: code.slice(0, 12) }));
    else if (!locales.languagesOf(letter.id).includes(code)) {
      problems.push(diagnostic('LANGUAGE_NOT_AVAILABLE', `languages[${index}]`, { language: code, letter: letter.id }));
    }
  });
  if (languages[0] !== MASTER_LANGUAGE || languages.indexOf(MASTER_LANGUAGE, 1) > 0) {
    problems.push(diagnostic('LANGUAGES_DANISH_FIRST', 'languages'));
  }
  if (languages.length > 2) problems.push(diagnostic('LANGUAGES_TOO_MANY', 'languages'));
  if (letter.secondLanguageRequired && languages.length < 2) {
    problems.push(diagnostic('LANGUAGES_SECOND_REQUIRED', 'languages', { letter: letter.id }));
  }
  return problems;
}
