/**
 * A letter's enclosures (Bilag, anatomy.md part 7): what goes to its reader in the same envelope, listed after the
 * closing, before "Kopi til", each named by the heading its reader sees in the part's language. The list is read
 * from the set, never typed per letter, so it cannot name a document the set does not carry. Two kinds:
 * - a companion letter to the letter's own recipient, for the applicant to read (e.g. the re-opening guidance with a
 *   § 9 c, stk. 2 extension decision, the extension part-decision with a permanent-residence rejection). A companion
 *   to someone else goes in another envelope and is no enclosure: a notice to an authority (the municipality notice),
 *   the notice to the Danish mission, the same notice to the representative. A copy (Kopi til) is listed as a copy.
 * - a part of the letter itself after its closing under a heading marked as an enclosure (`<h2 class="enclosure">`,
 *   e.g. the law extract of the § 21 b guidance): it starts a new page (layout/blocks.ts).
 */
import { isDeepStrictEqual } from 'node:util';
import type { Companion, Plan } from '../letters/plan.ts';
import { textOf } from './assemble.ts';
import type { Block } from './document.ts';

/** The companion goes with the letter in the applicant's envelope: to the letter's own recipient, read by the applicant. */
export const isEnclosure = (letter: Plan, companion: Pick<Companion, 'plan' | 'reader'>): boolean =>
  companion.reader === 'applicant' && isDeepStrictEqual(companion.plan.recipient, letter.recipient);

/** The headings of the enclosures a part carries itself, in order (sections included). */
export function enclosureHeadings(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => {
    if (block.type === 'heading') return block.enclosure ? [textOf(block.lines)] : [];
    return block.type === 'section' ? enclosureHeadings(block.blocks) : [];
  });
}
