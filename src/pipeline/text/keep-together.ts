/**
 * Where a line must not break (print review D7, D8): the text pass before layout turns the spaces
 * Danish typography keeps together into no-break spaces (U+00A0), in every language:
 * - a § and its number and letter: "§ 21 b", "§§ 7-8", "section 21 b(2)";
 * - a reference word and its number: "stk. 2", "nr. 4", "Sagsnr. 2016/…", "tlf.nr. 35 36 66 00";
 *   an ordinal and its "pkt.": "4. pkt.";
 * - digit groups: a phone number "35 36 66 00", "+45 35 36 66 00";
 * - a date as the letter's language writes it ("1. marts 2015", "3 November 2016", "٣ی تشرینی دووەمی ٢٠١٦"),
 *   matched by the pattern Intl gives for that language (the one `formatDate` prints with);
 * - an amount and its currency: "1.234,50 kr.", "DKK 6,300", "6 300 couronnes".
 * The line breaker breaks only at plain spaces, so a group is one unbreakable word. A no-break space is
 * drawn as a plain space (`asDrawn`): the PDF's text, what a reader copies or a screen reader reads, is
 * the text as written.
 */

import { isLanguageCode, LANGUAGES, type LanguageCode } from '../../domain/languages.ts';
import type { Inline, Part } from '../document.ts';
import { withoutBidiControls } from './isolate.ts';
import { type LinePass, passOverBlock } from './line-pass.ts';

export const NO_BREAK_SPACE = '\u00A0';

const NO_BREAK_SPACES = /\u00A0/g;

/** The text as it is measured and drawn: without bidi controls, a no-break space as a space (same glyph, same width). */
export const asDrawn = (text: string): string => {
  const drawn = withoutBidiControls(text);
  return drawn.indexOf(NO_BREAK_SPACE) < 0 ? drawn : drawn.replace(NO_BREAK_SPACES, ' ');
};

/** Words after which a number belongs to them (legal references, case and phone numbers), in the letters' languages. */
const REFERENCE_WORD =
  /(?:nr\.|^(?:stk\.|pkt\.|litra|§§?|no\.|nos\.|sections?|subsections?|art\.|article|paragraph|tlf\.?|telefon))$/iu;
/** What a paragraph's letter follows: "§ 21 b", "section 21 b(2)". */
const PARAGRAPH_SIGN = /^(?:\(?§§?|sections?)$/iu;
/** "pkt." and "led" after an ordinal: "4. pkt.", "2. led". */
const AFTER_ORDINAL = /^(?:pkt\.?|led)[,.;:)]*$/u;
/** A number: digits of any script, with separators inside ("2016/118230", "1.234,50", "7-8", "+45"). */
const NUMBER = /^[(+]?\p{Nd}[\p{Nd}.,/–-]*[,.;:)]*$/u;
/** A group of a phone number (or a number in groups): digits only on the left, punctuation may end the right. */
const DIGIT_GROUP = /^\+?\p{Nd}+$/u;
const DIGIT_GROUP_END = /^\p{Nd}+[,.;:)]*$/u;
const ORDINAL = /^\p{Nd}+\.$/u;
/** The letter of a § ("21 b"), with a subsection in brackets and punctuation after it ("b(2),"). */
const PARAGRAPH_LETTER = /^\p{Ll}(?:\(\p{Nd}+\))*[,.;:)]*$/u;
/** Currency words, before or after an amount, as the locale files write them. */
const CURRENCY =
  /^(?:kr\.?|kroner|DKK|EUR|euro|couronnes?|ډنمارکي|крон\p{L}*|كرون\p{L}*|کرون\p{L}*|کرۆن\p{L}*|ክሮነር|karoon)[,.;:)]*$/iu;

