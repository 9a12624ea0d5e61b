/**
 * The translator view's table for one letter and one language: every string the language owes (the
 * shared `common` strings and the letter's, plural forms expanded), with the Danish, the translation,
 * its standing today, where the Danish wording comes from and the placeholders to keep. Built from the
 * same pieces as `letters i18n export` and `status`, so the page and the XLIFF never disagree.
 */
import type { LanguageCode } from '../domain/languages.ts';
import { MASTER_LANGUAGE } from '../domain/languages.ts';
import type { LocaleTree } from './locale-tree.ts';
import { masterEntry } from './meta.ts';
import { placeholdersOf, spell } from './placeholders.ts';
import { type StatusCell, statusTable } from './status.ts';
import { translationUnits } from './translation-units.ts';
import { exportNamespaces } from './xliff-export.ts';

export type Standing = 'missing' | 'stale' | 'draft' | 'reviewed' | 'approved';
export type Origin = 'verbatim' | 'composed' | 'structural' | null;

export interface SideBySideRow {
  readonly namespace: string;
  readonly key: string;
  readonly danish: string;
  readonly translation: string | null;
  readonly status: Standing;
  readonly origin: Origin;
  /** The legal source of verbatim or composed Danish, as the Danish meta file names it. */
  readonly source: string | null;
  readonly placeholders: readonly string[];
}

export interface SideBySide {
  readonly letter: string;
  readonly language: LanguageCode;
  /** The letter × language cell of `letters i18n status`; null when the language has no file for the letter yet. */
  readonly summary: StatusCell | null;
  readonly rows: readonly SideBySideRow[];
}

/** The letters a translator can pick: the Danish namespaces other than `common` and `errors`. */
export const translatableLetters = (tree: LocaleTree): string[] => exportNamespaces(tree).slice(1);

export function sideBySide(tree: LocaleTree, letter: string, language: LanguageCode): SideBySide {
  const rows: SideBySideRow[] = [];
  for (const namespace of exportNamespaces(tree, letter)) {
    const danish = tree.languages.get(MASTER_LANGUAGE)?.get(namespace);
    if (!danish?.strings) continue;
    const translation = tree.languages.get(language)?.get(namespace);
    for (const unit of translationUnits(danish.strings, language, translation?.strings ?? null, translation?.meta ?? null)) {
      const origin = masterEntry.safeParse(danish.meta?.get(unit.sourceKey));
      rows.push({
        namespace,
        key: unit.key,
        danish: unit.source,
        translation: unit.text,
        status: unit.standing.kind === 'current' ? unit.standing.status : unit.standing.kind,
        origin: origin.success ? origin.data.origin : null,
        source: origin.success ? (origin.data.source ?? null) : null,
        placeholders: [...new Set(placeholdersOf(unit.source).map(spell))],
      });
    }
  }
  const summary = statusTable(tree).cells.get(`${letter}:${language}`) ?? null;
  return { letter, language, summary, rows };
}
