/**
 * Stage: assemble. The language parts in reading order (Danish first: the binding text; then the
 * translation from a new page) and the document's metadata, as languages.md describes.
 */
import { toUtcDate } from '../domain/civil-date.ts';
import type { Plan } from '../letters/plan.ts';
import type { Block, Inline, LetterDocument, Part } from './document.ts';

export function assemble(plan: Plan, parts: readonly Part[]): LetterDocument {
  const danish = parts[0];
  return {
    title: (danish && firstHeading(danish.blocks)) || plan.variant,
    author: plan.sender.unit ? `${plan.sender.name}, ${plan.sender.unit}` : plan.sender.name,
    // The letter date, not the clock: the same input gives the same bytes (pdf-notes.md §4).
    creationDate: toUtcDate(plan.letterDate),
    parts,
  };
}

export function firstHeading(blocks: readonly Block[]): string | null {
  for (const block of blocks) {
    if (block.type === 'heading') return textOf(block.lines);
    if (block.type === 'section') {
      const inner = firstHeading(block.blocks);
      if (inner) return inner;
    }
  }
  return null;
}

export const textOf = (lines: readonly Inline[]): string => lines.map((line) => line.map((run) => run.text).join('')).join(' ');
