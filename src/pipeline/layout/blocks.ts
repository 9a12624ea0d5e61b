/**
 * The body: headings, paragraphs, notes, lists and tables, each drawn as its structure element, in
 * the reading direction (right-to-left parts: text right-aligned, list markers on the right, table
 * columns from the right, the note's bar on the right).
 */
import { isLanguageCode, LANGUAGES } from '../../domain/languages.ts';
import type { Block, Inline, TableRow } from '../document.ts';
import { scriptOf } from '../fonts.ts';
import { TYPE } from '../page-geometry.ts';
import { type Column, drawText, type Scope, setText } from './text-block.ts';

const GREY = '#555555';
const MARKER_WIDTH = 16;
const NOTE_INDENT = 8;
const CELL_PAD = 3;

export function drawBlocks(scope: Scope, blocks: readonly Block[], column: Column) {
  blocks.forEach((block, index) => {
    switch (block.type) {
      case 'heading':
        drawHeading(scope, block.level, block.lines, column, keptNotice(scope, blocks, index + 1, column));
        break;
      case 'paragraph':
        if (block.role === 'note')
          drawNote(scope, block.lines, column, block.keepWithNext ? keptHeight(scope, blocks[index + 1], column) : 0);
        else drawParagraph(scope, block.lines, column, block.keepWithNext ? keptHeight(scope, blocks[index + 1], column) : 0);
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
  if (next?.type !== 'paragraph') return next ? 2 * bodyLeading(scope) : 0;
  const note = next.role === 'note';
  const text = setText(scope, next.lines, note ? column.width - NOTE_INDENT : column.width, TYPE.body, note);
  if (note) return text.height; // a note is drawn whole
  return text.lines.length <= KEPT_WHOLE_LINES ? text.height : 2 * text.leading;
}

/** A section's blocks are set in its language's direction and script. */
function sectionScope(scope: Scope, block: Extract<Block, { type: 'section' }>): Scope {
  const language = isLanguageCode(block.language) ? block.language : null;
  return { ...scope, direction: block.direction, script: language ? scriptOf(language) : scope.script };
}

function bodyLeading(scope: Scope): number {
  return scope.ts.metrics(scope.script, TYPE.body).height + TYPE.lineGap;
}

/**
 * A note kept with what follows (the "only in Danish" notice and its passage, templates.ts `officerText`) right
 * after a heading: the room they need together, so the heading does not stay behind alone; 0 for anything else.
 */
function keptNotice(scope: Scope, blocks: readonly Block[], index: number, column: Column): number {
  const next = blocks[index];
  if (next?.type !== 'paragraph' || next.role !== 'note' || !next.keepWithNext) return 0;
  return keptHeight(scope, next, column) + TYPE.paragraphGap + keptHeight(scope, blocks[index + 1], column);
}

function drawHeading(scope: Scope, level: 1 | 2 | 3, lines: readonly Inline[], column: Column, keep = 0) {
  const size = level === 1 ? TYPE.h1 : level === 2 ? TYPE.h2 : TYPE.h3;
  const text = setText(scope, lines, column.width, size, true);
  const before = level > 1 ? 4 : 0;
  // keep the heading with the next lines
  const after = level === 1 ? 8 : 4;
  scope.flow.ensure(
    Math.min(before + text.height + Math.max(3 * bodyLeading(scope), keep && after + keep), scope.flow.pageHeight),
  );
  scope.flow.y += before;
  scope.tags.leaf(`H${level}`, () => drawText(scope, text, column));
  scope.flow.y += after;
}

/** `keep`: the height of what must follow on the same page (0: nothing). */
function drawParagraph(scope: Scope, lines: readonly Inline[], column: Column, keep: number) {
  const text = setText(scope, lines, column.width, TYPE.body);
  const kept = text.height + TYPE.paragraphGap + keep;
  if (keep > 0 && kept <= scope.flow.pageHeight) scope.flow.ensure(kept);
  else scope.flow.ensure(Math.min(text.height, 2 * text.leading)); // no lone first line at the foot of a page
  scope.tags.leaf('P', () => drawText(scope, text, column));
  scope.flow.y += TYPE.paragraphGap;
}

function drawNote(scope: Scope, lines: readonly Inline[], column: Column, keep = 0) {
  const inner =
    scope.direction === 'rtl'
      ? { x: column.x, width: column.width - NOTE_INDENT }
      : { x: column.x + NOTE_INDENT, width: column.width - NOTE_INDENT };
  const text = setText(scope, lines, inner.width, TYPE.body, true);
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
      scope.flow.ensure(Math.min(text.height, 2 * text.leading));
      const top = scope.flow.y;
      scope.tags.group('LI', () => {
        scope.tags.leaf('Lbl', () => drawText(scope, label, marker));
        scope.flow.y = top;
        scope.tags.leaf('LBody', () => drawText(scope, text, body));
      });
      scope.flow.y += 3;
    });
  });
  scope.flow.y += TYPE.paragraphGap - 3;
}

function drawTable(scope: Scope, rows: readonly TableRow[], column: Column) {
  const columns = Math.max(1, ...rows.map((row) => row.cells.length));
  const width = column.width / columns;
  const cellX = (index: number) =>
    scope.direction === 'rtl' ? column.x + (columns - 1 - index) * width : column.x + index * width;
  scope.tags.group('Table', () => {
    for (const row of rows) {
      const cells = row.cells.map((cell) => setText(scope, cell, width - 2 * CELL_PAD, TYPE.body, row.header));
      const height = Math.max(...cells.map((cell) => cell.height)) + 2 * CELL_PAD;
      scope.flow.ensure(height);
      const top = scope.flow.y;
      scope.tags.group('TR', () => {
        cells.forEach((cell, index) => {
          const x = cellX(index);
          scope.flow.y = top + CELL_PAD;
          scope.tags.leaf(row.header ? 'TH' : 'TD', () =>
            drawText(scope, cell, { x: x + CELL_PAD, width: width - 2 * CELL_PAD }),
          );
          scope.tags.artifact(() =>
            scope.ts.doc.save().lineWidth(0.5).strokeColor(GREY).rect(x, top, width, height).stroke().restore(),
          );
        });
      });
      scope.flow.y = top + height;
    }
  });
  scope.flow.y += TYPE.paragraphGap;
}
