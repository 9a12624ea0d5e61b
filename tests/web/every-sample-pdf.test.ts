/**
 * Done means (issue 14): every sample of every letter type is made through the officers' page, as a caseworker
 * would (the sample loaded into the form, "Hent PDF" pressed), and the PDF downloaded is the engine's rendering of
 * the same sample (what `letters render` writes), byte for byte (so its text is too; on a difference the texts are
 * compared first, to show it). A sample
 * for which no letter is due makes no PDF: the page says so. One browser for the file, one page per letter type.
 * Only valid samples make letters; the invalid ones go through the page in round-trip.test.ts.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { renderLetter } from '../../src/engine.ts';
import { catalogue } from '../../src/letters/catalogue.ts';
import { type PageSample, pageWithSamples, poll, usePageSession } from '../support/browser.ts';
import { flatText, readPdf } from '../support/pdf-text.ts';
import { validSamples } from '../support/samples.ts';
import { testWorld } from '../support/world.ts';

const session = usePageSession();

interface Envelope {
  readonly letter: string;
  readonly languages: string[];
  readonly data: unknown;
}

const pageFor = (letter: string, samples: readonly PageSample[]): Promise<Page> =>
  pageWithSamples(session(), letter, samples, {
    acceptDownloads: true,
    onPageError: (error) => {
      throw error;
    },
  });

/** The engine's PDF of the sample: what `letters render <sample>` writes. */
async function engineBytes(input: Envelope): Promise<Uint8Array | null> {
  const rendered = await renderLetter(input, testWorld());
  if (!rendered.ok) throw new Error(`${input.letter}: the sample does not render: ${rendered.diagnostics.map((d) => d.code)}`);
  return rendered.value.kind === 'letter' ? rendered.value.pdf : null;
}

const textOf = async (bytes: Uint8Array) => flatText(await readPdf(bytes));
const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, index) => byte === b[index]);

describe('every sample made through the officers page is the engine’s PDF', () => {
  for (const letter of catalogue) {
    const samples = validSamples()
      .filter((s) => s.letter === letter.id)
      .map((s) => ({ name: s.name, input: s.input as Envelope }));

    // a letter type refused until legal review configures it has invalid samples only (round-trip.test.ts)
    it.skipIf(samples.length === 0)(`${letter.id}: ${samples.length} samples`, async () => {
      const page = await pageFor(letter.id, samples);
      for (const sample of samples) {
        await page.getByLabel('Eksempel').selectOption(sample.name);
        await page.getByRole('button', { name: 'Indlæs eksempel' }).click();
        const expected = await engineBytes(sample.input);
        if (expected === null) {
          // no letter is due: the page answers with the reason, and nothing is downloaded
          await page.getByRole('button', { name: 'Hent PDF' }).click();
          await poll(() => page.locator('#status').textContent()).toContain('Der skal ikke sendes et brev');
          await poll(() => page.locator('#plan').textContent()).toContain('Der skal ikke sendes et brev');
          await page.locator('#status').evaluate((node) => {
            node.textContent = '';
          });
          continue;
        }
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: 'Hent PDF' }).click(),
        ]);
        const downloaded = new Uint8Array(readFileSync(await download.path()));
        if (sameBytes(downloaded, expected)) continue;
        // the engine is deterministic (the journal relies on it): say how they differ, then fail
        expect(await textOf(downloaded), sample.name).toEqual(await textOf(expected));
        expect.fail(`${sample.name}: the same text, but not the same bytes`);
      }
      await page.close();
    });
  }
});
