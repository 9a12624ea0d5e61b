/**
 * How far a translation is reviewed: the weakest status among its strings, where a string whose
 * recorded Danish hash is not today's Danish string (stale), or that has no valid meta entry, counts
 * as a draft. A letter is only as approved as its least approved string: an approved translation of
 * yesterday's Danish text must not go out unmarked.
 */
import type { FlatStrings } from './key-paths.ts';
import type { NamespaceFiles } from './locale-tree.ts';
import { type ReviewStatus, sourceHash, translationEntry } from './meta.ts';
import { danishSourceKey } from './plurals.ts';

export const REVIEW_ORDER: readonly ReviewStatus[] = ['draft', 'reviewed', 'approved'];

/** The status one translated string has today. */
export function stringStatus(key: string, danish: FlatStrings, entry: unknown): ReviewStatus {
  const parsed = translationEntry.safeParse(entry);
  if (!parsed.success) return 'draft';
  const sourceKey = danishSourceKey(key, danish);
  const source = sourceKey === null ? undefined : danish.get(sourceKey);
  if (source === undefined || parsed.data.daHash !== sourceHash(source)) return 'draft';
  if (parsed.data.status === 'approved' && !parsed.data.approvedBy) return 'reviewed'; // an approval names its approver
  return parsed.data.status;
}

export function weakestStatus(
  danish: FlatStrings,
  translation: FlatStrings,
  meta: ReadonlyMap<string, unknown> | null,
): ReviewStatus {
  let weakest = REVIEW_ORDER.length - 1;
  for (const key of translation.keys()) {
    weakest = Math.min(weakest, REVIEW_ORDER.indexOf(stringStatus(key, danish, meta?.get(key))));
    if (weakest === 0) break;
  }
  return REVIEW_ORDER[weakest] ?? 'draft';
}

export const weaker = (a: ReviewStatus, b: ReviewStatus): ReviewStatus =>
  REVIEW_ORDER.indexOf(a) <= REVIEW_ORDER.indexOf(b) ? a : b;

/** One namespace of a language as read from disk; a missing or unreadable file or meta file is a draft. */
export function namespaceStatus(danish: NamespaceFiles, translation: NamespaceFiles): ReviewStatus {
  if (!danish.strings || !translation.strings || !translation.meta) return 'draft';
  return weakestStatus(danish.strings, translation.strings, translation.meta);
}
