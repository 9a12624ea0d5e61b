/**
 * Danish legal citations inside right-to-left text (print review G9). The locale files write the Danish
 * citation as Danish law cites it ("§ 9 c, stk. 2", "§ 21 b", "nr. 4"), inside Arabic, Persian, Pashto or
 * Sorani sentences. Left to the bidirectional algorithm, a citation that follows a right-to-left word is
 * split: its number takes the sentence's direction and its letter its own, so a left-to-right eye reads
 * "c 9" and "stk. 1 ,9 §". The text pass before layout makes each citation, with the Latin words it stands
 * in ("udlændingelovens § 9 c, stk. 2"), one left-to-right isolate (LRI … PDI, U+2066/U+2069), as
 * template values already are (text/isolate.ts): it reads in Danish order, and the sentence around it is
 * unchanged. Done here, once for every right-to-left part, not in the locale files (whose bidi check
 * refuses controls); the controls take part in the bidi algorithm and are never drawn or extracted.
 */
import type { Inline, Part } from '../document.ts';
import { type LinePass, passOverBlock } from './line-pass.ts';

const LRI = '\u2066';
const PDI = '\u2069';

/**
 * Where a citation starts: a paragraph sign; a Danish reference word before its number ("stk. 2", "nr. 4", "4. pkt.");
 * a paragraph's number and letter after a conjunction of the sentence ("§§ 9-9 f أو 9 i-9 n").
 */
const CITATION =
  /§|(?<![\p{L}\p{Nd}])(?:stk|nr|litra)\.?[ \u00A0](?=[\p{Nd}\p{Ll}])|\p{Nd}\.[ \u00A0]pkt\.|\p{Nd}[ \u00A0](?=\p{Ll})\p{Script=Latin}(?![\p{L}])/gu;
/** What a citation's left-to-right stretch is made of: Latin words, digits, spaces, § and the punctuation between them. */
const STRETCH = /[\p{Script=Latin}\p{Nd}§ \u00A0.,\-–/]/u;
/** Where the stretch may begin and end: a letter, a digit or §, never a space or a separator. */
const EDGE = /[\p{Script=Latin}\p{Nd}§]/u;
/** A period that belongs to its word ("stk.", "pkt.", "nr."), not a full stop of the sentence around it. */
const ABBREVIATION_END = /(?:stk|nr|pkt|litra|jf)\.$/u;

/** The [start, end) spans of the text's citations with their Latin stretch, in order, not overlapping. */
export function citationSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const match of text.matchAll(CITATION)) {
    const last = spans[spans.length - 1];
    if (last && match.index < last[1]) continue; // inside the previous span
    let start = match.index;
    while (start > 0 && STRETCH.test(text[start - 1] as string)) start--;
    let end = match.index + match[0].length;
    while (end < text.length && STRETCH.test(text[end] as string)) end++;
    while (start < end && !EDGE.test(text[start] as string)) start++;
    while (end > start && !(EDGE.test(text[end - 1] as string) || ABBREVIATION_END.test(text.slice(start, end)))) end--;
    if (end > start && (!last || start >= last[1])) spans.push([start, end]);
  }
  return spans;
}

/** The text with each citation isolated left to right. */
export const isolateCitations = (text: string): string => {
  let out = '';
  let at = 0;
  for (const [start, end] of citationSpans(text)) {
    out += `${text.slice(at, start)}${LRI}${text.slice(start, end)}${PDI}`;
    at = end;
  }
  return at === 0 ? text : out + text.slice(at);
};

/**
 * One line of runs: the citations are found in the line's whole text (a citation may span runs: "<b>§ 9</b> c");
 * an LRI goes into the run of the citation's first character, a PDI into the run of its last.
 */
function isolateInline(inline: Inline): Inline {
  const whole = inline.map((run) => run.text).join('');
  const spans = citationSpans(whole);
  if (spans.length === 0) return inline;
  const opens = new Set(spans.map(([start]) => start));
  const closes = new Set(spans.map(([, end]) => end - 1));
  let at = 0;
  return inline.map((run) => {
    let text = '';
    for (const char of run.text) {
      if (opens.has(at)) text += LRI;
      text += char;
      if (closes.has(at)) text += PDI;
      at += char.length;
    }
    return text === run.text ? run : { ...run, text };
  });
}

/** A left-to-right section (the Danish passage in its box) reads in Danish order already: left as it is. */
const ISOLATE_CITATIONS: LinePass<'rtl'> = {
  line: isolateInline,
  section: (section) => (section.direction === 'rtl' ? 'rtl' : null),
};

/** The pass over a right-to-left part's body; a left-to-right part is returned as it is. */
export const isolateCitationsInPart = (part: Part): Part =>
  part.direction === 'rtl'
    ? { ...part, blocks: part.blocks.map((block) => passOverBlock(block, 'rtl', ISOLATE_CITATIONS)) }
    : part;
