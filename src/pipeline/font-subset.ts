/**
 * Font subsetting without re-reading the same glyphs for every letter. pdfkit embeds a subset of each
 * font per document (fontkit's TrueType subset, at `doc.end()`), and fontkit decodes every glyph it
 * copies from the font's `glyf` table again each time, only to learn whether the glyph is composite
 * and where its component ids sit: that was ≈ 9 % of a letter. What a glyph contributes to a subset
 * (its bytes, its components, its metrics) depends only on the font and the glyph, so it is read once
 * per process; the subset still numbers glyphs in the order the document met them, and a composite's
 * component ids are still rewritten per subset, so the embedded font is byte for byte what fontkit
 * writes (fontkit 2.0 internals: `_addGlyph` of its TTFSubset, pinned by the determinism tests).
 * The table is bounded by the font's own glyph count.
 */
import type * as fontkit from 'fontkit';

interface GlyphInternals {
  readonly advanceWidth: number;
  _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null;
  _getMetrics(): { leftBearing: number };
}

interface FontInternals {
  readonly loca: { offsets: number[] };
  readonly _variationProcessor?: unknown;
  readonly directory: { tables: Record<string, unknown> };
  _getTableStream(tag: 'glyf'): { pos: number; readBuffer(length: number): Uint8Array };
  getGlyph(id: number): GlyphInternals;
  createSubset(): unknown;
}

interface TrueTypeSubset {
  readonly glyf?: Uint8Array[];
  readonly loca: { offsets: number[] };
  readonly hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
  includeGlyph(id: number): number;
  _addGlyph(id: number): number;
}

/** What one glyph adds to any subset: its bytes, where its component glyph ids are written, its metrics. */
interface SubsetGlyph {
  readonly bytes: Uint8Array;
  readonly components: readonly { readonly glyphID: number; readonly pos: number }[];
  readonly advance: number;
  readonly bearing: number;
}

function readGlyph(font: FontInternals, id: number): SubsetGlyph {
  const glyph = font.getGlyph(id);
  const decoded = glyph._decode();
  const start = font.loca.offsets[id] as number;
  const end = font.loca.offsets[id + 1] as number;
  const stream = font._getTableStream('glyf');
  stream.pos += start;
  const bytes = new Uint8Array(stream.readBuffer(end - start));
  const components =
    decoded && decoded.numberOfContours < 0 ? (decoded.components ?? []).map(({ glyphID, pos }) => ({ glyphID, pos })) : [];
  return { bytes, components, advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing };
}

/** Makes the font's subsets copy glyphs from a per-process table; fonts fontkit would re-encode (variable fonts, CFF) are left alone. */
export function subsetFromReadGlyphs(font: fontkit.Font): fontkit.Font {
  const internals = font as unknown as FontInternals;
  if (internals._variationProcessor || !internals.directory.tables.glyf) return font;
  const read = new Map<number, SubsetGlyph>();
  const createSubset = internals.createSubset.bind(font);
  internals.createSubset = () => {
    const subset = createSubset() as TrueTypeSubset;
    subset._addGlyph = (id) => {
      let glyph = read.get(id);
      if (!glyph) {
        glyph = readGlyph(internals, id);
        read.set(id, glyph);
      }
      let bytes = glyph.bytes;
      if (glyph.components.length > 0) {
        bytes = new Uint8Array(glyph.bytes);
        const view = new DataView(bytes.buffer);
        for (const component of glyph.components) view.setUint16(component.pos, subset.includeGlyph(component.glyphID));
      }
      const glyf = subset.glyf as Uint8Array[];
      glyf.push(bytes);
      subset.loca.offsets.push(subset.offset);
      subset.hmtx.metrics.push({ advance: glyph.advance, bearing: glyph.bearing });
      subset.offset += bytes.length;
      return glyf.length - 1;
    };
    return subset;
  };
  return font;
}
