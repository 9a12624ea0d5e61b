import { Command } from 'commander';
import { checkTree } from '../../i18n/check.ts';
import { DEFAULT_LOCALES_DIR, readLocaleTree } from '../../i18n/locale-tree.ts';
import { EXIT } from './exit-codes.ts';
import { findingRecord, printFindings } from './i18n-findings.ts';

export const i18nCheckCommand = () =>
  new Command('check')
    .description('every problem in the locale files (missing, extra, placeholders, plurals, markup, stale, meta); exit 1 on any')
    .option('--locales <dir>', 'the locale tree to check', DEFAULT_LOCALES_DIR)
    .option('--json', 'machine-readable output')
    .action((options: { locales: string; json?: boolean }) => {
      const findings = checkTree(readLocaleTree(options.locales));
      if (options.json)
        console.log(JSON.stringify({ ok: findings.length === 0, findings: findings.map(findingRecord) }, null, 2));
      else if (findings.length) printFindings(findings);
      else console.log('✔ the locale files are consistent with the Danish master');
      if (findings.length) process.exit(EXIT.invalidInput);
    });
