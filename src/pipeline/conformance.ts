/**
 * The PDF checks itself before it leaves the engine (as Typst fails a document instead of fixing it
 * later): every font embedded, no missing glyph (.notdef: PDF/A-2 6.2.11.8 forbids it, and the reader
 * sees a box), every text inside the page's side margins and its printable height, the window address
 * inside the envelope window, title and language present; and for PDF/UA-1 every drawn text inside marked
 * content (a structure element or an artifact), the structure tree and its mark, the title shown in
 * the viewer's title bar, and the outline (bookmarks). The typesetter reports each line it draws
 * (`line`) and the frame the window block (`window`); the checks cost a set lookup per character and
 * a comparison per run. A failure is a coded Diagnostic: nothing is written or journalled.
 */
import type * as fontkit from 'fontkit';
import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.ts';
import { MARGIN, mm, PAGE } from './page-geometry.ts';

type Doc = PDFKit.PDFDocument;
type Page = unknown;

/** How close to the paper's edge text may be: printers do not print the outer 4–5 mm (the footer and draft mark sit inside it). */
export const PRINTABLE_EDGE = mm(5);
/** Rounding of measured widths: a run may end this far past its column (a thousandth of a millimetre would do; this is a hair). */
const TOLERANCE = 0.5;

/** The envelope window, in points (src/delivery/window.ts has the constants and their source). */
export interface WindowBox {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

type Problem = {
  readonly code: 'PDF_GLYPH_MISSING' | 'PDF_TEXT_OUTSIDE_MARGINS' | 'PDF_TEXT_OUTSIDE_WINDOW' | 'PDF_CONTENT_UNTAGGED';
  readonly page: Page;
};

/** Code points each font has been found to draw: checked once per font and character for the life of the process. */
const drawable = new WeakMap<fontkit.Font, Set<number>>();

function hasEveryGlyph(font: fontkit.Font, text: string): boolean {
  let known = drawable.get(font);
  if (!known) {
    known = new Set();
    drawable.set(font, known);
  }
  for (let index = 0; index < text.length; index++) {
    const code = text.codePointAt(index) as number;
    if (code > 0xffff) index++;
    if (known.has(code)) continue;
    if (!font.hasGlyphForCodePoint(code)) return false;
    known.add(code);
  }
  return true;
}

export class ConformanceLog {
  private readonly problems: Problem[] = [];

  constructor(private readonly window: WindowBox) {}

  /**
   * One drawn line: its runs (text, font, left edge, width), its top and height, on the current page;
   * `tagged`: drawn inside marked content, a structure element's or an artifact's.
   */
  line(
    page: Page,
    runs: readonly { text: string; font: fontkit.Font; left: number; width: number }[],
    top: number,
    height: number,
    tagged: boolean,
  ) {
    if (!tagged) this.problems.push({ code: 'PDF_CONTENT_UNTAGGED', page });
    for (const run of runs) {
      if (!hasEveryGlyph(run.font, run.text)) this.problems.push({ code: 'PDF_GLYPH_MISSING', page });
      const inside =
        run.left >= MARGIN.left - TOLERANCE &&
        run.left + run.width <= PAGE.width - MARGIN.right + TOLERANCE &&
        top >= PRINTABLE_EDGE &&
        top + height <= PAGE.height - PRINTABLE_EDGE;
      if (!inside) this.problems.push({ code: 'PDF_TEXT_OUTSIDE_MARGINS', page });
    }
  }

  /** The window address block as drawn: from its left edge and top to its right edge and last line's bottom. */
  windowBlock(page: Page, block: WindowBox) {
    const { left, top, right, bottom } = this.window;
    if (block.left < left || block.top < top || block.right > right || block.bottom > bottom)
      this.problems.push({ code: 'PDF_TEXT_OUTSIDE_WINDOW', page });
  }

  /** Every problem found, and those of the document as a whole (fonts, metadata); each kind once, with its first page. */
  diagnostics(doc: Doc): Diagnostic[] {
    const internals = doc as unknown as {
      _fontFamilies: Record<string, { subset?: unknown; name?: string }>;
      _pageBuffer: Page[];
      _root: {
        data: {
          Lang?: unknown;
          MarkInfo?: unknown;
          StructTreeRoot?: unknown;
          ViewerPreferences?: { data?: { DisplayDocTitle?: unknown } };
        };
      };
      info: { Title?: unknown };
      outline?: { children: unknown[] };
    };
    const out: Diagnostic[] = [];
    for (const font of Object.values(internals._fontFamilies)) {
      // pdfkit's EmbeddedFont has a subset; a StandardFont (Helvetica & co.) is never embedded.
      if (!font.subset) out.push(diagnostic('PDF_FONT_NOT_EMBEDDED', '', { font: String(font.name ?? 'unnamed').slice(0, 60) }));
    }
    const seen = new Set<string>();
    for (const problem of this.problems) {
      if (seen.has(problem.code)) continue;
      seen.add(problem.code);
      out.push(diagnostic(problem.code, '', { page: internals._pageBuffer.indexOf(problem.page) + 1 }));
    }
    if (!String(internals.info.Title ?? '').trim()) out.push(diagnostic('PDF_METADATA_MISSING', '', { field: 'title' }));
    if (!internals._root.data.Lang) out.push(diagnostic('PDF_METADATA_MISSING', '', { field: 'language' }));
    const root = internals._root.data;
    if (!root.MarkInfo || !root.StructTreeRoot) out.push(diagnostic('PDF_METADATA_MISSING', '', { field: 'structure tree' }));
    if (root.ViewerPreferences?.data?.DisplayDocTitle !== true)
      out.push(diagnostic('PDF_METADATA_MISSING', '', { field: 'DisplayDocTitle' }));
    if (!internals.outline?.children.length) out.push(diagnostic('PDF_METADATA_MISSING', '', { field: 'outline' }));
    return out;
  }
}
