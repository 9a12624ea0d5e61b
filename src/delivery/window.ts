/**
 * The envelope window: the address block of a letter sent by post must lie inside the window of the
 * envelope it goes in, or the post cannot read it and, worse, a long address runs over the subject
 * (print review D1). The block is checked before anything is drawn: every line fits one line of the
 * window's text width in the font it is drawn with (an address line is never wrapped), the lines fit
 * the window's height, and every character has a glyph in a bundled font (D2: a name in Arabic or
 * Ethiopic script is drawn in its script's font; a character no bundled font has is refused). A
 * problem names the input field the line shows.
 */
import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.ts';
import type { LetterDocument } from '../pipeline/document.ts';
import type { FontSet } from '../pipeline/fonts.ts';
import { ENVELOPE_WINDOW, RECIPIENT, RECIPIENT_LINE_GAP, TYPE, WINDOW_CLEARANCE } from '../pipeline/page-geometry.ts';
import { withoutBidiControls } from '../pipeline/text/isolate.ts';
import { breakLines, type TextStyle } from '../pipeline/text/line-break.ts';
import { hasGlyph } from '../pipeline/text/measure.ts';

/** Ascent and descent of the window's font (Noto Sans), as layout measures a line: see `Typesetter.metrics`. */
function lineBox(fonts: FontSet) {
  const font = fonts.family('Latn').faces.regular;
  const height = ((font.ascent - font.descent) * TYPE.body) / font.unitsPerEm;
  return { height, leading: height + RECIPIENT_LINE_GAP };
}

/** How many lines of the window's font fit between the block's top and the window's bottom (less the clearance). */
export function windowLineCapacity(fonts: FontSet): number {
  const { height, leading } = lineBox(fonts);
  const bottom = ENVELOPE_WINDOW.top + ENVELOPE_WINDOW.height - WINDOW_CLEARANCE;
  return Math.floor((bottom - RECIPIENT.y - height) / leading) + 1;
}

/** The style the frame draws the window in (the Danish part: Latin script, body size, regular). */
function windowStyle(fonts: FontSet): TextStyle {
  const primary = { font: fonts.family('Latn').faces.regular, name: 'window' };
  const fallbacks = fonts.fallbacks('Latn').map((family) => ({ font: family.faces.regular, name: `window-${family.name}` }));
  return { size: TYPE.body, primary: () => primary, fallbacks: () => fallbacks, hyphenates: true };
}

/**
 * Which input field a window line shows: the longest text of the request the line contains (a line
 * "2100 København Ø" shows `data.address.city`); '' when it shows none (an authority's own data).
 */
export function fieldOfLine(line: string, request: unknown): string {
  let best = { path: '', length: 0 };
  const shown = line.toLocaleLowerCase('da'); // the country line is printed in capitals
  const visit = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      const text = value.trim().toLocaleLowerCase('da');
      if (text.length > best.length && shown.includes(text)) best = { path, length: text.length };
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => {
        visit(item, `${path}[${index}]`);
      });
    } else if (value !== null && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) visit(item, path ? `${path}.${key}` : key);
  };
  visit(request, '');
  return best.path;
}

/** Every window of the document (the letter's and each copy's): its problems, or none. */
export function windowProblems(
  document: LetterDocument,
  fonts: FontSet,
  request: { data: unknown; delivery: unknown },
): Diagnostic[] {
  const style = windowStyle(fonts);
  const capacity = windowLineCapacity(fonts);
  const drawing = [fonts.family('Latn'), ...fonts.fallbacks('Latn')].map((family) => family.faces.regular);
  const problems: Diagnostic[] = [];
  for (const part of document.parts) {
    if (!part.frame.recipient) continue;
    const lines = part.frame.recipient.map(withoutBidiControls);
    lines.forEach((line, index) => {
      const field = fieldOfLine(line, request);
      const missing = [...line].some((char) => !drawing.some((font) => hasGlyph(font, char)));
      if (missing) problems.push(diagnostic('WINDOW_GLYPH_MISSING', field));
      else if (breakLines([[{ text: line, bold: false, italic: false }]], RECIPIENT.width, style).length > 1)
        problems.push(diagnostic('WINDOW_ADDRESS_LINE_TOO_LONG', field, { width: Math.round((RECIPIENT.width * 25.4) / 72) }));
      if (index === capacity) problems.push(diagnostic('WINDOW_ADDRESS_TOO_MANY_LINES', field, { maximum: capacity }));
    });
  }
  return [...new Map(problems.map((d) => [JSON.stringify(d), d])).values()];
}
