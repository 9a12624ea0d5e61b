/**
 * The strings a language owes for one namespace, in the Danish order: every Danish key, with plural
 * groups expanded to the language's CLDR forms (`days_zero` … `days_other` in Arabic), each with
 * its Danish source and the translation's standing today (missing, stale, or its review status).
 */
import type { FlatStrings } from './key-paths.ts';
import { sourceHash, translationEntry } from './meta.ts';
import { pluralBases, pluralCategories, pluralForm } from './plurals.ts';
import type { UnitStanding } from './xliff-model.ts';

export interface TranslationUnit {
  readonly key: string;
  /** The Danish key the translation is made from (`days_other` for Arabic `days_few`). */
  readonly sourceKey: string;
  readonly source: string;
  readonly text: string | null;
  readonly standing: UnitStanding;
  readonly approvedBy: string | null;
}

export function translationUnits(
  danish: FlatStrings,
  language: string,
  translation: FlatStrings | null,
  meta: ReadonlyMap<string, unknown> | null,
): TranslationUnit[] {
  const plurals = pluralBases(danish.keys());
  const categories = pluralCategories(language);
  const units: TranslationUnit[] = [];
  const seen = new Set<string>();
  for (const danishKey of danish.keys()) {
    const form = pluralForm(danishKey);
    const keys = form && plurals.has(form.base) ? categories.map((c) => `${form.base}_${c}`) : [danishKey];
    for (const key of keys) {
      if (seen.has(key)) continue;
      seen.add(key);
      const sourceKey = danish.has(key) ? key : `${pluralForm(key)?.base}_other`;
      const source = danish.get(sourceKey) ?? '';
      const text = translation?.get(key) ?? null;
      const entry = translationEntry.safeParse(meta?.get(key));
      const standing: UnitStanding =
        text === null
          ? { kind: 'missing' }
          : !entry.success || entry.data.daHash !== sourceHash(source)
            ? { kind: 'stale' }
            : { kind: 'current', status: entry.data.status };
      const approvedBy = entry.success ? (entry.data.approvedBy ?? null) : null;
      units.push({ key, sourceKey, source, text, standing, approvedBy });
    }
  }
  return units;
}
