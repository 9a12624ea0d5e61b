/**
 * The document model between the template and the page: typed blocks made from the letter markup
 * (parse), gathered per language with the page frame (assemble), drawn by layout. No pdfkit here.
 */
import type { Direction, LanguageCode } from '../domain/languages.ts';

export interface Run {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
}

/** A line of inline runs; a `<br>` starts a new line inside the same block. */
export type Inline = readonly Run[];

export type Block =
  | {
      readonly type: 'heading';
      readonly level: 1 | 2 | 3;
      readonly lines: readonly Inline[];
      /**
       * The heading of an enclosure the letter itself carries after its closing (`<h2 class="enclosure">`, e.g. the law
       * extract of the § 21 b guidance): it starts a new page, and the letter's "Bilag" list names it (pipeline/enclosures.ts).
       */
      readonly enclosure?: true;
    }
  | {
      readonly type: 'paragraph';
      readonly lines: readonly Inline[];
      /**
       * body: running text; note: a marked notice (a bar beside it, bold: "This is a translation", "only in
       * Danish"); quote: a passage shown as it is inside such a box (the officer's Danish words), the bar in regular weight.
       */
      readonly role: 'body' | 'note' | 'quote';
      /** Never the last thing on a page: drawn on the page that has room for the next block too ("Med venlig hilsen" and the signature). */
      readonly keepWithNext?: true;
    }
  | { readonly type: 'list'; readonly ordered: boolean; readonly items: readonly (readonly Inline[])[] }
  | { readonly type: 'table'; readonly rows: readonly TableRow[] }
  | { readonly type: 'section'; readonly language: string; readonly direction: Direction; readonly blocks: readonly Block[] };

/**
 * A row of a table. A header cell (`<th>`) heads its column when the whole row is header cells (a
 * header row), else its row (a label beside its value): PDF/UA's /Scope Column or Row.
 */
export interface TableRow {
  readonly cells: readonly TableCell[];
}

export interface TableCell {
  readonly header: boolean;
  readonly lines: readonly Inline[];
}

/** A header row: every cell is a header cell (the column headers). */
export const isHeaderRow = (row: TableRow): boolean => row.cells.length > 0 && row.cells.every((cell) => cell.header);

/** The page furniture of one language part: all words already in that language. */
export interface Frame {
  readonly letterhead: { readonly name: string; readonly unit: string | null; readonly lines: readonly string[] };
  /** Lines in the envelope window; only the first (Danish) part has them. */
  readonly recipient: readonly string[] | null;
  readonly references: readonly (readonly [label: string, value: string])[];
  readonly footer: string;
  readonly pageLabel: (page: number, total: number) => string;
  /** Shown on every page of a translation that is not approved (languages.md). */
  readonly draftMark: string | null;
}

export interface Part {
  /** Which document of the set the part belongs to (0: the letter; then companions, then copies): pages are numbered per document. */
  readonly document: number;
  readonly language: LanguageCode;
  readonly direction: Direction;
  readonly frame: Frame;
  readonly blocks: readonly Block[];
}

/** The whole PDF: one or more documents (the letter, its companions, its copies), each of one or more language parts. */
export interface LetterDocument {
  readonly title: string;
  readonly author: string;
  readonly creationDate: Date;
  /** In reading order; parts of one document are adjacent. */
  readonly parts: readonly Part[];
}
