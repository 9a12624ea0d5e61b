/**
 * The Unicode bidirectional algorithm (bidi-js), applied per line after line breaking: embedding
 * levels are resolved once for the whole paragraph in the part's direction, then each line is
 * reordered on its own (UAX #9, rules L1–L2). The result is the line's runs in visual order, left to
 * right, each in one font and one direction, ready to be drawn side by side.
 *
 * fontkit shapes Arabic (joining, lam-alef) and reverses a run whose script is right-to-left, so an
 * Arabic run is handed over in logical order; a right-to-left run without Arabic letters (a space
 * between two Arabic words) is reversed here. fontkit does not mirror brackets (no `rtlm` for them,
 * pdf-notes.md §2); replacing "(" by ")" would draw the right shape but make copy-paste and screen
 * readers read ")" where the text says "(". So a bracket at a right-to-left level is its own run,
 * drawn as its own character, flipped horizontally (`mirrored`): the page shows the mirrored form and
 * the text stays the character the sentence has.
 */
import bidiModule, { type Bidi, type EmbeddingLevels } from 'bidi-js';
import type { Direction } from '../../domain/languages.ts';
import { asDrawn } from './keep-together.ts';
import type { FontChoice, Line, Paragraph, Piece } from './line-break.ts';
import { widthOf } from './measure.ts';

// bidi-js is CommonJS whose export is the factory; its typings describe an ES default export.
const bidi = (bidiModule as unknown as () => Bidi)();

/** A character's bidi class (UAX #9 Bidi_Class: "L", "AL", "EN", "WS", …). */
export const bidiClassOf = (char: string): string => bidi.getBidiCharTypeName(char);

/** Characters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, Arabic presentation forms). */
const RTL_LETTERS = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
/** Characters of any script (letters, and digits that belong to a script): what fontkit picks a script by. */
const SCRIPTED = /[\p{L}\u0660-\u0669\u06F0-\u06F9]/u;

function startsRightToLeft(text: string): boolean {
  for (const char of text) if (SCRIPTED.test(char)) return RTL_LETTERS.test(char);
  return false;
}

export interface VisualRun {
  readonly text: string;
  readonly font: FontChoice;
  readonly width: number;
  /** The run needs fontkit's whole-run layout (`features: []`), so that it is reversed as one. */
  readonly wholeRun: boolean;
  /** The run is at a right-to-left level: its text reads from its right end to its left. */
  readonly rightToLeft: boolean;
  /** Where the run starts in logical order (to emit the runs in reading order). */
  readonly logicalStart: number;
  readonly artifact: boolean;
  /** A bracket at a right-to-left level: drawn flipped horizontally. */
  readonly mirrored: boolean;
}

const levelsOf = new WeakMap<Paragraph, EmbeddingLevels>();

export function visualRuns(line: Line, direction: Direction, size: number): VisualRun[] {
  const textual = line.pieces.filter((p) => !p.artifact);
  const artifacts = line.pieces.filter((p) => p.artifact).map((p) => plainRun(p, false));
  const simple = direction === 'ltr' && !textual.some((p) => RTL_LETTERS.test(p.text));
  const runs = simple ? textual.map((p) => plainRun(p, false)).filter((r) => r.text) : reorder(line, textual, direction, size);
  // A cut word's hyphen ends the line in reading direction: at the right in LTR, at the left in RTL.
  return direction === 'rtl' ? [...artifacts, ...runs] : [...runs, ...artifacts];
}

function plainRun(piece: Piece, wholeRun: boolean): VisualRun {
  // The piece was measured without its bidi controls already.
  const text = asDrawn(piece.text);
  return {
    text,
    font: piece.font,
    width: piece.width,
    wholeRun,
    rightToLeft: false,
    logicalStart: piece.start,
    artifact: piece.artifact === true,
    mirrored: false,
  };
}

