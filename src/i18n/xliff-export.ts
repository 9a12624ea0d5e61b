/**
 * `letters i18n export`: the strings of one language as an XLIFF 1.2 document: the shared `common`
 * namespace and one or every letter, each unit with the Danish source, the current translation, its
 * state and notes.
 */
import { LANGUAGES, type LanguageCode, MASTER_LANGUAGE } from '../domain/languages.ts';
import { COMMON_NAMESPACE, ERRORS_NAMESPACE } from './check-master.ts';
import { danishHistory, type PreviousDanish } from './danish-history.ts';
import type { LocaleTree } from './locale-tree.ts';
import { translationEntry } from './meta.ts';
import { translationUnits } from './translation-units.ts';
import { unitNotes } from './unit-notes.ts';
import { stateOf, type XliffDocument, type XliffFile } from './xliff-model.ts';

export const HEADER_NOTE =
  'Decision letters of Udlændingestyrelsen. The Danish source is the master and the legally binding text: the translation must say exactly the same. ' +
  'Translate each target; set its state to "translated" (draft), "signed-off" (reviewed) or "final" (approved). ' +
  'Placeholders ({{date}}, $t(…)) are inline codes: place each code of the source once, where the sentence needs it, unchanged. ' +
  'Keep the letter markup <…> around the same words. Counted nouns (unit.weeks_one, unit.weeks_few, …) have one unit per plural form of your language (CLDR). ' +
  'Bring the file back with: letters i18n import <file> --lang <language>.';

/** The namespaces an export holds: `common` and the letter, or `common` and every letter. */
export function exportNamespaces(tree: LocaleTree, letter?: string): string[] {
  const danish = [...(tree.languages.get(MASTER_LANGUAGE)?.keys() ?? [])];
  const letters = danish.filter((ns) => ns !== COMMON_NAMESPACE && ns !== ERRORS_NAMESPACE);
  return [COMMON_NAMESPACE, ...(letter ? letters.filter((ns) => ns === letter) : letters)];
}

/** A stale unit carries the Danish it was translated from (`previousDanish`, from git history by default). */
export function exportXliff(
  tree: LocaleTree,
  language: LanguageCode,
  namespaces: readonly string[],
  previousDanish: PreviousDanish = danishHistory(tree.dir),
): XliffDocument {
  const files: XliffFile[] = [];
  for (const namespace of namespaces) {
    const danish = tree.languages.get(MASTER_LANGUAGE)?.get(namespace);
    if (!danish?.strings) continue;
    const translation = tree.languages.get(language)?.get(namespace);
    const previousOf = (entry: unknown) => {
      const parsed = translationEntry.safeParse(entry);
      return parsed.success ? previousDanish(namespace, parsed.data.daHash) : null;
    };
    const units = translationUnits(danish.strings, language, translation?.strings ?? null, translation?.meta ?? null);
    files.push({
      original: namespace,
      units: units.map((unit) => {
        const previousSource = unit.standing.kind === 'stale' ? previousOf(translation?.meta?.get(unit.key)) : null;
        return {
          id: unit.key,
          source: unit.source,
          target: unit.text,
          state: stateOf(unit.standing),
          approved: unit.standing.kind === 'current' && unit.standing.status === 'approved',
          notes: unitNotes(unit, danish.meta?.get(unit.sourceKey), language, previousSource),
          previousSource,
        };
      }),
    });
  }
  return { sourceLanguage: LANGUAGES[MASTER_LANGUAGE].locale, targetLanguage: LANGUAGES[language].locale, files };
}
