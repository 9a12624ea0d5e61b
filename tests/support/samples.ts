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

/**
 * `invalid/<CODE>.json` or `invalid/<CODE>--<detail>.json`; for APPEAL_GUIDANCE_NOT_CONFIGURED the detail is
 * the variant the rules chose and refused (R-ASY-003): the sample of a variant that cannot render yet.
 */
export const invalidSamples = (): { letter: string; code: string; detail: string | null; input: unknown }[] =>
  listSamples().flatMap(({ letter }, index, all) => {
    if (all.findIndex((s) => s.letter === letter) !== index) return [];
    const dir = projectPath(`samples/${letter}/invalid`);
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    } catch {
      return [];
    }
    return files.map((file) => {
      const [code = '', detail = null] = file.slice(0, -5).split('--');
      return { letter, code, detail, input: JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) };
    });
  });
