/**
 * The text a letter is made of, before layout: per language part, the draft mark of an unapproved
 * translation, the frame's words and every
 * block's text in reading order, as compose → fill → parse produce them (bidi controls removed: they
 * order the text, they are not part of it). What the PDF's structure must give back.
 */
import { type LanguageCode, MASTER_LANGUAGE } from '../../src/domain/languages.ts';
import { compose } from '../../src/pipeline/compose.ts';
import type { Block, Inline } from '../../src/pipeline/document.ts';
import { fill } from '../../src/pipeline/fill.ts';
import type { Planned } from '../../src/pipeline/index.ts';
import { parse } from '../../src/pipeline/parse.ts';
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
    if (block.type === 'table') return block.rows.flatMap((row) => row.cells.map(textOf));
    if (block.type === 'section') return blockLeaves(block.blocks);
    return [textOf(block.lines)];
  });
}

export function composedParts(planned: Planned, world: World): ComposedPart[] {
  const { request, outcome } = planned;
  if (!outcome.due) return [];
  const tDanish = world.locales.translator(MASTER_LANGUAGE);
  return request.languages.map((language) => {
    const t = world.locales.translator(language);
    const isTranslation = language !== MASTER_LANGUAGE;
    const draft = isTranslation && world.locales.status(language, ['common', request.letter.id]) !== 'approved';
    const { context, frame } = compose({ plan: outcome.plan, language, isTranslation, draft, t, tDanish });
    const markup = fill(world.templates, request.letter.id, context, language, t);
    if (!markup.ok) throw new Error(`fill failed for ${language}`);
    const blocks = parse(markup.value, request.letter.id);
    if (!blocks.ok) throw new Error(`parse failed for ${language}`);
    const { letterhead } = frame;
    const leaves = [
      ...(frame.draftMark ? [frame.draftMark] : []),
      letterhead.name,
      ...(letterhead.unit ? [letterhead.unit] : []),
      letterhead.lines.join('\n'),
      ...(frame.recipient ? [frame.recipient.join('\n')] : []),
      ...frame.references.flat(),
      ...blockLeaves(blocks.value),
    ];
    return { language, leaves: leaves.map(withoutBidiControls) };
  });
}
