/**
 * Text in a column: break it into lines (in logical order), then draw line by line in the reading
 * direction, moving to a new page when a line does not fit. Shared by the body blocks and the frame.
 */
import type { Direction } from '../../domain/languages.ts';
import type { Inline } from '../document.ts';
import type { Script } from '../fonts.ts';
import { TYPE } from '../page-geometry.ts';
import { asDrawn } from '../text/keep-together.ts';
import { breakLines, type Line, type TextStyle } from '../text/line-break.ts';
import type { Flow } from './flow.ts';
import type { Tags } from './tags.ts';
import type { Align, Metrics, Typesetter } from './typeset.ts';

/** Where text is being written: its script (the font family) and direction, and the page machinery. */
export interface Scope {
  readonly ts: Typesetter;
  readonly tags: Tags;
  readonly flow: Flow;
  readonly script: Script;
  readonly direction: Direction;
  /** The language of Latin-script words in a part of another script (the master language's names and references). */
  readonly latinLanguage: string | null;
}

export interface Column {
  readonly x: number;
  readonly width: number;
}

export interface SetText {
  readonly lines: readonly Line[];
  readonly style: TextStyle;
  readonly metrics: Metrics;
  /** Advance from one line's top to the next. */
  readonly leading: number;
  readonly height: number;
}

export function setText(
  scope: Scope,
  inlines: readonly Inline[],
  width: number,
  size: number,
  bold = false,
  gap: number = TYPE.lineGap,
): SetText {
  const style = scope.ts.style(scope.script, size, bold);
  const metrics = scope.ts.metrics(scope.script, size);
  const lines = breakLines(inlines, width, style);
  const leading = metrics.height + gap;
  return { lines, style, metrics, leading, height: lines.length * leading };
}

/**
 * Draws set text at the flow's cursor; a line that does not fit goes to the next page. `pages`, when
 * given, is how many lines go on each page (layout/page-breaks.ts; a first 0 starts on the next page).
 */
export function drawText(
  scope: Scope,
  text: SetText,
  column: Column,
  align: Align = startOf(scope.direction),
  pages: readonly number[] = [],
) {
  const { flow } = scope;
  const breaks = new Set<number>();
  let at = 0;
  for (const count of pages.slice(0, -1)) {
    at += count;
    breaks.add(at);
  }
  if (pages[0] === 0) flow.newPage();
  if (scope.direction === 'rtl') scope.tags.actualText(logicalText(text));
  for (const [index, line] of text.lines.entries()) {
    if (index > 0 && breaks.has(index)) flow.newPage();
    flow.ensure(text.metrics.height);
    if (line.pieces.length) {
      scope.ts.drawLine(
        line,
        { x: column.x, width: column.width, top: flow.y, direction: scope.direction, align, latinLanguage: scope.latinLanguage },
        text.style,
        text.metrics,
        (draw) => scope.tags.artifact(draw),
      );
    }
    flow.y += text.leading;
  }
}

/** Draws set text at a fixed place (the page furniture), never breaking the page. */
export function drawTextAt(
  scope: Scope,
  text: SetText,
  column: Column,
  top: number,
  align: Align = startOf(scope.direction),
): number {
  let y = top;
  if (scope.direction === 'rtl') scope.tags.actualText(logicalText(text));
  for (const line of text.lines) {
    if (line.pieces.length) {
      scope.ts.drawLine(
        line,
        { x: column.x, width: column.width, top: y, direction: scope.direction, align, latinLanguage: scope.latinLanguage },
        text.style,
        text.metrics,
        (draw) => scope.tags.artifact(draw),
      );
    }
    y += text.leading;
  }
  return y;
}

/**
 * Set text as written, in logical order: each paragraph's text (bidi controls left out, no-break
 * spaces as spaces, as drawn), paragraphs on their own lines; a cut word's hyphen is not text.
 */
function logicalText(text: SetText): string {
  const paragraphs: string[] = [];
  let last: Line['paragraph'] | null = null;
  for (const line of text.lines) {
    if (line.paragraph === last) continue;
    last = line.paragraph;
    paragraphs.push(asDrawn(line.paragraph.text));
  }
  return paragraphs.join('\n');
}

export const startOf = (direction: Direction): Align => (direction === 'rtl' ? 'right' : 'left');
