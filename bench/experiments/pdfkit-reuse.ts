/**
 * Experiment (not in the pipeline): what two changes inside layout would be worth, measured on our
 * own pipeline, to inform the layout work (BENCHMARKS.md, "What the profile says about layout").
 *
 *   shaping  pdfkit shapes every word with fontkit (GSUB/GPOS) and keeps the result in a cache that
 *            lives on the document's font object, so it is thrown away with every letter. Here the
 *            cache is shared by every document in the process (keyed by the fontkit font), by
 *            patching pdfkit's EmbeddedFont.layoutCached for this process only.
 *   font     layout.ts passes the fontkit object as the document's default `font`; pdfkit then finds
 *            `doc.font('regular')` equal to it by JSON-comparing the fonts' name tables (isEqualFont)
 *            on EVERY call, and builds a throw-away EmbeddedFont each time. Here layout.ts is run with
 *            no default font object (a patched copy of the PDFDocument constructor option).
 *
 *   npx tsx bench/experiments/pdfkit-reuse.ts [base|shaping|font|font+shaping] [letters=800] [--profile]
 * Prints CPU ms per letter and a hash of each sample's bytes (does the change keep the bytes?).
 */
import { createHash } from 'node:crypto';
import { Session } from 'node:inspector/promises';
import PDFDocument from 'pdfkit';
import { createWorld } from '../../src/engine.ts';
import { loadBenchLetters } from '../letters.ts';
import { composeDocument, drawDocument } from '../pipeline-adapter.ts';
import { summarise } from '../profile.ts';

interface EmbeddedFontLike {
  font: object;
  layoutRun(text: string): unknown;
}

const profiling = process.argv.includes('--profile');
const [variant = 'base', letterCount = '800'] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const count = Number(letterCount);
const world = createWorld();
const letters = loadBenchLetters(world);

if (variant.includes('shaping')) {
  const probe = new PDFDocument({ font: world.fonts.regular as unknown as string });
  const prototype = Object.getPrototypeOf((probe as unknown as { _font: object })._font);
  const shared = new WeakMap<object, Map<string, unknown>>();
  prototype.layoutCached = function (this: EmbeddedFontLike, text: string) {
    let runs = shared.get(this.font);
    if (!runs) {
      runs = new Map();
      shared.set(this.font, runs);
    }
    let run = runs.get(text);
    if (run === undefined) {
      run = this.layoutRun(text);
      runs.set(text, run);
    }
    return run;
  };
}
if (variant.includes('font')) {
  // The constructor option is read once per document: drop the object so `font('regular')` opens it by name.
  const prototype = PDFDocument.prototype as unknown as { initFonts(this: unknown, ...args: unknown[]): unknown };
  const original = prototype.initFonts;
  prototype.initFonts = function (this: unknown, _font?: unknown, ...rest: unknown[]) {
    return original.call(this, null, ...rest);
  };
}

/** The whole pipeline, as renderLetter runs it. */
async function render(index: number): Promise<Uint8Array> {
  const composed = composeDocument((letters[index % letters.length] as (typeof letters)[number]).input, world);
  if (!composed.ok || !composed.value) throw new Error('a bench sample did not compose');
  return drawDocument(composed.value, world);
}

const hashes: string[] = [];
for (let i = 0; i < letters.length; i++)
  hashes.push(
    createHash('sha256')
      .update(await render(i))
      .digest('hex')
      .slice(0, 8),
  );
for (let i = 0; i < 100; i++) await render(i);
const session = profiling ? new Session() : null;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
}
const cpuAtStart = process.cpuUsage();
const start = performance.now();
for (let i = 0; i < count; i++) await render(i);
const cpu = process.cpuUsage(cpuAtStart);
const wall = performance.now() - start;
const profile = session ? ((await session.post('Profiler.stop')) as { profile: Parameters<typeof summarise>[0] }).profile : null;
console.log(
  `${variant.padEnd(12)} CPU ${((cpu.user + cpu.system) / 1000 / count).toFixed(2)} ms/letter · wall ${(wall / count).toFixed(2)} ms/letter · bytes ${hashes.join(' ')}`,
);
if (profile) console.log(`\n${summarise(profile, 30)}`);
