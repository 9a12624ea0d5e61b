/**
 * One page per script as an image (pdftoppm, 50 dpi, grey), compared with the reviewed reference in
 * tests/golden/images/ (pixelmatch): joined Arabic letters, numbers in order, nothing clipped or
 * missing. A reference changes only through `npm run test:update`, and is looked at before it is
 * committed. Anti-aliasing differences are tolerated; a moved line or a missing word is not.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { createWorld, renderLetter } from '../../src/engine.ts';
import { run, writeOutput } from '../support/poppler.ts';

const world = createWorld();
const update = process.env.UPDATE_GOLDEN === '1';
const sample = JSON.parse(readFileSync('samples/humanitarian-permit-info/sent.json', 'utf8'));

/** Differing pixels allowed: anti-aliasing, not content (a line of text is several thousand pixels). */
const MAX_DIFFERENT_PIXELS = 150;

/** The Arabic part with the "only available in Danish" box (the notice bold, the Danish passage regular) and citations. */
const danishBox = JSON.parse(
  readFileSync('samples/asylum-refusal-removal/refusal-removal-possible--arabic-assessment-danish-only.json', 'utf8'),
);

const pages = [
  { name: 'latin-da', second: 'ar', page: 1, input: sample },
  { name: 'arabic-ar', second: 'ar', page: 2, input: sample },
  { name: 'ethiopic-ti', second: 'ti', page: 2, input: sample },
  { name: 'cyrillic-uk', second: 'uk', page: 2, input: sample },
  { name: 'arabic-danish-box', second: 'ar', page: 3, input: danishBox },
];

async function pageImage(input: object, second: string, page: number, name: string): Promise<Buffer> {
  const rendered = await renderLetter({ ...input, languages: ['da', second] }, world);
  if (!rendered.ok || rendered.value.kind !== 'letter') throw new Error('sample did not render');
  const pdf = writeOutput(`image-${name}.pdf`, rendered.value.pdf);
  const png = pdf.replace(/\.pdf$/, '');
  const result = run('pdftoppm', ['-png', '-gray', '-r', '50', '-f', String(page), '-l', String(page), '-singlefile', pdf, png]);
  if (result.status !== 0) throw new Error(result.stderr);
  return readFileSync(`${png}.png`);
}

describe.each(pages)('page image $name', ({ name, second, page, input }) => {
  it('matches the reviewed reference', async () => {
    const actual = await pageImage(input, second, page, name);
    const file = new URL(`images/${name}.png`, import.meta.url);
    if (update || !existsSync(file)) {
      mkdirSync(new URL('images/', import.meta.url), { recursive: true });
      writeFileSync(file, actual);
      if (!update) throw new Error(`new reference image written for ${name}: look at it, then run again`);
    }
    const a = PNG.sync.read(actual);
    const b = PNG.sync.read(readFileSync(file));
    expect([a.width, a.height]).toEqual([b.width, b.height]);
    const different = pixelmatch(a.data, b.data, undefined, a.width, a.height, { threshold: 0.2 });
    expect(different).toBeLessThanOrEqual(MAX_DIFFERENT_PIXELS);
  });
});
