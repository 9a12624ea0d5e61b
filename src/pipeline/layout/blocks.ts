/**
 * The body: headings, paragraphs, notes, lists and tables, each drawn as its structure element, in
 * the reading direction (right-to-left parts: text right-aligned, list markers on the right, table
 * columns from the right, the note's bar on the right).
 */
import { isLanguageCode, LANGUAGES } from '../../domain/languages.ts';
import { type Block, type Inline, isHeaderRow, type TableCell, type TableRow } from '../document.ts';
import { scriptOf } from '../fonts.ts';
import { TYPE } from '../page-geometry.ts';
import { firstLines, type LineRoom, linesFitting, linesPerPage } from './page-breaks.ts';
import { type Column, drawText, type Scope, type SetText, setText } from './text-block.ts';

const GREY = '#555555';
const MARKER_WIDTH = 16;
const NOTE_INDENT = 8;
const CELL_PAD = 3;

export function drawBlocks(scope: Scope, blocks: readonly Block[], column: Column) {
  blocks.forEach((block, index) => {
    switch (block.type) {
      case 'heading':
        // An enclosure (Bilag) is its own piece of paper after the letter: it starts on a new page.
        if (block.enclosure && !scope.flow.atTop) scope.flow.newPage();
        drawHeading(scope, block.level, block.lines, column, leadHeight(scope, blocks[index + 1], column));
        break;
      case 'paragraph':
        if (block.role !== 'body')
          drawNote(scope, block, column, block.keepWithNext ? keptHeight(scope, blocks[index + 1], column) : 0);
        else drawParagraph(scope, block.lines, column, keepAfter(scope, blocks, index, column));
        break;
      case 'list':
        drawList(scope, block.ordered, block.items, column);
        break;
      case 'table':
        drawTable(scope, block.rows, column);
        break;
      case 'section': {
        const language = isLanguageCode(block.language) ? block.language : null;
        const inner = sectionScope(scope, block);
        const lang = language ? LANGUAGES[language].locale : block.language;
        scope.tags.group('Sect', () => drawBlocks(inner, block.blocks, column), lang ? { lang } : {});
        break;
      }
    }
  });
}

/** A short block kept with a keep-with-next paragraph goes whole (a signature); of a longer one, its first two lines. */
const KEPT_WHOLE_LINES = 6;

/** The room the block after a keep-with-next paragraph needs on the same page. */
function keptHeight(scope: Scope, next: Block | undefined, column: Column): number {
  if (next?.type === 'section') return keptHeight(sectionScope(scope, next), next.blocks[0], column);
  if (next?.type !== 'paragraph') return next ? leadHeight(scope, next, column) : 0;
  if (next.role !== 'body') return setNote(scope, next, column).height; // a note is drawn whole
  const text = setText(scope, next.lines, column.width, TYPE.body);
  return text.lines.length <= KEPT_WHOLE_LINES ? text.height : 2 * text.leading;
}

/**
 * What must follow a paragraph on its last page: a keep-with-next paragraph's next block; and for the
 * paragraph before a keep-with-next one (the last paragraph before "Med venlig hilsen"), that paragraph
 * with its own kept block, so that the closing never stands alone on a page (print review D6).
 */
function keepAfter(scope: Scope, blocks: readonly Block[], index: number, column: Column): number {
  const block = blocks[index];
  if (block?.type === 'paragraph' && block.keepWithNext) return keptHeight(scope, blocks[index + 1], column);
  const next = blocks[index + 1];
  if (next?.type !== 'paragraph' || !next.keepWithNext || next.role !== 'body') return 0;
  const kept = setText(scope, next.lines, column.width, TYPE.body);
  return kept.height + TYPE.paragraphGap + keptHeight(scope, blocks[index + 2], column);
}

/**
 * The least of a block that must share a page with what comes before it when that must not end a page
 * (a heading): a paragraph's first lines (all of a short one), a list's first item, a table's first row
 * (and the row after a header row), a heading with its own lead, a section's first block.
 */
