/**
 * The document information in the XMP metadata (print review G6), written by us instead of pdfkit's `_addInfo`
 * (pdfkit 0.20 writes dc:title with the Danish title only, and no xmp:ModifyDate, and does not escape XML):
 * - dc:title as a language alternative: `x-default` the Danish subject (the binding text, = the Info /Title, as
 *   PDF/A-2 asks), then the subject in each language of the letter (`xml:lang`, e.g. "da-DK", "ar");
 * - xmp:CreateDate and xmp:ModifyDate both the deterministic creation date (the letter date), as the Info
 *   dictionary's /CreationDate and /ModDate are: the same input gives the same bytes (pdf-notes.md §3 d, §4);
 * - dc:creator, xmp:CreatorTool and pdf:Producer as pdfkit wrote them.
 * The PDF/A and PDF/UA identification (pdfaid, pdfuaid) stays pdfkit's and layout.ts's.
 */
import { LANGUAGES, type LanguageCode } from '../../domain/languages.ts';

export interface XmpInfo {
  readonly creationDate: Date;
  readonly creator: string;
  readonly producer: string;
  readonly author: string;
  /** The Danish title first (x-default), then each language's, as the letter's parts have them. */
  readonly titles: readonly { readonly language: LanguageCode; readonly title: string }[];
}

const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

/** A date as XMP writes it: the same instant as the Info dictionary's, to the second, in UTC. */
const xmpDate = (date: Date): string => `${date.toISOString().split('.')[0]}Z`;

export function infoXmp({ creationDate, creator, producer, author, titles }: XmpInfo): string {
  const [danish] = titles;
  const alternatives = [
    ...(danish ? [`<rdf:li xml:lang="x-default">${escapeXml(danish.title)}</rdf:li>`] : []),
    ...titles.map(({ language, title }) => `<rdf:li xml:lang="${LANGUAGES[language].locale}">${escapeXml(title)}</rdf:li>`),
  ];
  return `
        <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
            <xmp:CreateDate>${xmpDate(creationDate)}</xmp:CreateDate>
            <xmp:ModifyDate>${xmpDate(creationDate)}</xmp:ModifyDate>
            <xmp:CreatorTool>${escapeXml(creator)}</xmp:CreatorTool>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:title>
                <rdf:Alt>
                    ${alternatives.join('\n                    ')}
                </rdf:Alt>
            </dc:title>
            <dc:creator>
                <rdf:Seq>
                    <rdf:li>${escapeXml(author)}</rdf:li>
                </rdf:Seq>
            </dc:creator>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
            <pdf:Producer>${escapeXml(producer)}</pdf:Producer>
        </rdf:Description>`;
}
