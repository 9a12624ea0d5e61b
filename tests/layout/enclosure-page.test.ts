/**
 * An enclosure the letter carries after its closing (a heading marked `class="enclosure"`, e.g. the law extract of
 * the § 21 b guidance) is its own piece of paper: its heading is the first text of a new page.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/pipeline/document.ts';
import { loadFonts } from '../../src/pipeline/fonts.ts';
import { layout } from '../../src/pipeline/layout.ts';
import { toBytes } from '../../src/pipeline/output.ts';
import { blocksDocument } from '../support/blocks-document.ts';
import { readPdf } from '../support/pdf-text.ts';

const fonts = loadFonts();
const run = (text: string) => [{ text, bold: false, italic: false }];
const paragraph = (text: string): Block => ({ type: 'paragraph', role: 'body', lines: [run(text)] });
const heading = (text: string, enclosure: boolean): Block => ({
  type: 'heading',
  level: 2,
  lines: [run(text)],
  ...(enclosure ? { enclosure: true as const } : {}),
});

async function pages(blocks: Block[]): Promise<string[]> {
  return (await readPdf(await toBytes(layout(blocksDocument(blocks), fonts).doc))).pages;
}

/** The page's text without the footer (drawn last, at the foot). */
const body = (page: string | undefined) => (page ?? '').split('\n').filter((line) => !line.startsWith('Sagsnr. 1'));

describe('the heading of an enclosure', () => {
  it('starts a new page, as the first text on it; an ordinary heading does not', async () => {
    const letter = [paragraph('Med venlig hilsen'), paragraph('Sofie Lund Petersen')];
    const extract = [paragraph('§ 10, stk. 3. En udlænding …')];
    const plain = await pages([...letter, heading('Uddrag fra lov nr. 176', false), ...extract]);
    expect(plain).toHaveLength(1);

    const enclosed = await pages([...letter, heading('Uddrag fra lov nr. 176', true), ...extract]);
    expect(enclosed).toHaveLength(2);
    expect(body(enclosed[0])).toEqual(['Udlændingestyrelsen', 'Med venlig hilsen', 'Sofie Lund Petersen']);
    expect(body(enclosed[1])).toEqual(['Uddrag fra lov nr. 176', '§ 10, stk. 3. En udlænding …']);
  });

  it('each enclosure on its own page', async () => {
    const enclosed = await pages([
      paragraph('Med venlig hilsen'),
      heading('Bilag 1', true),
      paragraph('Første bilag.'),
      heading('Bilag 2', true),
      paragraph('Andet bilag.'),
    ]);
    expect(enclosed.map((page) => body(page).slice(-2))).toEqual([
      ['Udlændingestyrelsen', 'Med venlig hilsen'],
      ['Bilag 1', 'Første bilag.'],
      ['Bilag 2', 'Andet bilag.'],
    ]);
  });
});
