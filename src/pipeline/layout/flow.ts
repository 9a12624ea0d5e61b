/** The vertical cursor of the body text: where the next line goes, and a new page when it does not fit. */
import { MARGIN, PAGE } from '../page-geometry.ts';

export class Flow {
  y: number;
  /** Pages this flow opened (continuation pages of the same part). */
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    top: number,
  ) {
    this.y = top;
  }

  get bottom(): number {
    return PAGE.height - MARGIN.bottom;
  }

  /** The height of a whole page's body: what fits below the top margin of a new page. */
  get pageHeight(): number {
    return this.bottom - MARGIN.top;
  }

  /** The cursor is at the top of a page's body: nothing drawn on it yet. */
  get atTop(): boolean {
    return this.y <= MARGIN.top;
  }

  /** Starts a new page unless `height` still fits below the cursor. */
  ensure(height: number) {
    if (this.y + height > this.bottom) this.newPage();
  }

  /**
   * pdfkit's `continueOnNewPage` (not `addPage`): the marked content of the element being drawn is
   * closed on this page and reopened on the next, so a paragraph that runs over the page break stays
   * one structure element with content on both pages.
   */
  newPage() {
    this.doc.continueOnNewPage();
    this.y = MARGIN.top;
  }
}
