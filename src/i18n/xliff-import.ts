/**
 * `letters i18n import`: reads a translated XLIFF back into the locale files of one language. Every
 * unit is judged as `check` judges the files (plus: is its Danish source still today's Danish?), and
 * the resulting files are checked whole; they are written only if nothing is found. A unit whose
 * text and state are as exported changes nothing, so a round trip without edits writes nothing.
 */
import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.ts';
import { LANGUAGES, type LanguageCode, MASTER_LANGUAGE } from '../domain/languages.ts';
import { checkTree } from './check.ts';
import { ERRORS_NAMESPACE } from './check-master.ts';
import { type LocaleTree, type NamespaceFiles, shown } from './locale-tree.ts';
import { serializeMeta, serializeStrings } from './locale-writer.ts';
import { type ReviewStatus, sourceHash } from './meta.ts';
import { type TranslationUnit, translationUnits } from './translation-units.ts';
import { stateOf, statusOf, type XliffUnit } from './xliff-model.ts';
import { readXliff } from './xliff-read.ts';

export interface ImportChange {
  readonly namespace: string;
  readonly key: string;
  readonly what: 'added' | 'changed' | 'status';
  readonly from: ReviewStatus | 'missing' | 'stale';
  readonly to: ReviewStatus;
}

export type ImportOutcome =
  | { ok: true; changes: ImportChange[]; writes: { path: string; content: string }[] }
  | { ok: false; findings: Diagnostic[] };

export interface ImportOptions {
  /** The XLIFF file's name, as findings show it. */
  readonly file: string;
  /** Who approves: recorded as approvedBy on every string the file marks approved. */
  readonly approvedBy?: string;
}

export function importXliff(tree: LocaleTree, language: LanguageCode, xml: string, options: ImportOptions): ImportOutcome {
  const read = readXliff(xml);
  if (!read.ok) return { ok: false, findings: [diagnostic('XLIFF_INVALID', options.file, { detail: read.detail })] };
  const target = read.document.targetLanguage.toLowerCase();
  if (language === MASTER_LANGUAGE || (target !== language && target !== LANGUAGES[language].locale.toLowerCase()))
    return {
      ok: false,
      findings: [diagnostic('XLIFF_INVALID', options.file, { detail: `the file is for "${target}", not ${language}` })],
    };

  const findings: Diagnostic[] = read.unitProblems.map((problem) =>
    diagnostic('XLIFF_INLINE_CODE', options.file, { key: `${problem.namespace}:${problem.id}`, detail: problem.detail }),
  );
  const changes: ImportChange[] = [];
  const replaced = new Map<string, NamespaceFiles>();
  for (const file of read.document.files) {
    const danish = tree.languages.get(MASTER_LANGUAGE)?.get(file.original);
    const current = tree.languages.get(language)?.get(file.original) ?? emptyFiles(tree, language, file.original);
    if (!danish?.strings || file.original === ERRORS_NAMESPACE) {
      findings.push(diagnostic('LOCALE_FILE_EXTRA', current.file, { namespace: file.original }));
      continue;
    }
    const units = translationUnits(danish.strings, language, current.strings, current.meta);
    const byKey = new Map(units.map((unit) => [unit.key, unit]));
    const strings = new Map(current.strings ?? []);
    const meta = new Map(current.meta ?? []);
    for (const unit of file.units) {
      const expected = byKey.get(unit.id);
      if (!expected) findings.push(diagnostic('LOCALE_KEY_EXTRA', current.file, { key: unit.id }));
      else if (unit.source !== expected.source)
        findings.push(diagnostic('XLIFF_SOURCE_CHANGED', options.file, { key: `${file.original}:${unit.id}` }));
      else if (unit.target !== null && !asExported(unit, expected) && !alreadyRecorded(unit, expected)) {
        const status = statusOf(unit);
        const approvedBy = status === 'approved' ? (options.approvedBy ?? keptApprover(unit, expected)) : null;
        if (status === 'approved' && !approvedBy)
          findings.push(diagnostic('XLIFF_APPROVER_MISSING', options.file, { key: `${file.original}:${unit.id}` }));
        strings.set(unit.id, unit.target);
        meta.set(unit.id, { daHash: sourceHash(expected.source), status, ...(approvedBy ? { approvedBy } : {}) });
        const what = expected.text === null ? 'added' : expected.text !== unit.target ? 'changed' : 'status';
        const from = expected.standing.kind === 'current' ? expected.standing.status : expected.standing.kind;
        changes.push({ namespace: file.original, key: unit.id, what, from, to: status });
      }
    }
    if (changes.some((c) => c.namespace === file.original))
      replaced.set(file.original, { ...current, strings, meta, unreadable: [] });
  }
  if (findings.length) return { ok: false, findings };

  const after = withNamespaces(tree, language, replaced);
  const namespaces = read.document.files.map((f) => f.original);
  const problems = checkTree(after, { languages: [language], namespaces });
  if (problems.length) return { ok: false, findings: problems };
  return { ok: true, changes, writes: writesFor(tree, language, replaced) };
}

/** Unchanged: the text and the state the export wrote (a stale unit stays stale until its state changes). */
const asExported = (unit: XliffUnit, expected: TranslationUnit) =>
  unit.target === expected.text &&
  unit.state === stateOf(expected.standing) &&
  unit.approved === (expected.standing.kind === 'current' && expected.standing.status === 'approved');

/**
 * The same text with the status already recorded (a tool that wrote `state="final"` but dropped
 * `approved="yes"`, or the reverse): nothing changes, and whoever approved it stays recorded, even
 * when the file is imported with another `--by`.
 */
const alreadyRecorded = (unit: XliffUnit, expected: TranslationUnit) =>
  unit.target === expected.text && expected.standing.kind === 'current' && expected.standing.status === statusOf(unit);

/** An approval already recorded for this very text is kept; a changed text needs its approver named. */
const keptApprover = (unit: XliffUnit, expected: TranslationUnit) =>
  unit.target === expected.text && expected.standing.kind === 'current' ? expected.approvedBy : null;

function emptyFiles(tree: LocaleTree, language: string, namespace: string): NamespaceFiles {
  const base = `${tree.dir}/${language}/${namespace}`;
  return {
    language,
    namespace,
    file: shown(`${base}.json`),
    metaFile: shown(`${base}.meta.json`),
    strings: null,
    meta: null,
    unreadable: [],
  };
}

function withNamespaces(tree: LocaleTree, language: string, replaced: ReadonlyMap<string, NamespaceFiles>): LocaleTree {
  const languages = new Map(tree.languages);
  languages.set(language, new Map([...(tree.languages.get(language) ?? new Map()), ...replaced]));
  return { dir: tree.dir, languages };
}

function writesFor(tree: LocaleTree, language: string, replaced: ReadonlyMap<string, NamespaceFiles>) {
  const writes: { path: string; content: string }[] = [];
  for (const [namespace, files] of replaced) {
    const danish = tree.languages.get(MASTER_LANGUAGE)?.get(namespace)?.strings;
    const order = translationUnits(danish ?? new Map(), language, null, null).map((u) => u.key);
    const before = tree.languages.get(language)?.get(namespace);
    const base = `${tree.dir}/${language}/${namespace}`;
    const strings = serializeStrings(files.strings ?? new Map(), order);
    const meta = serializeMeta(files.meta ?? new Map(), order);
    if (!before?.strings || strings !== serializeStrings(before.strings, order))
      writes.push({ path: `${base}.json`, content: strings });
    if (!before?.meta || meta !== serializeMeta(before.meta, order)) writes.push({ path: `${base}.meta.json`, content: meta });
  }
  return writes;
}
