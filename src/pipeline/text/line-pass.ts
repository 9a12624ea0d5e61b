/**
 * A text pass before layout walks a part's blocks and rewrites each line of runs (text/keep-together.ts,
 * text/citations.ts): the walk is here once, the pass says what a line becomes and what a section
 * (a passage in another language) means to it.
 */
import type { Block, Inline } from '../document.ts';

export interface LinePass<C> {
  /** The line as the pass leaves it, in its context (e.g. the language it is in). */
  readonly line: (inline: Inline, context: C) => Inline;
  /** The context inside a section, or null to leave the section as it is. */
  readonly section: (section: Extract<Block, { type: 'section' }>, context: C) => C | null;
}

/** The block with every line of text, in headings, paragraphs, list items, table cells and sections, passed. */
export function passOverBlock<C>(block: Block, context: C, pass: LinePass<C>): Block {
  const lines = (inlines: readonly Inline[]) => inlines.map((inline) => pass.line(inline, context));
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return { ...block, lines: lines(block.lines) };
    case 'list':
      return { ...block, items: block.items.map(lines) };
    case 'table':
      return {
        ...block,
        rows: block.rows.map((row) => ({ ...row, cells: row.cells.map((cell) => ({ ...cell, lines: lines(cell.lines) })) })),
      };
    case 'section': {
      const inner = pass.section(block, context);
      return inner === null ? block : { ...block, blocks: block.blocks.map((child) => passOverBlock(child, inner, pass)) };
    }
  }
}
