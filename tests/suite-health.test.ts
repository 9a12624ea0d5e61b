/**
 * The suite stays trustworthy (issue 17): CI never regenerates goldens, and no test or hook sets a
 * timeout shorter than the config's (a tight bound failed healthy suites on a loaded machine).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { projectPath } from '../src/domain/project-path.ts';
import config from '../vitest.config.ts';

it('.ci/run refuses to run with UPDATE_GOLDEN set, before installing or testing anything', () => {
  const bin = mkdtempSync(join(tmpdir(), 'ci-guard-'));
  try {
    const called = join(bin, 'called');
    writeFileSync(join(bin, 'npm'), `#!/bin/sh\necho "$@" >> ${called}\n`);
    chmodSync(join(bin, 'npm'), 0o755);
    const run = spawnSync('bash', [projectPath('.ci/run')], {
      env: { PATH: `${bin}:${process.env.PATH}`, UPDATE_GOLDEN: '1' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('UPDATE_GOLDEN');
    expect(readdirSync(bin)).toEqual(['npm']); // npm was never called
  } finally {
    rmSync(bin, { recursive: true, force: true });
  }
});

const testFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? testFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );

it('no test or hook sets its own timeout: the config bounds hangs generously', () => {
  expect(config.test?.testTimeout).toBeGreaterThanOrEqual(600_000);
  expect(config.test?.hookTimeout).toBeGreaterThanOrEqual(600_000);
  const ownTimeouts = testFiles(projectPath('tests')).filter((file) => /^\s*\}, [0-9_]+\);$/m.test(readFileSync(file, 'utf8')));
  expect(ownTimeouts).toEqual([]);
});
