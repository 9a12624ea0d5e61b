/**
 * The engine's public face: the one module the interfaces (CLI, HTTP, web page, batch) import.
 * Interfaces parse their arguments, call these functions and print or send what comes back.
 */
import type { Diagnostic } from './diagnostics/diagnostic.ts';
import { describe, type MessageLanguage, messageOf } from './diagnostics/messages.ts';
import type { LanguageCode } from './domain/languages.ts';
import type { ReviewStatus } from './i18n/meta.ts';
import { catalogue } from './letters/catalogue.ts';
import type { LetterDefinition } from './letters/define-letter.ts';
import type { World } from './world.ts';

export { type Planned, planLetter, type Rendered, renderLetter } from './pipeline/index.ts';
export { createWorld, type World } from './world.ts';

export type LetterSummary = Pick<LetterDefinition, 'id' | 'kind' | 'title' | 'source' | 'variants' | 'secondLanguageRequired'> & {
  readonly languages: readonly { readonly code: LanguageCode; readonly status: ReviewStatus }[];
};

export function listLetters(world: World): LetterSummary[] {
  return catalogue.map((letter) => ({
    id: letter.id,
    kind: letter.kind,
    title: letter.title,
    source: letter.source,
    variants: letter.variants,
    secondLanguageRequired: letter.secondLanguageRequired,
    languages: world.locales
      .languagesOf(letter.id)
      .map((code) => ({ code, status: world.locales.status(code, ['common', letter.id]) })),
  }));
}

export const explain = (diagnostic: Diagnostic, world: World, language: MessageLanguage = 'en'): string =>
  describe(diagnostic, world.locales, language);

export const messageFor = (diagnostic: Diagnostic, world: World, language: MessageLanguage = 'en'): string =>
  messageOf(diagnostic, world.locales, language);
