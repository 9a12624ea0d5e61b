/**
 * Stage: layout. Draws the document model with pdfkit: the only module that touches pdfkit.
 * Each language part opens on a new page with the letterhead and references; the recipient sits in
 * the envelope window of the first page; "Side X af Y" (and the draft mark of an unapproved
 * translation) go on every page once the page count is known (bufferPages).
 */
import PDFDocument from 'pdfkit';
import type { Block, Frame, Inline, LetterDocument, Part, TableRow } from './document.ts';
import { type FontFace, type FontSet, faceOf } from './fonts.ts';
import {
  BODY_WIDTH,
  DRAFT_MARK_Y,
  FIRST_BODY_Y,
  FOOTER_Y,
  LETTERHEAD,
  MARGIN,
  PAGE,
  RECIPIENT,
  REFERENCES,
  TYPE,
} from './page-geometry.ts';

type Doc = PDFKit.PDFDocument;
const FACES: readonly FontFace[] = ['regular', 'bold', 'italic', 'boldItalic'];
const GREY = '#555555';
const DRAFT_RED = '#a00000';

/** The laid-out PDF, and how many pages each document of the set has (index = `Part.document`). */
export interface Laid {
  readonly doc: Doc;
  readonly pagesPerDocument: readonly number[];
}

export function layout(document: LetterDocument, fonts: FontSet): Laid {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    pdfVersion: '1.7',
    lang: 'da-DK',
    displayTitle: true,
    compress: true,
    // Our own font from the start, so pdfkit never loads its unembedded Helvetica.
    font: fonts.regular as unknown as string,
    info: {
      Title: document.title,
      Author: document.author,
      Creator: 'decision-letters',
      Producer: 'decision-letters (pdfkit)',
      CreationDate: document.creationDate,
    },
  });
  for (const face of FACES) doc.registerFont(face, fonts[face] as unknown as string);

  const partOfPage: Part[] = [];
  document.parts.forEach((part, index) => {
    if (index > 0) doc.addPage();
    const firstPage = doc.bufferedPageRange().count - 1;
    drawFrame(doc, part.frame);
    doc.x = MARGIN.left;
    doc.y = FIRST_BODY_Y;
    drawBlocks(doc, part.blocks, { x: MARGIN.left, width: BODY_WIDTH, align: part.direction === 'rtl' ? 'right' : 'left' });
    for (let page = firstPage; page < doc.bufferedPageRange().count; page++) partOfPage[page] = part;
  });
  const pagesPerDocument = countPagesPerDocument(partOfPage);
  drawPageFurniture(doc, partOfPage, pagesPerDocument);
  return { doc, pagesPerDocument };
}

/** A set holds several documents (letter, companions, copies): each is numbered on its own, "Side X af Y". */
function countPagesPerDocument(partOfPage: readonly Part[]): number[] {
  const counts: number[] = [];
  for (const part of partOfPage) counts[part.document] = (counts[part.document] ?? 0) + 1;
  return counts;
}

interface Box {
  readonly x: number;
  readonly width: number;
  readonly align: 'left' | 'right';
}

function drawFrame(doc: Doc, frame: Frame) {
  const { letterhead } = frame;
  doc.font('bold').fontSize(TYPE.letterheadName).fillColor('black');
  doc.text(letterhead.name, LETTERHEAD.x, LETTERHEAD.y, { width: LETTERHEAD.width });
  if (letterhead.unit) doc.font('regular').fontSize(TYPE.body).text(letterhead.unit, { width: LETTERHEAD.width });
  doc.moveDown(0.3).font('regular').fontSize(TYPE.small).fillColor(GREY);
  for (const line of letterhead.lines) doc.text(line, { width: LETTERHEAD.width });

  if (frame.recipient) {
    doc.font('regular').fontSize(TYPE.body).fillColor('black');
    doc.text(frame.recipient.join('\n'), RECIPIENT.x, RECIPIENT.y, { width: RECIPIENT.width, lineGap: 1 });
  }

  let y = REFERENCES.y;
  doc.fontSize(TYPE.small);
  for (const [label, value] of frame.references) {
    doc.font('regular').fillColor(GREY).text(label, REFERENCES.x, y, { width: REFERENCES.labelWidth, lineBreak: false });
    doc
      .font('regular')
      .fillColor('black')
      .text(value, REFERENCES.x + REFERENCES.labelWidth, y, { width: REFERENCES.valueWidth });
    y = Math.max(doc.y, y + doc.currentLineHeight(true)) + 1.5;
  }
  doc.fillColor('black');
}

