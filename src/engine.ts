/**
 * The engine's public face: the one module the interfaces (CLI, HTTP, web page, batch) import.
 * Interfaces parse their arguments, call these functions and print or send what comes back.
 */

import { z } from 'zod';
import type { Diagnostic } from './diagnostics/diagnostic.ts';
import { describe, type MessageLanguage, messageOf } from './diagnostics/messages.ts';
import type { LanguageCode } from './domain/languages.ts';
import type { ReviewStatus } from './i18n/meta.ts';
import { catalogue } from './letters/catalogue.ts';
import type { LetterDefinition } from './letters/define-letter.ts';
import { labelSchema } from './letters/labelled-schema.ts';
import { templateNumbersOf } from './letters/template-numbers.ts';
import type { World } from './world.ts';

export type { LetterDocument } from './pipeline/document.ts';
export { type Composed, composeLetter, type Planned, planLetter, type Rendered, renderLetter } from './pipeline/index.ts';
export { createWorld, type World } from './world.ts';

export type LetterSummary = Pick<
  LetterDefinition,
  'id' | 'kind' | 'title' | 'titleDa' | 'source' | 'variants' | 'secondLanguageRequired'
> & {
  /** The agency's template numbers of its variants (e.g. ["705", "929"]); empty where the reference names none. */
  readonly templateNumbers: readonly string[];
  readonly languages: readonly { readonly code: LanguageCode; readonly status: ReviewStatus }[];
};

export function listLetters(world: World): LetterSummary[] {
  return catalogue.map((letter) => ({
    id: letter.id,
    kind: letter.kind,
    title: letter.title,
    titleDa: letter.titleDa,
    source: letter.source,
    variants: letter.variants,
    secondLanguageRequired: letter.secondLanguageRequired,
    templateNumbers: templateNumbersOf(letter),
    languages: world.locales
      .languagesOf(letter.id)
      .map((code) => ({ code, status: world.locales.status(code, ['common', letter.id]) })),
  }));
}

export const explain = (diagnostic: Diagnostic, world: World, language: MessageLanguage = 'en'): string =>
  describe(diagnostic, world.locales, language);

export const messageFor = (diagnostic: Diagnostic, world: World, language: MessageLanguage = 'en'): string =>
  messageOf(diagnostic, world.locales, language);

export interface LetterDescription extends LetterSummary {
  /** Per language: complete when it has every key the Danish master has (common + the letter's namespace). */
  readonly completeness: readonly { readonly code: LanguageCode; readonly complete: boolean; readonly missingKeys: number }[];
  /** The input `data` as JSON Schema, generated from the letter's zod schema (never written by hand). */
  readonly inputSchema: Record<string, unknown>;
}

/** One letter type with its input as JSON Schema (the API's catalogue, the web page's form, OpenAPI). */
export function describeLetter(id: string, world: World): LetterDescription | null {
  const letter = catalogue.find((entry) => entry.id === id);
  const summary = listLetters(world).find((entry) => entry.id === id);
  if (!letter || !summary) return null;
  const completeness = summary.languages.map(({ code }) => {
    const missingKeys = ['common', id].reduce((sum, ns) => sum + missingIn(world, code, ns), 0);
    return { code, complete: missingKeys === 0, missingKeys };
  });
  return { ...summary, completeness, inputSchema: inputSchemaOf(letter) };
}

/** How many of the Danish master's keys of a namespace the language lacks. */
function missingIn(world: World, language: LanguageCode, namespace: string): number {
  const keys = (bundle: unknown, prefix = ''): string[] =>
    bundle !== null && typeof bundle === 'object'
      ? Object.entries(bundle).flatMap(([key, value]) => keys(value, `${prefix}${key}.`))
      : [prefix];
  const master = keys(world.locales.i18n.getResourceBundle('da', namespace));
  const present = new Set(keys(world.locales.i18n.getResourceBundle(language, namespace)));
  return master.filter((key) => !present.has(key)).length;
}

const schemas = new Map<string, Record<string, unknown>>();

function inputSchemaOf(letter: (typeof catalogue)[number]): Record<string, unknown> {
  let schema = schemas.get(letter.id);
  if (!schema) {
    // io 'input': what a caller sends (defaults optional); refinements cannot be expressed and are checked by validate.
    // … and every field and choice carries the officer's words (src/letters/field-labels.ts)
    schema = labelSchema(
      letter.id,
      z.toJSONSchema(letter.schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>,
    );
    schemas.set(letter.id, schema);
  }
  return schema;
}
