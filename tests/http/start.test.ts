/**
 * `npm start` on a fresh machine: the service starts on embedded defaults, prints its address and a
 * development key it created, and that key works. Run as the process `npm start` runs.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectPath } from '../../src/domain/project-path.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'letters-start-'));
let child: ChildProcess | undefined;

afterAll(() => {
  if (child?.pid) process.kill(child.pid, 'SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

function startService(port: number): Promise<string> {
  const started = spawn(process.execPath, ['--import', 'tsx', projectPath('src/interfaces/http/main.ts')], {
    cwd: projectPath(''),
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      API_KEYS: '',
      API_KEYS_FILE: '',
      DATABASE_URL: '',
      RENDER_THREADS: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = started;
  return new Promise((resolve, reject) => {
    let out = '';
    started.stdout?.on('data', (chunk) => {
      out += String(chunk);
      if (/development key \(role admin\): \S+/.test(out)) resolve(out);
    });
    started.stderr?.on('data', (chunk) => {
      out += String(chunk);
    });
    started.on('exit', (code) => reject(new Error(`the service exited (${code}): ${out}`)));
  });
}

describe('npm start', () => {
  it('starts with no set-up, prints the address and a development key that works', async () => {
    const port = await freePort();
    const printed = await startService(port);
    expect(printed).toContain(`http://127.0.0.1:${port}/`);
    const key = /development key \(role admin\): (\S+)/.exec(printed)?.[1] ?? '';
    expect(key.length).toBeGreaterThanOrEqual(24);
    // the key file holds its hash, never the key
    const keyFile = readFileSync(join(dataDir, 'keys.json'), 'utf8');
    expect(keyFile).not.toContain(key);
    expect(existsSync(join(dataDir, 'journal.sqlite'))).toBe(true);

    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html lang="da">');
    const catalogue = await fetch(`http://127.0.0.1:${port}/api/letters`, { headers: { Authorization: `Bearer ${key}` } });
    expect(catalogue.status).toBe(200);
    const refused = await fetch(`http://127.0.0.1:${port}/api/letters`, { headers: { Authorization: 'Bearer wrong-key' } });
    expect(refused.status).toBe(401);
  });
});
