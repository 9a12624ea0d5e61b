/**
 * Runs in the XLIFF thread: an uploaded file is parsed and checked here, never on the thread that serves
 * every request (a deeply nested file once kept /healthz waiting for 54 s). Answers plain data.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import type { LanguageCode } from '../../domain/languages.ts';
import { readLocaleTree } from '../../i18n/locale-tree.ts';
import { scratchLocales } from '../../i18n/scratch-locales.ts';
import { type ImportChange, importXliff } from '../../i18n/xliff-import.ts';

export interface XliffTask {
  /** `check`: as `letters i18n import --dry-run`; `scratch`: applied to a scratch copy of the tree, for a preview. */
  readonly kind: 'check' | 'scratch';
  readonly locales: string;
  readonly language: LanguageCode;
  readonly xml: string;
  readonly file: string;
  readonly approvedBy: string;
}

export type XliffAnswer =
  | { readonly ok: false; readonly findings: readonly Diagnostic[] }
  | { readonly ok: true; readonly changes: readonly ImportChange[] }
  | { readonly ok: true; readonly dir: string };

export default function xliffTask(task: XliffTask): XliffAnswer {
  if (task.kind === 'scratch') {
    const scratch = scratchLocales(task.locales, task.language, task.xml, task.file);
    return scratch.ok ? { ok: true, dir: scratch.dir } : { ok: false, findings: scratch.findings };
  }
  const outcome = importXliff(readLocaleTree(task.locales), task.language, task.xml, {
    file: task.file,
    approvedBy: task.approvedBy,
  });
  return outcome.ok ? { ok: true, changes: outcome.changes } : { ok: false, findings: outcome.findings };
}
