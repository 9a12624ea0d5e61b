/**
 * `letters batch --memo` (runBatch with `memo`): every Digital Post record gets its MeMo message beside
 * its PDF, valid against the element model; other channels get their PDF only and are counted apart; a
 * sender without a configured id refuses the record with its code. Resume, interruption and retries hold
 * for the messages as for the PDFs.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ErrorEntry } from '../../src/batch/journal.ts';
import type { ManifestEntry } from '../../src/batch/outcome.ts';
import { BatchUsageError, runBatch } from '../../src/batch/run-batch.ts';
import { ndjsonSource } from '../../src/batch/sources.ts';
import { zipRun } from '../../src/batch/zip.ts';
import { validateMemo } from '../../src/delivery/memo-model.ts';
import { projectPath } from '../../src/domain/project-path.ts';
import { DIGITAL_POST, deliveryRecord, readNdjsonFile, type TestRecord, tempDir, toNdjson } from './records.ts';

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
const quiet = { write: () => true, isTTY: false } as unknown as NodeJS.WriteStream;
const SENT = 'humanitarian-permit-info/sent.json';
const FIXTURE = projectPath('tests/fixtures/digital-post.fixture.json');

/** The render threads read DIGITAL_POST_SENDERS when they start: set before each run's pool is made. */
const senders = (file: string) => {
  process.env.DIGITAL_POST_SENDERS = file;
};
afterEach(() => {
  delete process.env.DIGITAL_POST_SENDERS;
});

const mixed = (): TestRecord[] => [
  deliveryRecord(1, 'dp-1', SENT, DIGITAL_POST),
  deliveryRecord(2, 'post-1', SENT, { channel: 'letter-post' }),
  deliveryRecord(3, 'dp-2', 'reopening-guidance/extension-refused-board.json', DIGITAL_POST),
  deliveryRecord(4, 'plain-1', SENT, null),
];

function setUp(records: readonly TestRecord[]) {
  const dir = tempDir('batch-memo-');
  const input = join(dir, 'in.ndjson');
  writeFileSync(input, toNdjson(records));
  return { input, out: join(dir, 'out') };
}

const run = (input: string, out: string, more: { resume?: boolean; memo?: boolean; signal?: AbortSignal } = {}) =>
  runBatch({
    source: ndjsonSource(input),
    outDir: out,
    resume: more.resume ?? false,
    memo: more.memo ?? true,
    threads: 1,
    progressStream: quiet,
    signal: more.signal,
  });

describe('letters batch --memo', () => {
  it('writes a valid MeMo message beside the PDF of each Digital Post record, and PDFs only for the others', async () => {
    senders(FIXTURE);
    const { input, out } = setUp(mixed());
    const summary = await run(input, out);

    expect(summary.counts).toEqual({ ok: 4, 'no-letter': 0, invalid: 0, failed: 0 });
    expect(summary.memos).toBe(2);
    expect(readdirSync(join(out, 'letters')).sort()).toEqual([
      'dp-1.memo.xml',
      'dp-1.pdf',
      'dp-2.memo.xml',
      'dp-2.pdf',
      'plain-1.pdf',
      'post-1.pdf',
    ]);
    const manifest = readNdjsonFile<ManifestEntry>(join(out, 'manifest.ndjson'));
    for (const id of ['dp-1', 'dp-2']) {
      const entry = manifest.find((e) => e.id === id);
      const xml = readFileSync(join(out, `letters/${id}.memo.xml`), 'utf8');
      expect(validateMemo(xml), id).toEqual([]);
      expect(entry).toMatchObject({ channel: 'digital-post', memo: `letters/${id}.memo.xml`, memoSha256: sha256(xml) });
      expect(xml).toContain('<memo:recipientID>0101901234</memo:recipientID>');
      expect(xml).toContain('<memo:senderID>10101018</memo:senderID>');
    }
    expect(manifest.find((e) => e.id === 'post-1')).toMatchObject({ channel: 'letter-post', postcode: '4300' });
    expect(manifest.find((e) => e.id === 'post-1')?.memo).toBeUndefined();
    expect(manifest.find((e) => e.id === 'plain-1')?.channel).toBeUndefined();
    // The CPR number is in the message (its addressee), never in a journal.
    expect(readFileSync(join(out, 'manifest.ndjson'), 'utf8')).not.toContain('010190');
    await zipRun(out, `${out}.zip`);
    const listing = execFileSync('unzip', ['-Z1', `${out}.zip`], { encoding: 'utf8' });
    expect(listing).toContain('letters/dp-2.memo.xml');
    expect(listing).toContain('letters/dp-1.memo.xml');
  });

  it('refuses each Digital Post record with MEMO_SENDER_NOT_CONFIGURED when no sender id is configured (the real data)', async () => {
    const { input, out } = setUp(mixed());
    const summary = await run(input, out);

    expect(summary.counts).toMatchObject({ ok: 2, invalid: 2 });
    const errors = readNdjsonFile<ErrorEntry>(join(out, 'errors.ndjson'));
    expect(errors.map((e) => [e.id, e.errors.map((f) => f.code)]).sort()).toEqual([
      ['dp-1', ['MEMO_SENDER_NOT_CONFIGURED']],
      ['dp-2', ['MEMO_SENDER_NOT_CONFIGURED']],
    ]);
    expect(readdirSync(join(out, 'letters')).sort()).toEqual(['plain-1.pdf', 'post-1.pdf']);
  });

  it('without --memo, a Digital Post record gets its PDF only (as before)', async () => {
    const { input, out } = setUp(mixed().slice(0, 1));
    const summary = await run(input, out, { memo: false });
    expect(summary).toMatchObject({ memos: 0, counts: { ok: 1 } });
    expect(readdirSync(join(out, 'letters'))).toEqual(['dp-1.pdf']);
  });
});

