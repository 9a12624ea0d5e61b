/**
 * Lists and tables (no letter uses them yet, the markup allows them): the structure tree has
 * L > LI > Lbl + LBody and Table > TR > TH/TD, and a right-to-left part mirrors them: the list
 * marker right of the item's text, the first column at the right.
 */
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { Block, Frame, LetterDocument, Part } from '../../src/pipeline/document.ts';
import { loadFonts } from '../../src/pipeline/fonts.ts';
import { layout } from '../../src/pipeline/layout.ts';
import { toBytes } from '../../src/pipeline/output.ts';
import { readStructure, type StructNode } from '../support/pdf-structure.ts';

const ar = JSON.parse(readFileSync('locales/ar/common.json', 'utf8'));
const da = JSON.parse(readFileSync('locales/da/common.json', 'utf8'));
const run = (text: string) => [{ text, bold: false, italic: false }];

const frame = (words: typeof da): Frame => ({
  letterhead: { name: 'Udlændingestyrelsen', unit: null, lines: [] },
  recipient: null,
  references: [[words.reference.date, '1']],
  footer: words.reference.caseNumber,
  pageLabel: (page, total) => `${page}/${total}`,
  draftMark: null,
});

const blocks = (words: typeof da): Block[] => [
  { type: 'heading', level: 1, lines: [run(words.closing.greeting)] },
  { type: 'list', ordered: false, items: [[run(words.reference.date)], [run(words.reference.officer)]] },
  {
    type: 'table',
    rows: [
      {
        cells: [
          { header: true, lines: [run(words.reference.date)] },
          { header: true, lines: [run(words.reference.caseNumber)] },
        ],
      },
      {
        cells: [
          { header: false, lines: [run('2017-01-12')] },
          { header: false, lines: [run('2017/123456')] },
        ],
      },
    ],
  },
];

const parts: Part[] = [
  { language: 'da', direction: 'ltr', frame: frame(da), blocks: blocks(da), document: 0 },
  { language: 'ar', direction: 'rtl', frame: frame(ar), blocks: blocks(ar), document: 0 },
];
const document: LetterDocument = { title: 'Test', author: 'Test', creationDate: new Date(Date.UTC(2017, 0, 12)), parts };

const find = (node: StructNode, role: string): StructNode[] =>
  node.role === role ? [node] : node.children.flatMap((child) => find(child, role));

describe('lists and tables', async () => {
  const pdf = await toBytes(layout(document, loadFonts()).doc);

  it('are tagged as L > LI > Lbl + LBody and Table > TR > TH/TD in each part', async () => {
    const tree = await readStructure(pdf);
    const sections = find(tree, 'Sect');
    expect(sections.map((s) => s.lang)).toEqual(['da-DK', 'ar']);
    for (const section of sections) {
      const items = find(section, 'LI');
      expect(items).toHaveLength(2);
      for (const item of items) expect(item.children.map((c) => c.role)).toEqual(['Lbl', 'LBody']);
      const rows = find(section, 'TR').slice(-2); // the last two: the body table (the references come first)
      expect(rows.map((r) => r.children.map((c) => c.role))).toEqual([
        ['TH', 'TH'],
        ['TD', 'TD'],
      ]);
    }
  });

  it('are mirrored in the right-to-left part', async () => {
    const doc = await getDocument({ data: pdf.slice(), verbosity: 0 }).promise;
    const xOf = async (pageNumber: number, text: string) => {
      const content = await (await doc.getPage(pageNumber)).getTextContent();
      const item = (content.items as { str: string; transform: number[] }[]).find((i) => i.str.trim() === text);
      if (!item) throw new Error(`no "${text}" on page ${pageNumber}`);
      return item.transform[4] as number;
    };
    expect(await xOf(1, '•')).toBeLessThan(await xOf(1, da.reference.officer));
    expect(await xOf(2, '•')).toBeGreaterThan(await xOf(2, ar.reference.officer));
    expect(await xOf(1, '2017-01-12')).toBeLessThan(await xOf(1, '2017/123456'));
    expect(await xOf(2, '2017-01-12')).toBeGreaterThan(await xOf(2, '2017/123456'));
    await doc.destroy();
  });
});

describe('page numbers in a set of documents', () => {
  it('run per document (the letter, then a companion), from the parts’ `document`', async () => {
    const inSet = (part: Part, set: number) => ({ ...part, document: set }) as Part;
    const set: LetterDocument = {
      ...document,
      parts: [inSet(parts[0] as Part, 0), inSet(parts[1] as Part, 0), inSet(parts[0] as Part, 1)],
    };
    const laid = layout(set, loadFonts());
    expect(laid.pagesPerDocument).toEqual([2, 1]);
    const doc = await getDocument({ data: (await toBytes(laid.doc)).slice(), verbosity: 0 }).promise;
    const labels: string[] = [];
    for (let page = 1; page <= doc.numPages; page++) {
      const content = await (await doc.getPage(page)).getTextContent();
      labels.push(...(content.items as { str: string }[]).map((i) => i.str.trim()).filter((s) => /^\d\/\d$/.test(s)));
    }
    await doc.destroy();
    expect(labels).toEqual(['1/2', '2/2', '1/1']);
  });
});
