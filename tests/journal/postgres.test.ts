/** The same journal on a real PostgreSQL server (Debian's postgresql, a private cluster on 127.0.0.1). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Journal } from '../../src/journal/journal.ts';
import { openJournal } from '../../src/journal/open-journal.ts';
import { startPostgres } from '../support/postgres.ts';
import { startTestService, type TestService } from '../support/service.ts';
import { journalContract } from './contract.ts';
import { journalThroughApi } from './rerender.ts';

let server: { url: string; stop(): Promise<void> };
let service: TestService;
const opened: Journal[] = [];

beforeAll(async () => {
  server = await startPostgres();
  service = await startTestService({ renderThreads: 1, databaseUrl: server.url });
});
afterAll(async () => {
  await service?.stop();
  for (const journal of opened) await journal.close().catch(() => {});
  await server?.stop();
});

const open = async () => {
  const journal = await openJournal({ databaseUrl: server.url, dataDir: '/nonexistent' });
  opened.push(journal);
  return journal;
};

describe('PostgreSQL journal (DATABASE_URL)', () => {
  it('is chosen by a postgres:// DATABASE_URL', async () => {
    expect((await open()).kind).toBe('postgres');
    expect(service.deps.journal.kind).toBe('postgres');
  });
  journalContract(open, open);
  journalThroughApi(() => service);
});
