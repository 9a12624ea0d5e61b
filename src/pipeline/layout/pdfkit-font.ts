/**
 * What we do to pdfkit's internals (pinned by the tests): draw a run without pdfkit measuring it again,
 * share its font objects' word layouts across documents, and give lam-alef ligatures their characters
 * in the order text extractors expect.
 */
import type * as fontkit from 'fontkit';
import type { FontChoice } from '../text/line-break.ts';

type Doc = PDFKit.PDFDocument;

interface TextInternals {
  x: number;
  y: number;
  _fragment(text: string, x: number, y: number, options: FragmentOptions): void;
}

interface FragmentOptions {
  readonly baseline: 'alphabetic';
  readonly textWidth: number;
  readonly wordCount: number;
  readonly features?: readonly never[];
}

/**
 * Draws one run on one line with its baseline at `baseline`, in the current font and size: what
 * `doc.text(text, x, baseline, { lineBreak: false, baseline: 'alphabetic' })` draws, byte for byte, but
 * without measuring the run twice more (pdfkit measures it for underlines and links, and again to move
 * its cursor; we know the width from the line breaker). `wholeRun`: laid out as one run (`features: []`,
 * right-to-left text) rather than word by word.
 */
export function drawRun(doc: Doc, text: string, x: number, baseline: number, width: number, wholeRun: boolean) {
  const internals = doc as unknown as TextInternals;
  internals.x = x;
  internals.y = baseline;
  const options: FragmentOptions = wholeRun
    ? { baseline: 'alphabetic', textWidth: width, wordCount: 1, features: [] }
    : { baseline: 'alphabetic', textWidth: width, wordCount: 1 };
  internals._fragment(text, x, baseline, options);
  internals.x = x + width;
}

interface EmbeddedFontInternals {
  unicode: number[][];
  subset: { mapping: Record<number, number> };
  layoutRun(text: string, features: unknown[]): { glyphs: { id: number; codePoints: number[] }[] };
}

const fontOf = (doc: Doc) => (doc as unknown as { _font: EmbeddedFontInternals })._font;

/**
 * Text extractors (pdf.js, poppler) read a right-to-left run in visual order and reverse it character
 * by character, so a ligature's characters come out swapped ("ال" for "لا", also with a mark between
 * its letters: "بدلًا") unless the font's ToUnicode entry lists them in visual order. pdfkit records a
 * glyph's characters in logical order; this reverses the entries of the ligatures (lam-alef, heh with
 * hamza) of a right-to-left run just drawn (pdfkit internals: `_font.unicode`).
 */
export function ligaturesInVisualOrder(doc: Doc, text: string) {
  const font = fontOf(doc);
  for (const glyph of font.layoutRun(text, []).glyphs) {
    const gid = font.subset.mapping[glyph.id];
    if (gid === undefined || !reversible(glyph.codePoints)) continue;
    font.unicode[gid] = [...glyph.codePoints].reverse();
  }
}

const MARK = /^\p{M}$/u;
/**
 * A ligature whose characters are reversed in its ToUnicode entry: not one that ends in a mark (heh with
 * hamza above, "هٔ"), whose entry would then start with the mark: MuPDF guesses a glyph's direction
 * from its first character, and would not take such a glyph as right to left.
 */
const reversible = (codePoints: readonly number[]) =>
  codePoints.length > 1 && !MARK.test(String.fromCodePoint(codePoints[codePoints.length - 1] as number));

/**
 * The glyphs of a run laid out whole, in the order a reader of the content stream meets them, each as
 * its ToUnicode entry (a right-to-left run's ligatures reversed, as `ligaturesInVisualOrder` writes them).
 */
export function storedGlyphs(doc: Doc, text: string, rightToLeft: boolean): string[][] {
  return fontOf(doc)
    .layoutRun(text, [])
    .glyphs.map(({ codePoints }) =>
      (rightToLeft && reversible(codePoints) ? [...codePoints].reverse() : codePoints).map((code) => String.fromCodePoint(code)),
    );
}

