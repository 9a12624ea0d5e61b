/** `letters render --memo`: the PDF and its MeMo message side by side, or nothing at all. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { validateMemo } from '../../src/delivery/memo-model.ts';
import { projectPath } from '../../src/domain/project-path.ts';

const dir = mkdtempSync(join(tmpdir(), 'memo-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function letters(args: string[], senders?: string) {
  const env = { ...process.env, DIGITAL_POST_SENDERS: senders ?? '' };
  const run = spawnSync(process.execPath, [projectPath('bin/letters.js'), ...args], {
    encoding: 'utf8',
    cwd: projectPath(''),
    env,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

function input(delivery: unknown) {
  const envelope = JSON.parse(readFileSync(projectPath('samples/humanitarian-permit-info/sent.json'), 'utf8'));
  const file = join(dir, `in-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify({ ...envelope, delivery }));
  return file;
}

it('writes <out>.memo.xml next to the PDF, conforming to the MeMo model', () => {
  const out = join(dir, 'letter.pdf');
  const run = letters(
    ['render', input({ channel: 'digital-post', recipient: { cpr: '0101901234' } }), '-o', out, '--memo'],
    projectPath('tests/fixtures/digital-post.fixture.json'),
  );
  expect(run.code).toBe(0);
  expect(validateMemo(readFileSync(join(dir, 'letter.memo.xml'), 'utf8'))).toEqual([]);
  expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
});

it('writes nothing and exits 1 when no sender id is configured (the real data), or the channel is not Digital Post', () => {
  for (const [delivery, code] of [
    [{ channel: 'digital-post', recipient: { cpr: '0101901234' } }, 'MEMO_SENDER_NOT_CONFIGURED'],
    [{ channel: 'letter-post' }, 'MEMO_NOT_DIGITAL_POST'],
  ] as const) {
    const out = join(dir, `${code}.pdf`);
    const run = letters(['render', input(delivery), '-o', out, '--memo']);
    expect(run.code).toBe(1);
    expect(run.err + run.out).toContain(code);
    expect(existsSync(out) || existsSync(join(dir, `${code}.memo.xml`))).toBe(false);
  }
});

it('letters validate shows the channel, never the number', () => {
  const run = letters(['validate', input({ channel: 'digital-post', recipient: { cpr: '0101901234' } }), '--json']);
  expect(run.code).toBe(0);
  expect(JSON.parse(run.out).delivery).toEqual({ channel: 'digital-post', recipient: 'CPR' });
  expect(run.out).not.toContain('010190');
});
