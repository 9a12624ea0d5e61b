/** `letters batch --memo --print-file` as the operator runs it: SIGTERM, the resume command, and the run's delivery outputs. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { ManifestEntry } from '../../src/batch/outcome.ts';
import { PRINT_MANIFEST, PRINT_PDF } from '../../src/batch/print-file.ts';
import { validateMemo } from '../../src/delivery/memo-model.ts';
import { projectPath } from '../../src/domain/project-path.ts';
import { runLetters, startLetters } from './cli.ts';
import { DIGITAL_POST, deliveryRecord, readNdjsonFile, tempDir, toNdjson } from './records.ts';

const SENT = 'humanitarian-permit-info/sent.json';
const CHANNELS = [DIGITAL_POST, { channel: 'letter-post' }, null] as const;
const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

afterEach(() => {
  delete process.env.DIGITAL_POST_SENDERS;
});

it('on SIGTERM journals only whole records (PDF and message), writes no print file, and the resume command completes both', async () => {
  process.env.DIGITAL_POST_SENDERS = projectPath('tests/fixtures/digital-post.fixture.json'); // the child inherits it
  const dir = tempDir('batch-cli-delivery-');
  const input = join(dir, 'in.ndjson');
  const out = join(dir, 'out');
  const records = Array.from({ length: 12 }, (_, i) =>
    deliveryRecord(i + 1, `r${i + 1}`, SENT, CHANNELS[i % 3] ?? null, String(9000 - i * 100)),
  );
  writeFileSync(input, toNdjson(records));
  const { child, finished } = startLetters(['batch', input, '--out', out, '--threads', '1', '--memo', '--print-file']);
  const manifest = join(out, 'manifest.ndjson');
  while (!(existsSync(manifest) && readFileSync(manifest, 'utf8').includes('\n'))) {
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill('SIGTERM');
  const stopped = await finished;
  expect(stopped.code).toBe(143);
  expect(existsSync(join(out, PRINT_PDF))).toBe(false);
  for (const entry of readNdjsonFile<ManifestEntry>(manifest)) {
    expect(sha256(readFileSync(join(out, entry.file ?? ''))), entry.id ?? '').toBe(entry.sha256);
    if (entry.memo) expect(sha256(readFileSync(join(out, entry.memo))), entry.id ?? '').toBe(entry.memoSha256);
  }
  const command = stopped.stdout.match(/^ {2}letters (batch .*--resume)$/m)?.[1];
  expect(command).toBe(`batch ${input} --out ${out} --threads 1 --memo --print-file --resume`);

  const resumed = await runLetters(command?.split(' ') ?? []);
  expect(resumed.code).toBe(0);
  expect(resumed.stdout).toContain('12 records: 12 letters');
  expect(resumed.stdout).toContain('Digital Post: 4 MeMo messages; 8 letters not for Digital Post (PDF only)');
  expect(resumed.stdout).toContain('(4 letters, 8 pages, 4 duplex sheets');
  const lines = readNdjsonFile<ManifestEntry>(manifest).map((e) => e.line);
  expect(lines.sort((a, b) => a - b)).toEqual(records.map((r) => r.line));
  const messages = readdirSync(join(out, 'letters')).filter((f) => f.endsWith('.memo.xml'));
  expect(messages.sort()).toEqual(['r1.memo.xml', 'r10.memo.xml', 'r4.memo.xml', 'r7.memo.xml']);
  for (const file of messages) expect(validateMemo(readFileSync(join(out, 'letters', file), 'utf8')), file).toEqual([]);
  const order = JSON.parse(readFileSync(join(out, PRINT_MANIFEST), 'utf8')).order as { id: string; postcode: string }[];
  expect(order.map((l) => [l.id, l.postcode])).toEqual([
    ['r11', '8000'],
    ['r8', '8300'],
    ['r5', '8600'],
    ['r2', '8900'],
  ]);
});
