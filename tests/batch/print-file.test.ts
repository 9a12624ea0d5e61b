/**
 * `letters batch --print-file`: the letter-post letters of a run as one PDF in postcode order (Danish
 * postcodes ascending, then abroad by country), each starting on an odd page, with a manifest of page
 * ranges that holds no name or address beyond the postcode.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST } from '../../src/batch/journal.ts';
import { PRINT_CSV, PRINT_MANIFEST, PRINT_PDF, type PrintedLetter, writePrintFile } from '../../src/batch/print-file.ts';
import { type BatchSummary, runBatch } from '../../src/batch/run-batch.ts';
import { ndjsonSource } from '../../src/batch/sources.ts';
import { zipRun } from '../../src/batch/zip.ts';
import { comparePostal } from '../../src/delivery/postal-sort.ts';
import { readPdf } from '../support/pdf-text.ts';
import { DIGITAL_POST, deliveryRecord, type TestRecord, tempDir, toNdjson } from './records.ts';

const quiet = { write: () => true, isTTY: false } as unknown as NodeJS.WriteStream;

/** A run over these records in `dir` (written to in.ndjson) that asks for the print file; its folder is `dir`/out. */
function printRun(dir: string, records: readonly TestRecord[], threads = 1): Promise<BatchSummary> {
  writeFileSync(join(dir, 'in.ndjson'), toNdjson(records));
  return runBatch({
    source: ndjsonSource(join(dir, 'in.ndjson')),
    outDir: join(dir, 'out'),
    resume: false,
    printFile: true,
    threads,
    progressStream: quiet,
  });
}
const SENT = 'humanitarian-permit-info/sent.json'; // two pages
const ONE_PAGE = 'reopening-guidance/extension-refused-board.json';
const POST = { channel: 'letter-post' };
const abroad = (country: string, lines: string[]) => ({ channel: 'letter-post', abroad: { lines, country } });

const RECORDS = [
  deliveryRecord(1, 'p-8000', SENT, POST, '8000'),
  deliveryRecord(2, 'dp', SENT, DIGITAL_POST),
  deliveryRecord(3, 'abroad-at', SENT, abroad('Østrig', ['Ring 2', '1010 Wien'])),
  deliveryRecord(4, 'p-2100', ONE_PAGE, POST, '2100'),
  deliveryRecord(5, 'abroad-de', SENT, abroad('Tyskland', ['Hauptstraße 1', '10115 Berlin'])),
  deliveryRecord(6, 'plain', SENT, null),
  deliveryRecord(7, 'p-4300', SENT, POST),
];

describe('the print file of a letter-post run', () => {
  let dir: string;
  let out: string;
  let summary: BatchSummary;
  let order: PrintedLetter[];
  let printed: string[];
  const firstPageOf = async (id: string) =>
    (await readPdf(new Uint8Array(readFileSync(join(out, `letters/${id}.pdf`))))).pages[0];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'batch-print-'));
    out = join(dir, 'out');
    summary = await printRun(dir, RECORDS, 2);
    order = JSON.parse(readFileSync(join(out, PRINT_MANIFEST), 'utf8')).order;
    printed = (await readPdf(new Uint8Array(readFileSync(join(out, PRINT_PDF))))).pages;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('holds the letter-post letters only: Danish postcodes ascending, then abroad by country (Danish order: Ø after T)', () => {
    expect(order.map((l) => l.id)).toEqual(['p-2100', 'p-4300', 'p-8000', 'abroad-de', 'abroad-at']);
    expect(order.map((l) => l.postcode)).toEqual(['2100', '4300', '8000', null, null]);
    expect(order.map((l) => l.abroad)).toEqual([false, false, false, true, true]);
  });

  it('starts every letter on an odd page, with a blank page after a letter of odd length', () => {
    expect(order.map((l) => [l.firstPage, l.lastPage, l.blankPageAfter, l.sheets])).toEqual([
      [1, 1, true, 1],
      [3, 4, false, 1],
      [5, 6, false, 1],
      [7, 8, false, 1],
      [9, 10, false, 1],
    ]);
    expect(printed).toHaveLength(10);
    expect(printed[1]?.trim()).toBe(''); // the blank page
    expect(summary.printFile).toMatchObject({ letters: 5, pages: 10, sheets: 5 });
  });

  it("gives each letter's first page the text of its own PDF's first page, its address in the window", async () => {
    for (const letter of order) expect(printed[letter.firstPage - 1], letter.id).toBe(await firstPageOf(letter.id));
    expect(printed[0]).toContain('2100');
    expect(printed[2]).toContain('4300 Holbæk');
    expect(printed[4]).toContain('8000 Holbæk');
    expect(printed[6]).toContain('TYSKLAND');
    expect(printed[8]).toContain('ØSTRIG');
  });

  it('writes a manifest (JSON and CSV) with ids, postcodes and pages, never a name or an address', () => {
    const json = readFileSync(join(out, PRINT_MANIFEST), 'utf8');
    const csv = readFileSync(join(out, PRINT_CSV), 'utf8');
    for (const text of [json, csv]) {
      for (const personal of ['Farida', 'Skovbrynet', 'Holbæk', 'Berlin', 'Wien', 'TYSKLAND', 'Vestmark'])
        expect(text).not.toContain(personal);
    }
    expect(csv.split('\n')).toEqual([
      'id,postcode,abroad,document,kind,language,recipient,firstPage,lastPage,blankPageBefore',
      'p-2100,2100,false,1,letter,da,applicant,1,1,false',
      'p-4300,4300,false,1,letter,da,applicant,3,3,false',
      'p-4300,4300,false,1,translation,en,applicant,4,4,false',
      'p-8000,8000,false,1,letter,da,applicant,5,5,false',
      'p-8000,8000,false,1,translation,en,applicant,6,6,false',
      'abroad-de,,true,1,letter,da,applicant,7,7,false',
      'abroad-de,,true,1,translation,en,applicant,8,8,false',
      'abroad-at,,true,1,letter,da,applicant,9,9,false',
      'abroad-at,,true,1,translation,en,applicant,10,10,false',
      '',
    ]);
  });
});

