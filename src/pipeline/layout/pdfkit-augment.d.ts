/** What pdfkit 0.20 does and its typings lack: a table header cell's /Scope, an outline item that fits its page. */
declare namespace PDFKit.Mixins {
  interface StructureElementOptions {
    /** Written as `/A << /O /Table /Scope … >>` (PDF/UA, Matterhorn 15-003). */
    scope?: 'Row' | 'Column' | 'Both';
  }
}

declare namespace PDFKit {
  interface PDFOutline {
    addItem(title: string, options?: { expanded?: boolean; fit?: boolean }): PDFOutline;
  }
}
