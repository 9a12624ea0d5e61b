/**
 * The words: locales/<lng>/<namespace>.json, loaded once into one i18next instance. Danish is the
 * master. There is no fallback language: a key missing in a language is an error, never Danish or
 * English filled in silently (languages.md).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import i18next, { type i18n } from 'i18next';
import { isLanguageCode, type LanguageCode } from '../domain/languages.ts';
import { projectPath } from '../domain/project-path.ts';
import { flatten } from './key-paths.ts';
import type { ReviewStatus } from './meta.ts';
import { weaker, weakestStatus } from './review-status.ts';

type Resources = Record<string, Record<string, Record<string, unknown>>>;

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
  const resources: Resources = {};
  for (const language of readdirSync(dir).filter(isLanguageCode)) {
    resources[language] = {};
    for (const file of readdirSync(`${dir}/${language}`).filter((f) => f.endsWith('.json') && !f.endsWith('.meta.json'))) {
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
        const fixed = instance.getFixedT(language);
        const has = (key: string) => instance.exists(key, { lng: language });
        t = {
          markup: (key, values) => (has(key) ? fixed(key, values ?? {}) : null),
          plain: (key, values) => (has(key) ? fixed(key, { ...values, interpolation: { escapeValue: false } }) : null),
          has,
        };
        translators.set(language, t);
      }
      return t;
    },
    status(language, namespaces) {
      const cacheKey = `${language}:${namespaces.join(',')}`;
      let status = statuses.get(cacheKey);
      if (!status) {
        status = weakestStatusOf(language, namespaces, dir, resources);
        statuses.set(cacheKey, status);
      }
      return status;
    },
  };
}

function weakestStatusOf(language: LanguageCode, namespaces: readonly string[], dir: string, resources: Resources): ReviewStatus {
  if (language === 'da') return 'approved'; // the master text is the law's own wording or reviewed composition
  let status: ReviewStatus = 'approved';
  for (const namespace of namespaces) {
    const danish = flatten(resources.da?.[namespace]);
    const translation = flatten(resources[language]?.[namespace]);
    const file = `${dir}/${language}/${namespace}.meta.json`;
    if (!danish.ok || !translation.ok || !existsSync(file)) return 'draft';
    let meta: Map<string, unknown>;
    try {
      meta = new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>));
    } catch {
      return 'draft'; // an unreadable meta file proves no review (`letters i18n check` names it)
    }
    // A stale string (its Danish source changed) or one without a valid entry counts as a draft.
    status = weaker(status, weakestStatus(danish.strings, translation.strings, meta));
  }
  return status;
}
