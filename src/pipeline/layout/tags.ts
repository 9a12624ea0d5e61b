/**
 * The PDF structure tree (tagged PDF, PDF/A-2a, PDF/UA's reading model): one `Document` root, a `Sect`
 * per language part carrying its `/Lang` (a screen reader switches voice between Danish and Arabic),
 * and H1–H3, P, L > LI > Lbl + LBody, Table > TR > TH/TD below, as the document model has them. All
 * drawn text is either inside a structure element's marked content or an `Artifact` (page numbers,
 * rules, the hyphen of a cut word), so nothing is left untagged.
 */
type Doc = PDFKit.PDFDocument;
type Element = PDFKit.PDFStructureElement;

interface OpenLeaf {
  readonly type: string;
  readonly contents: PDFKit.PDFStructureContent[];
  /** The element's text in logical order, when it is right-to-left (`actualText`). */
  actualText: string | null;
}

type ElementInternals = { dictionary: { data: Record<string, unknown> } };

export class Tags {
  private readonly stack: Element[];
  private leafOpen: OpenLeaf | null = null;

  constructor(private readonly doc: Doc) {
    const root = doc.struct('Document');
    doc.addStructure(root);
    this.stack = [root];
  }

  private get top(): Element {
    return this.stack[this.stack.length - 1] as Element;
  }

  /** A grouping element (Sect, L, LI, Table, TR) whose children are added while `fill` runs. */
  group(type: string, fill: () => void, options: PDFKit.Mixins.StructureElementOptions = {}) {
    const element = this.doc.struct(type, options);
    this.top.add(element);
    this.stack.push(element);
    fill();
    this.stack.pop();
    element.end();
  }

  /** An element holding drawn content: everything `draw` puts on the page (across page breaks) belongs to it. */
  leaf(type: string, draw: () => void, options: PDFKit.Mixins.StructureElementOptions = {}) {
    const element = this.doc.struct(type, options);
    this.top.add(element);
    const leaf: OpenLeaf = { type, contents: [this.doc.markStructureContent(type)], actualText: null };
    this.leafOpen = leaf;
    draw();
    this.doc.endMarkedContent();
    this.leafOpen = null;
    // Added once drawn, so that every page the content reached is in the parent tree.
    for (const content of leaf.contents) element.add(content);
    if (leaf.actualText !== null) {
      (element as unknown as ElementInternals).dictionary.data.ActualText = new String(leaf.actualText);
    }
    element.end();
  }

  /**
   * Right-to-left text of the open element in logical order, spaces included: stored as the element's
   * `/ActualText`, which pdf.js (Firefox's reader) and assistive technology read instead of the glyphs.
   * The glyphs of a right-to-left run are stored in visual order, and readers that rebuild the text
   * from them drop the spaces at the runs' edges, where Arabic meets a number or a Latin name (print
   * review D10). Not on a Span around each run: poppler lays such a run's ActualText out left to right
   * and then reverses it as Arabic, so pdftotext, which reads the glyphs right, would give it reversed.
   * MuPDF reads this one too, for the element's glyphs: each run therefore carries its own, which it
   * prefers (layout/run-text.ts, G8).
   */
  actualText(text: string) {
    const leaf = this.leafOpen;
    if (!leaf) return;
    leaf.actualText = leaf.actualText === null ? text : `${leaf.actualText}\n${text}`;
  }

  /** Draws something that is not content (a rule, a page number, a cut word's hyphen). */
  artifact(draw: () => void, type: 'Layout' | 'Pagination' = 'Layout') {
    const leaf = this.leafOpen;
    if (leaf) this.doc.endMarkedContent();
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
    if (leaf) leaf.contents.push(this.doc.markStructureContent(leaf.type));
  }

  end() {
    (this.stack[0] as Element).end();
  }
}
