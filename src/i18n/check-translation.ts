/**
 * The check of one translated namespace against the Danish master: the same keys (plural forms
 * per the language's CLDR categories), the same placeholders, valid markup with the Danish tags,
 * and a meta entry per string whose Danish hash is today's (else the translation is stale).
 */
import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.ts';
import { isLanguageCode } from '../domain/languages.ts';
import { ERRORS_NAMESPACE } from './check-master.ts';
import { writesOwnDigits } from './format.ts';
import type { FlatStrings } from './key-paths.ts';
import type { NamespaceFiles } from './locale-tree.ts';
import { markupProblem, tagSignature } from './markup-check.ts';
import { sourceHash, translationEntry } from './meta.ts';
import { placeholderDifference, placeholdersOf } from './placeholders.ts';
import { danishSourceKey, pluralBases, pluralCategories, pluralForm } from './plurals.ts';
import { textFindings } from './text-check.ts';

export function checkTranslation(danish: FlatStrings, files: NamespaceFiles): Diagnostic[] {
  const findings: Diagnostic[] = files.unreadable.map((u) => diagnostic('LOCALE_FILE_UNREADABLE', u.file, { detail: u.detail }));
  const { strings, file, language } = files;
  if (!strings) return findings;
  const danishPlurals = pluralBases(danish.keys());
  const categories = new Set<string>(pluralCategories(language));

  for (const key of danish.keys()) {
    const form = pluralForm(key);
    if (form && danishPlurals.has(form.base)) continue; // judged as a group below
    if (!strings.has(key)) findings.push(diagnostic('LOCALE_KEY_MISSING', file, { key, language }));
  }
  for (const base of danishPlurals) {
    const missing = [...categories].filter((c) => !strings.has(`${base}_${c}`));
    if (missing.length === categories.size) findings.push(diagnostic('LOCALE_KEY_MISSING', file, { key: base, language }));
    else if (missing.length) {
      const params = {
        key: base,
        language,
        missing: missing.map((c) => `${base}_${c}`).join(', '),
        categories: [...categories].join(', '),
      };
      findings.push(diagnostic('LOCALE_PLURAL_FORMS', file, params));
    }
  }

  for (const [key, text] of strings) {
    const form = pluralForm(key);
    const isPluralForm = form !== null && danishPlurals.has(form.base);
    const sourceKey = isPluralForm && categories.has(form.category) ? danishSourceKey(key, danish) : danish.has(key) ? key : null;
    const source = sourceKey === null ? undefined : danish.get(sourceKey);
    if (source === undefined) {
      findings.push(diagnostic('LOCALE_KEY_EXTRA', file, { key }));
      continue;
    }
    findings.push(...stringFindings(key, source, text, files, isPluralForm));
  }
  if (files.namespace !== ERRORS_NAMESPACE) findings.push(...metaFindings(danish, files));
  return findings;
}

function stringFindings(key: string, source: string, text: string, files: NamespaceFiles, isPluralForm: boolean): Diagnostic[] {
  const findings: Diagnostic[] = [];
  // A plural form may leave the count out ("one day", Arabic's dual): compare the other placeholders.
  const withoutCount = (s: string) => (isPluralForm ? s.replace(/\{\{\s*count\s*(,[^}]*)?\}\}/g, '') : s);
  const difference = placeholderDifference(withoutCount(source), withoutCount(text));
  if (difference) findings.push(diagnostic('LOCALE_PLACEHOLDERS_DIFFER', files.file, { key, ...difference }));
  // A language with its own digits writes the count as `{{count, number}}`: a bare `{{count}}` prints Latin digits
  // ("5 سال") in a letter whose dates and amounts are in the language's digits.
  const { language } = files;
  if (
    isPluralForm &&
    isLanguageCode(language) &&
    writesOwnDigits(language) &&
    placeholdersOf(text).some((p) => p.name === 'count' && p.format !== 'number')
  )
    findings.push(diagnostic('LOCALE_PLURAL_COUNT_DIGITS', files.file, { key, language }));
  if (files.namespace === ERRORS_NAMESPACE) return findings;
  findings.push(...textFindings(key, source, text, files.language, files.file));
  const problem = markupProblem(text);
  if (problem) findings.push(diagnostic('LOCALE_MARKUP', files.file, { key, detail: problem }));
  else if (!markupProblem(source) && tagSignature(text).join() !== tagSignature(source).join()) {
    const tags = (s: string) =>
      tagSignature(s)
        .map((tag) => `<${tag}>`)
        .join(' ') || '(none)';
    findings.push(
      diagnostic('LOCALE_MARKUP', files.file, { key, detail: `tags ${tags(text)} differ from the Danish ${tags(source)}` }),
    );
  }
  return findings;
}

function metaFindings(danish: FlatStrings, files: NamespaceFiles): Diagnostic[] {
  const { strings, meta, metaFile } = files;
  if (!strings) return [];
  if (!meta) return files.unreadable.some((u) => u.file === metaFile) ? [] : [diagnostic('LOCALE_META_FILE_MISSING', metaFile)];
  const findings: Diagnostic[] = [];
  for (const key of strings.keys()) {
    const sourceKey = danishSourceKey(key, danish);
    if (sourceKey === null) continue; // an extra key: reported above
    if (!meta.has(key)) {
      findings.push(diagnostic('LOCALE_META_MISSING', metaFile, { key }));
      continue;
    }
    const entry = translationEntry.safeParse(meta.get(key));
    if (!entry.success) {
      const detail =
        'a translation entry is { "daHash": "<12 hex>", "status": "draft" | "reviewed" | "approved", "approvedBy"? }';
      findings.push(diagnostic('LOCALE_META_INVALID', metaFile, { key, detail }));
      continue;
    }
    if (entry.data.status === 'approved' && !entry.data.approvedBy)
      findings.push(diagnostic('LOCALE_META_INVALID', metaFile, { key, detail: 'approved, but approvedBy is missing' }));
    if (entry.data.daHash !== sourceHash(danish.get(sourceKey) ?? ''))
      findings.push(diagnostic('LOCALE_STALE', files.file, { key }));
  }
  for (const key of meta.keys()) if (!strings.has(key)) findings.push(diagnostic('LOCALE_META_ORPHAN', metaFile, { key }));
  return findings;
}
