/** Our pipeline: `renderLetter` over every sample, round-robin, the World created once as in a server. */
import { createWorld, renderLetter } from '../src/engine.ts';
import { type BenchModule, measureLoop } from './harness.ts';
import { loadBenchLetters } from './letters.ts';

export const engineBench: BenchModule = {
  name: 'engine',
  description: 'our pipeline: validate, decide, compose, fill, parse, assemble, layout, output (renderLetter)',
  sizes: { full: { warmup: 100, count: 2000 }, quick: { warmup: 10, count: 60 } },
  async run(size) {
    const world = createWorld();
    const inputs = loadBenchLetters(world).map((letter) => letter.input);
    return measureLoop(this.name, size, async (index) => {
      const rendered = await renderLetter(inputs[index % inputs.length], world);
      if (!rendered.ok || rendered.value.kind !== 'letter') throw new Error('a bench sample did not render to a letter');
      return { bytes: rendered.value.pdf.byteLength, pages: rendered.value.pages };
    });
  },
};
