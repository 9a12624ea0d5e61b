/**
 * The § 21 b, stk. 3 guidance carries the Bilag 2 handout of 3/15 (src:2563–2636) word for word, in order,
 * in the Danish part; the Schengen point only for third-country nationals; the copy to PET (R-ASY-100).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderLetter } from '../../src/engine.ts';
import { flatText, readPdf } from '../support/pdf-text.ts';
import { sample } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const verbatim = readFileSync(new URL('../fixtures/verbatim/conflict-zone-guidance.da.txt', import.meta.url), 'utf8')
  .trim()
  .split('\n');

async function danish(name: string) {
  const rendered = await renderLetter({ ...sample('conflict-zone-guidance', name), languages: ['da'] }, testWorld());
  if (!rendered.ok || rendered.value.kind !== 'letter') throw new Error(JSON.stringify(rendered));
  // The law extract runs over a page break: the footer between the pages is not part of the text.
  return flatText(await readPdf(rendered.value.pdf)).replace(/ ?Sagsnr\. \S+ Side \d+ af \d+ ?/g, ' ');
}

describe('conflict-zone-guidance', () => {
  it.each(['third-country-national', 'eu-or-nordic'])(
    '%s: the handout and the law extract word for word, in order',
    async (name) => {
      const text = await danish(name);
      let from = 0;
      for (const sentence of verbatim) {
        const at = text.indexOf(sentence, from);
        expect(at, sentence).toBeGreaterThanOrEqual(from);
        from = at + sentence.length;
      }
    },
  );

  it('the Schengen point only for third-country nationals; a copy to PET in both', async () => {
    const tcn = await danish('third-country-national');
    const eu = await danish('eu-or-nordic');
    expect(tcn).toContain('også gælde for Schengenområdet');
    expect(eu).not.toContain('Schengenområdet');
    for (const text of [tcn, eu]) expect(text).toContain('Kopi til Politiets Efterretningstjeneste (PET)');
  });
});
