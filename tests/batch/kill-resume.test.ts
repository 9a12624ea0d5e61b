/**
 * The crash test of the issue: the real CLI is killed (SIGKILL) at random points several times, then
 * resumed to the end. The final manifest must hold every input record exactly once, every letter must
 * be whole (its hash as the engine renders it), and nothing else may be left in the output folder.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it, onTestFinished } from 'vitest';
import type { ErrorEntry } from '../../src/batch/journal.ts';
import type { ManifestEntry } from '../../src/batch/outcome.ts';
import { loadMemoConfiguration } from '../../src/delivery/memo-configuration.ts';
import { validateMemo } from '../../src/delivery/memo-model.ts';
import { renderMemo } from '../../src/delivery/render-memo.ts';
import { projectPath } from '../../src/domain/project-path.ts';
import { createWorld, renderLetter } from '../../src/engine.ts';
import { startLetters } from './cli.ts';
import { DIGITAL_POST, deliveryRecord, readNdjsonFile, tempDir, testRecords, toNdjson } from './records.ts';

const RECORDS = 30;
const KILLS = 4;

const committedLines = (manifest: string) =>
  existsSync(manifest)
    ? readFileSync(manifest, 'utf8')
        .split('\n')
        .filter((l) => l.endsWith('}')).length
    : 0;

it('survives SIGKILL at random points: after resuming, every record is in the manifest exactly once', async () => {
  const records = testRecords(RECORDS);
  const dir = tempDir('batch-kill-');
  const input = join(dir, 'in.ndjson');
  const out = join(dir, 'out');
  const manifest = join(out, 'manifest.ndjson');
  writeFileSync(input, toNdjson(records));

  let interrupted = 0;
  for (let run = 0; run < KILLS; run++) {
    const { child, finished } = startLetters(['batch', input, '--out', out, ...(run ? ['--resume'] : [])]);
    // Kill once a random number of further records is committed, plus a random few milliseconds,
    // so the kill lands anywhere: between renders, mid-write, mid-journal.
    const target = committedLines(manifest) + 2 + Math.floor(Math.random() * 5);
    let exited = false;
    finished.then(() => (exited = true));
    while (!exited && committedLines(manifest) < target) await sleep(10);
    await sleep(Math.random() * 40);
    if (exited) break;
    child.kill('SIGKILL');
    const { signal } = await finished;
    if (signal === 'SIGKILL') interrupted++;
  }
  expect(interrupted).toBeGreaterThanOrEqual(2);

  const last = await startLetters(['batch', input, '--out', out, '--resume']).finished;
  expect(last.code).toBe(1); // the invalid records: the exit code tells that not all succeeded

  const entries = readNdjsonFile<ManifestEntry>(manifest);
  expect(entries.map((e) => e.line).sort((a, b) => a - b)).toEqual(records.map((r) => r.line));
  const world = createWorld();
  for (const record of records) {
    const entry = entries.find((e) => e.line === record.line);
    expect(entry?.status, record.id).toBe(record.expect);
    if (record.expect !== 'ok') continue;
    const expected = await renderLetter(record.envelope, world);
    if (!expected.ok || expected.value.kind !== 'letter') throw new Error('sample must render');
    const sha = createHash('sha256').update(expected.value.pdf).digest('hex');
    expect(entry?.sha256).toBe(sha);
    expect(
      createHash('sha256')
        .update(readFileSync(join(out, `letters/${record.id}.pdf`)))
        .digest('hex'),
    ).toBe(sha);
  }
  const okFiles = records.filter((r) => r.expect === 'ok').map((r) => `${r.id}.pdf`);
  expect(readdirSync(join(out, 'letters')).sort()).toEqual(okFiles); // no temp file, no orphan
  const errorLines = readNdjsonFile<ErrorEntry>(join(out, 'errors.ndjson')).map((e) => e.line);
  expect(errorLines.sort((a, b) => a - b)).toEqual(records.filter((r) => r.expect === 'invalid').map((r) => r.line));
});

it('survives SIGKILL in a --memo run: every Digital Post record ends with its one message, whole and valid', async () => {
  process.env.DIGITAL_POST_SENDERS = projectPath('tests/fixtures/digital-post.fixture.json'); // the children inherit it
  onTestFinished(() => {
    delete process.env.DIGITAL_POST_SENDERS;
  });
  const channels = [DIGITAL_POST, { channel: 'letter-post' }, null] as const;
  const records = Array.from({ length: 15 }, (_, i) =>
    deliveryRecord(i + 1, `m${i + 1}`, 'humanitarian-permit-info/sent.json', channels[i % 3] ?? null),
  );
  const dir = tempDir('batch-kill-memo-');
  const input = join(dir, 'in.ndjson');
  const out = join(dir, 'out');
  const manifest = join(out, 'manifest.ndjson');
  writeFileSync(input, toNdjson(records));

  let killed = 0;
  for (let run = 0; run < 3; run++) {
    const { child, finished } = startLetters(['batch', input, '--out', out, '--memo', ...(run ? ['--resume'] : [])]);
    const target = committedLines(manifest) + 1 + Math.floor(Math.random() * 4);
    let exited = false;
    finished.then(() => (exited = true));
    while (!exited && committedLines(manifest) < target) await sleep(10);
    await sleep(Math.random() * 40);
    if (exited) break;
    child.kill('SIGKILL');
    if ((await finished).signal === 'SIGKILL') killed++;
  }
  expect(killed).toBeGreaterThanOrEqual(1);
  const last = await startLetters(['batch', input, '--out', out, '--memo', '--resume']).finished;
  expect(last.code).toBe(0);

  const entries = readNdjsonFile<ManifestEntry>(manifest);
  expect(entries.map((e) => e.line).sort((a, b) => a - b)).toEqual(records.map((r) => r.line));
  const expected = await renderMemo(records[0]?.envelope, createWorld(), loadMemoConfiguration(process.env.DIGITAL_POST_SENDERS));
  if (!expected.ok || expected.value.kind !== 'letter') throw new Error('the sample must render');
  const message = (expected.value as { memo: string }).memo; // every Digital Post record is the same letter
  for (const entry of entries) {
    if (entry.channel !== 'digital-post') {
      expect(entry.memo).toBeUndefined();
      continue;
    }
    expect(readFileSync(join(out, entry.memo ?? ''), 'utf8'), entry.id ?? '').toBe(message);
  }
  expect(validateMemo(message)).toEqual([]);
  const files = readdirSync(join(out, 'letters')).sort();
  expect(files.filter((f) => f.endsWith('.memo.xml'))).toEqual([
    'm1.memo.xml',
    'm10.memo.xml',
    'm13.memo.xml',
    'm4.memo.xml',
    'm7.memo.xml',
  ]);
  expect(files.filter((f) => f.endsWith('.pdf'))).toHaveLength(15); // no temp file, no orphan
});
