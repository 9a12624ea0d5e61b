import { readFileSync, writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { languageTable, TABLE_END, TABLE_START, withLanguageTable } from '../../i18n/language-table.ts';
import { DEFAULT_LOCALES_DIR, readLocaleTree } from '../../i18n/locale-tree.ts';
import { describeCell, type LanguageSummary, languageSummaries, statusTable } from '../../i18n/status.ts';
import { EXIT } from './exit-codes.ts';

export const i18nStatusCommand = () =>
  new Command('status')
    .description(
      'per language: how many strings of how many letters are missing, stale, draft, reviewed, approved (80 columns); --wide: letter type × language',
    )
    .option('--locales <dir>', 'the locale tree', DEFAULT_LOCALES_DIR)
    .option('--wide', 'the full table, letter type × language (wider than a terminal)')
    .option('--json', 'machine-readable output (the summary and the full table)')
    .option('--markdown', "README's language table (Markdown)")
    .option('--readme <file>', 'with --markdown: write the table into the file, between its language-table markers')
    .action((options: { locales: string; wide?: boolean; json?: boolean; markdown?: boolean; readme?: string }) => {
      const tree = readLocaleTree(options.locales);
      if (options.markdown) {
        const table = languageTable(tree);
        if (!options.readme) return console.log(table);
        const readme = withLanguageTable(readFileSync(options.readme, 'utf8'), table);
        if (readme === null) {
          console.error(`✖ ${options.readme} has no ${TABLE_START} … ${TABLE_END} markers`);
          process.exit(EXIT.usage);
        }
        writeFileSync(options.readme, readme);
        return console.log(`✔ the language table in ${options.readme} is generated from ${options.locales}`);
      }
      if (options.json) {
        const table = statusTable(tree);
        console.log(
          JSON.stringify({ summary: languageSummaries(tree), ...table, cells: Object.fromEntries(table.cells) }, null, 2),
        );
        return;
      }
      if (!options.wide) {
        printTable(summaryRows(languageSummaries(tree)));
        console.log('\nStrings of `common` and of every letter, plural forms per CLDR.');
        console.log('stale: the Danish changed since the translation (counts as draft).');
        console.log('letters i18n status --wide: letter type × language.');
        return;
      }
      const table = statusTable(tree);
      // Whichever of letters and languages is the longer list runs down the rows, so the table stays narrow.
      const byLanguage = table.languages.length > table.letters.length;
      const [down, across] = byLanguage ? [table.languages, table.letters] : [table.letters, table.languages];
      const cell = (row: string, column: string) =>
        describeCell(table.cells.get(byLanguage ? `${column}:${row}` : `${row}:${column}`) ?? null);
      printTable([
        [byLanguage ? 'language' : 'letter', ...across],
        ...down.map((row) => [row, ...across.map((c) => cell(row, c))]),
      ]);
      console.log('\n– the language has no file for the letter; "stale": the Danish changed since the translation was made.');
    });

/** language · letters · strings · missing · stale · draft · reviewed · approved: 60-odd columns for eleven languages. */
function summaryRows(summaries: readonly LanguageSummary[]): string[][] {
  return [
    ['language', 'letters', 'strings', 'missing', 'stale', 'draft', 'reviewed', 'approved'],
    ...summaries.map((s) =>
      [s.language, `${s.letters}/${s.ofLetters}`, s.strings, s.missing, s.stale, s.draft, s.reviewed, s.approved].map(String),
    ),
  ];
}

function printTable([header = [], ...rows]: string[][]) {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const numeric = (text: string) => /^[\d/]+$/.test(text);
  const line = (cells: string[]) =>
    cells
      .map((text, column) => (numeric(text) ? text.padStart(widths[column] ?? 0) : text.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(line(widths.map((width) => '─'.repeat(width))));
  for (const row of rows) console.log(line(row));
}
