/**
 * Stage: layout. Draws the document model with pdfkit: the only stage that touches pdfkit.
 * Each language part opens on a new page with the letterhead and references, in its own fonts and
 * direction, as a `Sect` with its `/Lang` in the structure tree; the recipient sits in the envelope
 * window of the first page; "Side X af Y" (and the draft mark of an unapproved translation) go on
 * every page once the page count is known (bufferPages).
 *
 * The PDF is PDF/A-2a (archival, tagged): every font embedded (subset), XMP metadata and an sRGB
 * output intent (pdfkit's `subset`), the structure tree, the title shown in the viewer's title bar.
 * CreationDate and ModDate are both the letter date: the same input gives the same bytes (pdf-notes.md §4). The
 * XMP's document information (the title in every language of the letter, the dates matching the Info
 * dictionary's) is ours (layout/xmp.ts), in place of pdfkit's, which has no xmp:ModifyDate (pdf-notes.md §3 d).
 */
import PDFDocument from 'pdfkit';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { LANGUAGES, MASTER_LANGUAGE } from '../domain/languages.ts';
import { firstHeading } from './assemble.ts';
import type { LetterDocument, Part } from './document.ts';
import { type FontSet, scriptOf } from './fonts.ts';
import { drawBlocks } from './layout/blocks.ts';
import { Flow } from './layout/flow.ts';
import { drawFrame, drawPageFurniture } from './layout/frame.ts';
import { Tags } from './layout/tags.ts';
import type { Scope } from './layout/text-block.ts';
import { Typesetter } from './layout/typeset.ts';
import { infoXmp, type XmpInfo } from './layout/xmp.ts';
import { BODY_WIDTH, FIRST_BODY_Y, MARGIN } from './page-geometry.ts';
import { isolateCitationsInPart } from './text/citations.ts';
import { withoutBidiControls } from './text/isolate.ts';
import { asDrawn, keepTogetherInPart } from './text/keep-together.ts';

type Doc = PDFKit.PDFDocument;

/** The archival standard declared in the XMP metadata: part 2, level a (tagged, Unicode text). */
export const PDF_A_CONFORMANCE = 'PDF/A-2a';

/**
 * PDF/UA-1 (ISO 14289-1), declared beside PDF/A-2a: pdfkit's `subset` takes one standard, so its
 * identification is added to the XMP by hand, with the PDF/A extension schema that describes the
 * pdfuaid property (PDF/A-2 6.6.2.3: a property outside the predefined schemas must be described).
 */
export const PDF_UA_PART = 1;
const PDF_UA_XMP = `
        <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
            <pdfuaid:part>${PDF_UA_PART}</pdfuaid:part>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
            <pdfaExtension:schemas>
                <rdf:Bag>
                    <rdf:li rdf:parseType="Resource">
                        <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                        <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                        <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                        <pdfaSchema:property>
                            <rdf:Seq>
                                <rdf:li rdf:parseType="Resource">
                                    <pdfaProperty:name>part</pdfaProperty:name>
                                    <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                                    <pdfaProperty:category>internal</pdfaProperty:category>
                                    <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
                                </rdf:li>
                            </rdf:Seq>
                        </pdfaSchema:property>
                    </rdf:li>
                </rdf:Bag>
            </pdfaExtension:schemas>
        </rdf:Description>`;

/** The letter's title in each of its languages, the Danish first (the Info /Title): its parts' first headings. */
function letterTitles(document: LetterDocument): XmpInfo['titles'] {
  return document.parts
    .filter((part) => part.document === 0)
    .map((part) => ({
      language: part.language,
      title: withoutBidiControls(part.language === MASTER_LANGUAGE ? document.title : (firstHeading(part.blocks) ?? '')),
    }))
    .filter(({ title }) => title !== '');
}

/** The laid-out PDF, and how many pages each document of the set has (index = the parts' `document`). */
export interface Laid {
  readonly doc: Doc;
  readonly pagesPerDocument: readonly number[];
  /** How many pages each language part has (index = the document's `parts`): a translation's own page range. */
  readonly pagesPerPart: readonly number[];
  /** The conformance check's findings (pipeline/conformance.ts): empty, or the PDF must not leave the engine. */
  readonly problems: readonly Diagnostic[];
}

/**
 * Which document of a set (the letter, its companions, its copies) a part belongs to: pages are
 * numbered per document. Read structurally, so this works with models with and without sets.
 */
const documentOf = (part: Part): number => part.document;

/**
 * The outline (bookmarks): one entry per document of the set (the letter, each companion, each copy),
 * titled by its heading, and below it one per language part, in the part's own language name
 * ("Dansk", "العربية"): a screen-reader user or an officer jumps to the translation or to the copy.
 */
