/**
 * Page breaks in the body (print review D5, D6): no paragraph leaves a lone line at the foot or the
 * head of a page, the closing ("Med venlig hilsen" and the signature) never stands alone on a page (the
 * last paragraph's last lines go with it), and a heading never ends a page. The rule as a pure function
 * over every case (fast-check), then rendered letters whose free text puts a break at every critical
 * spot, read back from the PDF's text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block, Inline } from '../../src/pipeline/document.ts';
import { loadFonts } from '../../src/pipeline/fonts.ts';
import { linesPerPage, MIN_LINES_ON_A_PAGE } from '../../src/pipeline/layout/page-breaks.ts';
import { layout } from '../../src/pipeline/layout.ts';
import { toBytes } from '../../src/pipeline/output.ts';
import { blocksDocument } from '../support/blocks-document.ts';
import { readPdf } from '../support/pdf-text.ts';

describe('linesPerPage', () => {
  const room = fc
    .record({ now: fc.integer({ min: 0, max: 60 }), page: fc.integer({ min: 8, max: 60 }), keep: fc.integer({ min: 0, max: 8 }) })
    .map(({ now, page, keep }) => ({
      now: Math.min(now, page),
      page,
      nowWithNext: Math.max(0, Math.min(now, page) - keep),
      pageWithNext: page - keep,
      atTop: false,
    }));

  it('places every line, never more than fit, never a lone first or last line of a broken paragraph', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), room, (lines, r) => {
        const counts = linesPerPage(lines, r);
        expect(counts.reduce((a, b) => a + b, 0)).toBe(lines);
        expect(counts[0]).toBeLessThanOrEqual(r.now);
        for (const count of counts.slice(1)) expect(count).toBeLessThanOrEqual(r.page);
        const drawn = counts.filter((count, index) => index > 0 || count > 0);
        if (drawn.length > 1) for (const count of drawn) expect(count).toBeGreaterThanOrEqual(MIN_LINES_ON_A_PAGE);
      }),
    );
  });

  it('leaves room on the last page for what must follow, or moves the last lines on with it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), room, (lines, r) => {
        fc.pre(r.pageWithNext >= 2 * MIN_LINES_ON_A_PAGE - 1); // a page holds what must stay together (a 3-line paragraph whole)
        const counts = linesPerPage(lines, r);
        const last = counts[counts.length - 1] as number;
        const onFirstPage = counts.length === 1;
        expect(last).toBeLessThanOrEqual(onFirstPage ? r.nowWithNext : r.pageWithNext);
      }),
    );
  });

  it('breaks at the exact spots: 2 lines left for the next page, a short paragraph moved whole', () => {
    const plain = (now: number) => ({ now, page: 50, nowWithNext: now, pageWithNext: 50, atTop: false });
    expect(linesPerPage(5, plain(4))).toEqual([3, 2]); // not [4, 1]: no widow
    expect(linesPerPage(5, plain(1))).toEqual([0, 5]); // not [1, 4]: no orphan
    expect(linesPerPage(3, plain(2))).toEqual([0, 3]); // [2, 1] and [1, 2] both leave a lone line
    expect(linesPerPage(4, plain(3))).toEqual([2, 2]);
    expect(linesPerPage(5, plain(5))).toEqual([5]);
    // with a closing of 5 lines after it: the last 2 lines go with the closing
    expect(linesPerPage(6, { now: 8, page: 50, nowWithNext: 3, pageWithNext: 45, atTop: false })).toEqual([4, 2]);
  });
});

const fonts = loadFonts();
const run = (text: string): Inline => [{ text, bold: false, italic: false }];
const paragraph = (text: string, keepWithNext = false): Block => ({
  type: 'paragraph',
  role: 'body',
  lines: [run(text)],
  ...(keepWithNext ? { keepWithNext: true as const } : {}),
});
/** Free text whose words say where they come from: `x12` is word 12 of paragraph x. */
const words = (tag: string, count: number) => Array.from({ length: count }, (_, i) => `${tag}${i + 1}`).join(' ');
const filler = (count: number): Block[] => Array.from({ length: count }, (_, i) => paragraph(`Linje ${i + 1}`));

async function pages(blocks: Block[]): Promise<string[][]> {
  const document = blocksDocument(blocks);
  const { doc, problems } = layout(document, fonts);
  expect(problems).toEqual([]);
  return (await readPdf(await toBytes(doc))).pages.map((page) => page.split('\n'));
}

/** The lines of a page that hold words of paragraph `tag`. */
const linesOf = (page: readonly string[], tag: string) => page.filter((line) => new RegExp(`\\b${tag}\\d+\\b`).test(line));

// Around 56 one-line paragraphs fill the first page of a part; the long paragraph then starts near the foot.
const fillerCount = fc.integer({ min: 40, max: 58 });
const wordCount = fc.integer({ min: 5, max: 160 });
const closing = [
  paragraph('Med venlig hilsen', true),
  {
    type: 'paragraph',
    role: 'body',
    lines: [run('Sofie Lund Petersen'), run('Fuldmægtig'), run('Udlændingestyrelsen')],
  } as Block,
];

describe('rendered page breaks', () => {
  it('no body paragraph leaves a lone line on a page (widow, orphan), whatever its length', async () => {
    await fc.assert(
      fc.asyncProperty(fillerCount, wordCount, async (fill, count) => {
        const laid = await pages([...filler(fill), paragraph(words('w', count)), paragraph(words('v', count))]);
        for (const tag of ['w', 'v']) {
          const perPage = laid.map((page) => linesOf(page, tag).length).filter((n) => n > 0);
          if (perPage.length > 1) for (const n of perPage) expect(n).toBeGreaterThanOrEqual(MIN_LINES_ON_A_PAGE);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('the closing never stands alone: the last paragraph (or its last lines) is on its page', async () => {
    await fc.assert(
      fc.asyncProperty(fillerCount, wordCount, async (fill, count) => {
        const laid = await pages([...filler(fill), paragraph(words('w', count)), ...closing]);
        const closingPage = laid.find((page) => page.includes('Med venlig hilsen')) as string[];
        expect(closingPage).toContain('Sofie Lund Petersen');
        expect(linesOf(closingPage, 'w').length).toBeGreaterThanOrEqual(
          Math.min(MIN_LINES_ON_A_PAGE, linesOf(laid.flat(), 'w').length),
        );
      }),
      { numRuns: 25 },
    );
  });

  it('a heading never ends a page: the first lines of what follows are on its page', async () => {
    await fc.assert(
      fc.asyncProperty(fillerCount, wordCount, async (fill, count) => {
        const heading: Block = { type: 'heading', level: 2, lines: [run('Begrundelse for afgørelsen')] };
        const laid = await pages([...filler(fill), heading, paragraph(words('w', count))]);
        const headingPage = laid.find((page) => page.includes('Begrundelse for afgørelsen')) as string[];
        expect(linesOf(headingPage, 'w').length).toBeGreaterThanOrEqual(
          Math.min(MIN_LINES_ON_A_PAGE, linesOf(laid.flat(), 'w').length),
        );
      }),
      { numRuns: 20 },
    );
  });

  it('a closing after a one-line paragraph takes that paragraph with it to the next page', async () => {
    // Find the filler count at which the greeting would land alone at the top of page 2.
    for (let fill = 48; fill <= 60; fill++) {
      const laid = await pages([...filler(fill), paragraph('Du er velkommen til at kontakte os.'), ...closing]);
      const page = laid.findIndex((p) => p.includes('Med venlig hilsen'));
      expect(laid[page]).toContain('Du er velkommen til at kontakte os.');
    }
  });
});
