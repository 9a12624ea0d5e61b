/**
 * `letters i18n status`: letter type × language. A cell is null where the language does not claim
 * the letter; else what is missing or stale (in the letter's and the shared `common` strings), the
 * other findings of the check, and the review status the engine will use (stale counts as draft).
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { MASTER_LANGUAGE } from '../domain/languages.ts';
import { checkTree } from './check.ts';
import { COMMON_NAMESPACE, ERRORS_NAMESPACE } from './check-master.ts';
import type { LocaleTree } from './locale-tree.ts';
import type { ReviewStatus } from './meta.ts';
import { weaker, weakestStatus } from './review-status.ts';

export interface StatusCell {
  readonly missing: number;
  readonly stale: number;
  /** Findings other than missing and stale strings (placeholders, markup, meta). */
  readonly problems: number;
  readonly status: ReviewStatus;
}

export interface StatusTable {
  readonly letters: readonly string[];
  readonly languages: readonly string[];
  /** `${letter}:${language}` → cell, or null when the language does not claim the letter. */
  readonly cells: ReadonlyMap<string, StatusCell | null>;
}

export function statusTable(tree: LocaleTree): StatusTable {
  const danish = tree.languages.get(MASTER_LANGUAGE);
  const letters = [...(danish?.keys() ?? [])].filter((ns) => ns !== COMMON_NAMESPACE && ns !== ERRORS_NAMESPACE);
  const languages = [...tree.languages.keys()].filter((language) => language !== MASTER_LANGUAGE);
  const cells = new Map<string, StatusCell | null>();
  for (const letter of letters)
    for (const language of languages) {
      const claimed = tree.languages.get(language)?.has(letter) ?? false;
      cells.set(`${letter}:${language}`, claimed ? cellOf(tree, letter, language) : null);
    }
  return { letters, languages, cells };
}

function cellOf(tree: LocaleTree, letter: string, language: string): StatusCell {
  const namespaces = [COMMON_NAMESPACE, letter];
  const findings = checkTree(tree, { languages: [language], namespaces });
  const missingCommon = findings.some((f) => f.code === 'LOCALE_COMMON_MISSING');
  const count = (predicate: (f: Diagnostic) => boolean) => findings.filter(predicate).length;
  const pluralGaps = findings
    .filter((f) => f.code === 'LOCALE_PLURAL_FORMS')
    .reduce((sum, f) => sum + String(f.params?.missing ?? '').split(', ').length, 0);
  const commonKeys = missingCommon ? (tree.languages.get(MASTER_LANGUAGE)?.get(COMMON_NAMESPACE)?.strings?.size ?? 0) : 0;
  const missing = count((f) => f.code === 'LOCALE_KEY_MISSING') + pluralGaps + commonKeys;
  const stale = count((f) => f.code === 'LOCALE_STALE');
  const problems =
    findings.length -
    count((f) => ['LOCALE_KEY_MISSING', 'LOCALE_PLURAL_FORMS', 'LOCALE_STALE', 'LOCALE_COMMON_MISSING'].includes(f.code));

  let status: ReviewStatus = missingCommon ? 'draft' : 'approved';
  for (const namespace of namespaces) {
    const master = tree.languages.get(MASTER_LANGUAGE)?.get(namespace)?.strings;
    const files = tree.languages.get(language)?.get(namespace);
    if (!master || !files?.strings) continue;
    status = weaker(status, weakestStatus(master, files.strings, files.meta));
  }
  return { missing, stale, problems, status };
}

/** One cell as words: `complete · approved`, `missing 3 · stale 1 · draft`, `–` (not claimed). */
export function describeCell(cell: StatusCell | null): string {
  if (!cell) return '–';
  const parts: string[] = [];
  if (cell.missing) parts.push(`missing ${cell.missing}`);
  if (cell.stale) parts.push(`stale ${cell.stale}`);
  if (cell.problems) parts.push(`problems ${cell.problems}`);
  return [...(parts.length ? parts : ['complete']), cell.status].join(' · ');
}
