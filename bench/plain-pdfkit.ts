/**
 * Reference 1: the same letters drawn by direct pdfkit calls, the way a hand-written renderer would:
 * fonts parsed once, every word already known (letters.ts), no Handlebars, i18next or markup parsing,
 * no keep-together checks. The same page geometry, fonts, document options and footer "Side X af Y".
 */
import PDFDocument from 'pdfkit';
import { loadFonts } from '../src/pipeline/fonts.ts';
import { toBytes } from '../src/pipeline/output.ts';
import {
  BODY_WIDTH,
  DRAFT_MARK_Y,
  FIRST_BODY_Y,
  FOOTER_Y,
  LETTERHEAD,
  MARGIN,
  RECIPIENT,
  REFERENCES,
  TYPE,
} from '../src/pipeline/page-geometry.ts';
import { type BenchModule, measureLoop } from './harness.ts';
import { type BenchLetter, type FlatBlock, type FlatPart, loadBenchLetters, pageLabelOf } from './letters.ts';

type Doc = PDFKit.PDFDocument;
type Fonts = ReturnType<typeof loadFonts>;
const GREY = '#555555';
const SIZE: Record<FlatBlock['style'], number> = {
  h1: TYPE.h1,
  h2: TYPE.h2,
  h3: TYPE.h3,
  p: TYPE.body,
  note: TYPE.body,
  li: TYPE.body,
};

export const plainPdfkitBench: BenchModule = {
  name: 'plain-pdfkit',
  description: 'the same letters by direct pdfkit calls: same fonts (parsed once), no templating, i18n or parsing',
  sizes: { full: { warmup: 100, count: 2000 }, quick: { warmup: 10, count: 60 } },
  async run(size) {
    const fonts = loadFonts();
    const letters = loadBenchLetters();
    return measureLoop(this.name, size, async (index) => {
      const doc = drawLetter(letters[index % letters.length] as BenchLetter, fonts);
      const pages = doc.bufferedPageRange().count;
      const pdf = await toBytes(doc);
      return { bytes: pdf.byteLength, pages };
    });
  },
};

export function drawLetter(letter: BenchLetter, fonts: Fonts): Doc {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    pdfVersion: '1.7',
    lang: 'da-DK',
    displayTitle: true,
    compress: true,
    font: fonts.regular as unknown as string,
    info: { Title: letter.title, Author: letter.author, CreationDate: letter.creationDate },
  });
  doc.registerFont('regular', fonts.regular as unknown as string);
  doc.registerFont('bold', fonts.bold as unknown as string);
  doc.registerFont('italic', fonts.italic as unknown as string);
  doc.registerFont('boldItalic', fonts.boldItalic as unknown as string);
  const partOfPage: FlatPart[] = [];
  letter.parts.forEach((part, index) => {
    if (index > 0) doc.addPage();
    const first = doc.bufferedPageRange().count - 1;
    drawFrame(doc, part);
    doc.y = FIRST_BODY_Y;
    for (const block of part.blocks) drawBlock(doc, block);
    for (let page = first; page < doc.bufferedPageRange().count; page++) partOfPage[page] = part;
  });
  const total = doc.bufferedPageRange().count;
  for (let page = 0; page < total; page++) {
    const part = partOfPage[page] as FlatPart;
    doc.switchToPage(page);
    doc.page.margins.bottom = 0; // text below the bottom margin would add a page
    doc.font('regular').fontSize(TYPE.footer).fillColor(GREY);
    doc.text(part.footer, MARGIN.left, FOOTER_Y, { width: BODY_WIDTH / 2, lineBreak: false });
    const label = pageLabelOf(part, page + 1, total);
    doc.text(label, MARGIN.left + BODY_WIDTH / 2, FOOTER_Y, { width: BODY_WIDTH / 2, align: 'right', lineBreak: false });
    if (part.draftMark)
      doc.text(part.draftMark, MARGIN.left, DRAFT_MARK_Y, { width: BODY_WIDTH, align: 'center', lineBreak: false });
  }
  return doc;
}

function drawFrame(doc: Doc, part: FlatPart) {
  const { letterhead } = part;
  doc.font('bold').fontSize(TYPE.letterheadName).fillColor('black');
  doc.text(letterhead.name, LETTERHEAD.x, LETTERHEAD.y, { width: LETTERHEAD.width });
  if (letterhead.unit) doc.font('regular').fontSize(TYPE.body).text(letterhead.unit, { width: LETTERHEAD.width });
  doc.font('regular').fontSize(TYPE.small).fillColor(GREY);
  doc.text(letterhead.lines.join('\n'), { width: LETTERHEAD.width });
  const letterheadBottom = doc.y;
  doc.fillColor('black');
  if (part.recipient)
    doc.fontSize(TYPE.body).text(part.recipient.join('\n'), RECIPIENT.x, RECIPIENT.y, { width: RECIPIENT.width });
  doc.fontSize(TYPE.small);
  let y = Math.max(REFERENCES.y, letterheadBottom + REFERENCES.gapAbove);
  for (const [label, value] of part.references) {
    doc.fillColor(GREY).text(label, REFERENCES.x, y, { lineBreak: false });
    doc.fillColor('black').text(value, REFERENCES.x + REFERENCES.labelWidth, y, { width: REFERENCES.valueWidth });
    y = doc.y + 1.5;
  }
}

function drawBlock(doc: Doc, block: FlatBlock) {
  const heading = block.style.startsWith('h');
  const x = block.style === 'li' ? MARGIN.left + 16 : block.style === 'note' ? MARGIN.left + 8 : MARGIN.left;
  const width = BODY_WIDTH - (x - MARGIN.left);
  doc.fontSize(SIZE[block.style]);
  if (block.marker) {
    const y = doc.y;
    doc.font('regular').text(block.marker, MARGIN.left, y, { lineBreak: false });
    doc.y = y;
  }
  for (const line of block.lines) {
    line.forEach((run, index) => {
      doc.font(heading || run.bold ? (run.italic ? 'boldItalic' : 'bold') : run.italic ? 'italic' : 'regular');
      const options = { width, lineGap: TYPE.lineGap, continued: index < line.length - 1 };
      if (index === 0) doc.text(run.text, x, doc.y, options);
      else doc.text(run.text, options);
    });
  }
  doc.y += heading ? 6 : TYPE.paragraphGap;
}
