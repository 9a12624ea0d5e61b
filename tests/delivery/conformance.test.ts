/** The conformance check on every render: a PDF that breaks it never leaves the engine. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { afterAll, describe, expect, it } from 'vitest';
import { projectPath } from '../../src/domain/project-path.ts';
import { renderLetter } from '../../src/engine.ts';
import { ConformanceLog, PRINTABLE_EDGE } from '../../src/pipeline/conformance.ts';
import { ENVELOPE_WINDOW, MARGIN, mm, PAGE } from '../../src/pipeline/page-geometry.ts';
import { testWorld } from '../support/world.ts';

const sent = () => JSON.parse(readFileSync(projectPath('samples/humanitarian-permit-info/sent.json'), 'utf8'));
const window = { left: ENVELOPE_WINDOW.left, top: ENVELOPE_WINDOW.top, right: mm(110), bottom: mm(90) };

/** A pdfkit document as layout makes them: title, language, an embedded font, tagged, the title shown, an outline. */
function goodDoc() {
  const doc = new PDFDocument({
    lang: 'da-DK',
    info: { Title: 'Afgørelse' },
    font: null as unknown as string,
    tagged: true,
    displayTitle: true,
  });
  doc.font(testWorld().fonts.regular as unknown as string);
  doc.addStructure(doc.struct('Document'));
  doc.outline.addItem('Afgørelse');
  return doc;
}
const font = () => testWorld().fonts.regular;
const page = {};

describe('the checks', () => {
  it('passes text inside the margins, drawn with glyphs the font has', () => {
    const log = new ConformanceLog(window);
    log.line(page, [{ text: 'Udlændingestyrelsen § 9 c', font: font(), left: MARGIN.left, width: 100 }], mm(100), 14, true);
    const doc = goodDoc();
    expect(log.diagnostics(doc)).toEqual([]);
    doc.end();
  });

  it('finds a missing glyph (.notdef)', () => {
    const log = new ConformanceLog(window);
    log.line(page, [{ text: 'ሰላም', font: font(), left: MARGIN.left, width: 20 }], mm(100), 14, true);
    expect(log.diagnostics(goodDoc()).map((d) => d.code)).toEqual(['PDF_GLYPH_MISSING']);
  });

  it.each([
    ['left of the left margin', MARGIN.left - 1, mm(100)],
    ['past the right margin', PAGE.width - MARGIN.right - 99, mm(100)],
    ['above the printable edge', MARGIN.left, PRINTABLE_EDGE - 1],
    ['below the printable edge', MARGIN.left, PAGE.height - PRINTABLE_EDGE - 13],
  ])('finds text %s', (_where, left, top) => {
    const log = new ConformanceLog(window);
    log.line(page, [{ text: 'x', font: font(), left, width: 100 }], top, 14, true);
    expect(log.diagnostics(goodDoc()).map((d) => d.code)).toEqual(['PDF_TEXT_OUTSIDE_MARGINS']);
  });

  it('finds a window block that runs out of the window', () => {
    const log = new ConformanceLog(window);
    log.windowBlock(page, { left: window.left, top: window.top, right: window.right, bottom: window.bottom });
    expect(log.diagnostics(goodDoc())).toEqual([]);
    log.windowBlock(page, { left: window.left, top: window.top, right: window.right, bottom: window.bottom + 1 });
    expect(log.diagnostics(goodDoc()).map((d) => d.code)).toEqual(['PDF_TEXT_OUTSIDE_WINDOW']);
  });

  it('finds a font that is not embedded (a standard font), a missing title and a missing language', () => {
    const doc = new PDFDocument({ font: 'Helvetica' });
    const codes = new ConformanceLog(window).diagnostics(doc).map((d) => `${d.code} ${JSON.stringify(d.params)}`);
    expect(codes).toEqual([
      'PDF_FONT_NOT_EMBEDDED {"font":"Helvetica"}',
      'PDF_METADATA_MISSING {"field":"title"}',
      'PDF_METADATA_MISSING {"field":"language"}',
      'PDF_METADATA_MISSING {"field":"structure tree"}',
      'PDF_METADATA_MISSING {"field":"DisplayDocTitle"}',
      'PDF_METADATA_MISSING {"field":"outline"}',
    ]);
  });

  it('finds text drawn outside marked content (neither a structure element nor an artifact: PDF/UA-1 7.1)', () => {
    const log = new ConformanceLog(window);
    log.line(page, [{ text: 'x', font: font(), left: MARGIN.left, width: 10 }], mm(100), 14, false);
    expect(log.diagnostics(goodDoc()).map((d) => d.code)).toEqual(['PDF_CONTENT_UNTAGGED']);
  });
});

describe('every render', () => {
  it('passes for a sample', async () => {
    expect((await renderLetter(sent(), testWorld())).ok).toBe(true);
  });

  it('refuses a text no bundled font draws (a Chinese officer name), with its code', async () => {
    const envelope = sent();
    envelope.data.officer.name = '法里达 艾哈迈迪';
    const result = await renderLetter(envelope, testWorld());
    // validation refuses it first, at its field (src/pipeline/printable.ts); the conformance check is the net
    // behind it for what reaches the PDF (its own test above)
    expect(result.ok ? [] : result.diagnostics.map((d) => `${d.code} ${d.path}`)).toEqual([
      'INPUT_CHARACTER_NOT_PRINTABLE data.officer.name',
    ]);
  });
});

describe('nothing leaves the engine', () => {
  const dir = mkdtempSync(join(tmpdir(), 'conformance-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the CLI writes no PDF for a render the check refuses (exit 1, the code printed)', () => {
    const envelope = sent();
    envelope.data.officer.name = '法里达 艾哈迈迪';
    const input = join(dir, 'in.json');
    writeFileSync(input, JSON.stringify(envelope));
    const out = join(dir, 'out.pdf');
    const run = spawnSync(process.execPath, [projectPath('bin/letters.js'), 'render', input, '-o', out], {
      encoding: 'utf8',
      cwd: projectPath(''),
    });
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).toContain('INPUT_CHARACTER_NOT_PRINTABLE');
    expect(existsSync(out)).toBe(false);
  });
});
