/**
 * The letters every bench module renders: each valid sample that yields a letter. For the engine, the
 * raw input; for the references (plain pdfkit, Chromium), the same letter's content resolved ONCE,
 * before timing, into flat data (every word already in place), so the references pay for no
 * templating, translation or parsing, only for drawing: what a hand-written renderer would do.
 */
import { readFileSync } from 'node:fs';
import { createWorld, type World } from '../src/engine.ts';
import { listSamples } from '../src/interfaces/cli/render-samples.ts';
import type { Block, Frame, Inline } from '../src/pipeline/document.ts';
import { withoutBidiControls } from '../src/pipeline/text/isolate.ts';
import { composeDocument } from './pipeline-adapter.ts';

export type FlatStyle = 'h1' | 'h2' | 'h3' | 'p' | 'note' | 'li';

export interface FlatBlock {
  readonly style: FlatStyle;
  readonly lines: readonly Inline[];
  /** A list item's marker ("•", "1."). */
  readonly marker?: string;
}

export interface FlatPart {
  readonly language: string;
  readonly letterhead: Frame['letterhead'];
  readonly recipient: readonly string[] | null;
  readonly references: readonly (readonly [string, string])[];
  readonly footer: string;
  /** The page label with `{x}` and `{y}` where the page number and the page count go. */
  readonly pageLabel: string;
  readonly draftMark: string | null;
  readonly blocks: readonly FlatBlock[];
}

export interface BenchLetter {
  /** `<letter>/<sample>`: names the sample, never its content. */
  readonly id: string;
  readonly input: unknown;
  readonly title: string;
  readonly author: string;
  readonly creationDate: Date;
  readonly parts: readonly FlatPart[];
}

/**
 * The letters the benchmark measures: the samples of the first two letter types (single documents, 1–2
 * pages, Danish + English), so that the figures stay comparable as the catalogue grows and the plain-pdfkit
 * and Chromium references draw the same content. Sets with copies are measured by the batch figure.
 */
export const BENCH_LETTER_TYPES = ['humanitarian-permit-info', 'reopening-guidance'] as const;

/** Every sample of BENCH_LETTER_TYPES that renders to a letter, in the order of samples/ (round-robin follows it). */
export function loadBenchLetters(world: World = createWorld()): BenchLetter[] {
  const letters: BenchLetter[] = [];
  for (const sample of listSamples().filter((s) => (BENCH_LETTER_TYPES as readonly string[]).includes(s.letter))) {
    const input: unknown = JSON.parse(readFileSync(sample.file, 'utf8'));
    const composed = composeDocument(input, world);
    if (!composed.ok) throw new Error(`sample ${sample.letter}/${sample.name} does not compose`);
    const document = composed.value;
    if (!document) continue; // no letter is due
    letters.push({
      id: `${sample.letter}/${sample.name}`,
      input,
      title: document.title,
      author: document.author,
      creationDate: document.creationDate,
      parts: document.parts.map(({ language, frame, blocks }) => ({
        language,
        letterhead: frame.letterhead,
        recipient: frame.recipient?.map(withoutBidiControls) ?? null,
        references: frame.references.map(([label, value]) => [withoutBidiControls(label), withoutBidiControls(value)] as const),
        footer: frame.footer,
        pageLabel: labelPattern(frame),
        draftMark: frame.draftMark,
        blocks: flatten(blocks),
      })),
    });
  }
  if (letters.length === 0) throw new Error('no sample renders to a letter');
  return letters;
}

// Numbers no letter has as a page count, so they can be swapped for placeholders.
const PAGE_SENTINEL = 90_001;
const TOTAL_SENTINEL = 90_002;
const labelPattern = (frame: Frame): string =>
  frame
    .pageLabel(PAGE_SENTINEL, TOTAL_SENTINEL)
    .replaceAll(String(PAGE_SENTINEL), '{x}')
    .replaceAll(String(TOTAL_SENTINEL), '{y}');

export const pageLabelOf = (part: FlatPart, page: number, total: number): string =>
  part.pageLabel.replaceAll('{x}', String(page)).replaceAll('{y}', String(total));

/**
 * The references draw left-to-right Danish/English text with pdfkit's own wrapper: the bidi isolates the
 * engine puts around interpolated values (for right-to-left parts) are removed, as the engine removes them
 * before drawing.
 */
const plainLines = (lines: readonly Inline[]): Inline[] =>
  lines.map((line) => line.map((run) => ({ ...run, text: withoutBidiControls(run.text) })));

function flatten(blocks: readonly Block[]): FlatBlock[] {
  return blocks.flatMap((block): FlatBlock[] => {
    switch (block.type) {
      case 'heading':
        return [{ style: `h${block.level}`, lines: plainLines(block.lines) }];
      case 'paragraph':
        return [{ style: block.role === 'note' ? 'note' : 'p', lines: plainLines(block.lines) }];
      case 'list':
        return block.items.map((lines, index) => ({
          style: 'li',
          lines: plainLines(lines),
          marker: block.ordered ? `${index + 1}.` : '•',
        }));
      case 'table':
        return block.rows.map((row) => ({ style: 'p', lines: plainLines(row.cells.flatMap((cell) => cell.lines)) }));
      default:
        return flatten(block.blocks); // a section: its blocks in place
    }
  });
}

/** The plain text of a line of runs. */
export const textOfLine = (line: Inline): string => line.map((run) => run.text).join('');
