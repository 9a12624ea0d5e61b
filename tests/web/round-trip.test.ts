/**
 * Every sample of every letter type through the officers' page, as a caseworker loads it: the request the
 * page sends equals the sample (deep equality: lists, numbers, yes/no, nested choices and dates survive the
 * form), and for every invalid sample the page shows the problem code `letters validate` gives.
 */
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { planLetter } from '../../src/engine.ts';
import { catalogue } from '../../src/letters/catalogue.ts';
import { axe } from '../support/axe.ts';
import { type PageSample, pageWithSamples, poll, usePageSession } from '../support/browser.ts';
import { invalidSamples, validSamples } from '../support/samples.ts';
import { testWorld } from '../support/world.ts';

const session = usePageSession();
/** Script errors in the page: none may happen while a sample is loaded. */
const errors: string[] = [];

interface Envelope {
  readonly letter: string;
  readonly languages: string[];
  readonly data: unknown;
}

/** The page for one letter type, its sample list holding the valid and the invalid samples. */
const pageFor = (letter: string, samples: readonly PageSample[]): Promise<Page> =>
  pageWithSamples(session(), letter, samples, { onPageError: (error) => errors.push(`${letter}: ${error.message}`) });

/** Loads a sample into the form and returns the validate request it makes. */
async function load(page: Page, name: string): Promise<Request> {
  await page.getByLabel('Eksempel').selectOption(name);
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/validate'), { timeout: 20_000 }),
    page.getByRole('button', { name: 'Indlæs eksempel' }).click(),
  ]);
  return request;
}

const shownCodes = (page: Page) =>
  page
    .locator('[data-error-for]:not([hidden])')
    .evaluateAll((slots) => [...new Set(slots.flatMap((s) => (s as HTMLElement).dataset.code?.split(' ') ?? []))].sort());

describe('every sample through the officers page', () => {
  for (const letter of catalogue) {
    const valid = validSamples()
      .filter((s) => s.letter === letter.id)
      .map((s) => ({ name: s.name, input: s.input as Envelope }));
    const invalid = invalidSamples()
      // a field the schema does not have cannot be typed into a form generated from the schema: the page makes
      // that problem impossible rather than showing it
      .filter((s) => s.letter === letter.id && s.code !== 'INPUT_UNKNOWN_FIELD')
      .map((s) => ({ name: `invalid:${s.code}${s.detail ? `--${s.detail}` : ''}`, input: s.input as Envelope }));

    it(`${letter.id}: ${valid.length} valid and ${invalid.length} invalid samples round-trip`, async () => {
      const page = await pageFor(letter.id, [...valid, ...invalid]);
      for (const sample of [...valid, ...invalid]) {
        const request = await load(page, sample.name);
        expect(errors, sample.name).toEqual([]);
        const sent = request.postDataJSON() as { languages: string[]; data: unknown };
        expect(sent.languages, sample.name).toEqual(sample.input.languages);
        expect(sent.data, sample.name).toEqual(sample.input.data);
        // every control of the form is accessible with the sample's values in it (a choice builds its own fields)
        if (sample === valid[0] || sample === invalid[0]) expect(await axe(page), sample.name).toEqual([]);
        if (!sample.name.startsWith('invalid:')) continue;
        const result = planLetter(sample.input, testWorld());
        const expected = result.ok ? [] : [...new Set(result.diagnostics.map((d) => d.code))].sort();
        expect(expected.length, sample.name).toBeGreaterThan(0);
        await poll(() => shownCodes(page)).toEqual(expected);
      }
      await page.close();
    });
  }
});
