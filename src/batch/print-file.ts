/**
 * `--print-file`: the run's letter-post letters as one PDF for the print shop, in postcode order
 * (src/delivery/postal-sort.ts), each letter starting on an odd page so that duplex printing never puts
 * two letters on one sheet (a blank page follows a letter with an odd page count), and a manifest of page
 * ranges (JSON, and CSV for a spreadsheet). The manifest holds the record id, the postcode and the pages,
 * never a name or an address line. Built from the run's manifest after the last record, so a resumed run
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
import { MANIFEST } from './journal.ts';
import type { ManifestEntry } from './outcome.ts';

export const PRINT_DIR = 'print';
export const PRINT_PDF = `${PRINT_DIR}/letter-post.pdf`;
export const PRINT_MANIFEST = `${PRINT_DIR}/letter-post.json`;
export const PRINT_CSV = `${PRINT_DIR}/letter-post.csv`;

/** One letter in the print file: pages are 1-based and inclusive; `sheets` counts duplex sheets, its blank page included. */
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

type Queued = { readonly id: string; readonly file: string; readonly post: PostalSort };

/** The print file of the run in `outDir`, or null when the run has no letter-post letter. */
export async function writePrintFile(outDir: string): Promise<PrintFileSummary | null> {
  const sources = (await letterPostEntries(outDir)).map((letter) => ({
    id: letter.id,
    post: letter.post,
    pdf: async () => readFileSync(join(outDir, letter.file)),
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
    const firstPage = print.getPageCount() + 1;
    for (const page of await print.copyPages(source, source.getPageIndices())) print.addPage(page);
    const lastPage = print.getPageCount();
    const blankPageAfter = lastPage % 2 === 1;
    if (blankPageAfter) {
      const { width, height } = source.getPage(source.getPageCount() - 1).getSize();
      print.addPage([width, height]);
    }
    letters.push({
      id: letter.id,
      postcode: 'postcode' in letter.post ? letter.post.postcode : null,
      abroad: 'country' in letter.post,
      firstPage,
      lastPage,
      blankPageAfter,
      sheets: Math.ceil((lastPage - firstPage + 1) / 2),
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
    if (post) queued.push({ id: entry.id, file: entry.file, post });
  }
  return queued;
}

const CSV_COLUMNS = ['id', 'postcode', 'abroad', 'firstPage', 'lastPage', 'blankPageAfter', 'sheets'] as const;

/** Ids are safe file names and postcodes four digits: no cell needs quoting. */
const toCsv = (letters: readonly PrintedLetter[]) =>
  `${[CSV_COLUMNS.join(','), ...letters.map((l) => CSV_COLUMNS.map((c) => String(l[c] ?? '')).join(','))].join('\n')}\n`;
