/**
 * For every letter × language with a right-to-left part: MuPDF (`mutool draw -F txt`, SumatraPDF,
 * PyMuPDF; here npm `mupdf` 1.28.1, Artifex's own WASM build, a dev-only test tool) gives back the
 * composed text in logical order, print review G8. Compared character by character, white space
 * included: the zero-width non-joiner and the spaces between Arabic, numbers and Latin names must be
 * there, in order. Combining marks are compared as a count: MuPDF puts a mark where its glyph is stored
 * (a tanween drawn before a lam-alef comes after the alef: "بدلاً" for "بدلًا"; ezafe "هٔ" likewise).
 *
 * What MuPDF's layout analysis may do and the comparison allows: start a new line anywhere (it does
 * where a run of the other direction or a mirrored bracket starts, and between a table's cells), so a
 * line break in its text matches nothing, and a space of the composed text may fall at one of its line
 * breaks. It adds no other character and leaves none out. Page furniture (artifacts) is left out.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type LanguageCode } from '../../src/domain/languages.ts';
import { createWorld, renderLetter } from '../../src/engine.ts';
import { composedParts } from '../support/composed-text.ts';
import { letterMatrix } from '../support/letter-matrix.ts';
import { mupdfText } from '../support/mupdf-text.ts';

const world = createWorld();
const rightToLeft = letterMatrix(world).filter((c) =>
  c.languages.some((language) => LANGUAGES[language as LanguageCode].direction === 'rtl'),
);

/**
 * Where MuPDF's text first departs from the composed text (null when it does not): the composed text
 * and MuPDF's around that place. Parts, elements and their lines follow each other with a line break.
 */
function firstDeparture(extracted: string, composed: string): string | null {
  let e = 0;
  let c = 0;
  const white = (char: string | undefined) => char === ' ' || char === '\n';
  while (e < extracted.length || c < composed.length) {
    const x = extracted[e];
    const y = composed[c];
    if (x === '\n') e++;
    else if (x !== undefined && (x === y || (x === ' ' && white(y)))) {
      e++;
      c++;
    } else if (y === '\n' || (y === ' ' && extracted[e - 1] === '\n')) c++;
    else {
      const around = (text: string, at: number) => JSON.stringify(text.slice(Math.max(0, at - 40), at + 40));
      return `composed ${around(composed, c)}\nMuPDF    ${around(extracted, e)}`;
    }
  }
  return null;
}

/**
 * An Arabic-Indic number ("٢٠١٦", Persian "۲۰۱۶", with its separators) is compared by its digits, not
 * their order. MuPDF takes Arabic-Indic digits as right to left and reverses them where it reorders the
 * line around them (and not where the number stands alone on its stretch of line); the only way to tell
 * it otherwise would be an ActualText that is not the number, which PDFium and Acrobat would read as
 * the text (layout/run-text.ts). A known defect of MuPDF's, taken as it is, so every other character is
 * still checked in order.
 */
const ARABIC_INDIC_NUMBER =
  /[\u0660-\u0669\u06F0-\u06F9](?:[\u0660-\u0669\u06F0-\u06F9\u066B\u066C.,]*[\u0660-\u0669\u06F0-\u06F9])?/g;
const numbersByDigits = (text: string) => text.replace(ARABIC_INDIC_NUMBER, (number) => [...number].sort().join(''));

const MARKS = /\p{M}/gu;
const withoutMarks = (text: string) => text.replace(MARKS, '');
const marksOf = (text: string) => (text.match(MARKS) ?? []).sort().join(' ');

/**
 * Known defects, each a test that must keep failing until it is fixed (then it fails, and comes off the
 * list). MuPDF reverses a line's right-to-left text only when it sees two right-to-left glyphs drawn
 * left to right on it: a one-glyph word alone on its stretch of line ("لا" before a number in Pashto,
 * "و" between Sorani numbers) stays as stored, "ال".
 */
const KNOWN_DEFECTS = new Set([
  'case-on-hold-24-year/on-hold in da,ps',
  'case-on-hold-24-year/on-hold--abroad-family-member in da,ps',
  'danish-test-letters/substitute-accepted in da,ckb',
]);

describe.each(rightToLeft)('$letter/$sample in $languages', ({ letter, sample, languages, input }) => {
  const known = KNOWN_DEFECTS.has(`${letter}/${sample} in ${languages.join(',')}`);
  (known ? it.fails : it)('reads in MuPDF as composed: logical order, spaces, zero-width non-joiners and marks', async () => {
    const rendered = await renderLetter(input, world);
    if (!rendered.ok || rendered.value.kind !== 'letter') throw new Error('sample did not render');
    const logical = composedParts(input, world)
      .flatMap((part) => part.leaves)
      .join('\n');
    const composed = numbersByDigits(logical);
    const extracted = numbersByDigits(mupdfText(rendered.value.pdf));
    expect(firstDeparture(withoutMarks(extracted), withoutMarks(composed))).toBeNull();
    expect(marksOf(extracted)).toEqual(marksOf(composed));
  });
});
