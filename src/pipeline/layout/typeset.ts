/**
 * Typesetting on pdfkit: a part's fonts (registered once per document), the text styles the line
 * breaker measures with, and drawing one broken line: its visual runs side by side, each with
 * `doc.text(run, x, y, { lineBreak: false })` (pdfkit's own line wrapper is never used: it was the
 * main cost, and it knows neither bidi nor scripts). Whole-run layout (`features: []`) only for runs
 * with right-to-left letters, so fontkit reverses the run as one (pdf-notes.md §2).
 */
import type * as fontkit from 'fontkit';
import type { Direction } from '../../domain/languages.ts';
import type { Run } from '../document.ts';
import { type FontFace, type FontFamily, type FontSet, faceOf, type Script } from '../fonts.ts';
import { visualRuns } from '../text/bidi.ts';
import type { FontChoice, Line, TextStyle } from '../text/line-break.ts';

type Doc = PDFKit.PDFDocument;
const FACES: readonly FontFace[] = ['regular', 'bold', 'italic', 'boldItalic'];

export interface Metrics {
  /** Distance from a line's top to its baseline. */
  readonly ascent: number;
  /** Line height without the gap between lines. */
  readonly height: number;
}

export class Typesetter {
  /** One registered pdfkit font per parsed font: a family without italics maps its italic faces to the upright ones. */
  private readonly choices = new Map<string, FontChoice>();
  private readonly styles = new Map<string, TextStyle>();

  constructor(
    readonly doc: Doc,
    private readonly fonts: FontSet,
  ) {
    const registered = new Map<fontkit.Font, FontChoice>();
    for (const family of fonts.all) {
      for (const face of FACES) {
        const font = family.faces[face];
        let choice = registered.get(font);
        if (!choice) {
          choice = { font, name: `${family.name}-${face}` };
          doc.registerFont(choice.name, font as unknown as string);
          registered.set(font, choice);
        }
        this.choices.set(`${family.name}-${face}`, choice);
      }
    }
  }

  private choice(family: FontFamily, face: FontFace): FontChoice {
    return this.choices.get(`${family.name}-${face}`) as FontChoice;
  }

  /** The style of text in a script at a size; `bold` makes every run bold (headings). */
  style(script: Script, size: number, bold = false): TextStyle {
    const key = `${script}/${size}/${bold}`;
    let style = this.styles.get(key);
    if (!style) {
      const family = this.fonts.family(script);
      const face = (run: Pick<Run, 'bold' | 'italic'>) => faceOf(bold || run.bold, run.italic);
      style = {
        size,
        primary: (run) => this.choice(family, face(run)),
        fallback: (run) => this.choice(this.fonts.fallback, face(run)),
        hyphenates: script === 'Latn' || script === 'Cyrl',
      };
      this.styles.set(key, style);
    }
    return style;
  }

  metrics(script: Script, size: number): Metrics {
    const font = this.fonts.family(script).faces.regular;
    const scale = size / font.unitsPerEm;
    return { ascent: font.ascent * scale, height: (font.ascent - font.descent) * scale };
  }

  /**
   * Draws one line with its top at `top`, inside [x, x + width], aligned to the reading direction's
   * start (or centred). Runs are emitted in reading order, so the content stream (what copy-paste and
   * text extraction read) holds the text in logical order, while each sits at its visual place.
   */
  drawLine(
    line: Line,
    at: { x: number; width: number; top: number; direction: Direction; align: Align },
    style: TextStyle,
    metrics: Metrics,
    onArtifact: (draw: () => void) => void,
  ) {
    const runs = visualRuns(line, at.direction, style.size);
    const total = runs.reduce((sum, run) => sum + run.width, 0);
    const start = at.align === 'center' ? at.x + (at.width - total) / 2 : at.align === 'right' ? at.x + at.width - total : at.x;
    const baseline = at.top + metrics.ascent;
    let x = start;
    const placed = runs.map((run) => {
      const left = x;
      x += run.width;
      return { run, left };
    });
    placed.sort((a, b) => a.run.logicalStart - b.run.logicalStart);
    // In a reordered line each run is its own marked-content span: extractors that join neighbouring
    // glyphs into strings by position (pdf.js) then never merge pieces of different runs.
    const spans = at.direction === 'rtl' || runs.some((run) => run.wholeRun);
    for (const { run, left } of placed) {
      const draw = () => {
        const { doc } = this;
        doc.font(run.font.name).fontSize(style.size);
        shareLayouts(doc, run.font);
        if (run.mirrored) doc.save().transform(-1, 0, 0, 1, 2 * left + run.width, 0);
        if (run.wholeRun) doc.text(run.text, left, baseline, { lineBreak: false, baseline: 'alphabetic', features: [] });
        else doc.text(run.text, left, baseline, { lineBreak: false, baseline: 'alphabetic' });
        if (run.mirrored) doc.restore();
        if (run.wholeRun && LAM_ALEF.test(run.text)) ligaturesInVisualOrder(doc, run.text);
      };
      if (run.artifact) onArtifact(draw);
      else if (spans) {
        this.doc.markContent('Span');
        draw();
        this.doc.endMarkedContent();
      } else draw();
    }
  }
}

