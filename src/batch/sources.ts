/**
 * The batch input as a record source: NDJSON (one envelope + id per line) or CSV with a mapping file.
 * `identify` reads the file once before the run: its identity (recorded by the run, checked by `--resume`),
 * and a usage error for text that is not in the declared encoding.
 */
import { createHash } from 'node:crypto';
import { countCsv, type Delimiter, detectDelimiter, type Mapping, readCsv } from './csv-input.ts';
import { type InputEncoding, inspectInput } from './input-file.ts';
import { countNdjson, readNdjson } from './ndjson-input.ts';
import type { BatchSource } from './run-batch.ts';
import type { InputIdentity } from './run-identity.ts';
import { BatchUsageError } from './usage-error.ts';

export interface SourceOptions {
  readonly encoding?: InputEncoding;
}

export function ndjsonSource(file: string, options: SourceOptions = {}): BatchSource {
  const encoding = options.encoding ?? 'utf-8';
  return {
    identify: async () => ({ format: 'ndjson', encoding, ...(await inspect(file, encoding)) }),
    records: () => readNdjson(file, encoding),
    count: () => countNdjson(file, encoding),
  };
}

export interface CsvSourceOptions extends SourceOptions {
  /** The separator; found in the header line when not given. */
  readonly delimiter?: Delimiter;
}

export function csvSource(file: string, mapping: Mapping, options: CsvSourceOptions = {}): BatchSource {
  const encoding = options.encoding ?? 'utf-8';
  let delimiter: Promise<Delimiter> | undefined;
  const format = async () => {
    delimiter ??= options.delimiter ? Promise.resolve(options.delimiter) : detectDelimiter(file, encoding);
    return { encoding, delimiter: await delimiter };
  };
  const mappingSha256 = createHash('sha256').update(JSON.stringify(mapping)).digest('hex');
  return {
    identify: async () => {
      const inspected = await inspect(file, encoding);
      return { format: 'csv', ...inspected, ...(await format()), mappingSha256 };
    },
    async *records() {
      yield* readCsv(file, mapping, await format());
    },
    count: async () => countCsv(file, await format()),
  };
}

async function inspect(file: string, encoding: InputEncoding): Promise<Pick<InputIdentity, 'bytes' | 'sha256'>> {
  const { bytes, sha256, firstNonUtf8Line } = await inspectInput(file);
  if (encoding === 'utf-8' && firstNonUtf8Line !== null) {
    throw new BatchUsageError(
      `the input is not UTF-8 (first at line ${firstNonUtf8Line}): save it as UTF-8, or name its encoding, ` +
        'e.g. --encoding windows-1252 for a CSV saved by Danish Excel',
    );
  }
  return { bytes, sha256 };
}
