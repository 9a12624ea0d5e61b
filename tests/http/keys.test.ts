/** The development admin key is created only for a loopback bind (issue 17). */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { KeysRequiredError, loadKeys } from '../../src/interfaces/http/keys.ts';

const dirs: string[] = [];
const dataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'letters-keys-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

it.each(['127.0.0.1', 'localhost', '::1', '127.0.0.2'])('creates the development key for a loopback bind (%s)', (host) => {
  const keys = loadKeys({ env: {}, dataDir: dataDir(), host });
  expect(keys.developmentKey).toEqual(expect.any(String));
});

it.each(['0.0.0.0', '::', '10.0.0.5', 'letters.example'])(
  'refuses to start on %s without configured keys, creating nothing',
  (host) => {
    const dir = dataDir();
    expect(() => loadKeys({ env: {}, dataDir: dir, host })).toThrow(KeysRequiredError);
    expect(readdirSync(dir)).toEqual([]);
  },
);

it('starts on any address with configured keys', () => {
  const keys = loadKeys({ env: { API_KEYS: 'ops:admin:a-long-enough-secret-0001' }, dataDir: dataDir(), host: '0.0.0.0' });
  expect(keys.developmentKey).toBeNull();
});