/**
 * pdfkit lays every word out with fontkit again in every document (its layout cache lives in the
 * document's font object): that was most of the time of a letter. The laid-out words depend only on
 * the font and the word, so one cache per parsed font serves every document of the process (pdfkit
 * only reads the cached runs). Bounded by size (`MAX_SHARED_CHARACTERS`): started afresh, at the start of
 * a document, once it has laid out more characters than that.
 */
interface Shared {
  /** pdfkit's per-word cache (runs laid out without features). */
  readonly cache: Record<string, unknown>;
  /** Whole runs laid out with `features: []` (right-to-left runs). */
  readonly runs: Map<string, unknown>;
  /** Characters laid out in both (a glyph and a position each): the size the budget bounds. */
  characters: number;
}

interface LaidOut {
  readonly glyphs: unknown[] | null;
  readonly positions: unknown[] | null;
  readonly advanceWidth: number;
}

interface PdfkitFont {
  layoutCache?: Record<string, unknown>;
  layoutRun(text: string, features?: unknown[]): unknown;
  layoutCached(word: string): { glyphs: unknown[]; positions: unknown[]; advanceWidth: number };
  layout(text: string, features?: unknown[], onlyWidth?: boolean): LaidOut;
}

/**
 * pdfkit's `layout` of a run word by word (each word with its following space or tab, from the shared
 * cache), without its cost: pdfkit joins the words' glyphs with `concat`, a new array per word, which
 * made a long line quadratic. Same words, same order, same sum: the same glyphs and positions.
 */
function layoutWordByWord(font: PdfkitFont, shared: Shared, text: string, onlyWidth: boolean | undefined): LaidOut {
  const glyphs: unknown[] | null = onlyWidth ? null : [];
  const positions: unknown[] | null = onlyWidth ? null : [];
  let advanceWidth = 0;
  let last = 0;
  for (let index = 0; index <= text.length; index++) {
    const code = text.charCodeAt(index);
    if (index === text.length ? last < index : code === 32 || code === 9) {
      const word = text.slice(last, index + 1);
      if (!(word in shared.cache)) shared.characters += word.length;
      const run = font.layoutCached(word);
      if (glyphs && positions) {
        for (const glyph of run.glyphs) glyphs.push(glyph);
        for (const position of run.positions) positions.push(position);
      }
      advanceWidth += run.advanceWidth;
      last = index + 1;
    }
  }
  return { glyphs, positions, advanceWidth };
}

const sharedLayouts = new WeakMap<fontkit.Font, Shared>();
/**
 * The budget of one font's shared layouts, in characters (≈ 70 bytes each: a glyph reference and a
 * position): about 20 MB per face. Bounded by size, not by count: a count of whole right-to-left runs
 * (sentences) let one font's cache grow by hundreds of megabytes in a long batch.
 */
export const MAX_SHARED_CHARACTERS = 300_000;

export function shareLayouts(doc: Doc, choice: FontChoice) {
  const font = (doc as unknown as { _font: PdfkitFont })._font;
  let shared = sharedLayouts.get(choice.font);
  if (font.layoutCache === shared?.cache) return;
  if (!shared || shared.characters > MAX_SHARED_CHARACTERS) {
    shared = { cache: Object.create(null) as Record<string, unknown>, runs: new Map(), characters: 0 };
    sharedLayouts.set(choice.font, shared);
  }
  const budget = shared;
  font.layoutCache = shared.cache;
  const runs = shared.runs;
  const layoutRun = font.layoutRun.bind(font);
  font.layoutRun = (text, features) => {
    if (!features || features.length > 0) return layoutRun(text, features);
    let run = runs.get(text);
    if (!run) {
      run = layoutRun(text, features);
      runs.set(text, run);
      budget.characters += text.length;
    }
    return run;
  };
  const layout = font.layout.bind(font);
  font.layout = (text, features, onlyWidth) =>
    features ? layout(text, features, onlyWidth) : layoutWordByWord(font, budget, text, onlyWidth);
}
