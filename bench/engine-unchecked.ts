/**
 * The cost of the conformance check (src/pipeline/conformance.ts): `renderLetter` over the same samples as
 * `engine`, with the check's recording and verdict switched off in this child process. The check costs
 * the difference between the two rows.
 */
import { createWorld, renderLetter } from '../src/engine.ts';
import { ConformanceLog } from '../src/pipeline/conformance.ts';
import { type BenchModule, measureLoop } from './harness.ts';
import { loadBenchLetters } from './letters.ts';

export const engineUncheckedBench: BenchModule = {
  name: 'engine-unchecked',
  description: 'renderLetter without the conformance check (engine minus this = what the check costs)',
  sizes: { full: { warmup: 100, count: 2000 }, quick: { warmup: 10, count: 60 } },
  async run(size) {
    ConformanceLog.prototype.line = () => {};
    ConformanceLog.prototype.windowBlock = () => {};
    ConformanceLog.prototype.diagnostics = () => [];
    const world = createWorld();
    const inputs = loadBenchLetters(world).map((letter) => letter.input);
    return measureLoop(this.name, size, async (index) => {
      const rendered = await renderLetter(inputs[index % inputs.length], world);
      if (!rendered.ok || rendered.value.kind !== 'letter') throw new Error('a bench sample did not render to a letter');
      return { bytes: rendered.value.pdf.byteLength, pages: rendered.value.pages };
    });
  },
};
