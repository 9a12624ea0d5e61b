/**
 * The batch input file as bytes and as text. `inspectInput` reads it once for its identity (size and
 * SHA-256, recorded in the run so `--resume` can refuse another input) and finds the first line that is
 * not UTF-8, by number only. `readText` decodes it in the declared encoding, without a byte order mark.
 * Nothing is guessed: text that is not UTF-8 is refused unless the encoding is given (`windows-1252`,
 * what Danish Excel writes as "CSV (semikolonsepareret)").
 */

import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { type Readable, Transform } from 'node:stream';

export const ENCODINGS = ['utf-8', 'windows-1252'] as const;
export type InputEncoding = (typeof ENCODINGS)[number];

export interface InputInspection {
  readonly bytes: number;
  readonly sha256: string;
  /** The first line (1-based) that is not valid UTF-8, or null. */
  readonly firstNonUtf8Line: number | null;
}

const NEWLINE = 0x0a;

export async function inspectInput(file: string): Promise<InputInspection> {
  const hash = createHash('sha256');
  let bytes = 0;
  let line = 0;
  let firstNonUtf8Line: number | null = null;
  let partial: Buffer = Buffer.alloc(0);
  // A newline byte never occurs inside a multi-byte UTF-8 sequence, so lines can be checked one by one.
  const checkLine = (text: Buffer) => {
    line++;
    if (firstNonUtf8Line === null && !isUtf8(text)) firstNonUtf8Line = line;
  };
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.byteLength;
    if (firstNonUtf8Line !== null) continue;
    let data = partial.byteLength ? Buffer.concat([partial, chunk]) : chunk;
    for (let end = data.indexOf(NEWLINE); end >= 0 && firstNonUtf8Line === null; end = data.indexOf(NEWLINE)) {
      checkLine(data.subarray(0, end));
      data = data.subarray(end + 1);
    }
    partial = Buffer.from(data);
  }
  if (firstNonUtf8Line === null && partial.byteLength) checkLine(partial);
  return { bytes, sha256: hash.digest('hex'), firstNonUtf8Line };
}

/** The file as text in `encoding`; a leading byte order mark is dropped (TextDecoder's default). */
export function readText(file: string, encoding: InputEncoding): Readable {
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  const decode = new Transform({
    readableObjectMode: false,
    decodeStrings: true,
    transform(chunk: Buffer, _encoding, done) {
      try {
        done(null, decoder.decode(chunk, { stream: true }));
      } catch (error) {
        done(error as Error);
      }
    },
    flush(done) {
      try {
        done(null, decoder.decode());
      } catch (error) {
        done(error as Error);
      }
    },
  });
  return createReadStream(file).pipe(decode);
}
