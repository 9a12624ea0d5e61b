import { afterAll, beforeAll, describe } from 'vitest';
import { startTestService, type TestService } from '../support/service.ts';
import { journalThroughApi } from './rerender.ts';

let service: TestService;
beforeAll(async () => {
  service = await startTestService({ renderThreads: 1 });
});
afterAll(() => service.stop());

describe('the journal through the API (SQLite)', () => {
  journalThroughApi(() => service);
});