describe('resuming a --memo run', () => {
  it('redoes a record whose message is missing or changed, removes stray messages, and keeps the rest', async () => {
    senders(FIXTURE);
    const { input, out } = setUp(mixed());
    await run(input, out);
    const before = readNdjsonFile<ManifestEntry>(join(out, 'manifest.ndjson'));
    const message = readFileSync(join(out, 'letters/dp-1.memo.xml'), 'utf8');

    writeFileSync(join(out, 'letters/dp-1.memo.xml'), message.replace('0101901234', '0202901234')); // changed
    rmSync(join(out, 'letters/dp-2.memo.xml')); // lost
    writeFileSync(join(out, 'letters/dp-2.memo.xml.1-1.tmp'), '<half'); // a crash mid-write
    writeFileSync(join(out, 'letters/stray.memo.xml'), '<renamed but never committed/>');
    const summary = await run(input, out, { resume: true });

    expect(summary).toMatchObject({ skipped: 2, rejected: 2, memos: 2, counts: { ok: 4 } });
    const after = readNdjsonFile<ManifestEntry>(join(out, 'manifest.ndjson'));
    expect(after.map((e) => e.line).sort()).toEqual([1, 2, 3, 4]);
    for (const entry of before) expect(after.find((e) => e.line === entry.line)).toEqual(entry); // the same bytes again
    expect(readFileSync(join(out, 'letters/dp-1.memo.xml'), 'utf8')).toBe(message);
    expect(readdirSync(join(out, 'letters')).sort()).toEqual([
      'dp-1.memo.xml',
      'dp-1.pdf',
      'dp-2.memo.xml',
      'dp-2.pdf',
      'plain-1.pdf',
      'post-1.pdf',
    ]);
  });

  it('refuses to resume a --memo run without --memo (and the other way round), changing nothing', async () => {
    senders(FIXTURE);
    const { input, out } = setUp(mixed().slice(0, 1));
    await run(input, out);
    const manifest = readFileSync(join(out, 'manifest.ndjson'), 'utf8');
    await expect(run(input, out, { resume: true, memo: false })).rejects.toThrow(BatchUsageError);
    await expect(run(input, out, { resume: true, memo: false })).rejects.toThrow(/started with --memo/);
    expect(readFileSync(join(out, 'manifest.ndjson'), 'utf8')).toBe(manifest);

    const plain = setUp(mixed().slice(0, 1));
    await run(plain.input, plain.out, { memo: false });
    await expect(run(plain.input, plain.out, { resume: true })).rejects.toThrow(/started without --memo/);
  });

  it('retries a failed Digital Post record and writes its message', async () => {
    senders(FIXTURE);
    const { input, out } = setUp(mixed().slice(0, 2));
    await run(input, out);
    // As if record 1 had failed: its manifest line says so, its files are not there.
    const manifest = readNdjsonFile<ManifestEntry>(join(out, 'manifest.ndjson')).map((e) =>
      e.line === 1 ? { id: e.id, line: 1, status: 'failed' } : e,
    );
    writeFileSync(join(out, 'manifest.ndjson'), `${manifest.map((e) => JSON.stringify(e)).join('\n')}\n`);
    writeFileSync(join(out, 'errors.ndjson'), `${JSON.stringify({ id: 'dp-1', line: 1, errors: [] })}\n`);
    rmSync(join(out, 'letters/dp-1.pdf'));
    rmSync(join(out, 'letters/dp-1.memo.xml'));

    const summary = await run(input, out, { resume: true });
    expect(summary).toMatchObject({ skipped: 1, retried: 1, memos: 1, counts: { ok: 2, failed: 0 } });
    expect(validateMemo(readFileSync(join(out, 'letters/dp-1.memo.xml'), 'utf8'))).toEqual([]);
  });

  it('stops when aborted with every journalled message in place, and resuming completes each record exactly once', async () => {
    senders(FIXTURE);
    const records = [...mixed(), ...mixed().map((r) => ({ ...r, line: r.line + 4, id: `${r.id}-b` }))];
    const { input, out } = setUp(records);
    const controller = new AbortController();
    controller.abort(); // stopped before the first record is read
    const stopped = await run(input, out, { signal: controller.signal });
    expect(stopped.interrupted).toBe(true);
    expect(readdirSync(join(out, 'letters'))).toEqual([]);

    const interrupting = new AbortController();
    const partial = run(input, out, { resume: true, signal: interrupting.signal });
    setTimeout(() => interrupting.abort(), 1500);
    await partial;
    for (const entry of readNdjsonFile<ManifestEntry>(join(out, 'manifest.ndjson')))
      if (entry.memo) expect(sha256(readFileSync(join(out, entry.memo))), entry.id ?? '').toBe(entry.memoSha256);

    const resumed = await run(input, out, { resume: true });
    expect(resumed).toMatchObject({ interrupted: false, memos: 4, counts: { ok: 8 } });
    const lines = readNdjsonFile<ManifestEntry>(join(out, 'manifest.ndjson')).map((e) => e.line);
    expect(lines.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(readdirSync(join(out, 'letters')).filter((f) => f.endsWith('.memo.xml'))).toHaveLength(4);
    expect(existsSync(join(out, 'letters/dp-2-b.memo.xml'))).toBe(true);
  });
});
