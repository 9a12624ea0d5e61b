/**
 * Word widths, measured with fontkit once per (font, word) for the life of the process and shared by
 * every document: the line breaker's hot path. Widths are kept in font units, so one entry serves
 * every font size (points = units × size / unitsPerEm). Whether the font has a glyph for every
 * character is cached with it. Each font's table is bounded by its words' characters (and their number), so a
 * long-running service that sees many different names or long free texts does not grow without limit (the table
 * is simply started afresh).
 */
import type * as fontkit from 'fontkit';

interface Measured {
  readonly units: number;
  readonly covered: boolean;
}

/** A font's measured words, and its units per em (fontkit reads it from the `head` table on every access). */
interface Table {
  readonly words: Map<string, Measured>;
  readonly unitsPerEm: number;
  /** Characters of the words kept: what the table's memory grows with (a name or a free text is one long word). */
  characters: number;
}

const MAX_WORDS_PER_FONT = 50_000;
/** ≈ 1 MB of keys per font; as the shared layouts (`MAX_SHARED_CHARACTERS`): every letter's words fit many times over. */
export const MAX_MEASURED_CHARACTERS = 300_000;
const tables = new WeakMap<fontkit.Font, Table>();

function tableOf(font: fontkit.Font): Table {
  let table = tables.get(font);
  if (!table) {
    table = { words: new Map(), unitsPerEm: font.unitsPerEm, characters: 0 };
    tables.set(font, table);
  }
  return table;
}

function measured(font: fontkit.Font, table: Table, word: string): Measured {
  let entry = table.words.get(word);
  if (!entry) {
    if (table.words.size >= MAX_WORDS_PER_FONT || table.characters + word.length > MAX_MEASURED_CHARACTERS) {
      table.words.clear();
      table.characters = 0;
    }
    entry = { units: font.layout(word).advanceWidth, covered: coversAll(font, word) };
    table.words.set(word, entry);
    table.characters += word.length;
  }
  return entry;
}

function coversAll(font: fontkit.Font, text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (!font.hasGlyphForCodePoint(code)) return false;
  }
  return true;
}

/**
 * Width in points of a text drawn in one font (no bidi controls in it). Words are measured alone:
 * neither Latin kerning nor Arabic joining crosses a space, so the sum is the drawn width.
 */
export function widthOf(font: fontkit.Font, text: string, size: number): number {
  const table = tableOf(font);
  if (text.indexOf(' ') < 0) return text === '' ? 0 : (measured(font, table, text).units * size) / table.unitsPerEm;
  let units = 0;
  let start = 0;
  for (let index = 0; index <= text.length; index++) {
    if (index === text.length || text.charCodeAt(index) === 32) {
      if (index > start) units += measured(font, table, text.slice(start, index)).units;
      if (index < text.length) units += measured(font, table, ' ').units;
      start = index + 1;
    }
  }
  return (units * size) / table.unitsPerEm;
}

/** True when the font draws every character of the word (no missing-glyph box). */
export const covers = (font: fontkit.Font, word: string): boolean => measured(font, tableOf(font), word).covered;

/** Characters of the words a font's table keeps now (its bound is `MAX_MEASURED_CHARACTERS`). */
export const measuredCharacters = (font: fontkit.Font): number => tableOf(font).characters;

/** True when the font has a glyph for this one character. */
export const hasGlyph = (font: fontkit.Font, char: string): boolean => font.hasGlyphForCodePoint(char.codePointAt(0) as number);