class Bookmarks {
  private readonly documents = new Map<number, PDFKit.PDFOutline>();
  private readonly titles = new Set<string>();

  constructor(private readonly doc: Doc) {}

  part(part: Part) {
    let item = this.documents.get(part.document);
    if (!item) {
      item = this.doc.outline.addItem(this.title(part), { expanded: true, fit: true });
      this.documents.set(part.document, item);
    }
    item.addItem(LANGUAGES[part.language].nativeName, { fit: true });
  }

  /** The document's heading; a copy has its letter's heading, so it is told apart by its window's first lines ("Kopi til orientering, Rigspolitiet"). */
  private title(part: Part): string {
    const heading = asDrawn(firstHeading(part.blocks) ?? '');
    const title =
      this.titles.has(heading) && part.frame.recipient
        ? `${heading} (${part.frame.recipient.slice(0, 2).map(asDrawn).join(', ')})`
        : heading;
    this.titles.add(heading);
    return title || String(part.document + 1);
  }
}

/**
 * The text passes before layout: Danish citations in right-to-left text read left to right (text/citations.ts);
 * no line breaks inside "§ 21 b", dates, amounts, phone numbers (text/keep-together.ts).
 */
const textPasses = (part: Part): Part => keepTogetherInPart(isolateCitationsInPart(part));

export function layout(document: LetterDocument, fonts: FontSet): Laid {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    pdfVersion: '1.7',
    subset: PDF_A_CONFORMANCE,
    tagged: true,
    lang: LANGUAGES.da.locale,
    displayTitle: true,
    compress: true,
    // No default font: pdfkit would load its unembedded Helvetica (not PDF/A); every text sets its font.
    font: null as unknown as string,
    info: {
      Title: withoutBidiControls(document.title),
      Author: withoutBidiControls(document.author),
      Creator: 'decision-letters',
      Producer: 'decision-letters (pdfkit)',
      CreationDate: document.creationDate,
      ModDate: document.creationDate,
    },
  });
  doc.appendXML(PDF_UA_XMP);
  // pdfkit's `_addInfo` (called as the PDF ends) writes the document information into the XMP: ours instead.
  (doc as unknown as { _addInfo: () => void })._addInfo = () =>
    doc.appendXML(
      infoXmp({
        creationDate: document.creationDate,
        creator: String(doc.info.Creator),
        producer: String(doc.info.Producer),
        author: String(doc.info.Author),
        titles: letterTitles(document),
      }),
    );
  const ts = new Typesetter(doc, fonts);
  const tags = new Tags(doc);
  const bookmarks = new Bookmarks(doc);

  const scopeOfPage: Scope[] = [];
  const partOfPage: Part[] = [];
  const drawnParts = document.parts.map(textPasses);
  drawnParts.forEach((part, index) => {
    if (index > 0) doc.addPage();
    const firstPage = doc.bufferedPageRange().count - 1;
    bookmarks.part(part);
    const flow = new Flow(doc, FIRST_BODY_Y);
    const script = scriptOf(part.language);
    const latinLanguage = script === 'Latn' ? null : LANGUAGES[MASTER_LANGUAGE].locale;
    const scope: Scope = { ts, tags, flow, script, direction: part.direction, latinLanguage };
    tags.group(
      'Sect',
      () => {
        drawFrame(scope, part.frame);
        drawBlocks(scope, part.blocks, { x: MARGIN.left, width: BODY_WIDTH });
      },
      { lang: LANGUAGES[part.language].locale },
    );
    for (let page = firstPage; page < doc.bufferedPageRange().count; page++) {
      partOfPage[page] = part;
      scopeOfPage[page] = scope;
    }
  });
  tags.end();

  const pagesPerDocument: number[] = [];
  for (const part of partOfPage) pagesPerDocument[documentOf(part)] = (pagesPerDocument[documentOf(part)] ?? 0) + 1;
  const pagesPerPart = document.parts.map((_, index) => partOfPage.filter((part) => part === drawnParts[index]).length);
  let pageInDocument = 0;
  partOfPage.forEach((part, page) => {
    const scope = scopeOfPage[page] as Scope;
    pageInDocument = page > 0 && documentOf(partOfPage[page - 1] as Part) === documentOf(part) ? pageInDocument + 1 : 1;
    doc.switchToPage(page);
    const firstOfPart = page === 0 || partOfPage[page - 1] !== part;
    drawPageFurniture(scope, part.frame, pageInDocument, pagesPerDocument[documentOf(part)] ?? partOfPage.length, firstOfPart);
  });
  return { doc, pagesPerDocument, pagesPerPart, problems: ts.check.diagnostics(doc) };
}
