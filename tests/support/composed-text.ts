/**
 * The text a letter is made of, before layout: per language part, the draft mark of an unapproved
 * translation, the frame's words and every
 * block's text in reading order, as compose → fill → parse produce them (bidi controls removed: they
 * order the text, they are not part of it). What the PDF's structure must give back.
 */
import type { LanguageCode } from '../../src/domain/languages.ts';
import type { Block, Inline } from '../../src/pipeline/document.ts';
import { composeLetter } from '../../src/pipeline/index.ts';
import { withoutBidiControls } from '../../src/pipeline/text/isolate.ts';
import type { World } from '../../src/world.ts';

export interface ComposedPart {
  readonly language: LanguageCode;
  /** Leaf texts in reading order: draft mark, letterhead, recipient, references, then the body. */
  readonly leaves: readonly string[];
}

const textOf = (lines: readonly Inline[]) => lines.map((line) => line.map((run) => run.text).join('')).join('\n');

function blockLeaves(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block): string[] => {
    if (block.type === 'list') return block.items.flatMap((item, index) => [block.ordered ? `${index + 1}.` : '•', textOf(item)]);
    if (block.type === 'table') return block.rows.flatMap((row) => row.cells.map((cell) => textOf(cell.lines)));
    if (block.type === 'section') return blockLeaves(block.blocks);
    return [textOf(block.lines)];
  });
}

/** Every language part of every document of the set (letter, companions, copies), as the pipeline composes them. */
export function composedParts(input: unknown, world: World): ComposedPart[] {
  const composed = composeLetter(input, world);
  if (!composed.ok) throw new Error('sample did not compose');
  if (composed.value.kind !== 'letter') return [];
  return composed.value.document.parts.map(({ language, frame, blocks }) => {
    const { letterhead } = frame;
    const leaves = [
      ...(frame.draftMark ? [frame.draftMark] : []),
      letterhead.name,
      ...(letterhead.unit ? [letterhead.unit] : []),
      letterhead.lines.join('\n'),
      ...(frame.recipient ? [frame.recipient.join('\n')] : []),
      ...frame.references.flat(),
      ...blockLeaves(blocks),
    ];
    return { language, leaves: leaves.map(withoutBidiControls) };
  });
}
