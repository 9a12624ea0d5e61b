import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/journal/canonical-json.ts';
import type { Journal } from '../../src/journal/journal.ts';
import { openJournal } from '../../src/journal/open-journal.ts';
import { journalContract } from './contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'letters-journal-'));
const opened: Journal[] = [];
afterAll(async () => {
  for (const journal of opened) await journal.close().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
});

const open = async () => {
  const journal = await openJournal({ dataDir: dir });
  opened.push(journal);
  return journal;
};

describe('SQLite journal (the embedded default)', () => {
  it('is a file under the data directory', async () => {
    const journal = await open();
    expect(journal.kind).toBe('sqlite');
  });
  journalContract(open, open);
});

describe('canonical JSON', () => {
  it('ignores key order and spacing, keeps list order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
    expect(canonicalJson(JSON.parse('{ "x": 1,  "a": "å" }'))).toBe(canonicalJson({ a: 'å', x: 1 }));
  });
});
