/**
 * The archival and accessible PDF, checked with what this machine has (no PDF/A validator: veraPDF is
 * neither in Debian nor on npm): qpdf's syntax check, pdffonts (every font embedded and subset, with a
 * Unicode map), pdfinfo (tagged, PDF/A-2a identification in the XMP, title), the content streams
 * (every drawn text inside marked content: structure or artifact), the structure tree through pdfjs
 * (Document > Sect with /Lang > H1, P, Table …), and byte-for-byte determinism.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, renderLetter } from '../../src/engine.ts';
import { readXml } from '../../src/i18n/xml-tree.ts';
import { readStructure, type StructNode } from '../support/pdf-structure.ts';
import { run, writeOutput } from '../support/poppler.ts';

const world = createWorld();
const sample = JSON.parse(readFileSync('samples/humanitarian-permit-info/sent.json', 'utf8'));

async function render(languages: string[]): Promise<Uint8Array> {
  const rendered = await renderLetter({ ...sample, languages }, world);
  if (!rendered.ok || rendered.value.kind !== 'letter') throw new Error('sample did not render');
  return rendered.value.pdf;
}

const roles = (node: StructNode): string[] => [node.role, ...node.children.flatMap(roles)];

describe.each([
  ['ar', 'ar', 'Vazirmatn'],
  ['ti', 'ti', 'NotoSansEthiopic'],
])('Danish + %s', (language, lang, fontName) => {
  let pdf: Uint8Array;
  let file: string;
  beforeAll(async () => {
    pdf = await render(['da', language]);
    file = writeOutput(`checks-da-${language}.pdf`, pdf);
  });

  it('passes qpdf --check', () => {
    const result = run('qpdf', ['--check', file]);
    expect(result.stdout).toContain('No syntax or stream encoding errors found');
    expect(result.status).toBe(0);
  });

  it('embeds every font as a subset with a Unicode map (pdffonts)', () => {
    const rows = run('pdffonts', [file]).stdout.trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes yes yes/);
    expect(rows.some((row) => row.includes(`+${fontName}-Regular`))).toBe(true);
  });

  it('is tagged, titled and identifies itself as PDF/A-2a (pdfinfo)', () => {
    const info = run('pdfinfo', [file]).stdout;
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/PDF version:\s+1\.7/);
    expect(info).toMatch(/Title:\s+Vejledning om ansøgning om humanitær opholdstilladelse/);
    const meta = run('pdfinfo', ['-meta', file]).stdout;
    expect(meta).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(meta).toContain('<pdfaid:conformance>A</pdfaid:conformance>');
    expect(meta).toContain('Vejledning om ansøgning om humanitær opholdstilladelse');
  });

  it('has the title in each language of the letter and a modification date equal to the creation date, in the XMP and the Info', () => {
    const meta = run('pdfinfo', ['-meta', file]).stdout;
    const titles = [...meta.matchAll(/<rdf:li xml:lang="([^"]+)">([^<]*)<\/rdf:li>/g)].map((match) => [match[1], match[2]]);
    const danish = 'Vejledning om ansøgning om humanitær opholdstilladelse';
    expect(titles.map(([lang]) => lang)).toEqual(['x-default', 'da-DK', lang]);
    expect(titles[0]?.[1]).toBe(titles[1]?.[1]);
    expect(titles[0]?.[1]).toContain(danish);
    expect(titles[2]?.[1]).not.toContain(danish);
    expect(titles[2]?.[1]).toMatch(language === 'ar' ? /[\u0600-\u06FF]/ : /[\u1200-\u137F]/);
    expect(meta.match(/<dc:title>/g)).toHaveLength(1);
    expect(meta).toContain('<xmp:CreateDate>2016-11-03T00:00:00Z</xmp:CreateDate>');
    expect(meta).toContain('<xmp:ModifyDate>2016-11-03T00:00:00Z</xmp:ModifyDate>');
    const info = run('pdfinfo', ['-isodates', file]).stdout;
    expect(info).toMatch(/CreationDate:\s+2016-11-03T00:00:00Z/);
    expect(info).toMatch(/ModDate:\s+2016-11-03T00:00:00Z/);
    expect(readXml(meta.trim(), 20)).toMatchObject({ ok: true }); // well-formed: the titles are escaped
  });

  it('has an sRGB output intent, shows the title in the title bar and no transparency', () => {
    const uncompressed = writeOutput(`checks-da-${language}.qdf.pdf`, new Uint8Array());
    run('qpdf', ['--qdf', '--object-streams=disable', file, uncompressed]);
    const text = readFileSync(uncompressed, 'latin1');
    expect(text).toMatch(/\/S \/GTS_PDFA1/);
    expect(text).toMatch(/\/DestOutputProfile \d+ 0 R/);
    expect(text).toMatch(/\/DisplayDocTitle true/);
    expect(text).toMatch(/\/Lang \(da-DK\)/);
    expect(text).not.toMatch(/\/Encrypt/);
    expect(text).not.toMatch(/\/SMask|\/CA |\/ca |\/ExtGState/);
  });

  it('draws every text inside marked content: a structure element or an artifact', () => {
    const uncompressed = writeOutput(`checks-da-${language}.qdf.pdf`, new Uint8Array());
    run('qpdf', ['--qdf', '--object-streams=disable', file, uncompressed]);
    const text = readFileSync(uncompressed, 'latin1');
    let depth = 0;
    let texts = 0;
    for (const token of text.matchAll(/\b(BDC|BMC|EMC|BT)\b/g)) {
      if (token[1] === 'EMC') depth--;
      else if (token[1] === 'BT') {
        texts++;
        expect(depth).toBeGreaterThan(0);
      } else depth++;
    }
    expect(texts).toBeGreaterThan(50);
    expect(depth).toBe(0);
    // Danish names and references inside right-to-left text are marked as Danish.
    if (language === 'ar') expect(text).toMatch(/\/Span <<\s*\/Lang \(da-DK\)\s*>> BDC/);
  });

  it('has a structure tree mirroring the document, with the language of each part (pdfjs)', async () => {
    const tree = await readStructure(pdf);
    const [documentNode] = tree.children;
    expect(documentNode?.role).toBe('Document');
    expect(documentNode?.children.map((s) => [s.role, s.lang])).toEqual([
      ['Sect', 'da-DK'],
      ['Sect', lang],
    ]);
    for (const section of documentNode?.children ?? []) {
      const inner = roles(section);
      for (const role of ['H1', 'H2', 'P', 'Table', 'TR', 'TH', 'TD']) expect(inner).toContain(role);
    }
    expect(run('pdfinfo', ['-struct', file]).stderr).toBe('');
  });

  it('is the same bytes every time, also from a fresh World', async () => {
    const again = await render(['da', language]);
    expect(Buffer.from(again).equals(Buffer.from(pdf))).toBe(true);
    const fresh = await renderLetter({ ...sample, languages: ['da', language] }, createWorld());
    if (!fresh.ok || fresh.value.kind !== 'letter') throw new Error('did not render');
    expect(Buffer.from(fresh.value.pdf).equals(Buffer.from(pdf))).toBe(true);
  });
});

describe('Arabic as a real extractor reads it (pdftotext)', () => {
  it('keeps every letter (lam-alef included) and numbers in order', async () => {
    const file = writeOutput('checks-pdftotext-ar.pdf', await render(['da', 'ar']));
    // pdftotext marks direction with embedding controls of its own: not text.
    const text = run('pdftotext', ['-f', '2', '-l', '2', file, '-']).stdout.replace(/[\u202A-\u202E]/g, '');
    for (const expected of [
      '2016/118230',
      'تاريخ الميلاد',
      'رقم القضية',
      'الاتصال الخاص بالدائرة',
      'اللاجئين',
      '35 36 66 00',
      'إلا إذا',
    ]) {
      expect(text).toContain(expected);
    }
  });
});
