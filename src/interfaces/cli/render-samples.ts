/** `npm start` for now: renders every sample under samples/ to out/, to show the engine end to end. */
import { readdirSync } from 'node:fs';
import { Command } from 'commander';
import { writeFileAtomically } from '../../atomic-file.ts';
import { projectPath } from '../../domain/project-path.ts';
import { createWorld, explain, renderLetter } from '../../engine.ts';
import { EXIT } from './exit-codes.ts';
import { readInputFile } from './read-input.ts';

/** Every valid sample (samples/<letter>/<name>.json; inputs under invalid/ are for the tests). */
export function listSamples(): { letter: string; name: string; file: string }[] {
  const root = projectPath('samples');
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      readdirSync(`${root}/${dir.name}`)
        .filter((file) => file.endsWith('.json'))
        .sort()
        .map((file) => ({ letter: dir.name, name: file.slice(0, -5), file: `${root}/${dir.name}/${file}` })),
    );
}

export const renderSamplesCommand = () =>
  new Command('render-samples')
    .description('render every sample in samples/ to a folder')
    .option('--out <dir>', 'output folder', 'out')
    .action(async (options: { out: string }) => {
      const world = createWorld();
      let failures = 0;
      for (const sample of listSamples()) {
        const input = readInputFile(sample.file);
        const rendered = input.ok ? await renderLetter(input.value, world) : null;
        const label = `${sample.letter}/${sample.name}`;
        if (!rendered?.ok) {
          failures++;
          console.error(`✖ ${label}`);
          for (const d of rendered?.diagnostics ?? []) console.error(`    ${explain(d, world)}`);
        } else if (rendered.value.kind === 'no-letter') {
          console.log(`– ${label.padEnd(60)} no letter is due: ${rendered.value.answer}`);
        } else {
          const file = `${options.out}/${label}.pdf`;
          writeFileAtomically(file, rendered.value.pdf);
          console.log(`✔ ${label.padEnd(60)} ${file} (${rendered.value.pages} pages)`);
        }
      }
      if (failures) process.exit(EXIT.invalidInput);
    });