function drawBlocks(doc: Doc, blocks: readonly Block[], box: Box) {
  for (const block of blocks) {
    switch (block.type) {
      case 'heading': {
        const size = block.level === 1 ? TYPE.h1 : block.level === 2 ? TYPE.h2 : TYPE.h3;
        doc.font('bold').fontSize(size);
        const height = doc.heightOfString(plain(block.lines), { width: box.width });
        keepTogether(doc, height + 3 * bodyLineHeight(doc)); // keep the heading with the next lines
        if (block.level > 1) doc.y += 4;
        drawInline(doc, block.lines, box, size, true);
        doc.y += block.level === 1 ? 8 : 4;
        break;
      }
      case 'paragraph': {
        keepTogether(doc, 2 * bodyLineHeight(doc)); // no lone first line at the foot of a page
        if (block.role === 'note') drawNote(doc, block.lines, box);
        else drawInline(doc, block.lines, box, TYPE.body, false);
        doc.y += TYPE.paragraphGap;
        break;
      }
      case 'list':
        block.items.forEach((item, index) => {
          keepTogether(doc, 2 * bodyLineHeight(doc));
          const marker = block.ordered ? `${index + 1}.` : '•';
          const y = doc.y;
          doc.font('regular').fontSize(TYPE.body).text(marker, box.x, y, { width: 14, lineBreak: false });
          doc.y = y;
          drawInline(doc, item, { ...box, x: box.x + 16, width: box.width - 16 }, TYPE.body, false);
          doc.y += 3;
        });
        doc.y += TYPE.paragraphGap - 3;
        break;
      case 'table':
        drawTable(doc, block.rows, box);
        break;
      case 'section':
        drawBlocks(doc, block.blocks, { ...box, align: block.direction === 'rtl' ? 'right' : 'left' });
        break;
    }
  }
}

/** Draws lines of styled runs; runs of one line flow together (pdfkit `continued`). */
function drawInline(doc: Doc, lines: readonly Inline[], box: Box, size: number, bold: boolean) {
  for (const line of lines) {
    if (line.length === 0) {
      doc.y += bodyLineHeight(doc);
      continue;
    }
    line.forEach((run, index) => {
      doc.font(faceOf(bold || run.bold, run.italic)).fontSize(size);
      const options = { width: box.width, align: box.align, lineGap: TYPE.lineGap, continued: index < line.length - 1 };
      if (index === 0) doc.text(run.text, box.x, doc.y, options);
      else doc.text(run.text, options);
    });
  }
  doc.x = box.x;
}

function drawNote(doc: Doc, lines: readonly Inline[], box: Box) {
  const inner = { ...box, x: box.x + 8, width: box.width - 8 };
  doc.font('bold').fontSize(TYPE.body);
  const top = doc.y;
  drawInline(doc, lines, inner, TYPE.body, false);
  doc
    .save()
    .rect(box.x, top, 2.5, doc.y - top)
    .fill(GREY)
    .restore();
}

function drawTable(doc: Doc, rows: readonly TableRow[], box: Box) {
  const columns = Math.max(1, ...rows.map((row) => row.cells.length));
  const width = box.width / columns;
  const pad = 3;
  for (const row of rows) {
    doc.font(row.header ? 'bold' : 'regular').fontSize(TYPE.body);
    const height = Math.max(...row.cells.map((cell) => doc.heightOfString(plain(cell), { width: width - 2 * pad }))) + 2 * pad;
    keepTogether(doc, height);
    const top = doc.y;
    row.cells.forEach((cell, index) => {
      const x = box.x + index * width;
      doc.y = top + pad;
      drawInline(doc, cell, { x: x + pad, width: width - 2 * pad, align: box.align }, TYPE.body, row.header);
      doc.save().lineWidth(0.5).strokeColor(GREY).rect(x, top, width, height).stroke().restore();
    });
    doc.y = top + height;
  }
  doc.y += TYPE.paragraphGap;
}

function drawPageFurniture(doc: Doc, partOfPage: readonly Part[], pagesPerDocument: readonly number[]) {
  const { count } = doc.bufferedPageRange();
  let pageInDocument = 0;
  for (let page = 0; page < count; page++) {
    const part = partOfPage[page];
    if (!part) continue;
    pageInDocument = page > 0 && partOfPage[page - 1]?.document === part.document ? pageInDocument + 1 : 1;
    doc.switchToPage(page);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // text below the bottom margin would otherwise add a page
    doc.font('regular').fontSize(TYPE.footer).fillColor(GREY);
    doc.text(part.frame.footer, MARGIN.left, FOOTER_Y, { width: BODY_WIDTH / 2, lineBreak: false });
    doc.text(
      part.frame.pageLabel(pageInDocument, pagesPerDocument[part.document] ?? count),
      MARGIN.left + BODY_WIDTH / 2,
      FOOTER_Y,
      {
        width: BODY_WIDTH / 2,
        align: 'right',
        lineBreak: false,
      },
    );
    if (part.frame.draftMark) {
      doc.font('bold').fontSize(TYPE.footer).fillColor(DRAFT_RED);
      doc.text(part.frame.draftMark, MARGIN.left, DRAFT_MARK_Y, { width: BODY_WIDTH, align: 'center', lineBreak: false });
    }
    doc.fillColor('black');
    doc.page.margins.bottom = bottom;
  }
}

function bodyLineHeight(doc: Doc): number {
  return doc.font('regular').fontSize(TYPE.body).currentLineHeight(true) + TYPE.lineGap;
}

function keepTogether(doc: Doc, height: number) {
  if (doc.y + height > PAGE.height - MARGIN.bottom) doc.addPage();
}

const plain = (lines: readonly Inline[]): string => lines.map((line) => line.map((run) => run.text).join('')).join('\n');
