import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mappingSchema, readCsv } from '../../src/batch/csv-input.ts';
import { type BatchRecord, checkRecordId, DuplicateGuard, toRecord } from '../../src/batch/record.ts';
import { tempDir } from './records.ts';

describe('record ids become file names', () => {
  it.each(['2016-118230', 'HPI_0001', 'case.7', 'a'])('accepts %s', (id) => expect(checkRecordId(id)).toBeNull());
  it.each(['../x', '.hidden', '-rf', 'a/b', 'a\\b', 'Farida Ahmadi', 'æøå', 'x'.repeat(101), 7])('refuses %s', (id) =>
    expect(checkRecordId(id)?.code).toBe('BATCH_ID_UNSAFE'),
  );
  it('needs one', () => expect(toRecord(3, { letter: 'x' }).problems?.[0]?.code).toBe('BATCH_ID_MISSING'));
  it('takes the id out of the envelope (the envelope schema is strict)', () => {
    expect(toRecord(1, { id: 'a1', letter: 'x', languages: ['da'], data: {} })).toEqual({
      line: 1,
      id: 'a1',
      envelope: { letter: 'x', languages: ['da'], data: {} },
    });
  });
  it('refuses the second record with an id, naming the first line', () => {
    const guard = new DuplicateGuard();
    guard.check(toRecord(1, { id: 'a1' }));
    expect(guard.check(toRecord(4, { id: 'a1' })).problems).toEqual([
      { code: 'BATCH_ID_DUPLICATE', path: 'id', params: { first: 1 } },
    ]);
  });
});

describe('CSV with a mapping', () => {
  it('fills nested fields, types cells, leaves empty cells out, and reports a bad cell by field', async () => {
    const dir = tempDir('csv-');
    const csv = join(dir, 'in.csv');
    writeFileSync(csv, 'ref,name,new,langs\nR1,Ana,ja,da en\nR2,,maybe,da\n');
    const mapping = mappingSchema.parse({
      letter: 'reopening-guidance',
      data: { officer: { name: 'O' } },
      columns: {
        id: 'ref',
        'data.applicant.name': 'name',
        'data.newEssentialInformation': { column: 'new', type: 'boolean' },
        languages: 'langs',
      },
    });
    const records: BatchRecord[] = [];
    for await (const record of readCsv(csv, mapping)) records.push(record);
    expect(records[0]).toEqual({
      line: 2,
      id: 'R1',
      envelope: {
        letter: 'reopening-guidance',
        languages: ['da', 'en'],
        data: { officer: { name: 'O' }, applicant: { name: 'Ana' }, newEssentialInformation: true },
      },
    });
    expect(records[1]?.problems).toEqual([
      { code: 'BATCH_CSV_VALUE', path: 'data.newEssentialInformation', params: { column: 'new', expected: 'boolean' } },
    ]);
  });
  it('refuses a mapping path that could reach outside the envelope', () => {
    expect(mappingSchema.safeParse({ columns: { id: 'a', 'data.__proto__.x': 'b' } }).success).toBe(false);
    expect(mappingSchema.safeParse({ columns: { 'data.x': 'b' } }).success).toBe(false);
  });
});
