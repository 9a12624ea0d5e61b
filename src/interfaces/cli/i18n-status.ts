import { Command } from 'commander';
import { DEFAULT_LOCALES_DIR, readLocaleTree } from '../../i18n/locale-tree.ts';
import { describeCell, statusTable } from '../../i18n/status.ts';

export const i18nStatusCommand = () =>
  new Command('status')
    .description('a table, letter type × language: complete / missing N / stale N, and draft / reviewed / approved')
    .option('--locales <dir>', 'the locale tree', DEFAULT_LOCALES_DIR)
    .option('--json', 'machine-readable output')
    .action((options: { locales: string; json?: boolean }) => {
      const table = statusTable(readLocaleTree(options.locales));
      if (options.json) {
        console.log(JSON.stringify({ ...table, cells: Object.fromEntries(table.cells) }, null, 2));
        return;
      }
      // Whichever of letters and languages is the longer list runs down the rows, so the table stays narrow.
      const byLanguage = table.languages.length > table.letters.length;
      const [down, across] = byLanguage ? [table.languages, table.letters] : [table.letters, table.languages];
      const cell = (row: string, column: string) =>
        describeCell(table.cells.get(byLanguage ? `${column}:${row}` : `${row}:${column}`) ?? null);
      const rows = down.map((row) => [row, ...across.map((column) => cell(row, column))]);
      const header = [byLanguage ? 'language' : 'letter', ...across];
      const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
      const line = (cells: string[]) =>
        cells
          .map((text, column) => text.padEnd(widths[column] ?? 0))
          .join('  ')
          .trimEnd();
      console.log(line(header));
      console.log(line(widths.map((width) => '─'.repeat(width))));
      for (const row of rows) console.log(line(row));
      console.log('\n– the language has no file for the letter; "stale": the Danish changed since the translation was made.');
    });
