/**
 * PDF/UA-1 on top of PDF/A-2a (print review G5), checked structurally: no PDF/UA validator can be
 * installed here (veraPDF is neither in Debian bookworm nor on npm; Debian's PDFBox preflight covers
 * PDF/A-1b only). qpdf --check (syntax), the XMP identification (pdfinfo -meta), DisplayDocTitle, table
 * header cells with /Scope, the outline (one entry per document of a set, one per language part), and
 * every drawn text inside marked content (the conformance check on every render, and here the content
 * streams).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, renderLetter } from '../../src/engine.ts';
import { run, writeOutput } from '../support/poppler.ts';

const world = createWorld();
const sample = (path: string) => JSON.parse(readFileSync(`samples/${path}.json`, 'utf8'));

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Dict = { [key: string]: Json };

function objects(file: string): Record<string, Json> {
  const out = run('qpdf', ['--json=2', '--json-key=qpdf', file]).stdout;
  const json = JSON.parse(out) as { qpdf: [unknown, Record<string, { value?: Json }>] };
  return Object.fromEntries(
    Object.entries(json.qpdf[1]).map(([key, object]) => [key.replace(/^obj:/, ''), object.value ?? null]),
  );
}

const isDict = (value: Json | undefined): value is Dict => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: Json | undefined) => (typeof value === 'string' ? value.replace(/^u:/, '') : '');

async function render(envelope: unknown, name: string): Promise<string> {
  const rendered = await renderLetter(envelope, world);
  if (!rendered.ok || rendered.value.kind !== 'letter') throw new Error('did not render');
  return writeOutput(`ua-${name}.pdf`, rendered.value.pdf);
}

describe('a Danish + Arabic letter', () => {
  let file: string;
  let all: Record<string, Json>;
  beforeAll(async () => {
    file = await render({ ...sample('humanitarian-permit-info/sent'), languages: ['da', 'ar'] }, 'da-ar');
    all = objects(file);
  });

  it('passes qpdf --check and declares PDF/UA-1 beside PDF/A-2a in its XMP (with the extension schema PDF/A-2 asks for)', () => {
    expect(run('qpdf', ['--check', file]).status).toBe(0);
    const meta = run('pdfinfo', ['-meta', file]).stdout;
    expect(meta).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(meta).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(meta).toContain('<pdfaid:conformance>A</pdfaid:conformance>');
    expect(meta).toContain('<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>');
  });

  it('shows its title, is marked as tagged, and every header cell has its /Scope', () => {
    const values = Object.values(all).filter(isDict);
    const catalog = values.find((o) => o['/Type'] === '/Catalog') as Dict;
    expect(catalog['/ViewerPreferences']).toBeDefined();
    const preferences = all[String(catalog['/ViewerPreferences'])];
    expect(JSON.stringify(preferences)).toContain('"/DisplayDocTitle":true');
    expect(JSON.stringify(all[String(catalog['/MarkInfo'])])).toContain('"/Marked":true');
    const headers = values.filter((o) => o['/S'] === '/TH');
    expect(headers.length).toBeGreaterThan(4);
    for (const header of headers) {
      const attributes = header['/A'] as Dict;
      expect(attributes['/O']).toBe('/Table');
      expect(['/Row', '/Column']).toContain(attributes['/Scope']);
    }
    expect(values.filter((o) => o['/S'] === '/TD').length).toBeGreaterThan(0);
  });

  it('has a bookmark for the letter and one per language part', () => {
    const values = Object.values(all).filter(isDict);
    const titles = values.filter((o) => o['/Title'] !== undefined && o['/Parent'] !== undefined).map((o) => text(o['/Title']));
    expect(titles).toContain('Vejledning om ansøgning om humanitær opholdstilladelse');
    expect(titles).toContain('Dansk');
    expect(titles).toContain('العربية');
  });
});

describe('a set: the letter, its companion and the police copy', () => {
  it('has a bookmark per document, titled apart, each with one per language part', async () => {
    const file = await render(
      { ...sample('deportation-obstacle-decision/extension--with-reopening-guidance'), languages: ['da', 'en'] },
      'set',
    );
    const all = objects(file);
    const catalog = Object.values(all).find((o) => isDict(o) && o['/Type'] === '/Catalog') as Dict;
    const root = String(catalog['/Outlines']);
    const key = (object: Dict) => Object.entries(all).find(([, value]) => value === object)?.[0];
    const items = Object.values(all).filter((o): o is Dict => isDict(o) && o['/Title'] !== undefined);
    const documents = items.filter((o) => o['/Parent'] === root);
    const titles = documents.map((o) => text(o['/Title']));
    expect(titles.length).toBe(3); // the decision, the re-opening guidance, the copy to the police
    expect(new Set(titles).size).toBe(3);
    expect(titles[2]).toContain('Kopi til orientering');
    const parts = documents.map((document) => items.filter((o) => o['/Parent'] === key(document)).map((o) => text(o['/Title'])));
    expect(parts).toEqual([['Dansk', 'English'], ['Dansk', 'English'], ['Dansk']]);
  });
});
