/** The batch input as a record source: NDJSON (one envelope + id per line) or CSV with a mapping file. */
import { countCsv, type Mapping, readCsv } from './csv-input.ts';
import { countNdjson, readNdjson } from './ndjson-input.ts';
import type { BatchSource } from './run-batch.ts';

export const ndjsonSource = (file: string): BatchSource => ({
  records: () => readNdjson(file),
  count: () => countNdjson(file),
});

export const csvSource = (file: string, mapping: Mapping): BatchSource => ({
  records: () => readCsv(file, mapping),
  count: () => countCsv(file),
});
