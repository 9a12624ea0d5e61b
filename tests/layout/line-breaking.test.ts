/**
 * Line breaking and bidi on their own: lines never run over the column, words of Arabic and Ethiopic
 * are never cut, a word wider than the column is cut (with a hyphen drawn as an artifact in Latin),
 * and the Unicode bidirectional algorithm puts numbers, isolated values and brackets in their place.
 */
import { describe, expect, it } from 'vitest';
import type { Inline } from '../../src/pipeline/document.ts';
import { loadFonts, type Script } from '../../src/pipeline/fonts.ts';
import { visualRuns } from '../../src/pipeline/text/bidi.ts';
import { isolate } from '../../src/pipeline/text/isolate.ts';
import { breakLines, type FontChoice, type Line, type TextStyle } from '../../src/pipeline/text/line-break.ts';

const fonts = loadFonts();

function style(script: Script, size = 10.5): TextStyle {
  const family = fonts.family(script);
  const regular: FontChoice = { font: family.faces.regular, name: 'regular' };
  const bold: FontChoice = { font: family.faces.bold, name: 'bold' };
  const fallback: FontChoice = { font: fonts.fallback.faces.regular, name: 'fallback' };
  return {
    size,
    primary: (run) => (run.bold ? bold : regular),
    fallbacks: () => [fallback],
    hyphenates: script === 'Latn' || script === 'Cyrl',
  };
}

const plain = (text: string): Inline[] => [[{ text, bold: false, italic: false }]];
const textOf = (line: Line) =>
  line.pieces
    .filter((p) => !p.artifact)
    .map((p) => p.text)
    .join('');

describe('breakLines', () => {
  it('cuts a Danish compound wider than the column, with a hyphen that is not text', () => {
    const word = 'Udlændingeboligministeriumsmedarbejderuddannelsesprogrammet';
    const lines = breakLines(plain(`Se ${word} nu`), 90, style('Latn'));
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(90);
    expect(lines.map(textOf).join('').replace(/ /g, '')).toBe(`Se${word}nu`);
    expect(lines.some((line) => line.pieces.some((p) => p.artifact && p.text === '-'))).toBe(true);
  });

  it.each([
    ['Arab', 'هذه ترجمة للرسالة الدنماركية. النص الدنماركي هو النص المعتمد والملزم.'],
    ['Ethi', 'እዚ ትርጉም ናይቲ ብዴንማርክ ዝተጻሕፈ ደብዳቤ እዩ። ሕጋዊ ተቐባልነት ዘለዎ እቲ ብዴንማርክ ዝተጻሕፈ ጽሑፍ እዩ።'],
  ] as const)('breaks %s text only between words', (script, sentence) => {
    const words = new Set(sentence.split(' '));
    const lines = breakLines(plain(sentence), 120, style(script));
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(line.width).toBeLessThanOrEqual(120);
      for (const word of textOf(line).split(' ')) expect(words.has(word)).toBe(true);
    }
  });

  it('draws a character the family lacks in the fallback font (no missing-glyph box)', () => {
    const [line] = breakLines(plain('الاسم Пётр'), 500, style('Arab'));
    const cyrillic = line?.pieces.find((p) => p.text.includes('Пётр'));
    expect(cyrillic?.font.name).toBe('fallback');
  });

  it('keeps a <br> as its own line, and an empty one', () => {
    const lines = breakLines(
      [[{ text: 'a', bold: false, italic: false }], [], [{ text: 'b', bold: true, italic: false }]],
      100,
      style('Latn'),
    );
    expect(lines.map(textOf)).toEqual(['a', '', 'b']);
  });
});

describe('visualRuns', () => {
  const runsOf = (text: string, width = 1000) => {
    const [line] = breakLines(plain(text), width, style('Arab'));
    return visualRuns(line as Line, 'rtl', 10.5);
  };

  it('keeps an isolated case number whole and in its place inside an Arabic sentence', () => {
    const runs = runsOf(`رقم القضية ${isolate('2017/123456')} بتاريخ`);
    const texts = runs.map((r) => r.text.trim()).filter(Boolean);
    // Visual order, left to right: the last word, the number, then the first words.
    expect(texts).toEqual(['بتاريخ', '2017/123456', 'رقم القضية']);
  });

  it('shows a value with a letter part in its own order when isolated (UBA would flip it otherwise)', () => {
    const isolated = runsOf(`المرجع ${isolate('7788-AB')}`)
      .map((r) => r.text.trim())
      .filter(Boolean);
    expect(isolated).toEqual(['7788-AB', 'المرجع']);
    const bare = runsOf('المرجع 7788-AB')
      .map((r) => r.text.trim())
      .filter(Boolean);
    expect(bare).toEqual(['AB', '-', '7788', 'المرجع']);
  });

  it('draws brackets at right-to-left levels as flipped runs of the same character', () => {
    const runs = runsOf('قرار (دائرة) اليوم');
    const brackets = runs.filter((r) => r.mirrored);
    expect(brackets.map((r) => r.text)).toEqual([')', '(']);
    expect(runs.findIndex((r) => r.text === ')')).toBeLessThan(runs.findIndex((r) => r.text === '('));
  });

  it('leaves a left-to-right line without right-to-left letters in logical order', () => {
    const [line] = breakLines(plain('Side 1 af 2'), 1000, style('Latn'));
    expect(visualRuns(line as Line, 'ltr', 10.5).map((r) => r.text)).toEqual(['Side 1 af 2']);
  });
});
