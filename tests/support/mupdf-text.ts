/**
 * A PDF's text as MuPDF reads it (`mutool draw -F txt`, SumatraPDF, PyMuPDF): Artifex's own WASM
 * build (npm `mupdf`, a dev-only test tool, AGPL), its structured text with white space kept, page
 * after page. Artifacts (page numbers, running headers, a cut word's hyphen) are taken out of the
 * content streams first: they are not the letter's text, and would otherwise sit between the lines of a
 * paragraph that runs over a page break.
 */
import * as mupdf from 'mupdf';

// Warnings MuPDF prints (e.g. an element's ActualText that no glyph took, see layout/run-text.ts) are not results.
mupdf.setLog(() => {});

/** A marked-content operator: a tag, its property list (names, numbers, strings, hex strings) and BDC or BMC; or EMC. */
const MARKED_CONTENT = /\/(\w+)\s*(?:<<(?:[^<>]|<[^<>]*>)*>>\s*)?\b(?:BDC|BMC)\b|\bEMC\b/g;

/** A content stream without its artifacts' marked content (which may hold marked content of its own). */
function withoutArtifacts(stream: string): string {
  let kept = '';
  let from = 0;
  const open: boolean[] = [];
  let inside = 0;
  for (const match of stream.matchAll(MARKED_CONTENT)) {
    const at = match.index ?? 0;
    if (inside === 0) kept += stream.slice(from, at);
    from = at + match[0].length;
    if (match[1] === undefined) {
      if (open.pop()) inside--;
      else if (inside === 0) kept += match[0];
    } else {
      const artifact = match[1] === 'Artifact';
      open.push(artifact);
      if (artifact) inside++;
      else if (inside === 0) kept += match[0];
    }
  }
  return kept + (inside === 0 ? stream.slice(from) : '');
}

export function mupdfText(pdf: Uint8Array): string {
  const doc = mupdf.Document.openDocument(pdf, 'application/pdf') as mupdf.PDFDocument;
  try {
    const pages: string[] = [];
    for (let index = 0; index < doc.countPages(); index++) {
      const page = doc.loadPage(index) as mupdf.PDFPage;
      const contents = page.getObject().get('Contents');
      const stream = Buffer.from(contents.readStream().asUint8Array()).toString('latin1');
      contents.writeStream(new Uint8Array(Buffer.from(withoutArtifacts(stream), 'latin1')));
      pages.push(doc.loadPage(index).toStructuredText('preserve-whitespace').asText());
    }
    return pages.join('\n');
  } finally {
    doc.destroy();
  }
}
