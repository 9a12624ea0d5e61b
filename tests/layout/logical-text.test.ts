/**
 * For every letter × language: the text of every structure element of the PDF (letterhead, recipient,
 * references, headings, paragraphs, list items, table cells), read with pdfjs-dist in content-stream
 * order, equals the text compose → fill → parse made, in logical order. So copy-paste and screen
 * readers get the sentence as written, also in Arabic with case numbers, dates and Latin names in it.
 *
 * Left-to-right parts are compared with white space folded. Right-to-left parts are compared without
 * what text extractors cannot give back from a right-to-left run, all of them invisible or attached:
 * white space (pdf.js infers spaces from glyph positions assuming left-to-right flow and drops those at
 * the edges of a right-to-left run; pdftotext keeps them, see pdf-checks.test.ts), zero-width
 * (non-)joiners (no glyph of their own) and combining marks (positioned glyphs of their own). One
 * more pdf.js limit: a word ending in a combining mark (Persian ezafe "مهٔ" in dates) is split at the
 * mark and its pieces come out in the wrong order; an element with such a word is compared by its
 * characters, not their order (pdftotext orders these words right). Every other element must have
 * every character in order: letters (lam-alef included), digits, brackets, Latin names.
 *
 * What those extractors lose, each right-to-left element carries as its `/ActualText`: the composed
 * text exactly, spaces where Arabic meets a number or a Latin name and zero-width non-joiners
 * included (print review D9, D10); pdf.js's structure tree (Firefox's reader) reads it.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type LanguageCode } from '../../src/domain/languages.ts';
import { createWorld, renderLetter } from '../../src/engine.ts';
import { composedParts } from '../support/composed-text.ts';
import { letterMatrix } from '../support/letter-matrix.ts';
import { readStructure, type StructNode } from '../support/pdf-structure.ts';

const world = createWorld();

function leafNodes(node: StructNode): StructNode[] {
  if (node.children.length === 0) return [node];
  return node.children.flatMap(leafNodes);
}

const RTL_LETTERS = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const folded = (text: string) => text.replace(/\s+/g, ' ').trim();
const squashed = (text: string) => text.replace(/(?:\s|\u200C|\u200D|\p{M})+/gu, '');
const WORD_FINAL_MARK = /\p{L}\p{M}+(?=\s|$)/u;
const charactersOf = (text: string) => [...squashed(text)].sort().join('');

/** Known defects, each a test that must keep failing until it is fixed (then it fails, and comes off the list). */
const KNOWN_DEFECTS = new Set<string>([]);

describe.each(letterMatrix(world))('$letter/$sample in $languages', ({ letter, sample, languages, input }) => {
  const known = KNOWN_DEFECTS.has(`${letter}/${sample} in ${languages.join(',')}`);
  (known ? it.fails : it)('gives back the composed text of every element, in logical order', async () => {
    const parts = composedParts(input, world);
    const rendered = await renderLetter(input, world);
    if (!rendered.ok || rendered.value.kind !== 'letter') throw new Error('sample did not render');
    const structure = await readStructure(rendered.value.pdf);
    const [documentNode] = structure.children;
    const sections = documentNode?.children ?? [];
    expect(sections.map((s) => s.lang)).toEqual(parts.map((p) => LANGUAGES[p.language as LanguageCode].locale));
    parts.forEach((part, index) => {
      const section = sections[index] as StructNode;
      const rtl = LANGUAGES[part.language].direction === 'rtl';
      const extracted = leafNodes(section).map((leaf) => leaf.text);
      expect(extracted).toHaveLength(part.leaves.length);
      const normal = (composed: string) => (!rtl ? folded : WORD_FINAL_MARK.test(composed) ? charactersOf : squashed);
      expect(extracted.map((text, i) => normal(part.leaves[i] as string)(text))).toEqual(
        part.leaves.map((text) => normal(text)(text)),
      );
      // Every element with right-to-left letters has it (a passage only in Danish is set left to right, without).
      const actual = leafNodes(section).map((leaf, i) => {
        const composed = part.leaves[i] as string;
        return leaf.actualText === undefined && (!rtl || !RTL_LETTERS.test(composed)) ? composed : leaf.actualText;
      });
      expect(actual.map((text) => (text === undefined ? undefined : folded(text)))).toEqual(part.leaves.map(folded));
    });
  });
});
