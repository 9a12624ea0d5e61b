/** pdfkit 0.20 writes a table header cell's /Scope (`/A << /O /Table /Scope … >>`); its typings lack the option. */
declare namespace PDFKit.Mixins {
  interface StructureElementOptions {
    scope?: 'Row' | 'Column' | 'Both';
  }
}