function leadHeight(scope: Scope, block: Block | undefined, column: Column): number {
  switch (block?.type) {
    case undefined:
      return 0;
    case 'paragraph': {
      if (block.role !== 'body') return setNote(scope, block, column).height;
      const text = setText(scope, block.lines, column.width, TYPE.body);
      return firstLines(text.lines.length) * text.leading;
    }
    case 'list': {
      const first = block.items[0];
      if (!first) return 0;
      const text = setText(scope, first, column.width - MARKER_WIDTH, TYPE.body);
      return firstLines(text.lines.length) * text.leading;
    }
    case 'table':
      return block.rows
        .slice(0, block.rows[0] && isHeaderRow(block.rows[0]) ? 2 : 1)
        .reduce((sum, row) => sum + rowHeight(scope, row, cellWidth(block.rows, column)), 0);
    case 'heading': {
      const size = block.level === 1 ? TYPE.h1 : block.level === 2 ? TYPE.h2 : TYPE.h3;
      return 4 + setText(scope, block.lines, column.width, size, true).height + 4 + 2 * bodyLeading(scope);
    }
    case 'section':
      return leadHeight(sectionScope(scope, block), block.blocks[0], column);
  }
}

/** A section's blocks are set in its language's direction and script. */
function sectionScope(scope: Scope, block: Extract<Block, { type: 'section' }>): Scope {
  const language = isLanguageCode(block.language) ? block.language : null;
  return { ...scope, direction: block.direction, script: language ? scriptOf(language) : scope.script };
}

function bodyLeading(scope: Scope): number {
  return scope.ts.metrics(scope.script, TYPE.body).height + TYPE.lineGap;
}

/** A heading never ends a page: it goes where the start of the next block (`lead`) fits below it. */
function drawHeading(scope: Scope, level: 1 | 2 | 3, lines: readonly Inline[], column: Column, lead: number) {
  const size = level === 1 ? TYPE.h1 : level === 2 ? TYPE.h2 : TYPE.h3;
  const text = setText(scope, lines, column.width, size, true);
  const before = level > 1 ? 4 : 0;
  const after = level === 1 ? 8 : 4;
  const whole = before + text.height + after + Math.max(lead, bodyLeading(scope));
  if (whole <= scope.flow.pageHeight) scope.flow.ensure(whole);
  scope.flow.y += before;
  scope.tags.leaf(`H${level}`, () => drawText(scope, text, column));
  scope.flow.y += after;
}

/**
 * A body paragraph, broken across pages without widows or orphans (layout/page-breaks.ts); `keep`:
 * the height of what must follow on its last page (0: nothing).
 */
function drawParagraph(scope: Scope, lines: readonly Inline[], column: Column, keep: number) {
  const text = setText(scope, lines, column.width, TYPE.body);
  const pages = linesPerPage(text.lines.length, lineRoom(scope, text, keep));
  scope.tags.leaf('P', () => drawText(scope, text, column, undefined, pages));
  scope.flow.y += TYPE.paragraphGap;
}

/** How many lines of set text fit now and on a new page, alone and with `keep` points after it. */
function lineRoom(scope: Scope, text: SetText, keep: number): LineRoom {
  const { flow } = scope;
  const now = flow.bottom - flow.y;
  const page = flow.pageHeight;
  const height = text.metrics.height;
  // With what follows: the paragraph's lines at full leading, its gap, then the kept block.
  const withNext = (available: number) => Math.max(0, Math.floor((available - TYPE.paragraphGap - keep) / text.leading + 1e-9));
  return {
    now: linesFitting(now, text.leading, height),
    page: linesFitting(page, text.leading, height),
    nowWithNext: keep > 0 ? withNext(now) : linesFitting(now, text.leading, height),
    pageWithNext: keep > 0 ? withNext(page) : linesFitting(page, text.leading, height),
    atTop: flow.atTop,
  };
}

type Paragraph = Extract<Block, { type: 'paragraph' }>;

/** A note's or quote's column: indented from the bar's side (the start of the reading direction). */
const noteColumn = (scope: Scope, column: Column): Column =>
  scope.direction === 'rtl'
    ? { x: column.x, width: column.width - NOTE_INDENT }
    : { x: column.x + NOTE_INDENT, width: column.width - NOTE_INDENT };

/** A notice is bold; a quote in its box (the officer's Danish passage) is set in regular weight, its own bold kept. */
const setNote = (scope: Scope, block: Paragraph, column: Column): SetText =>
  setText(scope, block.lines, noteColumn(scope, column).width, TYPE.body, block.role === 'note');

