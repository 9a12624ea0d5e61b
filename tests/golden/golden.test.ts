/**
 * End to end: every sample rendered to PDF, its text extracted the way a reader gets it, and
 * compared with the reviewed golden text in tests/golden/text/<letter>/<sample>.txt.
 * Goldens change only through `npm run test:update`, and the diff is reviewed like code.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createWorld, renderLetter } from '../../src/engine.ts';
import { readPdf } from '../support/pdf-text.ts';
import { validSamples } from '../support/samples.ts';

const world = createWorld();
const update = process.env.UPDATE_GOLDEN === '1';

describe.each(validSamples().filter((s) => s.expectedVariant !== null))('$letter/$name', ({ letter, name, input }) => {
  it('renders to the reviewed golden text', async () => {
    const rendered = await renderLetter(input, world);
    if (!rendered.ok || rendered.value.kind !== 'letter') throw new Error(`did not render: ${JSON.stringify(rendered)}`);
    const facts = await readPdf(rendered.value.pdf);
    const text = facts.pages.map((page, index) => `--- page ${index + 1} ---\n${page}\n`).join('');
    const file = new URL(`text/${letter}/${name}.txt`, import.meta.url);
    if (update || !existsSync(file)) {
      mkdirSync(new URL(`text/${letter}/`, import.meta.url), { recursive: true });
      writeFileSync(file, text);
      if (!update) throw new Error(`new golden written for ${letter}/${name}: review it, then run again`);
    }
    expect(text).toBe(readFileSync(file, 'utf8'));
  });
});
