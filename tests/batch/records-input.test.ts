import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mappingSchema, readCsv } from '../../src/batch/csv-input.ts';
import { type BatchRecord, checkRecordId, DuplicateGuard, toRecord } from '../../src/batch/record.ts';
import { BatchUsageError } from '../../src/batch/run-batch.ts';
import { csvSource, ndjsonSource } from '../../src/batch/sources.ts';
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
    for await (const record of readCsv(csv, mapping, { encoding: 'utf-8', delimiter: ',' })) records.push(record);
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

describe('input text as operators have it (issue 17)', () => {
  const mapping = mappingSchema.parse({ letter: 'x', columns: { id: 'ref', 'data.applicant.name': 'name' } });
  const collect = async (records: AsyncIterable<BatchRecord>) => {
    const all: BatchRecord[] = [];
    for await (const record of records) all.push(record);
    return all;
  };
  const names = (records: BatchRecord[]) =>
    records.map((r) => (r.envelope as { data?: { applicant?: { name?: string } } } | undefined)?.data?.applicant?.name);

  it('reads CSV in UTF-8 with or without a byte order mark, and Danish Excel\'s ";", found in the header', async () => {
    const dir = tempDir('csv-');
    const plain = join(dir, 'plain.csv');
    const bom = join(dir, 'bom.csv');
    writeFileSync(plain, 'ref;name\nR1;Søren Holbæk\n');
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('ref,name\nR1,Søren Holbæk\n')]));
    for (const file of [plain, bom]) {
      const source = csvSource(file, mapping);
      expect(names(await collect(source.records())), file).toEqual(['Søren Holbæk']);
      expect(await source.count()).toBe(1);
    }
  });

  it('refuses Windows-1252 text unless it is named, then converts it', async () => {
    const dir = tempDir('csv-');
    const file = join(dir, 'excel.csv');
    writeFileSync(file, Buffer.concat([Buffer.from('ref;name\nR1;Holb'), Buffer.from([0xe6]), Buffer.from('k\n')]));
    const refused = csvSource(file, mapping).identify();
    await expect(refused).rejects.toThrow(BatchUsageError);
    await expect(refused).rejects.toThrow(/not UTF-8 \(first at line 2\).*--encoding windows-1252/);
    const converted = csvSource(file, mapping, { encoding: 'windows-1252' });
    await converted.identify();
    expect(names(await collect(converted.records()))).toEqual(['Holbæk']);
  });

  it("makes a bad CSV row that record's error, by line and never by content, and goes on", async () => {
    const dir = tempDir('csv-');
    const file = join(dir, 'rows.csv');
    writeFileSync(file, 'ref,name\nR1,Ana\nR2,Secret"Name\nR3,Bo,extra\nR4,Eva\n');
    const records = await collect(csvSource(file, mapping).records());
    expect(records.map((r) => [r.line, r.id, r.problems?.map((p) => p.code)])).toEqual([
      [2, 'R1', undefined],
      [3, null, ['BATCH_CSV_ROW_MALFORMED']],
      [4, null, ['BATCH_CSV_ROW_COLUMNS']],
      [5, 'R4', undefined],
    ]);
    expect(JSON.stringify(records)).not.toContain('Secret');
  });

  it('keeps the first NDJSON record after a byte order mark', async () => {
    const dir = tempDir('ndjson-');
    const file = join(dir, 'in.ndjson');
    writeFileSync(file, `\uFEFF${JSON.stringify({ id: 'a1', letter: 'x' })}\n${JSON.stringify({ id: 'a2', letter: 'x' })}\n`);
    const records = await collect(ndjsonSource(file).records());
    expect(records.map((r) => [r.line, r.id, r.problems])).toEqual([
      [1, 'a1', undefined],
      [2, 'a2', undefined],
    ]);
  });
});
