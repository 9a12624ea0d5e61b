/** The samples as the tests use them: every valid one, and the invalid ones named after the code they must raise. */
import { readdirSync, readFileSync } from 'node:fs';
import { projectPath } from '../../src/domain/project-path.ts';
import { listSamples } from '../../src/interfaces/cli/render-samples.ts';

export interface Sample {
  readonly letter: string;
  readonly name: string;
  readonly input: unknown;
  /** From the file name: `<variant>.json` or `<variant>--<detail>.json`; `no-letter-due*` expects no letter. */
  readonly expectedVariant: string | null;
}

export const validSamples = (): Sample[] =>
  listSamples().map(({ letter, name, file }) => ({
    letter,
    name,
    input: JSON.parse(readFileSync(file, 'utf8')),
    expectedVariant: name.startsWith('no-letter-due') ? null : (name.split('--')[0] ?? name),
  }));

export const invalidSamples = (): { letter: string; code: string; detail: string | null; input: unknown }[] =>
  // Every letter's folder, also one with invalid samples only (a decision refused until its appeal guidance is configured).
  readdirSync(projectPath('samples')).flatMap((letter) => {
    const dir = projectPath(`samples/${letter}/invalid`);
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    } catch {
      return [];
    }
    // `<CODE>.json` or `<CODE>--<detail>.json` (e.g. APPEAL_GUIDANCE_NOT_CONFIGURED--revocation: the variant it refuses).
    return files.map((file) => {
      const [code = '', detail = null] = file.slice(0, -5).split('--');
      return { letter, code, detail, input: JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) };
    });
  });
