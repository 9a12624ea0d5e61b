/**
 * The pieces a word is drawn in: one per font (a character the family lacks goes to the first fallback
 * font that has it), measured once; and the last resort of the line breaker, a word wider than the whole line cut
 * at grapheme boundaries.
 */
import type { Run } from '../document.ts';
import { asDrawn } from './keep-together.ts';
import type { FontChoice, Piece, TextStyle, Token } from './line-break.ts';
import { covers, hasGlyph, widthOf } from './measure.ts';

/** A word in the primary font, or split where characters need the fallback font. */
export function piecesOf(text: string, start: number, run: Run, style: TextStyle): Piece[] {
  const primary = style.primary(run);
  const drawn = asDrawn(text);
  if (drawn === '' || covers(primary.font, drawn)) return [piece(text, primary, style.size, start)];
  const fallbacks = style.fallbacks(run);
  // A character no font has stays in the primary font: the conformance check refuses the PDF (never reached: validation refuses it).
  const fontFor = (char: string) =>
    char === '' || hasGlyph(primary.font, char) ? primary : (fallbacks.find((f) => hasGlyph(f.font, char)) ?? primary);
  const pieces: Piece[] = [];
  let current = '';
  let currentFont = primary;
  let at = start;
  for (const char of text) {
    const font = fontFor(asDrawn(char));
    if (font !== currentFont && current) {
      pieces.push(piece(current, currentFont, style.size, at));
      at += current.length;
      current = '';
    }
    currentFont = font;
    current += char;
  }
  if (current) pieces.push(piece(current, currentFont, style.size, at));
  return pieces;
}

const piece = (text: string, font: FontChoice, size: number, start: number): Piece => ({
  text,
  font,
  width: widthOf(font.font, asDrawn(text), size),
  start,
});

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Cuts a word wider than the line at grapheme boundaries into slices that fit. */
export function cut(token: Token, maxWidth: number, style: TextStyle): Piece[][] {
  const slices: Piece[][] = [];
  let pieces: Piece[] = [];
  let width = 0;
  const last = token.pieces[token.pieces.length - 1] as Piece;
  const hyphen: Piece | null = style.hyphenates ? { ...piece('-', last.font, style.size, -1), artifact: true } : null;
  const room = maxWidth - (hyphen?.width ?? 0);
  for (const source of token.pieces) {
    for (const { segment, index } of segmenter.segment(source.text)) {
      const g = piece(segment, source.font, style.size, source.start + index);
      if (pieces.length && width + g.width > room) {
        slices.push(hyphen ? [...pieces, hyphen] : pieces);
        pieces = [];
        width = 0;
      }
      pieces.push(g);
      width += g.width;
    }
  }
  if (pieces.length) slices.push(pieces);
  return slices;
}
