/** `letters validate` and `letters render` show the officer the whole set: companion letters with their reasons, and copies. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../../src/domain/project-path.ts';

const letters = (...args: string[]) => {
  const run = spawnSync(process.execPath, [projectPath('bin/letters.js'), ...args], { encoding: 'utf8', cwd: projectPath('') });
  return { code: run.status, out: run.stdout, err: run.stderr };
};
const sample = projectPath('samples/deportation-obstacle-decision/extension--with-reopening-guidance.json');

describe('letters and sets of documents', () => {
  it('validate shows the variant, the companion with its R-IDs, and the copy with its rule', () => {
    const { code, out } = letters('validate', sample);
    expect(code).toBe(0);
    expect(out).toContain('OK  deportation-obstacle-decision · variant extension');
    expect(out).toMatch(/with\s+reopening-guidance · variant extension-granted/);
    expect(out).toContain('R-ASY-022');
    expect(out).toContain('copy to   Nordsjællands Politi, Udlændingecenter Nordsjælland (UCN) (R-ASY-038)');
  });

  it('validate --json lists companions and copies for a calling system', () => {
    const { out } = letters('validate', sample, '--json');
    const summary = JSON.parse(out) as { companions: { letter: string }[]; copies: { recipient: string }[] };
    expect(summary.companions.map((c) => c.letter)).toEqual(['reopening-guidance']);
    expect(summary.copies.map((c) => c.recipient)).toEqual(['police/ucn']);
  });

  it('render names each document of the set with its recipient and pages', () => {
    const out = letters('render', sample, '-o', join(mkdtempSync(join(tmpdir(), 'letters-')), 'set.pdf')).out;
    expect(out).toMatch(/letter\s+deportation-obstacle-decision → applicant \(\d+ pages\)/);
    expect(out).toMatch(/companion reopening-guidance → applicant \(\d+ pages\)/);
    expect(out).toMatch(/copy\s+deportation-obstacle-decision → police\/ucn \(\d+ pages\)/);
  });
});
