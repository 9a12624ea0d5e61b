/**
 * Dated data: amounts and levels that change by date (fees regulated each year, the financial
 * security by filing date) as tables of rows `from → value`, each row with its source line. A rule
 * asks for the value on the date the reference names (filing date, decision date); a date no row
 * covers is a coded error naming the table, never a guess from the nearest year.
 *
 * A row's `to` is its last day. `to: null` (open end: valid until a later row replaces it) is only
 * for values the reference states as lasting; a level "regulated yearly" ends with its year.
 */
import { z } from 'zod';
import { type Diagnostic, diagnostic, fail, ok, type Result } from '../diagnostics/diagnostic.ts';
import type { CivilDate } from './civil-date.ts';

export interface DatedRow<T> {
  readonly from: CivilDate;
  readonly to: CivilDate | null;
  readonly value: T;
  readonly source: string;
}

export interface DatedTable<T> {
  /** Stable id, named in the error and in the plan (e.g. `fees/application/9-1`). */
  readonly id: string;
  /** Which date chooses the row, as the reference says (e.g. "filing date"). */
  readonly chosenBy: string;
  readonly rows: readonly DatedRow<T>[];
}

/** The value a rule used and where it comes from, for the plan the officer sees. */
export interface DatedValue<T> {
  readonly table: string;
  readonly value: T;
  readonly from: CivilDate;
  readonly source: string;
}

/**
 * The row covering `date`, or DATED_TABLE_NO_VALUE_FOR_DATE naming the table and the span it
 * knows (not the input date: the path says which field chose it). `path` is that field.
 */
export function valueOn<T>(table: DatedTable<T>, date: CivilDate, path: string): Result<DatedValue<T>> {
  const row = table.rows.find((r) => r.from <= date && (r.to === null || date <= r.to));
  if (!row) return fail(outside(table, path));
  return ok({ table: table.id, value: row.value, from: row.from, source: row.source });
}

const outside = <T>(table: DatedTable<T>, path: string): Diagnostic => {
  const first = table.rows[0];
  const last = table.rows[table.rows.length - 1];
  return diagnostic('DATED_TABLE_NO_VALUE_FOR_DATE', path, {
    table: table.id,
    knownFrom: first?.from ?? '–',
    knownTo: last?.to ?? (last ? 'open' : '–'),
  });
};

const isoDate = z.iso.date();

/** The JSON shape of one table: rows in date order, none overlapping, only the last one open. */
export const datedTableFileSchema = <V extends z.ZodType>(value: V) =>
  z
    .strictObject({
      chosenBy: z.string().min(1),
      rows: z.array(z.strictObject({ from: isoDate, to: isoDate.nullable(), value, source: z.string().min(1) })).min(1),
    })
    .superRefine((table, ctx) => {
      table.rows.forEach((row, i) => {
        if (row.to !== null && row.to < row.from) ctx.addIssue({ code: 'custom', path: ['rows', i], message: 'to before from' });
        if (row.to === null && i < table.rows.length - 1)
          ctx.addIssue({ code: 'custom', path: ['rows', i], message: 'only the last row may be open' });
        const previous = table.rows[i - 1];
        if (previous && (previous.to === null || previous.to >= row.from))
          ctx.addIssue({ code: 'custom', path: ['rows', i], message: 'rows overlap or are out of order' });
      });
    });

/** Builds a typed table from its parsed JSON; `convert` turns the stored value into the rule's type. */
export function toDatedTable<S, T>(
  id: string,
  parsed: { chosenBy: string; rows: readonly { from: string; to: string | null; value: S; source: string }[] },
  convert: (stored: S) => T,
): DatedTable<T> {
  return {
    id,
    chosenBy: parsed.chosenBy,
    rows: parsed.rows.map((r) => ({
      from: r.from as CivilDate,
      to: r.to as CivilDate | null,
      value: convert(r.value),
      source: r.source,
    })),
  };
}
