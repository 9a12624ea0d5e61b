/**
 * A service for tests: a temporary data directory, one key per role, a small render pool, and
 * every log line captured so tests can read (and scan) them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import request from 'supertest';
import { readConfig, type ServiceConfig } from '../../src/interfaces/http/config.ts';
import { keyRing, keysFromEnv } from '../../src/interfaces/http/keys.ts';
import { ROLES, type Role } from '../../src/interfaces/http/roles.ts';
import { createService, type Service, type ServiceOptions } from '../../src/interfaces/http/service.ts';

/** The test key of each role: `Bearer <KEYS[role]>`. */
export const KEYS: Record<Role, string> = {
  officer: 'test-officer-key-0001',
  batch: 'test-batch-key-000002',
  translator: 'test-translator-key-3',
  admin: 'test-admin-key-000004',
};

export const bearer = (role: Role) => ({ Authorization: `Bearer ${KEYS[role]}` });

/** A JSON POST to the service with the role's key (an officer's unless said). */
export const postAs = (service: Service, path: string, body: unknown, role: Role = 'officer') =>
  request(service.app)
    .post(path)
    .set(bearer(role))
    .send(body as object);

export interface TestService extends Service {
  readonly logs: string[];
  readonly dataDir: string;
  stop(): Promise<void>;
}

export async function startTestService(
  config: Partial<ServiceConfig> = {},
  options: Partial<Omit<ServiceOptions, 'config' | 'keys'>> = {},
): Promise<TestService> {
  const dataDir = mkdtempSync(join(tmpdir(), 'letters-service-'));
  const logs: string[] = [];
  const logDestination = new Writable({
    write(chunk, _encoding, done) {
      logs.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const keys = keyRing(keysFromEnv(ROLES.map((role) => `test-${role}:${role}:${KEYS[role]}`).join(',')));
  const service = await createService({
    config: { ...readConfig({}), dataDir, renderThreads: 1, databaseUrl: undefined, ...config },
    keys,
    logDestination,
    ...options,
  });
  return {
    ...service,
    logs,
    dataDir,
    async stop() {
      await service.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The body the API takes for a sample envelope: everything but `letter`, which is in the path. */
export const bodyOf = (envelope: unknown): { languages: unknown; data: unknown } => {
  const { languages, data } = envelope as { languages: unknown; data: unknown };
  return { languages, data };
};
