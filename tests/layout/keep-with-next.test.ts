/**
 * The closing block stays together: "Med venlig hilsen" (a keep-with-next paragraph) never ends a page
 * with the officer's name on the next; it goes to the next page with the whole signature, and the
 * paragraph before it goes along (tests/layout/page-breaks.test.ts has the rule over every length).
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/pipeline/document.ts';
import { loadFonts } from '../../src/pipeline/fonts.ts';
import { layout } from '../../src/pipeline/layout.ts';
import { toBytes } from '../../src/pipeline/output.ts';
import { parse } from '../../src/pipeline/parse.ts';
import { blocksDocument } from '../support/blocks-document.ts';
import { readPdf } from '../support/pdf-text.ts';

const fonts = loadFonts();
const run = (text: string) => [{ text, bold: false, italic: false }];
const filler = (count: number): Block[] =>
  Array.from({ length: count }, (_, i) => ({ type: 'paragraph', role: 'body', lines: [run(`Linje ${i + 1}`)] }));
const signature: Block = {
  type: 'paragraph',
  role: 'body',
  lines: [run('Sofie Lund Petersen'), run('Fuldmægtig'), run('Udlændingestyrelsen, Center for Asyl')],
};

async function pages(blocks: Block[]): Promise<string[]> {
  const document = blocksDocument(blocks);
  return (await readPdf(await toBytes(layout(document, fonts).doc))).pages;
}

describe('keep-with-next', () => {
  it('is what the markup says with class="keep-with-next"', () => {
    const parsed = parse('<p class="keep-with-next">Med venlig hilsen</p><p>Sofie</p>', 'test');
    expect(parsed.ok && parsed.value.map((b) => b.type === 'paragraph' && b.keepWithNext === true)).toEqual([true, false]);
  });

  it('moves the greeting to the page of the signature when it would end the page alone', async () => {
    // How many one-line paragraphs fill the first page: the greeting is one more of them.
    const full = await pages(filler(120));
    const fit = Math.max(...[...(full[0] as string).matchAll(/Linje (\d+)/g)].map((m) => Number(m[1])));
    const greeting = (keep: boolean): Block => ({
      type: 'paragraph',
      role: 'body',
      lines: [run('Med venlig hilsen')],
      ...(keep ? { keepWithNext: true as const } : {}),
    });

    const loose = await pages([...filler(fit - 1), greeting(false), signature]);
    expect(loose[0]).toContain('Med venlig hilsen'); // the case: greeting last on page 1, the name on page 2
    expect(loose[1]).toContain('Sofie Lund Petersen');

    const kept = await pages([...filler(fit - 1), greeting(true), signature]);
    expect(kept[0]).not.toContain('Med venlig hilsen');
    // The paragraph before the greeting goes with it: the closing never stands alone (print review D6).
    expect(kept[0]).toContain(`Linje ${fit - 2}`);
    for (const line of [
      `Linje ${fit - 1}`,
      'Med venlig hilsen',
      'Sofie Lund Petersen',
      'Fuldmægtig',
      'Udlændingestyrelsen, Center for Asyl',
    ])
      expect(kept[1]).toContain(line);
  });
});
