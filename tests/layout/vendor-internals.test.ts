/**
 * The layout patches private internals of pdfkit and fontkit (src/pipeline/layout/pdfkit-font.ts,
 * src/pipeline/font-subset.ts, src/pipeline/fonts.ts). Both are pinned to exact versions in package.json;
 * this test names every internal the patches rely on and fails loudly when an upgrade moves one, before
 * a subtly wrong PDF does.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../../src/domain/project-path.ts';
import { subsetFromReadGlyphs } from '../../src/pipeline/font-subset.ts';

const require = createRequire(import.meta.url);
const manifest = JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { dependencies: Record<string, string> };
const fontFile = require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf');
const fresh = () => fontkit.create(readFileSync(fontFile)) as fontkit.Font & Record<string, unknown>;

describe('pdfkit and fontkit internals the layout patches', () => {
  it.each(['pdfkit', 'fontkit'])('%s is pinned to the exact version installed', (name) => {
    const pinned = manifest.dependencies[name];
    expect(pinned, `pin ${name} exactly: the layout patches its internals`).toMatch(/^\d+\.\d+\.\d+$/);
    const installed = JSON.parse(readFileSync(projectPath(`node_modules/${name}/package.json`), 'utf8')) as { version: string };
    expect(installed.version).toBe(pinned);
  });

  it('fontkit: getGlyph(id, codePoints) with _decode and _getMetrics; loca, directory, _getTableStream, createSubset', () => {
    const font = fresh();
    for (const member of ['getGlyph', '_getTableStream', 'createSubset']) expect(typeof font[member], member).toBe('function');
    expect(Array.isArray((font.loca as { offsets: unknown }).offsets)).toBe(true);
    expect((font.directory as { tables: Record<string, unknown> }).tables.glyf).toBeDefined();
    const glyph = (font.getGlyph as unknown as (id: number, cps: number[]) => Record<string, unknown>)(
      font.glyphForCodePoint(0xc5).id,
      [0xc5],
    );
    expect(typeof glyph._decode).toBe('function');
    expect(typeof glyph._getMetrics).toBe('function');
    expect(glyph.codePoints).toEqual([0xc5]);
    const subset = (font.createSubset as unknown as () => Record<string, unknown>)();
    for (const member of ['_addGlyph', 'includeGlyph', 'encode']) expect(typeof subset[member], member).toBe('function');
  });

  it('fontkit: the patched subset writes the very bytes fontkit writes (composite glyphs included)', () => {
    const text = 'Århus Ærø ÅÉÜ fi';
    const encode = (font: fontkit.Font) => {
      const subset = font.createSubset() as unknown as { includeGlyph(id: number): number; encode(): Uint8Array };
      for (const glyph of font.layout(text).glyphs) subset.includeGlyph(glyph.id);
      return Buffer.from(subset.encode());
    };
    expect(encode(subsetFromReadGlyphs(fresh())).equals(encode(fresh()))).toBe(true);
  });

  it("pdfkit: the XMP's document information is written by _addInfo as the metadata ends (layout/xmp.ts writes ours instead)", () => {
    const proto = PDFDocument.prototype as unknown as Record<string, unknown>;
    expect(typeof proto._addInfo).toBe('function');
    expect(String(proto.endMetadata)).toMatch(/this\._addInfo\(\)/);
  });

  it('pdfkit: _fragment, and the embedded font with unicode, subset.mapping, layoutRun, layoutCached, layout, layoutCache', () => {
    const doc = new PDFDocument({ autoFirstPage: true }) as unknown as Record<string, unknown> & PDFKit.PDFDocument;
    expect(typeof doc._fragment).toBe('function');
    doc.registerFont('body', fresh() as unknown as string);
    doc.font('body');
    const font = doc._font as Record<string, unknown>;
    for (const member of ['layoutRun', 'layoutCached', 'layout']) expect(typeof font[member], member).toBe('function');
    expect(Array.isArray(font.unicode)).toBe(true);
    expect(typeof (font.subset as { mapping: unknown }).mapping).toBe('object');
    (font.layoutCached as (text: string) => unknown)('Holbæk ');
    expect(Object.keys(font.layoutCache as object)).toContain('Holbæk ');
    doc.end();
  });
});
