/**
 * The `letters` command: a thin shell over the engine. Exit codes: 0 done; 1 the input has problems
 * (each printed as `path: reason`); 2 wrong usage or unreadable file; 3 no letter is due (nothing written).
 */
import { Command } from 'commander';
import { batchCommand } from './batch.ts';
import { i18nCommand } from './i18n.ts';
import { listCommand } from './list.ts';
import { renderCommand } from './render.ts';
import { renderSamplesCommand } from './render-samples.ts';
import { validateCommand } from './validate.ts';
import { workerCommand } from './worker.ts';

const program = new Command('letters').description(
  "Decision letters of Udlændingestyrelsen as PDF, in Danish and the applicant's language.",
);

program.addCommand(listCommand());
program.addCommand(validateCommand());
program.addCommand(renderCommand());
program.addCommand(renderSamplesCommand());
program.addCommand(i18nCommand());
program.addCommand(batchCommand());
program.addCommand(workerCommand());

// Wrong usage anywhere (an unknown option of a subcommand too) exits 2: commander's settings are not inherited.
const usageExitsTwo = (command: Command): void => {
  command.showHelpAfterError().exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2));
  command.commands.forEach(usageExitsTwo);
};
usageExitsTwo(program);

await program.parseAsync(process.argv);
