/**
 * NDJSON batch input, streamed: one record per non-empty line, never the whole file in memory. A byte
 * order mark (as some Windows editors write) is not part of the first record.
 */
import { createInterface } from 'node:readline';
import { diagnostic } from '../diagnostics/diagnostic.ts';
import { type InputEncoding, readText } from './input-file.ts';
import { type BatchRecord, toRecord } from './record.ts';

export async function* readNdjson(file: string, encoding: InputEncoding = 'utf-8'): AsyncGenerator<BatchRecord> {
  const lines = createInterface({ input: readText(file, encoding), crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  for await (const text of lines) {
    line++;
    if (!text.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      // JSON.parse's message quotes the text around the fault (personal data): only the line number is kept.
      yield { line, id: null, problems: [diagnostic('BATCH_LINE_NOT_JSON', '')] };
      continue;
    }
    yield toRecord(line, value);
  }
}

/** How many records the input holds (non-empty lines), counted in a streaming pass for the progress bar's total. */
export async function countNdjson(file: string, encoding: InputEncoding = 'utf-8'): Promise<number> {
  let count = 0;
  const lines = createInterface({ input: readText(file, encoding), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const text of lines) if (text.trim()) count++;
  return count;
}
