/**
 * `letters i18n status`: per language, how many strings of how many letters are missing, stale,
 * draft, reviewed and approved (`languageSummaries`, fits 80 columns); with `--wide`, letter type ×
 * language (`statusTable`). A cell of that table is null where the language does not claim the letter; else what is missing or stale (in the letter's and the shared `common` strings), the
 * other findings of the check, and the review status the engine will use (stale counts as draft).
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { LANGUAGE_CODES, MASTER_LANGUAGE } from '../domain/languages.ts';
import { checkTree } from './check.ts';
import { COMMON_NAMESPACE, ERRORS_NAMESPACE } from './check-master.ts';
import type { LocaleTree } from './locale-tree.ts';
import type { ReviewStatus } from './meta.ts';
import { weaker, weakestStatus } from './review-status.ts';
import { translationUnits } from './translation-units.ts';

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

/** One language at a glance: of how many letters it has, and its strings by standing. */
export interface LanguageSummary {
  readonly language: string;
  /** Letters the language claims (has a file for), of all letters. */
  readonly letters: number;
  readonly ofLetters: number;
  /** Every string the language owes (`common` and every letter, plural forms per CLDR) and how they stand. */
  readonly strings: number;
  readonly missing: number;
  readonly stale: number;
  readonly draft: number;
  readonly reviewed: number;
  readonly approved: number;
}

export function languageSummaries(tree: LocaleTree): LanguageSummary[] {
  const danish = tree.languages.get(MASTER_LANGUAGE);
  const namespaces = [...(danish?.keys() ?? [])].filter((ns) => ns !== ERRORS_NAMESPACE);
  const letters = namespaces.filter((ns) => ns !== COMMON_NAMESPACE);
  const order = (language: string) => (LANGUAGE_CODES as readonly string[]).indexOf(language) >>> 0; // unknown ones last
  return [...tree.languages.keys()]
    .filter((language) => language !== MASTER_LANGUAGE)
    .sort((a, b) => order(a) - order(b))
    .map((language) => {
      const files = tree.languages.get(language);
      const counts = { strings: 0, missing: 0, stale: 0, draft: 0, reviewed: 0, approved: 0 };
      for (const namespace of namespaces) {
        const master = danish?.get(namespace)?.strings;
        if (!master) continue;
        const translation = files?.get(namespace);
        for (const unit of translationUnits(master, language, translation?.strings ?? null, translation?.meta ?? null)) {
          counts.strings++;
          const { standing } = unit;
          if (standing.kind !== 'current') counts[standing.kind]++;
          else if (standing.status === 'approved' && !unit.approvedBy)
            counts.reviewed++; // an approval names its approver
          else counts[standing.status]++;
        }
      }
      const claimed = letters.filter((letter) => files?.has(letter)).length;
      return { language, letters: claimed, ofLetters: letters.length, ...counts };
    });
}
