/**
 * Typesetting on pdfkit: a part's fonts (registered once per document), the text styles the line
 * breaker measures with, and drawing one broken line: its visual runs side by side, each with
 * `drawRun` (pdfkit's text drawing without its line wrapper, which was the main cost and knows neither
 * bidi nor scripts, and without re-measuring what the line breaker measured). Whole-run layout
 * (`features: []`) only for runs with right-to-left letters, so fontkit reverses the run as one
 * (pdf-notes.md §2).
 */
import type * as fontkit from 'fontkit';
import type { Direction } from '../../domain/languages.ts';
import { ConformanceLog } from '../conformance.ts';
import type { Run } from '../document.ts';
import { type FontFace, type FontFamily, type FontSet, faceOf, type Script } from '../fonts.ts';
import { ENVELOPE_WINDOW, WINDOW_CLEARANCE } from '../page-geometry.ts';
import { type VisualRun, visualRuns } from '../text/bidi.ts';
import type { FontChoice, Line, TextStyle } from '../text/line-break.ts';
import { drawRun, ligaturesInVisualOrder, shareLayouts, storedGlyphs } from './pdfkit-font.ts';
import { pdfTextString, RUN_TEXT_TAG, runTextForMuPDF } from './run-text.ts';

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
  /** What the conformance check learns while drawing (pipeline/conformance.ts). */
  readonly check = new ConformanceLog({
    left: ENVELOPE_WINDOW.left + WINDOW_CLEARANCE,
    top: ENVELOPE_WINDOW.top + WINDOW_CLEARANCE,
    right: ENVELOPE_WINDOW.left + ENVELOPE_WINDOW.width - WINDOW_CLEARANCE,
    bottom: ENVELOPE_WINDOW.top + ENVELOPE_WINDOW.height - WINDOW_CLEARANCE,
  });

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
      // Every face's font chosen here, once: the line breaker asks for a run's font for every word.
      const byFace = (family: FontFamily) => {
        const choices = Object.fromEntries(FACES.map((face) => [face, this.choice(family, face)])) as Record<
          FontFace,
          FontChoice
        >;
        return (run: Pick<Run, 'bold' | 'italic'>) => choices[faceOf(bold || run.bold, run.italic)];
      };
      style = {
        size,
        primary: byFace(this.fonts.family(script)),
        fallbacks: fallbacksByFace(this.fonts.fallbacks(script).map(byFace)),
        hyphenates: script === 'Latn' || script === 'Cyrl',
      };
      this.styles.set(key, style);
    }
    return style;
  }

  /**
   * Draws a run of a right-to-left part inside a marked-content sequence with the ActualText MuPDF
   * needs (layout/run-text.ts). Written directly: pdfkit writes ActualText only for a Span, and the
   * sequence never crosses a page, so pdfkit's record of open marked content need not know it.
   */
  private withRunText(run: VisualRun, draw: () => void) {
    const stored = () => {
      this.doc.font(run.font.name);
      shareLayouts(this.doc, run.font);
      return run.wholeRun ? storedGlyphs(this.doc, run.text, run.rightToLeft) : [...run.text].map((char) => [char]);
    };
    const text = runTextForMuPDF(run, stored);
    this.doc.addContent(`/${RUN_TEXT_TAG} <</ActualText ${pdfTextString(text)}>> BDC`);
    draw();
    this.doc.addContent('EMC');
  }

  /** Whatever is drawn now belongs to a structure element or is an artifact (PDF/UA-1 7.1). */
  private insideMarkedContent(): boolean {
    const markings = (this.doc.page as unknown as { markings?: readonly Marking[] }).markings ?? [];
    return markings.some((marking) => marking.structContent !== undefined || marking.tag === 'Artifact');
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
    at: { x: number; width: number; top: number; direction: Direction; align: Align; latinLanguage: string | null },
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
    this.check.line(
      this.doc.page,
      placed.map(({ run, left }) => ({ text: run.text, font: run.font.font, left, width: run.width })),
      at.top,
      metrics.height,
      this.insideMarkedContent(),
    );
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
        drawRun(doc, run.text, left, baseline, run.width, run.wholeRun);
        if (run.mirrored) doc.restore();
        if (run.wholeRun && run.rightToLeft) ligaturesInVisualOrder(doc, run.text);
      };
      if (run.artifact) onArtifact(draw);
      else if (spans) {
        // Latin words in a right-to-left part (Danish authority names, addresses, legal references) carry
        // their language, so a screen reader reads them with a Danish voice.
        const lang = at.latinLanguage && LATIN_LETTER.test(run.text) ? at.latinLanguage : null;
        if (lang) this.doc.markContent('Span', { lang });
        else if (at.direction === 'ltr') this.doc.markContent('Span');
        if (at.direction === 'rtl') this.withRunText(run, draw);
        else draw();
        if (lang || at.direction === 'ltr') this.doc.endMarkedContent();
      } else draw();
    }
  }
}

export type Align = 'left' | 'right' | 'center';

/** pdfkit's stack of open marked content on a page: a structure element's content has `structContent`. */
type Marking = { readonly tag: string; readonly structContent?: unknown };

/** The fallback fonts of a run's face, chosen once per face (the line breaker asks per word that needs them). */
function fallbacksByFace(families: readonly ((run: Pick<Run, 'bold' | 'italic'>) => FontChoice)[]) {
  const chosen = new Map<string, readonly FontChoice[]>();
  return (run: Pick<Run, 'bold' | 'italic'>): readonly FontChoice[] => {
    const key = `${run.bold}/${run.italic}`;
    let fonts = chosen.get(key);
    if (!fonts) {
      fonts = families.map((byFace) => byFace(run));
      chosen.set(key, fonts);
    }
    return fonts;
  };
}

const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/;
