import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/journal/canonical-json.ts';
import type { Journal } from '../../src/journal/journal.ts';
import { MIGRATIONS, MIGRATIONS_TABLE } from '../../src/journal/migrations.ts';
import { openJournal } from '../../src/journal/open-journal.ts';
import { openSqliteJournal } from '../../src/journal/sqlite-journal.ts';
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

describe('SQLite journal: an existing journal from before the follow-up column', () => {
  it('gains the column on opening; its letters read as having required no follow-up', async () => {
    const file = join(dir, 'before-follow-up.sqlite');
    const db = new Database(file);
    db.exec(MIGRATIONS_TABLE);
    const [first] = MIGRATIONS;
    if (!first) throw new Error('no migration');
    db.exec(first.sql);
    db.prepare('INSERT INTO journal_migrations (name, applied_at) VALUES (?, ?)').run(first.name, '2017-01-01T00:00:00Z');
    db.prepare(
      'INSERT INTO journal_letters (id, created_at, key_id, role, letter, variant, languages, content_version, input_sha256, pdf_sha256, case_number, input) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ).run('old-1', '2017-01-01T00:00:00Z', 'k', 'officer', 'reopening-guidance', 'v', '["da"]', 'c', 'i', 'p', '2017/77', '{}');
    db.close();
    const journal = openSqliteJournal(file);
    opened.push(journal);
    expect((await journal.byCase('2017/77')).map((e) => [e.id, e.followUp])).toEqual([['old-1', []]]);
  });
});

describe('canonical JSON', () => {
  it('ignores key order and spacing, keeps list order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
    expect(canonicalJson(JSON.parse('{ "x": 1,  "a": "å" }'))).toBe(canonicalJson({ a: 'å', x: 1 }));
  });
});
