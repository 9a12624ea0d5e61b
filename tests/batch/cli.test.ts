/** `letters batch` as a user runs it: the samples of samples/batch/, exit codes, --zip, usage errors. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ErrorEntry } from '../../src/batch/journal.ts';
import type { ManifestEntry } from '../../src/batch/outcome.ts';
import { projectPath } from '../../src/domain/project-path.ts';
import { flatText, readPdf } from '../support/pdf-text.ts';
import { runLetters, startLetters } from './cli.ts';
import { readNdjsonFile, tempDir, testRecords, toNdjson } from './records.ts';

describe('letters batch', () => {
  it('renders a CSV through its mapping, zips the result, and exits 1 because one row is invalid', async () => {
    const out = join(tempDir('batch-cli-'), 'taken-up');
    const run = await runLetters([
      'batch',
      'samples/batch/taken-up.csv',
      '--mapping',
      'samples/batch/taken-up.mapping',
      '--out',
      out,
      '--zip',
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('4 records: 3 letters, 0 no letter due, 1 invalid, 0 failed');

    const manifest = readNdjsonFile<ManifestEntry>(join(out, 'manifest.ndjson'));
    expect(manifest.map((e) => `${e.id}:${e.status}`).sort()).toEqual([
      'HPI-0001:ok',
      'HPI-0002:ok',
      'HPI-0003:ok',
      'HPI-0004:invalid',
    ]);
    const [error] = readNdjsonFile<ErrorEntry>(join(out, 'errors.ndjson'));
    expect(error).toMatchObject({ id: 'HPI-0004', line: 5, errors: [{ path: 'languages', code: 'LANGUAGES_SECOND_REQUIRED' }] });

    const text = flatText(await readPdf(new Uint8Array(readFileSync(join(out, 'letters/HPI-0003.pdf')))));
    expect(text).toContain('Leyla Karimi');
    expect(text).toContain('2016/118402');

    // The archive holds the journals and every letter, byte for byte.
    const listing = execFileSync('unzip', ['-Z1', `${out}.zip`], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .sort();
    expect(listing).toEqual([
      'errors.ndjson',
      'letters/HPI-0001.pdf',
      'letters/HPI-0002.pdf',
      'letters/HPI-0003.pdf',
      'manifest.ndjson',
    ]);
    const packed = execFileSync('unzip', ['-p', `${out}.zip`, 'letters/HPI-0002.pdf']);
    const entry = manifest.find((e) => e.id === 'HPI-0002');
    expect(createHash('sha256').update(packed).digest('hex')).toBe(entry?.sha256);
  });

  it('exits 0 when every record is produced or has no letter due, and prints plain progress lines off a terminal', async () => {
    const dir = tempDir('batch-cli-');
    const records = testRecords(5); // four letters and one "no letter is due"
    writeFileSync(join(dir, 'in.ndjson'), toNdjson(records));
    const run = await runLetters(['batch', join(dir, 'in.ndjson'), '--out', join(dir, 'out'), '--threads', '1']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('5 records: 4 letters, 1 no letter due, 0 invalid, 0 failed');
    expect(run.stderr).toMatch(/letters batch: 5\/5 · [\d.]+\/s · ETA 0s · 0 failed/);
  });

  it('refuses wrong usage with exit 2 and a reason', async () => {
    const dir = tempDir('batch-cli-');
    const csv = await runLetters(['batch', 'samples/batch/taken-up.csv', '--out', join(dir, 'a')]);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain('CSV input needs --mapping');
    writeFileSync(join(dir, 'bad.mapping'), JSON.stringify({ columns: { id: 'no_such_column' } }));
    const mapping = await runLetters([
      'batch',
      'samples/batch/taken-up.csv',
      '--mapping',
      join(dir, 'bad.mapping'),
      '--out',
      join(dir, 'b'),
    ]);
    expect(mapping.code).toBe(2);
    expect(mapping.stderr).toContain('the CSV has no column no_such_column');
  });
});

describe('letters batch as an operator runs it (issue 17)', () => {
  it('reads standard input with -', async () => {
    const out = join(tempDir('batch-cli-'), 'out');
    const { child, finished } = startLetters(['batch', '-', '--out', out, '--threads', '1']);
    child.stdin?.end(toNdjson(testRecords(2)));
    const run = await finished;
    expect(run.stderr).not.toContain('✖');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2 records: 2 letters');
  });

  it('on SIGTERM finishes the records in flight, prints the summary and the resume command, which completes the run', async () => {
    const dir = tempDir('batch-cli-');
    const input = join(dir, 'in.ndjson');
    const out = join(dir, 'out');
    writeFileSync(input, toNdjson(testRecords(24)));
    const { child, finished } = startLetters(['batch', input, '--out', out, '--threads', '1']);
    const manifest = join(out, 'manifest.ndjson');
    while (!(existsSync(manifest) && readFileSync(manifest, 'utf8').includes('\n'))) {
      if (child.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    child.kill('SIGTERM');
    const run = await finished;
    expect(run.code).toBe(143);
    expect(run.stdout).toMatch(/24 records: \d+ letters/);
    const command = run.stdout.match(/^ {2}letters (batch .*--resume)$/m)?.[1];
    expect(command).toBe(`batch ${input} --out ${out} --threads 1 --resume`);
    const written = readNdjsonFile<ManifestEntry>(manifest);
    expect(written.length).toBeLessThan(24);

    const resumed = await runLetters(command?.split(' ') ?? []);
    expect(resumed.stdout).toContain('24 records: 16 letters, 4 no letter due, 4 invalid'); // exit 1: invalid records
    expect(resumed.code).toBe(1);
    expect(
      readNdjsonFile<ManifestEntry>(manifest)
        .map((e) => e.line)
        .sort((a, b) => a - b),
    ).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
  });

  it('refuses a Windows-1252 CSV with exit 2 and a hint, and reads it with --encoding windows-1252', async () => {
    const dir = tempDir('batch-cli-');
    const csv = join(dir, 'excel.csv');
    const original = readFileSync(projectPath('samples/batch/taken-up.csv'), 'utf8').replaceAll(',', ';');
    writeFileSync(csv, latin1(original));
    const refused = await runLetters(['batch', csv, '--mapping', 'samples/batch/taken-up.mapping', '--out', join(dir, 'a')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--encoding windows-1252');
    const args = [
      'batch',
      csv,
      '--mapping',
      'samples/batch/taken-up.mapping',
      '--encoding',
      'windows-1252',
      '--out',
      join(dir, 'b'),
    ];
    const read = await runLetters(args);
    expect(read.stdout).toContain('4 records: 3 letters');
    const text = flatText(await readPdf(new Uint8Array(readFileSync(join(dir, 'b/letters/HPI-0001.pdf')))));
    expect(text).toContain('Holbæk');
  });
});

/** Windows-1252 bytes of text with Danish letters only (they sit at the same code points as in Latin-1). */
const latin1 = (text: string) => Buffer.from(text, 'latin1');

it('queue mode refuses text that is not UTF-8 before connecting to the queue', async () => {
  const dir = tempDir('batch-cli-');
  const input = join(dir, 'in.ndjson');
  writeFileSync(
    input,
    Buffer.concat([Buffer.from('{"id":"a","letter":"x","data":{"n":"Holb'), Buffer.from([0xe6]), Buffer.from('k"}}\n')]),
  );
  const run = await runLetters(['batch', input, '--queue', 'postgres://nobody@127.0.0.1:1/none']);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('not UTF-8 (first at line 1)');
});
