/**
 * The words: locales/<lng>/<namespace>.json, loaded once into one i18next instance. Danish is the
 * master. There is no fallback language: a key missing in a language is an error, never Danish or
 * English filled in silently (languages.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import i18next, { type i18n } from 'i18next';
import { isLanguageCode, type LanguageCode } from '../domain/languages.ts';
import { projectPath } from '../domain/project-path.ts';
import { isNamespaceFile, readNamespace } from './locale-tree.ts';
import type { ReviewStatus } from './meta.ts';
import { namespaceStatus } from './review-status.ts';

/** Strings of one language, or null where the language lacks the key (`namespace:path`). */
export interface Translator {
  /** For templates: interpolated values are HTML-escaped, the string's own markup is kept. */
  markup(key: string, values?: Record<string, unknown>): string | null;
  /** For page furniture drawn as plain text: nothing escaped. */
  plain(key: string, values?: Record<string, unknown>): string | null;
  has(key: string): boolean;
}

export interface LocaleStore {
  readonly i18n: i18n;
  /** Languages that have this namespace (and the shared `common` one). */
  languagesOf(namespace: string): LanguageCode[];
  translator(language: LanguageCode): Translator;
  /** The weakest review status of the namespaces' strings in a language: a letter is only as approved as its least approved string. */
  status(language: LanguageCode, namespaces: readonly string[]): ReviewStatus;
}

export class MissingValueError extends Error {
  constructor(readonly placeholder: string) {
    super(`no value for placeholder {{${placeholder}}}`);
  }
}

export function loadLocales(dir = projectPath('locales')): LocaleStore {
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const language of readdirSync(dir).filter(isLanguageCode)) {
    resources[language] = {};
    for (const file of readdirSync(`${dir}/${language}`).filter(isNamespaceFile)) {
      resources[language][file.slice(0, -5)] = JSON.parse(readFileSync(`${dir}/${language}/${file}`, 'utf8'));
    }
  }
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: 'da',
    fallbackLng: false,
    defaultNS: 'common',
    initAsync: false,
    returnNull: false,
    returnEmptyString: false,
    interpolation: { escapeValue: true },
    // A placeholder without a value is a bug in the template or the plan: never print "{{name}}" or "".
    missingInterpolationHandler: (_text: string, match: RegExpExecArray | string[]) => {
      throw new MissingValueError(String(match[1] ?? match[0]).trim());
    },
  });
  const translators = new Map<LanguageCode, Translator>();
  const statuses = new Map<string, ReviewStatus>();

  return {
    i18n: instance,
    languagesOf: (namespace) =>
      Object.keys(resources).filter((lng) => resources[lng]?.[namespace] && resources[lng]?.common) as LanguageCode[],
    translator(language) {
      let t = translators.get(language);
      if (!t) {
        t = memoisedTranslator(instance, language);
        translators.set(language, t);
      }
      return t;
    },
    status(language, namespaces) {
      const cacheKey = `${language}:${namespaces.join(',')}`;
      let status = statuses.get(cacheKey);
      if (!status) {
        status = weakestStatus(language, namespaces, dir);
        statuses.set(cacheKey, status);
      }
      return status;
    },
  };
}

/**
 * A translator for one language. The resources never change after loading, so whether a key exists,
 * and a string without values, are the same for every letter: they are looked up once per process
 * (i18next resolves a key anew on every call; that was most of the time before layout, bench/).
 * Strings with values are interpolated on every call: their values differ per letter.
 */
function memoisedTranslator(instance: i18n, language: LanguageCode): Translator {
  const fixed = instance.getFixedT(language);
  const known = new Map<string, boolean>();
  const markupOf = new Map<string, string>();
  const plainOf = new Map<string, string>();
  const has = (key: string) => {
    let exists = known.get(key);
    if (exists === undefined) {
      exists = instance.exists(key, { lng: language });
      known.set(key, exists);
    }
    return exists;
  };
  const translate = (
    memo: Map<string, string>,
    key: string,
    values: Record<string, unknown> | undefined,
    escapeValues: boolean,
  ) => {
    if (!has(key)) return null;
    const options: Record<string, unknown> = escapeValues ? { ...values } : { ...values, interpolation: { escapeValue: false } };
    if (values && Object.keys(values).length > 0) return fixed(key, options);
    let text = memo.get(key);
    if (text === undefined) {
      text = fixed(key, options); // a missing placeholder throws here, and nothing is kept
      memo.set(key, text);
    }
    return text;
  };
  return {
    markup: (key, values) => translate(markupOf, key, values, true),
    plain: (key, values) => translate(plainOf, key, values, false),
    has,
  };
}

const ORDER: readonly ReviewStatus[] = ['draft', 'reviewed', 'approved'];

function weakestStatus(language: LanguageCode, namespaces: readonly string[], dir: string): ReviewStatus {
  if (language === 'da') return 'approved'; // the master text is the law's own wording or reviewed composition
  let weakest = ORDER.length - 1;
  for (const namespace of namespaces) {
    // A stale string (its Danish source changed since) or one without a valid meta entry counts as a draft.
    const status = namespaceStatus(readNamespace(dir, 'da', namespace), readNamespace(dir, language, namespace));
    weakest = Math.min(weakest, ORDER.indexOf(status));
  }
  return ORDER[weakest] ?? 'draft';
}