export type Align = 'left' | 'right' | 'center';

/** Lam-alef: the ligature Arabic requires; one glyph for two letters. */
const LAM_ALEF = /\u0644[\u0622\u0623\u0625\u0627]/;

interface EmbeddedFontInternals {
  unicode: number[][];
  subset: { mapping: Record<number, number> };
  layoutRun(text: string, features: unknown[]): { glyphs: { id: number; codePoints: number[] }[] };
}

/**
 * Text extractors (pdf.js, poppler) read a right-to-left run in visual order and reverse it character
 * by character, so a ligature's characters come out swapped ("ال" for "لا") unless the font's
 * ToUnicode entry lists them in visual order. pdfkit records a glyph's characters in logical order;
 * this reverses the entries of the lam-alef glyphs just drawn (pdfkit internals: `_font.unicode`).
 */
function ligaturesInVisualOrder(doc: Doc, text: string) {
  const font = (doc as unknown as { _font: EmbeddedFontInternals })._font;
  for (const glyph of font.layoutRun(text, []).glyphs) {
    const gid = font.subset.mapping[glyph.id];
    if (gid === undefined || glyph.codePoints.length < 2) continue;
    font.unicode[gid] = [...glyph.codePoints].reverse();
  }
}

/**
 * pdfkit lays every word out with fontkit again in every document (its layout cache lives in the
 * document's font object): that was most of the time of a letter. The laid-out words depend only on
 * the font and the word, so one cache per parsed font serves every document of the process (pdfkit
 * only reads the cached runs). Bounded like the width table: started afresh when it grows large.
 */
interface Shared {
  /** pdfkit's per-word cache (runs laid out without features). */
  readonly cache: Record<string, unknown>;
  /** Whole runs laid out with `features: []` (right-to-left runs). */
  readonly runs: Map<string, unknown>;
  documents: number;
}

interface PdfkitFont {
  layoutCache?: Record<string, unknown>;
  layoutRun(text: string, features?: unknown[]): unknown;
  sharedRuns?: true;
}

const sharedLayouts = new WeakMap<fontkit.Font, Shared>();
const MAX_SHARED_WORDS = 50_000;

function shareLayouts(doc: Doc, choice: FontChoice) {
  const font = (doc as unknown as { _font: PdfkitFont })._font;
  let shared = sharedLayouts.get(choice.font);
  if (font.layoutCache === shared?.cache) return;
  if (!shared || (++shared.documents % 100 === 0 && Object.keys(shared.cache).length + shared.runs.size > MAX_SHARED_WORDS)) {
    shared = { cache: Object.create(null) as Record<string, unknown>, runs: new Map(), documents: 0 };
    sharedLayouts.set(choice.font, shared);
  }
  font.layoutCache = shared.cache;
  const runs = shared.runs;
  const layoutRun = font.layoutRun.bind(font);
  font.layoutRun = (text, features) => {
    if (!features || features.length > 0) return layoutRun(text, features);
    let run = runs.get(text);
    if (!run) {
      run = layoutRun(text, features);
      runs.set(text, run);
    }
    return run;
  };
}