/** A note or a quote: drawn whole, a grey bar beside it. */
function drawNote(scope: Scope, block: Paragraph, column: Column, keep = 0) {
  const inner = noteColumn(scope, column);
  const text = setNote(scope, block, column);
  const kept = text.height + TYPE.paragraphGap + keep;
  scope.flow.ensure(keep > 0 && kept <= scope.flow.pageHeight ? kept : text.height);
  const top = scope.flow.y;
  scope.tags.leaf('P', () => drawText(scope, text, inner));
  const barX = scope.direction === 'rtl' ? column.x + column.width - 2.5 : column.x;
  const bottom = scope.flow.y - TYPE.lineGap;
  scope.tags.artifact(() =>
    scope.ts.doc
      .save()
      .rect(barX, top, 2.5, bottom - top)
      .fill(GREY)
      .restore(),
  );
  scope.flow.y += TYPE.paragraphGap;
}

function drawList(scope: Scope, ordered: boolean, items: readonly (readonly Inline[])[], column: Column) {
  const rtl = scope.direction === 'rtl';
  const marker: Column = { x: rtl ? column.x + column.width - MARKER_WIDTH + 2 : column.x, width: MARKER_WIDTH - 2 };
  const body: Column = { x: rtl ? column.x : column.x + MARKER_WIDTH, width: column.width - MARKER_WIDTH };
  scope.tags.group('L', () => {
    items.forEach((item, index) => {
      const text = setText(scope, item, body.width, TYPE.body);
      const label = setText(
        scope,
        [[{ text: ordered ? `${index + 1}.` : '•', bold: false, italic: false }]],
        marker.width,
        TYPE.body,
      );
      const pages = linesPerPage(text.lines.length, lineRoom(scope, text, 0));
      if (pages[0] === 0) scope.flow.newPage();
      const top = scope.flow.y;
      scope.tags.group('LI', () => {
        scope.tags.leaf('Lbl', () => drawText(scope, label, marker));
        scope.flow.y = top;
        scope.tags.leaf('LBody', () => drawText(scope, text, body, undefined, pages[0] === 0 ? pages.slice(1) : pages));
      });
      scope.flow.y += 3;
    });
  });
  scope.flow.y += TYPE.paragraphGap - 3;
}

/** A table's column width: the body's width shared by its widest row's cells. */
const cellWidth = (rows: readonly TableRow[], column: Column) =>
  column.width / Math.max(1, ...rows.map((row) => row.cells.length));

function setCell(scope: Scope, cell: TableCell, width: number): SetText {
  return setText(scope, cell.lines, width - 2 * CELL_PAD, TYPE.body, cell.header);
}

function rowHeight(scope: Scope, row: TableRow, width: number): number {
  return Math.max(0, ...row.cells.map((cell) => setCell(scope, cell, width).height)) + 2 * CELL_PAD;
}

/**
 * A table, row by row. Header cells are TH with their /Scope (PDF/UA, Matterhorn 15-003): Column in a
 * header row, Row beside a value (the letters' label | value tables).
 */
function drawTable(scope: Scope, rows: readonly TableRow[], column: Column) {
  const columns = Math.max(1, ...rows.map((row) => row.cells.length));
  const width = cellWidth(rows, column);
  const cellX = (index: number) =>
    scope.direction === 'rtl' ? column.x + (columns - 1 - index) * width : column.x + index * width;
  scope.tags.group('Table', () => {
    rows.forEach((row, index) => {
      const cells = row.cells.map((cell) => setCell(scope, cell, width));
      const height = Math.max(...cells.map((cell) => cell.height)) + 2 * CELL_PAD;
      const headerRow = isHeaderRow(row);
      // A header row never ends a page: it goes with the first row below it.
      const next = headerRow ? rows[index + 1] : undefined;
      scope.flow.ensure(height + (next ? rowHeight(scope, next, width) : 0));
      const top = scope.flow.y;
      scope.tags.group('TR', () => {
        cells.forEach((cell, index) => {
          const x = cellX(index);
          scope.flow.y = top + CELL_PAD;
          const draw = () => drawText(scope, cell, { x: x + CELL_PAD, width: width - 2 * CELL_PAD });
          if (row.cells[index]?.header) scope.tags.leaf('TH', draw, { scope: headerRow ? 'Column' : 'Row' });
          else scope.tags.leaf('TD', draw);
          scope.tags.artifact(() =>
            scope.ts.doc.save().lineWidth(0.5).strokeColor(GREY).rect(x, top, width, height).stroke().restore(),
          );
        });
      });
      scope.flow.y = top + height;
    });
  });
  scope.flow.y += TYPE.paragraphGap;
}
