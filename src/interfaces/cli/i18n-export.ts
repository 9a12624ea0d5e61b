import { Command } from 'commander';
import { writeFileAtomically } from '../../atomic-file.ts';
import { isLanguageCode, MASTER_LANGUAGE } from '../../domain/languages.ts';
import { DEFAULT_LOCALES_DIR, readLocaleTree } from '../../i18n/locale-tree.ts';
import { exportNamespaces, exportXliff, HEADER_NOTE } from '../../i18n/xliff-export.ts';
import { writeXliff } from '../../i18n/xliff-write.ts';
import { EXIT } from './exit-codes.ts';

export const i18nExportCommand = () =>
  new Command('export')
    .description("one language's strings as XLIFF 1.2 for translation tools: Danish source, translation, state, notes")
    .requiredOption('--lang <lng>', 'the language to translate into (not da: Danish is edited in locales/da)')
    .option('--letter <type>', 'only this letter (and the shared common strings)')
    .option('--format <format>', 'xliff (XLIFF 1.2)', 'xliff')
    .option('-o, --out <file.xlf>', 'where to write (default: standard output)')
    .option('--locales <dir>', 'the locale tree', DEFAULT_LOCALES_DIR)
    .action((options: { lang: string; letter?: string; format: string; out?: string; locales: string }) => {
      if (options.format !== 'xliff') usage(`unknown format "${options.format}": xliff is the one format`);
      if (!isLanguageCode(options.lang) || options.lang === MASTER_LANGUAGE)
        usage(`--lang must be a language to translate into (not da), e.g. en, ar, fa`);
      const tree = readLocaleTree(options.locales);
      const namespaces = exportNamespaces(tree, options.letter);
      if (options.letter && !namespaces.includes(options.letter)) usage(`no Danish strings for the letter "${options.letter}"`);
      const xml = writeXliff(exportXliff(tree, options.lang, namespaces), HEADER_NOTE);
      if (!options.out) {
        process.stdout.write(xml);
        return;
      }
      writeFileAtomically(options.out, new TextEncoder().encode(xml));
      console.error(`${options.out}  (${options.lang}: ${namespaces.join(', ')})`);
    });

function usage(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(EXIT.usage);
}
