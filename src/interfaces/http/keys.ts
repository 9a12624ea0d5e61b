/**
 * API keys. A key is a random secret; the service stores only its SHA-256 with a key id and a role,
 * and logs the key id, never the key. Keys come from API_KEYS (`id:role:secret,…`), from a JSON
 * file (API_KEYS_FILE, default <data dir>/keys.json: `[{ "id", "role", "sha256" }]`), or, on a
 * fresh machine with neither, from a development key created on first start (printed by the server).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { isRole, ROLES, type Role } from './roles.ts';

export interface Caller {
  readonly keyId: string;
  readonly role: Role;
}

export interface KeyRing {
  find(secret: string): Caller | null;
  readonly size: number;
}

interface KeyRecord extends Caller {
  readonly sha256: Buffer;
}

const digest = (secret: string): Buffer => createHash('sha256').update(secret).digest();

const keyFileSchema = z.array(
  z.strictObject({ id: z.string().regex(/^[\w.-]{1,64}$/), role: z.enum(ROLES), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
);

export function keyRing(records: readonly KeyRecord[]): KeyRing {
  return {
    size: records.length,
    find(secret) {
      const hash = digest(secret);
      // Compare every record in constant time per record: no early exit on the first byte.
      let found: Caller | null = null;
      for (const record of records) if (timingSafeEqual(record.sha256, hash)) found = { keyId: record.keyId, role: record.role };
      return found;
    },
  };
}

/** `id:role:secret` entries separated by commas; a malformed entry stops the start (named by position, never the secret). */
export function keysFromEnv(value: string): KeyRecord[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry, index) => {
      const [id, role, ...secret] = entry.split(':');
      const key = secret.join(':');
      if (!id || !role || !isRole(role) || key.length < 16) {
        throw new Error(`API_KEYS entry ${index + 1} is not id:role:secret with a known role and a secret of 16+ characters`);
      }
      return { keyId: id, role, sha256: digest(key) };
    });
}

export function keysFromFile(file: string): KeyRecord[] {
  const parsed = keyFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  return parsed.map((entry) => ({ keyId: entry.id, role: entry.role, sha256: Buffer.from(entry.sha256, 'hex') }));
}

export const newSecret = (): string => randomBytes(24).toString('base64url');

export interface LoadedKeys {
  readonly ring: KeyRing;
  /** Set when a development key was created or is in use: the server prints it. */
  readonly developmentKey: string | null;
  readonly source: string;
}

/** A service bound beyond this machine without configured keys: it refuses to start. */
export class KeysRequiredError extends Error {}

/** 127.0.0.0/8, ::1 and localhost: only this machine can reach a service bound there. */
export const isLoopback = (host: string) => host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);

/**
 * The keys for this process, creating the development key (role admin) on a fresh machine — only for a
 * loopback bind: on any other address (`HOST=0.0.0.0` in a container) the service refuses to start
 * without API_KEYS or API_KEYS_FILE, so an admin key nobody configured never faces a network.
 */
export function loadKeys(options: { env: NodeJS.ProcessEnv; dataDir: string; host: string }): LoadedKeys {
  const { env, dataDir } = options;
  if (env.API_KEYS) return { ring: keyRing(keysFromEnv(env.API_KEYS)), developmentKey: null, source: 'API_KEYS' };
  if (!env.API_KEYS_FILE && !isLoopback(options.host)) {
    throw new KeysRequiredError(
      `HOST=${options.host} is reachable from other machines: configure the keys (API_KEYS or API_KEYS_FILE); ` +
        'the development key is only created for a loopback bind (127.0.0.1)',
    );
  }
  const file = env.API_KEYS_FILE || join(dataDir, 'keys.json');
  const devKeyFile = join(dataDir, 'development-key.txt');
  if (!existsSync(file) && !env.API_KEYS_FILE) {
    const secret = newSecret();
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(
      file,
      `${JSON.stringify([{ id: 'local-dev', role: 'admin', sha256: digest(secret).toString('hex') }], null, 2)}\n`,
    );
    writeFileSync(devKeyFile, `${secret}\n`, { mode: 0o600 });
    chmodSync(devKeyFile, 0o600);
  }
  const developmentKey = existsSync(devKeyFile) ? readFileSync(devKeyFile, 'utf8').trim() : null;
  return { ring: keyRing(keysFromFile(file)), developmentKey, source: file };
}

/** A record for tests and tools: the hash line to put into a key file. */
export const keyFileEntry = (id: string, role: Role, secret: string) => ({ id, role, sha256: digest(secret).toString('hex') });
