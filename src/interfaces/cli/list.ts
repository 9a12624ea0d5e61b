import { Command } from 'commander';
import { createWorld, listLetters } from '../../engine.ts';

export const listCommand = () =>
  new Command('list')
    .description('the letter types, their variants and languages')
    .option('--json', 'machine-readable output')
    .action((options: { json?: boolean }) => {
      const letters = listLetters(createWorld());
      if (options.json) {
        console.log(JSON.stringify(letters, null, 2));
        return;
      }
      for (const letter of letters) {
        console.log(`${letter.id}  (${letter.kind})`);
        console.log(`  ${letter.title}`);
        console.log(`  source: ${letter.source}`);
        console.log('  variants:');
        for (const variant of letter.variants) console.log(`    ${variant.id.padEnd(28)} ${variant.description}`);
        const languages = letter.languages.map((l) => (l.code === 'da' ? 'da (master)' : `${l.code} (${l.status})`));
        console.log(`  languages: ${languages.join(', ')}${letter.secondLanguageRequired ? '; Danish + one more required' : ''}`);
        console.log('');
      }
    });