function reorder(line: Line, pieces: readonly Piece[], direction: Direction, size: number): VisualRun[] {
  if (pieces.length === 0) return [];
  const { text } = line.paragraph;
  const levels = levelsOf.get(line.paragraph) ?? bidi.getEmbeddingLevels(text, direction);
  levelsOf.set(line.paragraph, levels);
  const first = pieces[0] as Piece;
  const lastPiece = pieces[pieces.length - 1] as Piece;
  const start = first.start;
  const end = lastPiece.start + lastPiece.text.length - 1;

  const order: number[] = [];
  for (let i = start; i <= end; i++) order.push(i);
  for (const [s, e] of bidi.getReorderSegments(text, levels, start, end)) {
    const from = (s as number) - start;
    const to = (e as number) - start;
    const flipped = order.slice(from, to + 1).reverse();
    order.splice(from, flipped.length, ...flipped);
  }
  const mirrored = bidi.getMirroredCharactersMap(text, levels.levels, start, end);
  const pieceAt = (index: number) => pieces.find((p) => index >= p.start && index < p.start + p.text.length) as Piece;

  const groups: { level: number; piece: Piece; indices: number[]; mirror: boolean }[] = [];
  for (const index of order) {
    const level = levels.levels[index] as number;
    const piece = pieceAt(index);
    const mirror = mirrored.has(index);
    const last = groups[groups.length - 1];
    if (last && last.level === level && last.piece === piece && !mirror && !last.mirror) last.indices.push(index);
    else groups.push({ level, piece, indices: [index], mirror });
  }
  const runs: VisualRun[] = [];
  for (const { level, piece, indices, mirror } of groups) {
    const rtl = level % 2 === 1;
    const inOrder = rtl ? [...indices].reverse() : indices;
    for (const logical of rtl ? trailingNeutralsApart(text, inOrder) : [inOrder]) {
      const chars = asDrawn(logical.map((i) => text[i]).join(''));
      if (!chars) continue;
      // fontkit lays a run out right to left when its first scripted character is of a right-to-left
      // script (Persian digits ۲۰۱۶ are Arabic script): hand it the run so that its reversal lands in
      // the run's own direction.
      const reversedByFontkit = startsRightToLeft(chars);
      const drawn = rtl === reversedByFontkit ? chars : [...chars].reverse().join('');
      runs.push({
        text: drawn,
        font: piece.font,
        width: widthOf(piece.font.font, drawn, size),
        wholeRun: reversedByFontkit,
        rightToLeft: rtl,
        logicalStart: logical[0] as number,
        artifact: false,
        mirrored: mirror,
      });
    }
  }
  return runs;
}

/** Bidi classes whose direction MuPDF takes from the glyph before (or is left to right): what a run may not start with. */
const FOLLOWING = new Set(['WS', 'CS', 'ON', 'ES', 'ET', 'EN', 'B', 'S']);
const STRONG_RIGHT_TO_LEFT = new Set(['R', 'AL', 'AN']);
const isBidiControl = (char: string) => asDrawn(char) === '';

/**
 * A right-to-left run's trailing spaces and punctuation (before a number or a Latin name, at the end
 * of a line), in logical order, as a run of their own, drawn to the left of the letters: visual order,
 * left to right. MuPDF guesses each text object's direction from its glyphs in stored order, starting
 * left to right (layout/run-text.ts), and these come first in the stored (visual) order of the run:
 * apart, the letters' run starts with a right-to-left letter and MuPDF reverses it whole. Same glyphs,
 * same places (widths are measured word by word and space by space alike, layout/measure.ts).
 */
function trailingNeutralsApart(text: string, logical: readonly number[]): (readonly number[])[] {
  let split = logical.length;
  while (split > 0) {
    const char = text[logical[split - 1] as number] as string;
    if (!FOLLOWING.has(bidiClassOf(char)) && !isBidiControl(char)) break;
    split--;
  }
  const letters = logical.slice(0, split);
  if (split === logical.length || !letters.some((i) => STRONG_RIGHT_TO_LEFT.has(bidiClassOf(text[i] as string)))) {
    return [logical];
  }
  return [logical.slice(split), letters];
}
