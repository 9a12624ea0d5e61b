/**
 * `--print-file`: the run's letter-post letters as one PDF for the print shop, in postcode order
 * (src/delivery/postal-sort.ts), each letter starting on an odd page so that duplex printing never puts
 * two letters on one sheet (a blank page follows a letter with an odd page count), and a manifest of page
 * ranges (JSON, and CSV for a spreadsheet). A record's set is listed document by document (the letter, its
 * translation, a companion, a copy), each with its own pages and its recipient's kind; a document that goes to
 * someone other than the applicant (a copy to the police, a notice to the municipality) goes in its own
 * envelope, so it starts on an odd page too (a blank page before it where needed). The manifest holds the
 * record id, the postcode, the documents' kinds and languages and the pages, never a name or an address line. Built from the run's manifest after the last record, so a resumed run
 * builds it from every verified letter; written atomically, rebuilt whole by every run that asks for it.
 *
 * A print artefact, not an archival one: the pages are copied with @cantoo/pdf-lib (a maintained fork of
 * pdf-lib), which keeps their content but not the letters' structure tree, XMP or PDF/A identification.
 * The archived letters are the single PDFs in letters/. Every letter is held in memory while the file is
 * built (≈ 0.3 MB each, measured: see README).
 */
import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { PDFDocument } from '@cantoo/pdf-lib';
import { writeFileAtomically } from '../atomic-file.ts';
import { comparePostal, type PostalSort } from '../delivery/postal-sort.ts';
import { type LanguageCode, MASTER_LANGUAGE } from '../domain/languages.ts';
import { MANIFEST } from './journal.ts';
import type { ManifestEntry, SetDocument } from './outcome.ts';

export const PRINT_DIR = 'print';
export const PRINT_PDF = `${PRINT_DIR}/letter-post.pdf`;
export const PRINT_MANIFEST = `${PRINT_DIR}/letter-post.json`;
export const PRINT_CSV = `${PRINT_DIR}/letter-post.csv`;

/** One document of a record's set in the print file: a language part of the letter or of a companion, or a copy. */
export interface PrintedDocument {
  /** Which document of the set, 1 = the letter, then companions, then copies (a translation has its document's number). */
  readonly document: number;
  readonly kind: 'letter' | 'translation' | 'companion' | 'copy';
  readonly language: LanguageCode;
  /** Whose envelope: the applicant's, or its own to an authority or a representative. */
  readonly recipient: SetDocument['recipient'];
  readonly firstPage: number;
  readonly lastPage: number;
  /** A blank page precedes it, so that a document in its own envelope starts on an odd page (its own sheet). */
  readonly blankPageBefore: boolean;
}

/** One letter in the print file: pages are 1-based and inclusive; `sheets` counts duplex sheets, its blank pages included. */
export interface PrintedLetter {
  readonly id: string;
  /** The Danish postcode; null for a letter abroad (its postage differs: `abroad`). */
  readonly postcode: string | null;
  readonly abroad: boolean;
  readonly firstPage: number;
  readonly lastPage: number;
  /** A blank page follows the letter, so the next one starts on an odd page. */
  readonly blankPageAfter: boolean;
  readonly sheets: number;
  readonly documents: readonly PrintedDocument[];
}

export interface PrintFileSummary {
  readonly file: string;
  readonly manifest: string;
  readonly letters: number;
  readonly pages: number;
  readonly sheets: number;
}

/** A letter-post letter to print: its sort key, and its PDF, read only when the print file reaches it. */
export interface PrintSource {
  readonly id: string;
  readonly post: PostalSort;
  /** Absent in a manifest written before sets were listed: the whole PDF is then one letter to the applicant. */
  readonly documents?: readonly SetDocument[];
  pdf(): Promise<Uint8Array>;
}

/** The print file and its manifests as bytes, to be written to a run's folder or packed into a queued batch's zip. */
export interface PrintFile {
  readonly pdf: Uint8Array;
  readonly manifest: string;
  readonly csv: string;
  readonly letters: number;
  readonly pages: number;
  readonly sheets: number;
}

type Queued = {
  readonly id: string;
  readonly file: string;
  readonly post: PostalSort;
  readonly documents?: readonly SetDocument[];
};

/** A set's print units in order: each language part of each document, the document's recipient and role with it. */
function partsOf(letter: PrintSource, pages: number) {
  const documents = letter.documents ?? [
    { role: 'letter', recipient: 'applicant', parts: [{ language: MASTER_LANGUAGE, pages }] } satisfies SetDocument,
  ];
  return documents.flatMap((document, index) =>
    document.parts.map((part, at) => ({
      document: index + 1,
      kind: at > 0 || part.language !== MASTER_LANGUAGE ? ('translation' as const) : document.role,
      language: part.language,
      recipient: document.recipient,
      pages: part.pages,
      ownEnvelope: at === 0 && document.recipient !== 'applicant',
    })),
  );
}

