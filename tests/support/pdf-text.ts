/**
 * What a reader (or a screen reader, or copy-paste) gets out of a PDF: its text per page, extracted
 * with pdfjs-dist, lines rebuilt from the text items' positions. Also the fonts and metadata.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfFacts {
  readonly pages: string[];
  readonly info: Record<string, unknown>;
  readonly fonts: string[];
}

interface Item {
  str: string;
  transform: number[];
  width: number;
  hasEOL: boolean;
}

/** Items on one baseline further apart than this are separate columns (recipient | references; footer left | right). */
const COLUMN_GAP = 12;

export async function readPdf(bytes: Uint8Array): Promise<PdfFacts> {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    pages.push(toLines(content.items as Item[]));
  }
  const metadata = await pdf.getMetadata();
  const fonts = await fontNames(bytes);
  await pdf.destroy();
  return { pages, info: metadata.info as Record<string, unknown>, fonts };
}

/** Groups text items by baseline (top to bottom), then left to right; one string per visual line. */
function toLines(items: Item[]): string {
  const rows = new Map<number, { x: number; width: number; text: string }[]>();
  for (const item of items) {
    if (!item.str) continue;
    const y = Math.round((item.transform[5] ?? 0) * 2) / 2;
    const key = [...rows.keys()].find((existing) => Math.abs(existing - y) < 2) ?? y;
    const row = rows.get(key) ?? [];
    row.push({ x: item.transform[4] ?? 0, width: item.width, text: item.str });
    rows.set(key, row);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => b - a)
    .map(([, row]) => joinRow(row.sort((a, b) => a.x - b.x)))
    .filter(Boolean)
    .join('\n');
}

function joinRow(parts: { x: number; width: number; text: string }[]): string {
  let line = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const part of parts) {
    line += part.x - end > COLUMN_GAP && line ? ` | ${part.text}` : part.text;
    end = part.x + part.width;
  }
  return line.replace(/\s+/g, ' ').trim();
}

/** Font names from the PDF's font dictionaries (e.g. `ABCDEF+NotoSans-Regular`): subset-tagged means embedded as a subset. */
async function fontNames(bytes: Uint8Array): Promise<string[]> {
  const text = Buffer.from(bytes).toString('latin1');
  const names = new Set<string>();
  for (const match of text.matchAll(/\/BaseFont\s*\/([A-Za-z0-9+\-_]+)/g)) if (match[1]) names.add(match[1]);
  return [...names].sort();
}

/** The whole document's text with all white space folded: for "this sentence appears exactly" checks. */
export const flatText = (facts: PdfFacts): string => facts.pages.join('\n').replace(/\s+/g, ' ');
