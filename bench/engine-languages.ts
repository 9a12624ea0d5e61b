/**
 * Our pipeline on the same letters in Danish alone and in Danish + Arabic (issue: "report its letters per
 * second next to Danish-only"): the re-opening guidance samples, which may go out in Danish alone.
 */
import { createWorld, renderLetter } from '../src/engine.ts';
import { type BenchModule, measureLoop } from './harness.ts';
import { loadBenchLetters } from './letters.ts';

const LETTER = 'reopening-guidance';

const languagesBench = (name: string, languages: readonly string[], description: string): BenchModule => ({
  name,
  description,
  sizes: { full: { warmup: 100, count: 1500 }, quick: { warmup: 10, count: 40 } },
  async run(size) {
    const world = createWorld();
    const inputs = loadBenchLetters(world)
      .filter((letter) => letter.id.startsWith(`${LETTER}/`))
      .map((letter) => ({ ...(letter.input as object), languages }));
    return measureLoop(this.name, size, async (index) => {
      const rendered = await renderLetter(inputs[index % inputs.length], world);
      if (!rendered.ok || rendered.value.kind !== 'letter') throw new Error(`${name}: a sample did not render`);
      return { bytes: rendered.value.pdf.byteLength, pages: rendered.value.pages };
    });
  },
});

export const danishOnlyBench = languagesBench('engine-da', ['da'], 'our pipeline, re-opening guidance in Danish alone');
export const danishArabicBench = languagesBench(
  'engine-da-ar',
  ['da', 'ar'],
  'our pipeline, the same letters in Danish + Arabic (RTL)',
);
