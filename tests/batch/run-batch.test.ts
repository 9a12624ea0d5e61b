import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ErrorEntry } from '../../src/batch/journal.ts';
import type { ManifestEntry } from '../../src/batch/outcome.ts';
import { BatchUsageError, runBatch } from '../../src/batch/run-batch.ts';
import { ndjsonSource } from '../../src/batch/sources.ts';
import { createWorld, renderLetter } from '../../src/engine.ts';
import { flatText, readPdf } from '../support/pdf-text.ts';
import { readNdjsonFile, tempDir, testRecords, toNdjson } from './records.ts';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const quiet = { write: () => true, isTTY: false } as unknown as NodeJS.WriteStream;

function setUp(lines: string) {
  const dir = tempDir('batch-');
  const input = join(dir, 'in.ndjson');
  writeFileSync(input, lines);
  return { input, out: join(dir, 'out') };
}

describe('a local batch run', () => {
  it('renders every valid record, journals every invalid one by line, and never stops for one', async () => {
    const records = testRecords(12);
    const broken = '{"id": "r-broken", "letter": \n{"id": "../../etc/passwd", "letter": "x", "languages": ["da"], "data": {}}\n';
    const duplicate = JSON.stringify({ id: 'r00001', ...records[0]?.envelope });
    const { input, out } = setUp(`${toNdjson(records)}${broken}${duplicate}\n`);

    const summary = await runBatch({
      source: ndjsonSource(input),
      outDir: out,
      resume: false,
      threads: 2,
      progressStream: quiet,
    });

    expect(summary.total).toBe(15);
    expect(summary.counts).toEqual({ ok: 8, 'no-letter': 2, invalid: 5, failed: 0 });
    const manifest = readNdjsonFile<ManifestEntry>(join(out, 'manifest.ndjson'));
    expect(manifest.map((e) => e.line).sort((a, b) => a - b)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    for (const record of records) {
      const entry = manifest.find((e) => e.line === record.line);
      expect(entry?.status, record.id).toBe(record.expect);
      expect(entry?.id).toBe(record.id);
    }
    const errors = readNdjsonFile<ErrorEntry>(join(out, 'errors.ndjson'));
    const codes = Object.fromEntries(errors.map((e) => [e.line, e.errors.map((f) => `${f.path}:${f.code}`)]));
    expect(codes).toEqual({
      6: ['data.letterDate:RULE_DATE_NOT_SAME_DAY'],
      12: ['data.letterDate:RULE_DATE_NOT_SAME_DAY'],
      13: [':BATCH_LINE_NOT_JSON'],
      14: ['id:BATCH_ID_UNSAFE'],
      15: ['id:BATCH_ID_DUPLICATE'],
    });
    // Messages name the rule, never a value: the unsafe id does not appear anywhere in the journals.
    expect(readFileSync(join(out, 'errors.ndjson'), 'utf8')).not.toContain('passwd');
    expect(readdirSync(join(out, 'letters')).sort()).toEqual(records.filter((r) => r.expect === 'ok').map((r) => `${r.id}.pdf`));
  });

  it('writes the very PDF the engine renders, named by record id, with its hash and pages in the manifest', async () => {
    const records = testRecords(1);
    const { input, out } = setUp(toNdjson(records));
    await runBatch({ source: ndjsonSource(input), outDir: out, resume: false, threads: 1, progressStream: quiet });

    const [entry] = readNdjsonFile<ManifestEntry>(join(out, 'manifest.ndjson'));
    const bytes = readFileSync(join(out, 'letters/r00001.pdf'));
    const direct = await renderLetter(records[0]?.envelope, createWorld());
    if (!direct.ok || direct.value.kind !== 'letter') throw new Error('the sample must render');
    expect(entry).toEqual({
      id: 'r00001',
      line: 1,
      status: 'ok',
      file: 'letters/r00001.pdf',
      sha256: sha256(direct.value.pdf),
      pages: direct.value.pages,
    });
    expect(sha256(bytes)).toBe(entry?.sha256);
    expect(flatText(await readPdf(new Uint8Array(bytes)))).toContain('2016/118230');
  });

  it('refuses to start over a previous run without --resume', async () => {
    const { input, out } = setUp(toNdjson(testRecords(1)));
    await runBatch({ source: ndjsonSource(input), outDir: out, resume: false, threads: 1, progressStream: quiet });
    await expect(runBatch({ source: ndjsonSource(input), outDir: out, resume: false, progressStream: quiet })).rejects.toThrow(
      BatchUsageError,
    );
  });

  it('resumes: keeps verified letters, redoes a changed or missing one, drops a torn line and unowned files', async () => {
    const records = testRecords(6);
    const { input, out } = setUp(toNdjson(records));
    await runBatch({ source: ndjsonSource(input), outDir: out, resume: false, threads: 2, progressStream: quiet });
    const before = readNdjsonFile<ManifestEntry>(join(out, 'manifest.ndjson'));
    const hashOf = (id: string) => before.find((e) => e.id === id)?.sha256;

    writeFileSync(join(out, 'letters/r00001.pdf'), 'tampered'); // a damaged letter
    appendFileSync(join(out, 'manifest.ndjson'), '{"id":"r00009","line":9,"sta'); // a torn last line
    writeFileSync(join(out, 'letters/r00002.pdf.1-1.tmp'), 'half'); // a crash mid-write
    writeFileSync(join(out, 'letters/stray.pdf'), 'renamed but never committed');
    const summary = await runBatch({ source: ndjsonSource(input), outDir: out, resume: true, threads: 2, progressStream: quiet });

    expect(summary.skipped).toBe(5);
    expect(summary.rejected).toBe(1);
    const after = readNdjsonFile<ManifestEntry>(join(out, 'manifest.ndjson'));
    expect(after.map((e) => e.line).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(sha256(readFileSync(join(out, 'letters/r00001.pdf')))).toBe(hashOf('r00001'));
    expect(readdirSync(join(out, 'letters')).sort()).toEqual(['r00001.pdf', 'r00002.pdf', 'r00003.pdf', 'r00004.pdf']);
    expect(readNdjsonFile<ErrorEntry>(join(out, 'errors.ndjson')).map((e) => e.line)).toEqual([6]);
    expect(existsSync(join(out, 'letters/stray.pdf'))).toBe(false);
  });
});

describe('resuming is safe (issue 17)', () => {
  it('refuses to resume with another input, a reordered one too, and changes nothing', async () => {
    const records = testRecords(6);
    const { input, out } = setUp(toNdjson(records));
    await runBatch({ source: ndjsonSource(input), outDir: out, resume: false, threads: 1, progressStream: quiet });
    const manifest = readFileSync(join(out, 'manifest.ndjson'), 'utf8');

    writeFileSync(input, toNdjson([...records].reverse())); // same records, same size, other order
    const resumed = runBatch({ source: ndjsonSource(input), outDir: out, resume: true, threads: 1, progressStream: quiet });
    await expect(resumed).rejects.toThrow(BatchUsageError);
    await expect(resumed).rejects.toThrow(/not the file the run started on/);
    expect(readFileSync(join(out, 'manifest.ndjson'), 'utf8')).toBe(manifest);
    expect(readdirSync(join(out, 'letters'))).toHaveLength(4);
  });

  it('resumes into a folder that holds no run by starting one, and never deletes files it did not write', async () => {
    const { input, out } = setUp(toNdjson(testRecords(1)));
    mkdirSync(join(out, 'letters'), { recursive: true });
    writeFileSync(join(out, 'letters/someone-elses.pdf'), 'not ours');
    const refused = runBatch({ source: ndjsonSource(input), outDir: out, resume: true, threads: 1, progressStream: quiet });
    await expect(refused).rejects.toThrow(/holds files no batch run recorded/);
    expect(readFileSync(join(out, 'letters/someone-elses.pdf'), 'utf8')).toBe('not ours');

    const empty = join(out, '..', 'empty');
    const started = await runBatch({
      source: ndjsonSource(input),
      outDir: empty,
      resume: true,
      threads: 1,
      progressStream: quiet,
    });
    expect(started.counts.ok).toBe(1);
  });

  it('retries on --resume the records that failed (a fault of the renderer), keeping those done', async () => {
    const records = testRecords(3);
    const { input, out } = setUp(toNdjson(records));
    await runBatch({ source: ndjsonSource(input), outDir: out, resume: false, threads: 1, progressStream: quiet });
    // As if record 2 had failed: its manifest line says so, its error line is there, its file is not.
    const manifest = readNdjsonFile<ManifestEntry>(join(out, 'manifest.ndjson')).map((e) =>
      e.line === 2 ? { id: e.id, line: 2, status: 'failed' } : e,
    );
    writeFileSync(join(out, 'manifest.ndjson'), `${manifest.map((e) => JSON.stringify(e)).join('\n')}\n`);
    writeFileSync(join(out, 'errors.ndjson'), `${JSON.stringify({ id: 'r00002', line: 2, errors: [] })}\n`);
    rmSync(join(out, 'letters/r00002.pdf'));

    const summary = await runBatch({ source: ndjsonSource(input), outDir: out, resume: true, threads: 1, progressStream: quiet });
    expect(summary).toMatchObject({ skipped: 2, retried: 1, counts: { ok: 3, failed: 0 } });
    expect(readNdjsonFile<ManifestEntry>(join(out, 'manifest.ndjson')).find((e) => e.line === 2)?.status).toBe('ok');
    expect(readNdjsonFile<ErrorEntry>(join(out, 'errors.ndjson'))).toEqual([]);
    expect(existsSync(join(out, 'letters/r00002.pdf'))).toBe(true);
  });

  it('stops reading when aborted, finishes what is in flight, and says it was interrupted', async () => {
    const records = testRecords(12);
    const { input, out } = setUp(toNdjson(records));
    const controller = new AbortController();
    const stopping = {
      write: () => {
        controller.abort();
        return true;
      },
      isTTY: false,
    } as unknown as NodeJS.WriteStream;
    const summary = await runBatch({
      source: ndjsonSource(input),
      outDir: out,
      resume: false,
      threads: 1,
      progressStream: stopping,
      progressIntervalSeconds: 0.001,
      signal: controller.signal,
    });
    const done = readNdjsonFile<ManifestEntry>(join(out, 'manifest.ndjson'));
    expect(summary.interrupted).toBe(true);
    expect(done.length).toBeLessThan(12);
    const resumed = await runBatch({ source: ndjsonSource(input), outDir: out, resume: true, threads: 1, progressStream: quiet });
    expect(resumed.interrupted).toBe(false);
    expect(
      readNdjsonFile<ManifestEntry>(join(out, 'manifest.ndjson'))
        .map((e) => e.line)
        .sort((a, b) => a - b),
    ).toEqual(records.map((r) => r.line));
  });
});
