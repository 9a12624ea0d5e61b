/**
 * The text of one drawn run of a right-to-left part as MuPDF (`mutool draw -F txt`, SumatraPDF,
 * PyMuPDF) must be told it, so that it gives the run back in logical order (print review G8).
 *
 * MuPDF takes the `/ActualText` of the structure element whose marked content it reads (our tag text,
 * D10) and hands its characters to the glyphs one by one, in content-stream order; it then reverses
 * each stretch of characters whose glyphs it guessed right to left, as it does for any visually
 * stored text. The glyphs of a right-to-left run are stored in visual order, so the element's logical
 * text came out reversed. So every run of a right-to-left part carries its own ActualText, which MuPDF
 * prefers (the innermost one wins): the run's logical text with each stretch MuPDF will reverse
 * reversed beforehand. MuPDF's guess for a glyph (source/pdf/pdf-op-run.c, guess_bidi_level): from the
 * bidi class of its first character, left to right for L, EN, ES and ET, right to left for R, AL and
 * AN, the previous glyph's for the neutral and weak rest, starting left to right at each text object
 * (every run is one). A run of Arabic letters starts with one (its trailing spaces and punctuation are
 * runs of their own, text/bidi.ts), so its ActualText is its glyphs' own characters; a run of spaces
 * and punctuation is not reversed by MuPDF and gets its characters in logical order; an Arabic-Indic
 * number (٢٠١٦), stored left to right but taken as right to left, gets its digits reversed.
 *
 * pdf.js reads no ActualText from marked content, and poppler only a Span's (and lays it out left to
 * right, reversing it again): the run's sequence is therefore not a Span (`RUN_TEXT_TAG`). PDFium
 * (Chrome) reads ActualText of any marked content, as MuPDF does; it is not tested here.
 */
import { bidiClassOf, type VisualRun } from '../text/bidi.ts';

/** The marked-content tag of a run's ActualText: any but Span, which poppler would read too. */
export const RUN_TEXT_TAG = 'RunText';

/** Characters of right-to-left scripts (Arabic and Hebrew letters, Arabic-Indic digits, presentation forms). */
const RIGHT_TO_LEFT_SCRIPT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const LEFT_TO_RIGHT = new Set(['L', 'EN', 'ES', 'ET']);
const RIGHT_TO_LEFT = new Set(['R', 'AL', 'AN']);
const KEEPS_PREVIOUS = new Set(['CS', 'NSM', 'BN', 'B', 'S', 'WS', 'ON']);

/** Whether MuPDF takes each stored character as right to left: a glyph's characters as its first. */
function guessedRightToLeft(stored: readonly (readonly string[])[]): boolean[] {
  let rightToLeft = false;
  return stored.flatMap((glyph) => {
    const type = bidiClassOf(glyph[0] ?? ' ');
    if (RIGHT_TO_LEFT.has(type)) rightToLeft = true;
    else if (LEFT_TO_RIGHT.has(type) || !KEEPS_PREVIOUS.has(type)) rightToLeft = false;
    return glyph.map(() => rightToLeft);
  });
}

/**
 * The ActualText that MuPDF turns into the run's logical text. `stored`: the run's glyphs in stored
 * order, each as its characters (`storedGlyphs` for a run laid out whole, else one per character).
 *
 * MuPDF first matches the ActualText's start and end against the glyphs' own characters, and mishandles
 * a partial match (it drops characters, or repeats the matched end when its characters take more than
 * one byte in UTF-8): an ActualText that differs from the glyphs' characters must differ at both ends.
 * Where it would not, the glyphs' own characters are given: MuPDF then reads what it reads without us
 * (a mark may sit on the other side of the letter it belongs to; an Arabic-Indic number that starts and
 * ends with the same digit, "٢٠١٢", comes out reversed).
 */
export function runTextForMuPDF(run: VisualRun, storedOf: () => readonly (readonly string[])[]): string {
  // A whole run is handed to fontkit in its own direction's order and reversed by it (text/bidi.ts).
  const inOrder = run.wholeRun === run.rightToLeft;
  // Without a right-to-left character MuPDF reverses nothing: the logical text as it is.
  if (!RIGHT_TO_LEFT_SCRIPT.test(run.text)) return inOrder ? run.text : [...run.text].reverse().join('');
  const logical = inOrder ? [...run.text] : [...run.text].reverse();
  const stored = storedOf();
  const own = stored.flat();
  if (own.length !== logical.length) return own.join('');
  const reversed = guessedRightToLeft(stored);
  const text = [...logical];
  for (let start = 0; start < text.length; ) {
    let end = start;
    while (end < text.length && reversed[end]) end++;
    for (let i = start; i < end; i++) text[i] = logical[start + end - 1 - i] as string;
    start = end === start ? start + 1 : end;
  }
  const last = text.length - 1;
  const differsAtBothEnds = text[0] !== own[0] && text[last] !== own[last];
  return differsAtBothEnds && isTruthful(text, logical) ? text.join('') : own.join('');
}

/**
 * An ActualText is the run's replacement text for every reader, not only MuPDF: PDFium (Chrome, and its
 * screen-reader access) and Acrobat take marked content's ActualText as what the glyphs say. So it may
 * give the run's logical text, or repeat the glyphs' own characters (what a reader gets without it),
 * never a third arrangement tuned to MuPDF's reordering. That leaves MuPDF reversing an Arabic-Indic
 * number ("٢٠١٦" → "٦١٠٢"): its defect, not told otherwise (tests/layout/logical-text-mupdf.test.ts).
 */
const isTruthful = (told: readonly string[], logical: readonly string[]) => told.join('') === logical.join('');

/** A PDF text string in a content stream: UTF-16BE with its byte order mark, as hex. */
export function pdfTextString(text: string): string {
  return `<FEFF${Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase()}>`;
}
