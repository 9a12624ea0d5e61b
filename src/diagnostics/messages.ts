/**
 * Diagnostics in words, at the edge (CLI, API): `data.letterDate: must not be before …`.
 * Messages live in locales/<da|en>/errors.json, keyed by code; the params never hold input values.
 */
import type { LocaleStore } from '../i18n/locales.ts';
import type { Diagnostic } from './diagnostic.ts';

export type MessageLanguage = 'da' | 'en';

export function messageOf(diagnostic: Diagnostic, locales: LocaleStore, language: MessageLanguage = 'en'): string {
  const t = locales.translator(language);
  const params: Record<string, unknown> = { ...diagnostic.params };
  if (typeof params.format === 'string') params.format = t.plain(`errors:format.${params.format}`) ?? params.format;
  if (typeof params.expected === 'string') params.expected = t.plain(`errors:type.${params.expected}`) ?? params.expected;
  return t.plain(`errors:${diagnostic.code}`, params) ?? diagnostic.code;
}

export const describe = (diagnostic: Diagnostic, locales: LocaleStore, language: MessageLanguage = 'en'): string =>
  `${diagnostic.path || '(request)'}: ${messageOf(diagnostic, locales, language)}`;
