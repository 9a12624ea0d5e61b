/**
 * The `letters` command: a thin shell over the engine. Exit codes: 0 done; 1 the input has problems
 * (each printed as `path: reason`); 2 wrong usage or unreadable file; 3 no letter is due (nothing written).
 */
import { Command } from 'commander';
import { batchCommand } from './batch.ts';
import { listCommand } from './list.ts';
import { renderCommand } from './render.ts';
import { renderSamplesCommand } from './render-samples.ts';
import { validateCommand } from './validate.ts';
import { workerCommand } from './worker.ts';

const program = new Command('letters')
  .description("Decision letters of Udlændingestyrelsen as PDF, in Danish and the applicant's language.")
  .showHelpAfterError()
  .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2));

program.addCommand(listCommand());
program.addCommand(validateCommand());
program.addCommand(renderCommand());
program.addCommand(renderSamplesCommand());
program.addCommand(batchCommand());
program.addCommand(workerCommand());

await program.parseAsync(process.argv);
