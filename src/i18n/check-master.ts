/**
 * The check of the Danish master, one namespace: every key has a meta entry saying where its
 * wording comes from (verbatim, composed, structural), every meta entry has a key, plural keys
 * have Danish's forms, and the markup is the letter subset.
 */
import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.ts';
import type { NamespaceFiles } from './locale-tree.ts';
import { markupProblem } from './markup-check.ts';
import { masterEntry } from './meta.ts';
import { pluralBases, pluralCategories } from './plurals.ts';

/** Developer messages in Danish and English: no meta file, no letter markup (they are not letters). */
export const ERRORS_NAMESPACE = 'errors';
export const COMMON_NAMESPACE = 'common';

export function checkMaster(files: NamespaceFiles): Diagnostic[] {
  const { strings, meta, file, metaFile } = files;
  const findings: Diagnostic[] = files.unreadable.map((u) => diagnostic('LOCALE_FILE_UNREADABLE', u.file, { detail: u.detail }));
  if (!strings) return findings;
  findings.push(...pluralFindings(files));
  if (files.namespace === ERRORS_NAMESPACE) return findings;

  for (const [key, text] of strings) {
    const problem = markupProblem(text);
    if (problem) findings.push(diagnostic('LOCALE_MARKUP', file, { key, detail: problem }));
  }
  if (!meta) {
    if (!files.unreadable.some((u) => u.file === metaFile)) findings.push(diagnostic('LOCALE_META_FILE_MISSING', metaFile));
    return findings;
  }
  for (const key of strings.keys()) {
    if (!meta.has(key)) findings.push(diagnostic('LOCALE_META_MISSING', metaFile, { key }));
    else if (!masterEntry.safeParse(meta.get(key)).success)
      findings.push(
        diagnostic('LOCALE_META_INVALID', metaFile, {
          key,
          detail: 'a Danish entry is { "origin": "verbatim" | "composed" | "structural", "source": "…" }',
        }),
      );
  }
  for (const key of meta.keys()) if (!strings.has(key)) findings.push(diagnostic('LOCALE_META_ORPHAN', metaFile, { key }));
  return findings;
}

/** Plural groups (keys with an `_other` form) must have every form the file's language needs. */
export function pluralFindings(files: NamespaceFiles): Diagnostic[] {
  if (!files.strings) return [];
  const needed = pluralCategories(files.language);
  const findings: Diagnostic[] = [];
  for (const base of pluralBases(files.strings.keys())) {
    const missing = needed.filter((category) => !files.strings?.has(`${base}_${category}`));
    if (missing.length)
      findings.push(
        diagnostic('LOCALE_PLURAL_FORMS', files.file, {
          key: base,
          language: files.language,
          missing: missing.map((c) => `${base}_${c}`).join(', '),
          categories: needed.join(', '),
        }),
      );
  }
  return findings;
}
