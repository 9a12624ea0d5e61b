/**
 * The hot path's shortcuts through pdfkit and fontkit internals give exactly what the libraries give
 * without them: the same embedded font subsets (glyphs read once per process), the same glyphs and
 * positions from pdfkit's word-by-word layout, and the same PDF bytes when a run is drawn without
 * pdfkit measuring it again. If a library update changes those internals, these fail.
 */
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { loadFonts } from '../../src/pipeline/fonts.ts';
import { drawRun, MAX_SHARED_CHARACTERS, shareLayouts } from '../../src/pipeline/layout/pdfkit-font.ts';

const fonts = loadFonts();

interface FontInternals {
  stream: { buffer: Uint8Array };
  getGlyph(id: number): { _decode(): { numberOfContours: number } | null };
  createSubset(): { includeGlyph(id: number): number; encode(): Uint8Array };
}

/** The same font file parsed afresh, without any of our changes. */
const pristine = (font: fontkit.Font) =>
  fontkit.create(Buffer.from((font as unknown as FontInternals).stream.buffer)) as fontkit.Font;

function subsetBytes(font: fontkit.Font, text: string): Uint8Array {
  const subset = (font as unknown as FontInternals).createSubset();
  for (const glyph of font.layout(text).glyphs) subset.includeGlyph(glyph.id);
  return subset.encode();
}

const SAMPLES = [
  { family: 'noto-sans', text: 'Udlændingestyrelsen, Århus, Ærø og Øster Ulslev: é ü ķ' },
  { family: 'vazirmatn', text: 'إلى السلام عليكم لا آ' },
  { family: 'noto-sans-ethiopic', text: 'ሰላም ኢትዮጵያ 2026' },
] as const;

describe('font subsets from glyphs read once', () => {
  for (const { family, text } of SAMPLES) {
    it(`embeds the bytes fontkit writes itself (${family}), also when the glyphs are read from the table`, () => {
      const font = fonts.all.find((f) => f.name === family)?.faces.regular as fontkit.Font;
      const expected = subsetBytes(pristine(font), text);
      expect(Buffer.from(subsetBytes(font, text))).toEqual(Buffer.from(expected));
      expect(Buffer.from(subsetBytes(font, text))).toEqual(Buffer.from(expected));
      // A different subset after the table is filled: component ids are renumbered per subset.
      const other = `${[...text].reverse().join('')} 0123`;
      expect(Buffer.from(subsetBytes(font, other))).toEqual(Buffer.from(subsetBytes(pristine(font), other)));
    });
  }

  it('covers composite glyphs (their component ids are rewritten per subset)', () => {
    const font = fonts.fallback.faces.regular;
    const composite = font.layout('Å').glyphs.filter((g) => {
      const decoded = (font as unknown as FontInternals).getGlyph(g.id)._decode();
      return decoded !== null && decoded.numberOfContours < 0;
    });
    expect(composite.length).toBeGreaterThan(0);
  });
});

type Doc = PDFKit.PDFDocument;
const CREATED = new Date('2026-01-02T00:00:00Z');

function pdf(draw: (doc: Doc) => void): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', font: null as unknown as string, info: { CreationDate: CREATED } });
  doc.registerFont('regular', fonts.regular as unknown as string);
  doc.registerFont('arabic', fonts.family('Arab').faces.regular as unknown as string);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  draw(doc);
  doc.end();
  return done;
}

const LATIN = 'Styrelsen har truffet afgørelse i din sag om opholdstilladelse efter udlændingelovens § 7.';
const ARABIC = 'قررت دائرة الهجرة الدنماركية';

describe('drawing runs', () => {
  it('draws the bytes doc.text draws, with the layouts shared and without pdfkit measuring again', async () => {
    const byPdfkit = await pdf((doc) => {
      doc.font('regular').fontSize(10.5).text(LATIN, 72, 100, { lineBreak: false, baseline: 'alphabetic' });
      doc.font('arabic').fontSize(10.5).text(ARABIC, 72, 120, { lineBreak: false, baseline: 'alphabetic', features: [] });
    });
    const ours = async () =>
      pdf((doc) => {
        doc.font('regular').fontSize(10.5);
        shareLayouts(doc, { font: fonts.regular, name: 'regular' });
        drawRun(doc, LATIN, 72, 100, doc.widthOfString(LATIN), false);
        doc.font('arabic').fontSize(10.5);
        shareLayouts(doc, { font: fonts.family('Arab').faces.regular, name: 'arabic' });
        drawRun(doc, ARABIC, 72, 120, 100, true);
      });
    expect(await ours()).toEqual(byPdfkit);
    // The second document takes every word from the shared layouts.
    expect(await ours()).toEqual(byPdfkit);
  });

  it('lays a line out word by word as pdfkit does: same glyphs, positions and width', () => {
    const plain = new PDFDocument({ font: null as unknown as string });
    const shared = new PDFDocument({ font: null as unknown as string });
    for (const doc of [plain, shared]) doc.registerFont('regular', fonts.regular as unknown as string).font('regular');
    shareLayouts(shared, { font: fonts.regular, name: 'regular' });
    type Layout = (text: string, features?: unknown[], onlyWidth?: boolean) => unknown;
    const layoutOf = (doc: Doc) => {
      const font = (doc as unknown as { _font: { layout: Layout } })._font;
      return font.layout.bind(font);
    };
    for (const text of [LATIN, ` ${LATIN}  `, 'Side\t1 af 2', '', ' ']) {
      expect(layoutOf(shared)(text)).toEqual(layoutOf(plain)(text));
      expect(layoutOf(shared)(text, undefined, true)).toEqual(layoutOf(plain)(text, undefined, true));
    }
  });

  it('bounds the shared layouts by size: past the character budget, the next document starts afresh (issue 17)', () => {
    const font = fonts.family('Ethi').faces.bold; // a face no other test shares layouts of
    const open = () => {
      const doc = new PDFDocument({ font: null as unknown as string });
      doc.registerFont('f', font as unknown as string).font('f');
      shareLayouts(doc, { font, name: 'f' });
      return (doc as unknown as { _font: { layoutCache: object; layout(text: string): unknown } })._font;
    };
    const first = open();
    const cache = first.layoutCache;
    expect(open().layoutCache).toBe(cache); // shared while under the budget
    const words = Array.from({ length: 2_000 }, (_, i) => `ord${i}`.padEnd(200, 'x')).join(' ');
    first.layout(words); // 2,000 distinct words of 200 characters: over 300,000 characters
    expect(open().layoutCache).not.toBe(cache);
    expect(MAX_SHARED_CHARACTERS).toBeLessThan(2_000 * 200);
  });
});
