/**
 * A translated XLIFF applied to a scratch copy of the locale tree, never to the tree itself: for
 * previews of a translation that has not been handed in (`letters i18n preview --xliff`, the
 * translator view). The XLIFF passes the same checks as `letters i18n import` or nothing is copied.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, relative, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { LanguageCode } from '../domain/languages.ts';
import { readLocaleTree } from './locale-tree.ts';
import { importXliff } from './xliff-import.ts';

export type ScratchLocales = { ok: true; dir: string; remove(): void } | { ok: false; findings: Diagnostic[] };

export function scratchLocales(locales: string, language: LanguageCode, xml: string, file: string): ScratchLocales {
  // An approval in the file needs no name here: a preview shows the file's own states and records nothing.
  const outcome = importXliff(readLocaleTree(locales), language, xml, { file, approvedBy: 'preview' });
  if (!outcome.ok) return { ok: false, findings: outcome.findings };
  const dir = mkdtempSync(`${tmpdir()}/letters-preview-`);
  cpSync(locales, dir, { recursive: true });
  for (const write of outcome.writes) {
    const target = resolve(dir, relative(resolve(locales), resolve(write.path)));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, write.content);
  }
  return { ok: true, dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