/**
 * Sets: the § 9 c-style spouse decision with its translation and a copy to the representative (a person at another
 * address), and the financial-security request (one page) with its notice to the municipality (an authority).
 * A copy to the police cannot go by letter post yet (DELIVERY_COPY_ADDRESS_NOT_CONFIGURED): its envelope rule is the same.
 */
const WITH_COPY = 'spouse-reunification-decision/grant-9-1-1--in-denmark-representative-copy.json';
const WITH_NOTICE = 'financial-security-request/request.json';

describe('the print file of sets with copies', () => {
  let dir: string;
  let out: string;
  let order: PrintedLetter[];
  let printed: string[];
  let csv: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'batch-print-sets-'));
    out = join(dir, 'out');
    await printRun(dir, [deliveryRecord(1, 'rep', WITH_COPY, POST), deliveryRecord(2, 'fsr', WITH_NOTICE, POST)]);
    order = JSON.parse(readFileSync(join(out, PRINT_MANIFEST), 'utf8')).order;
    printed = (await readPdf(new Uint8Array(readFileSync(join(out, PRINT_PDF))))).pages;
    csv = readFileSync(join(out, PRINT_CSV), 'utf8');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const rows = (letter: PrintedLetter | undefined) =>
    letter?.documents.map((d) => [d.document, d.kind, d.language, d.recipient, d.firstPage, d.lastPage, d.blankPageBefore]);

  it('gives each document of the set its own page range and recipient kind: letter, translation, copy', () => {
    const rep = order.find((letter) => letter.id === 'rep');
    expect(rows(rep)).toEqual([
      [1, 'letter', 'da', 'applicant', 5, 6, false],
      [1, 'translation', 'en', 'applicant', 7, 8, false],
      [2, 'copy', 'da', 'representative', 9, 10, false],
    ]);
    expect(rep).toMatchObject({ firstPage: 5, lastPage: 10, blankPageAfter: false, sheets: 3 });
  });

  it('starts a document for an authority on an odd page (its own envelope), with a blank page before it where needed', () => {
    const fsr = order.find((letter) => letter.id === 'fsr');
    expect(rows(fsr)).toEqual([
      [1, 'letter', 'da', 'applicant', 1, 1, false],
      [2, 'companion', 'da', 'authority', 3, 3, true],
    ]);
    expect(fsr).toMatchObject({ firstPage: 1, lastPage: 3, blankPageAfter: true, sheets: 2 });
    expect(printed[1]?.trim()).toBe(''); // page 2: the blank page before the notice
    expect(printed[3]?.trim()).toBe(''); // page 4: the blank page after the set
    expect(printed).toHaveLength(10);
    for (const letter of order)
      for (const document of letter.documents.filter((d) => d.recipient !== 'applicant')) expect(document.firstPage % 2).toBe(1);
  });

  it("each range holds its own document: the copy's window says it is a copy, the translation is in English", () => {
    expect(printed[4]).toContain('Sagsnr.');
    expect(printed[6]).toContain('Case no.');
    expect(printed[8]).toContain('Kopi til');
    for (const page of [4, 5, 6, 7]) expect(printed[page]).not.toContain('Kopi til orientering');
    expect(printed[2]).not.toBe(printed[0]);
  });

  it('lists the documents in the CSV too, with kinds and numbers only (no name, no authority)', () => {
    expect(csv.split('\n').filter((line) => line.startsWith('fsr,'))).toEqual([
      'fsr,5000,false,1,letter,da,applicant,1,1,false',
      'fsr,5000,false,2,companion,da,authority,3,3,true',
    ]);
    expect(csv).toContain('rep,5000,false,2,copy,da,representative,9,10,false');
  });

  it('from a manifest written before the documents were recorded: each set whole, as one letter to the applicant', async () => {
    const manifest = join(out, MANIFEST);
    const lines = readFileSync(manifest, 'utf8').split('\n').filter(Boolean);
    writeFileSync(manifest, `${lines.map((line) => JSON.stringify({ ...JSON.parse(line), documents: undefined })).join('\n')}\n`);
    await writePrintFile(out);
    const old: PrintedLetter[] = JSON.parse(readFileSync(join(out, PRINT_MANIFEST), 'utf8')).order;
    expect(old.map((letter) => [letter.id, rows(letter)])).toEqual([
      ['fsr', [[1, 'letter', 'da', 'applicant', 1, 2, false]]],
      ['rep', [[1, 'letter', 'da', 'applicant', 3, 8, false]]],
    ]);
  });
});

