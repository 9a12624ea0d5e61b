import { Command } from 'commander';
import { writeFileAtomically } from '../../atomic-file.ts';
import { memoPath, renderMemo } from '../../delivery/render-memo.ts';
import { createWorld, renderLetter } from '../../engine.ts';
import { followUpLine } from '../../letters/follow-up-words.ts';
import { followUpOf } from '../../letters/plan.ts';
import { EXIT } from './exit-codes.ts';
import { readInputFile } from './read-input.ts';
import { printInstead, printProblems } from './report.ts';

export const renderCommand = () =>
  new Command('render')
    .description('render one letter as PDF; nothing is written when the input has a problem or no letter is due')
    .argument('<input.json>', 'request envelope { letter, languages, data } (- for standard input)')
    .requiredOption('-o, --out <file.pdf>', 'where to write the PDF')
    .option(
      '--memo',
      'also write the Digital Post message (MeMo 1.1) next to the PDF: <file>.memo.xml (needs delivery digital-post)',
    )
    .action(async (file: string, options: { out: string; memo?: boolean }) => {
      const input = readInputFile(file);
      if (!input.ok) {
        console.error(`✖ ${input.message}`);
        process.exit(EXIT.usage);
      }
      const world = createWorld();
      const rendered = options.memo ? await renderMemo(input.value, world) : await renderLetter(input.value, world);
      if (!rendered.ok) {
        printProblems(rendered.diagnostics, world, false);
        process.exit(EXIT.invalidInput);
      }
      const result = rendered.value;
      if (result.kind === 'no-letter') {
        console.log(`No letter is due: ${result.answer}`);
        for (const reason of result.why) console.log(`  ${reason.rule.padEnd(10)} ${reason.because}`);
        printInstead(result.instead);
        process.exit(EXIT.noLetterDue);
      }
      // The message first: a PDF is only written with its message when one was asked for.
      const memo = 'memo' in result ? (result.memo as string) : null;
      if (memo !== null) writeFileAtomically(memoPath(options.out), Buffer.from(memo, 'utf8'));
      writeFileAtomically(options.out, result.pdf);
      const draft = result.draftLanguages.length ? ` · draft translation: ${result.draftLanguages.join(', ')}` : '';
      console.log(`${options.out}  (${result.plan.variant}, ${result.pages} pages${draft})`);
      if (result.documents.length > 1) {
        for (const d of result.documents) console.log(`  ${d.role.padEnd(9)} ${d.letter} → ${d.recipient} (${d.pages} pages)`);
      }
      // What the office must still do besides sending the letter: never printed in the PDF, so said here.
      for (const action of followUpOf(result.plan)) console.log(`  follow-up ${followUpLine(action, world.locales, 'en')}`);
      if (memo !== null) console.log(`${memoPath(options.out)}  (MeMo 1.1: the letter and its companions; copies go by post)`);
    });
