/**
 * Stage: fill. Runs the letter's Handlebars template with the composed context in one language and
 * returns the letter markup, or diagnostics: a missing translation (I18N_MISSING_KEY, never a
 * fallback) or a template error (e.g. a variable the context lacks, in strict mode).
 */
import { type Diagnostic, diagnostic, fail, ok, type Result } from '../diagnostics/diagnostic.ts';
import type { LanguageCode } from '../domain/languages.ts';
import type { Translator } from '../i18n/locales.ts';
import { BODY_NAME_KEYS } from './appeal-labels.ts';
import { FRAME_KEYS } from './compose.ts';
import { MissingTranslationError, type TemplateStore } from './templates.ts';

export function fill(
  templates: TemplateStore,
  letterId: string,
  context: object,
  language: LanguageCode,
  t: Translator,
): Result<string> {
  const missing: Diagnostic[] = [...FRAME_KEYS, ...BODY_NAME_KEYS]
    .filter((key) => !t.has(key))
    .map((key) => diagnostic('I18N_MISSING_KEY', '', { key, language }));
  try {
    const markup = templates.run(letterId, context, { t, language });
    return missing.length ? fail(...missing) : ok(markup);
  } catch (error) {
    if (error instanceof MissingTranslationError) {
      return fail(...missing, diagnostic('I18N_MISSING_KEY', '', { key: error.key, language }));
    }
    // Handlebars' messages name the template variable, never a value from the input.
    const detail = error instanceof Error ? (error.message.split('\n')[0] ?? 'unknown') : 'unknown';
    return fail(...missing, diagnostic('TEMPLATE_FAILED', '', { template: letterId, detail }));
  }
}