/** The print file of the run in `outDir`, or null when the run has no letter-post letter. */
export async function writePrintFile(outDir: string): Promise<PrintFileSummary | null> {
  const sources = (await letterPostEntries(outDir)).map(({ file, ...letter }) => ({
    ...letter,
    pdf: async () => readFileSync(join(outDir, file)),
  }));
  const built = await buildPrintFile(sources);
  if (!built) return null;
  writeFileAtomically(join(outDir, PRINT_PDF), built.pdf);
  writeFileAtomically(join(outDir, PRINT_MANIFEST), built.manifest);
  writeFileAtomically(join(outDir, PRINT_CSV), built.csv);
  const { letters, pages, sheets } = built;
  return { file: join(outDir, PRINT_PDF), manifest: join(outDir, PRINT_MANIFEST), letters, pages, sheets };
}

/**
 * The print file of these letters (a local run's, or a finished queued batch's: store-zip.ts), or null when
 * there are none. Deterministic: the same letters give the same bytes, in whatever order they are given.
 */
export async function buildPrintFile(sources: readonly PrintSource[]): Promise<PrintFile | null> {
  const queued = [...sources].sort((a, b) => comparePostal(a.post, b.post) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (queued.length === 0) return null;
  // No clock and no producer string: the same letters give the same print file.
  const print = await PDFDocument.create({ updateMetadata: false });
  const letters: PrintedLetter[] = [];
  for (const letter of queued) {
    const source = await PDFDocument.load(await letter.pdf());
    const { width, height } = source.getPage(0).getSize();
    const copied = await print.copyPages(source, source.getPageIndices());
    const firstPage = print.getPageCount() + 1;
    const documents: PrintedDocument[] = [];
    for (const { pages, ownEnvelope, ...part } of partsOf(letter, copied.length)) {
      // A document in its own envelope starts a sheet: after an odd page count, a blank page.
      const blankPageBefore = ownEnvelope && print.getPageCount() % 2 === 1;
      if (blankPageBefore) print.addPage([width, height]);
      const first = print.getPageCount() + 1;
      for (const page of copied.splice(0, pages)) print.addPage(page);
      documents.push({ ...part, firstPage: first, lastPage: print.getPageCount(), blankPageBefore });
    }
    // Pages the manifest does not account for (never expected) are printed, not dropped.
    for (const page of copied) print.addPage(page);
    const lastPage = print.getPageCount();
    const blankPageAfter = lastPage % 2 === 1;
    if (blankPageAfter) print.addPage([width, height]);
    letters.push({
      id: letter.id,
      postcode: 'postcode' in letter.post ? letter.post.postcode : null,
      abroad: 'country' in letter.post,
      firstPage,
      lastPage,
      blankPageAfter,
      sheets: Math.ceil((lastPage - firstPage + 1) / 2),
      documents,
    });
  }
  print.setTitle('Print file (letter post)');
  const pages = print.getPageCount();
  const summary = { letters: letters.length, pages, sheets: pages / 2 };
  return {
    pdf: await print.save(),
    manifest: `${JSON.stringify({ file: PRINT_PDF, ...summary, order: letters }, null, 2)}\n`,
    csv: toCsv(letters),
    ...summary,
  };
}

/** The run's written letter-post letters (streamed from its manifest), each with its sort key. */
async function letterPostEntries(outDir: string): Promise<Queued[]> {
  const queued: Queued[] = [];
  const lines = createInterface({ input: createReadStream(join(outDir, MANIFEST), 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const entry = JSON.parse(line) as ManifestEntry;
    if (entry.status !== 'ok' || entry.channel !== 'letter-post' || !entry.file || entry.id === null) continue;
    const post =
      entry.postcode !== undefined
        ? { postcode: entry.postcode }
        : entry.country !== undefined
          ? { country: entry.country }
          : null;
    if (post) queued.push({ id: entry.id, file: entry.file, post, ...(entry.documents ? { documents: entry.documents } : {}) });
  }
  return queued;
}

const LETTER_COLUMNS = ['id', 'postcode', 'abroad'] as const;
const DOCUMENT_COLUMNS = ['document', 'kind', 'language', 'recipient', 'firstPage', 'lastPage', 'blankPageBefore'] as const;

/**
 * One row per printed document, its letter's id and postcode on each (a spreadsheet filters by either). Ids are safe
 * file names, postcodes four digits, the rest fixed words and numbers: no cell needs quoting.
 */
const toCsv = (letters: readonly PrintedLetter[]) =>
  `${[
    [...LETTER_COLUMNS, ...DOCUMENT_COLUMNS].join(','),
    ...letters.flatMap((l) =>
      l.documents.map((d) =>
        [...LETTER_COLUMNS.map((c) => String(l[c] ?? '')), ...DOCUMENT_COLUMNS.map((c) => String(d[c]))].join(','),
      ),
    ),
  ].join('\n')}\n`;