/** The space between `left` and `right` (bidi controls removed) must not break. */
function glued(left: string, right: string, beforeLeft: string): boolean {
  if (left.endsWith('§')) return true; // "§ 21", "§§ 7-8"
  if (NUMBER.test(right) && REFERENCE_WORD.test(left)) return true; // "stk. 2", "Sagsnr. 2016/118230"
  if (PARAGRAPH_LETTER.test(right) && NUMBER.test(left) && PARAGRAPH_SIGN.test(beforeLeft)) return true; // "§ 21 b"
  if (ORDINAL.test(left) && AFTER_ORDINAL.test(right)) return true; // "4. pkt."
  if (DIGIT_GROUP.test(left) && DIGIT_GROUP_END.test(right)) return true; // "35 36 66 00"
  if ((NUMBER.test(left) && CURRENCY.test(right)) || (CURRENCY.test(left) && NUMBER.test(right))) return true;
  return false;
}

const datePatterns = new Map<LanguageCode, RegExp>();

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A date as Intl writes it in the language (day, month name and year in that order, with its literals). */
function datePattern(language: LanguageCode): RegExp {
  let pattern = datePatterns.get(language);
  if (!pattern) {
    const format = new Intl.DateTimeFormat(LANGUAGES[language].locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      calendar: 'gregory',
      timeZone: 'UTC',
    });
    const months = Array.from({ length: 12 }, (_, month) =>
      format.formatToParts(new Date(Date.UTC(2016, month, 15))).find((part) => part.type === 'month'),
    )
      .map((part) => escapeRegExp(part?.value ?? ''))
      .filter(Boolean)
      .sort((a, b) => b.length - a.length);
    const source = format
      .formatToParts(new Date(Date.UTC(2016, 10, 3)))
      .map((part) => {
        if (part.type === 'day') return '\\p{Nd}{1,2}';
        if (part.type === 'year') return '\\p{Nd}{4}';
        if (part.type === 'month') return `(?:${months.join('|')})`;
        return escapeRegExp(part.value).replace(/[ \u00A0\u202F]/g, '[ \\u00A0\\u202F]');
      })
      .join('');
    // Danish month names are lower case, and a sentence may start with one: match either case.
    pattern = new RegExp(source, 'giu');
    datePatterns.set(language, pattern);
  }
  return pattern;
}

/** The text with the spaces that must not break made no-break spaces; same length, same characters otherwise. */
export function keepTogether(text: string, language: LanguageCode): string {
  if (text.indexOf(' ') < 0) return text;
  const out = text.split('');
  const words = text.split(' ');
  let at = 0;
  for (let index = 0; index < words.length - 1; index++) {
    at += (words[index] as string).length;
    const left = withoutBidiControls(words[index] as string);
    const right = withoutBidiControls(words[index + 1] as string);
    const beforeLeft = withoutBidiControls(words[index - 1] ?? '');
    if (left && right && glued(left, right, beforeLeft)) out[at] = NO_BREAK_SPACE;
    at += 1;
  }
  for (const match of text.matchAll(datePattern(language))) {
    for (let i = match.index; i < match.index + match[0].length; i++) if (out[i] === ' ') out[i] = NO_BREAK_SPACE;
  }
  return out.join('');
}

/** One line of runs: the pass runs over the line's whole text (a group may span runs: "<b>§ 9</b> c"). */
function keepInline(inline: Inline, language: LanguageCode): Inline {
  const whole = inline.map((run) => run.text).join('');
  const kept = keepTogether(whole, language);
  if (kept === whole) return inline;
  let at = 0;
  return inline.map((run) => {
    const text = kept.slice(at, at + run.text.length);
    at += run.text.length;
    return text === run.text ? run : { ...run, text };
  });
}

/** A section in another language keeps that language's dates and amounts together. */
const KEEP_TOGETHER: LinePass<LanguageCode> = {
  line: keepInline,
  section: (section, language) => (isLanguageCode(section.language) ? section.language : language),
};

/** The pass over a language part's body: what layout then draws. */
export const keepTogetherInPart = (part: Part): Part => ({
  ...part,
  blocks: part.blocks.map((block) => passOverBlock(block, part.language, KEEP_TOGETHER)),
});
