import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { writeFileAtomically } from '../../atomic-file.ts';
import { isLanguageCode, MASTER_LANGUAGE } from '../../domain/languages.ts';
import { DEFAULT_LOCALES_DIR, readLocaleTree, shown } from '../../i18n/locale-tree.ts';
import { importXliff } from '../../i18n/xliff-import.ts';
import { decodeXliff } from '../../i18n/xliff-read.ts';
import { EXIT } from './exit-codes.ts';
import { printFindings } from './i18n-findings.ts';

export const i18nImportCommand = () =>
  new Command('import')
    .description('read a translated XLIFF back; every unit is checked, and the locale files are written only if all pass')
    .argument('<file.xlf>', 'the XLIFF 1.2 file (as written by export, then translated)')
    .requiredOption('--lang <lng>', 'the language of the translation')
    .option('--by <name>', 'who approves: recorded for the strings the file marks approved (state "final")')
    .option('--dry-run', 'report what would change, write nothing')
    .option('--locales <dir>', 'the locale tree', DEFAULT_LOCALES_DIR)
    .action((file: string, options: { lang: string; by?: string; dryRun?: boolean; locales: string }) => {
      if (!isLanguageCode(options.lang) || options.lang === MASTER_LANGUAGE) {
        console.error('✖ --lang must be a language translated from Danish (not da), e.g. en, ar, fa');
        process.exit(EXIT.usage);
      }
      let xml: string;
      try {
        xml = decodeXliff(readFileSync(file));
      } catch (error) {
        console.error(`✖ cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`);
        process.exit(EXIT.usage);
      }
      const outcome = importXliff(readLocaleTree(options.locales), options.lang, xml, { file, approvedBy: options.by });
      if (!outcome.ok) {
        printFindings(outcome.findings);
        console.error('Nothing was written.');
        process.exit(EXIT.invalidInput);
      }
      if (outcome.changes.length === 0) {
        console.log('No changes: the locale files already say what the file says.');
        return;
      }
      for (const change of outcome.changes) {
        const status = change.from === change.to ? change.to : `${change.from} → ${change.to}`;
        console.log(`  ${change.what.padEnd(7)} ${change.namespace}:${change.key}  (${status})`);
      }
      if (options.dryRun) {
        console.log(`${outcome.changes.length} change(s); --dry-run: nothing written.`);
        return;
      }
      for (const write of outcome.writes) writeFileAtomically(write.path, new TextEncoder().encode(write.content));
      console.log(`${outcome.changes.length} change(s) written to ${outcome.writes.map((w) => shown(w.path)).join(', ')}`);
    });
