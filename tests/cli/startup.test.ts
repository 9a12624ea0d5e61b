/**
 * `npx letters` starts from the built CLI (dist/cli/, `npm run build`, run by npm install's `prepare`)
 * instead of compiling TypeScript on every call (issue 17), and only while the build is as new as src/:
 * an edited source falls back to tsx, so the command never runs stale code.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
// @ts-expect-error a plain ES module of bin/, without types
import { isFresh } from '../../bin/fresh-build.mjs';
import { projectPath } from '../../src/domain/project-path.ts';

describe('the built CLI', () => {
  it('is used only while it is as new as every source file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'letters-fresh-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const bundle = join(dir, 'letters.mjs');
    const source = join(dir, 'src', 'deep', 'a.ts');
    mkdirSync(join(dir, 'src', 'deep'), { recursive: true });
    writeFileSync(source, '');
    expect(isFresh(bundle, join(dir, 'src'))).toBe(false); // not built
    writeFileSync(bundle, '');
    utimesSync(source, new Date(1000), new Date(1000));
    expect(isFresh(bundle, join(dir, 'src'))).toBe(true);
    utimesSync(source, new Date(), new Date(Date.now() + 60_000)); // edited after the build
    expect(isFresh(bundle, join(dir, 'src'))).toBe(false);
  });

  it('answers as the TypeScript CLI does', () => {
    execFileSync(process.execPath, [projectPath('bin/build.mjs')], { cwd: projectPath('') });
    const built = execFileSync(process.execPath, [projectPath('dist/cli/letters.mjs'), 'list'], { encoding: 'utf8' });
    const typescript = execFileSync(process.execPath, ['--import', 'tsx', projectPath('src/interfaces/cli/main.ts'), 'list'], {
      cwd: projectPath(''),
      encoding: 'utf8',
    });
    expect(built).toBe(typescript);
    expect(built).toContain('humanitarian-permit-info');
  });
});
