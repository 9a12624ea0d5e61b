import { Command } from 'commander';
import { createWorld, planLetter } from '../../engine.ts';
import { EXIT } from './exit-codes.ts';
import { readInputFile } from './read-input.ts';
import { printPlan, printProblems } from './report.ts';

export const validateCommand = () =>
  new Command('validate')
    .description('check an input file: every problem by field, or OK with the variant the rules choose and why')
    .argument('<input.json>', 'request envelope { letter, languages, data } (- for standard input)')
    .option('--json', 'machine-readable output')
    .action((file: string, options: { json?: boolean }) => {
      const input = readInputFile(file);
      if (!input.ok) {
        console.error(`✖ ${input.message}`);
        process.exit(EXIT.usage);
      }
      const world = createWorld();
      const planned = planLetter(input.value, world);
      if (!planned.ok) {
        printProblems(planned.diagnostics, world, Boolean(options.json));
        process.exit(EXIT.invalidInput);
      }
      printPlan(planned.value, Boolean(options.json), world);
    });
