import { Command } from 'commander';
import { createWorld, listLetters } from '../../engine.ts';
import { normaliseTemplateNumber, withTemplateNumber } from '../../letters/template-numbers.ts';
import { EXIT } from './exit-codes.ts';

export const listCommand = () =>
  new Command('list')
    .description('the letter types, their variants (with the agency template numbers) and languages')
    .option('--json', 'machine-readable output')
    .option('--template <number>', 'only the letter types with this agency template number (e.g. 705, "standard 705")')
    .action((options: { json?: boolean; template?: string }) => {
      let letters = listLetters(createWorld());
      if (options.template !== undefined) {
        const number = normaliseTemplateNumber(options.template);
        if (number === null) {
          console.error('--template: a template number is digits, e.g. 705');
          process.exit(EXIT.usage);
        }
        letters = withTemplateNumber(letters, number);
        if (letters.length === 0) {
          console.error(`no letter type has template number ${number}`);
          process.exit(EXIT.invalidInput);
        }
      }
      if (options.json) {
        console.log(JSON.stringify(letters, null, 2));
        return;
      }
      for (const letter of letters) {
        const numbers = letter.templateNumbers.length ? `  [standard ${letter.templateNumbers.join(', ')}]` : '';
        console.log(`${letter.id}  ${letter.titleDa}  (${letter.kind})${numbers}`);
        console.log(`  ${letter.title}`);
        console.log(`  source: ${letter.source}`);
        console.log('  variants:');
        for (const variant of letter.variants) {
          const number = variant.templateNumber ? `[standard ${variant.templateNumber}] ` : '';
          console.log(`    ${variant.id.padEnd(28)} ${number}${variant.descriptionDa}`);
          console.log(`    ${''.padEnd(28)} ${' '.repeat(number.length)}${variant.description}`);
        }
        const languages = letter.languages.map((l) => (l.code === 'da' ? 'da (master)' : `${l.code} (${l.status})`));
        console.log(`  languages: ${languages.join(', ')}${letter.secondLanguageRequired ? '; Danish + one more required' : ''}`);
        console.log('');
      }
    });
