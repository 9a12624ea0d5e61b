/**
 * Plural forms, i18next style: a key `base` with a count has one string per CLDR plural category of
 * the language, `base_one`, `base_other`, … (Danish: one, other; Arabic: zero, one, two, few, many,
 * other). The categories come from Intl.PluralRules, the same source i18next uses to pick a form.
 */

export const PLURAL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_SUFFIXES)[number];

const categoriesCache = new Map<string, PluralCategory[]>();

/** The language's CLDR plural categories, in the canonical order zero … other. */
export function pluralCategories(language: string): PluralCategory[] {
  let categories = categoriesCache.get(language);
  if (!categories) {
    const known = new Set(new Intl.PluralRules(language).resolvedOptions().pluralCategories);
    categories = PLURAL_SUFFIXES.filter((c) => known.has(c));
    categoriesCache.set(language, categories);
  }
  return categories;
}

/** `base` and category when the key is a plural form (`notice_few` → notice, few), else null. */
export function pluralForm(key: string): { base: string; category: PluralCategory } | null {
  const match = /^(.+)_(zero|one|two|few|many|other)$/.exec(key);
  return match ? { base: match[1] as string, category: match[2] as PluralCategory } : null;
}

/**
 * The plural groups of a namespace: bases whose `_other` form exists (i18next's required form).
 * A key like `reference_one` without `reference_other` is an ordinary key.
 */
export function pluralBases(keys: Iterable<string>): Set<string> {
  const all = new Set(keys);
  const bases = new Set<string>();
  for (const key of all) {
    const form = pluralForm(key);
    if (form && all.has(`${form.base}_other`)) bases.add(form.base);
  }
  return bases;
}

/** The Danish key a translation's key was made from: the same key, or for a plural form Danish lacks, Danish `_other`. */
export function danishSourceKey(key: string, danishKeys: { has(key: string): boolean }): string | null {
  if (danishKeys.has(key)) return key;
  const form = pluralForm(key);
  if (form && danishKeys.has(`${form.base}_other`)) return `${form.base}_other`;
  return null;
}