describe('--zip of a run with a print file', () => {
  it('packs the letters, the print file and its manifests', async () => {
    const dir = tempDir('batch-print-zip-');
    const out = join(dir, 'out');
    await printRun(dir, [deliveryRecord(1, 'p', SENT, POST)]);
    await zipRun(out, `${out}.zip`);
    const listing = execFileSync('unzip', ['-Z1', `${out}.zip`], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .sort();
    expect(listing).toEqual(['errors.ndjson', 'letters/p.pdf', 'manifest.ndjson', PRINT_CSV, PRINT_MANIFEST, PRINT_PDF].sort());
  });
});

describe('no print file', () => {
  it('when a run has no letter-post letter, or is interrupted', async () => {
    const dir = tempDir('batch-print-none-');
    writeFileSync(join(dir, 'in.ndjson'), toNdjson([deliveryRecord(1, 'dp', SENT, DIGITAL_POST)]));
    const options = { resume: false, printFile: true, threads: 1, progressStream: quiet } as const;
    const none = await runBatch({ ...options, source: ndjsonSource(join(dir, 'in.ndjson')), outDir: join(dir, 'a') });
    expect(none.printFile).toBeNull();
    expect(existsSync(join(dir, 'a', PRINT_PDF))).toBe(false);

    writeFileSync(join(dir, 'post.ndjson'), toNdjson([deliveryRecord(1, 'p', SENT, POST)]));
    const stop = new AbortController();
    stop.abort();
    const interrupted = await runBatch({
      ...options,
      source: ndjsonSource(join(dir, 'post.ndjson')),
      outDir: join(dir, 'b'),
      signal: stop.signal,
    });
    expect(interrupted).toMatchObject({ interrupted: true, printFile: null });
    expect(existsSync(join(dir, 'b', PRINT_PDF))).toBe(false);
  });
});

describe('the postal order', () => {
  it('sorts postcodes as numbers, Denmark before abroad, countries in Danish order', () => {
    const keys = [
      { country: 'ØSTRIG' },
      { postcode: '9990' },
      { country: 'AFGHANISTAN' },
      { postcode: '0800' },
      { country: 'TYSKLAND' },
    ];
    expect([...keys].sort(comparePostal)).toEqual([
      { postcode: '0800' },
      { postcode: '9990' },
      { country: 'AFGHANISTAN' },
      { country: 'TYSKLAND' },
      { country: 'ØSTRIG' },
    ]);
  });
});
