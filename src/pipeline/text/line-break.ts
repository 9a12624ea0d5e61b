/**
 * Line breaking in logical order, before bidi: the Unicode bidirectional algorithm is applied per line
 * afterwards (text/bidi.ts). Lines break only at spaces, so no word of any script is ever cut: Arabic
 * words stay joined, Ethiopic words whole. Only a word wider than the whole line (a long Danish
 * compound in a narrow table cell, a web address) is cut, at a character boundary, so that nothing
 * ever runs over the margin; Latin and Cyrillic words get a hyphen there, drawn as an artifact so that
 * the text a reader copies is the word itself.
 */
import type * as fontkit from 'fontkit';
import type { Inline, Run } from '../document.ts';
import { widthOf } from './measure.ts';
import { cut, piecesOf } from './pieces.ts';

/** The font a run is drawn in: its fontkit object (to measure) and its name registered with pdfkit (to draw). */
export interface FontChoice {
  readonly font: fontkit.Font;
  readonly name: string;
}

export interface TextStyle {
  readonly size: number;
  /** The font of the language's family for this run's weight and slant. */
  primary(run: Pick<Run, 'bold' | 'italic'>): FontChoice;
  /** The fonts, in order, for characters the primary font lacks (each character in the first that has it). */
  fallbacks(run: Pick<Run, 'bold' | 'italic'>): readonly FontChoice[];
  /** Whether a cut word gets a visible hyphen (Latin and Cyrillic do; Arabic and Ethiopic do not). */
  readonly hyphenates: boolean;
}

/** A stretch of one line in one font, in logical order; `text` may hold bidi controls (never drawn). */
export interface Piece {
  readonly text: string;
  readonly font: FontChoice;
  readonly width: number;
  /** Where the piece starts in its paragraph's text (for bidi); -1 for an artifact. */
  readonly start: number;
  /** Drawn but not part of the text (the hyphen of a cut word). */
  readonly artifact?: true;
}

/** The text of one `Inline` (a `<br>` starts another): the unit the bidi algorithm resolves levels for. */
export interface Paragraph {
  readonly text: string;
}

export interface Line {
  readonly pieces: readonly Piece[];
  readonly width: number;
  readonly paragraph: Paragraph;
}

export type Token = { readonly space: boolean; readonly pieces: Piece[]; readonly width: number };

export function breakLines(lines: readonly Inline[], maxWidth: number, style: TextStyle): Line[] {
  const out: Line[] = [];
  for (const inline of lines) {
    const paragraph: Paragraph = { text: inline.map((run) => run.text).join('') };
    const tokens = tokenize(inline, style);
    if (tokens.length === 0) out.push({ pieces: [], width: 0, paragraph });
    else fill(tokens, maxWidth, style, paragraph, out);
  }
  return out;
}

function fill(tokens: readonly Token[], maxWidth: number, style: TextStyle, paragraph: Paragraph, out: Line[]) {
  let pieces: Piece[] = [];
  let width = 0;
  let pendingSpace: Token | null = null;
  const flush = () => {
    if (pieces.length) out.push({ pieces: merge(pieces), width, paragraph });
    pieces = [];
    width = 0;
  };
  for (const token of tokens) {
    if (token.space) {
      if (pieces.length) pendingSpace = token;
      continue;
    }
    const spaceWidth = pendingSpace ? pendingSpace.width : 0;
    if (pieces.length && width + spaceWidth + token.width > maxWidth) {
      flush();
      pendingSpace = null;
    }
    if (pendingSpace && pieces.length) {
      pieces.push(...pendingSpace.pieces);
      width += pendingSpace.width;
    }
    pendingSpace = null;
    if (token.width <= maxWidth) {
      pieces.push(...token.pieces);
      width += token.width;
      continue;
    }
    for (const slice of cut(token, maxWidth, style)) {
      if (pieces.length) flush();
      pieces = [...slice];
      width = slice.reduce((sum, p) => sum + p.width, 0);
    }
  }
  flush();
}

/** Words and spaces of one line of runs; a word may span runs (`<strong>§ 9</strong>c`). */
function tokenize(inline: Inline, style: TextStyle): Token[] {
  const tokens: Token[] = [];
  let word: Piece[] = [];
  let wordWidth = 0;
  let offset = 0;
  const endWord = () => {
    if (word.length) tokens.push({ space: false, pieces: word, width: wordWidth });
    word = [];
    wordWidth = 0;
  };
  for (const run of inline) {
    for (const part of run.text.split(/( +)/)) {
      if (part === '') continue;
      if (part.startsWith(' ')) {
        endWord();
        const font = style.primary(run);
        const width = widthOf(font.font, part, style.size);
        tokens.push({ space: true, pieces: [{ text: part, font, width, start: offset }], width });
      } else {
        for (const piece of piecesOf(part, offset, run, style)) {
          word.push(piece);
          wordWidth += piece.width;
        }
      }
      offset += part.length;
    }
  }
  endWord();
  return tokens;
}

/** Neighbouring pieces in the same font become one: one pdfkit call per font change, not per word. */
function merge(pieces: readonly Piece[]): Piece[] {
  const merged: Piece[] = [];
  for (const p of pieces) {
    const last = merged[merged.length - 1];
    if (last && last.font === p.font && !last.artifact && !p.artifact)
      merged[merged.length - 1] = { text: last.text + p.text, font: p.font, width: last.width + p.width, start: last.start };
    else merged.push(p);
  }
  return merged;
}
