/** Batch inputs for the tests, built from the samples: which record is which, and what must become of it. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { projectPath } from '../../src/domain/project-path.ts';

const sample = (path: string) => JSON.parse(readFileSync(projectPath(`samples/${path}`), 'utf8')) as Record<string, unknown>;

/** A valid sample of each letter, one that is not due, one that breaks a rule. */
const KINDS = [
  { file: 'humanitarian-permit-info/sent.json', expect: 'ok' },
  { file: 'humanitarian-permit-info/handed.json', expect: 'ok' },
  { file: 'reopening-guidance/extension-granted--service-decided.json', expect: 'ok' },
  { file: 'reopening-guidance/extension-refused-board.json', expect: 'ok' },
  { file: 'reopening-guidance/no-letter-due.json', expect: 'no-letter' },
  { file: 'humanitarian-permit-info/invalid/RULE_DATE_NOT_SAME_DAY.json', expect: 'invalid' },
] as const;

export interface TestRecord {
  readonly line: number;
  readonly id: string;
  readonly envelope: Record<string, unknown>;
  readonly expect: 'ok' | 'no-letter' | 'invalid';
}

/** `count` records cycling through the kinds, ids `r00001`…; line n is record n. */
export function testRecords(count: number): TestRecord[] {
  return Array.from({ length: count }, (_, index) => {
    const kind = KINDS[index % KINDS.length] as (typeof KINDS)[number];
    return { line: index + 1, id: `r${String(index + 1).padStart(5, '0')}`, envelope: sample(kind.file), expect: kind.expect };
  });
}

export const toNdjson = (records: readonly TestRecord[]) =>
  `${records.map((r) => JSON.stringify({ id: r.id, ...r.envelope })).join('\n')}\n`;

export const readNdjsonFile = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);

/** A temp folder removed when the current test finishes (the outputs hold the samples' invented personal data). */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A record for one delivery channel (tests of `--memo` and `--print-file`): a sample with `delivery` and, optionally, another postcode. */
export function deliveryRecord(
  line: number,
  id: string,
  file: string,
  delivery: Record<string, unknown> | null,
  postcode?: string,
): TestRecord {
  const envelope = sample(file);
  const data = envelope.data as Record<string, unknown>;
  const address = data.address as Record<string, unknown> | undefined;
  return {
    line,
    id,
    envelope: {
      ...envelope,
      ...(delivery ? { delivery } : {}),
      ...(postcode && address ? { data: { ...data, address: { ...address, postcode } } } : {}),
    },
    expect: 'ok',
  };
}

/** An invented CPR number (a real date; no such person is meant). */
export const DIGITAL_POST = { channel: 'digital-post', recipient: { cpr: '0101901234' } } as const;
