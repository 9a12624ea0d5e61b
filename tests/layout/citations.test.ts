/**
 * Danish legal citations inside right-to-left text (print review G9, text/citations.ts): each citation, with the
 * Latin words it stands in, is one left-to-right isolate, so that a left-to-right eye reads "§ 9 c, stk. 2" and
 * not "c, stk. 2 9 §". Checked on the string pass and on the page: the words' positions as drawn (pdftotext -bbox),
 * left to right, in the Arabic part of the conflict-zone guidance (whose law extract cites §§ in Arabic sentences).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderLetter } from '../../src/engine.ts';
import type { Part } from '../../src/pipeline/document.ts';
import { citationSpans, isolateCitations, isolateCitationsInPart } from '../../src/pipeline/text/citations.ts';
import { run, writeOutput } from '../support/poppler.ts';
import { testWorld } from '../support/world.ts';

/** The isolates shown as ⟨ ⟩. */
const shown = (text: string) =>
  isolateCitations(text)
    .replace(/\u2066/g, '⟨')
    .replace(/\u2069/g, '⟩');

describe('citations in right-to-left text, the string pass', () => {
  it('isolates a citation after an Arabic word, from its sign to its last number', () => {
    expect(shown('وفقًا لـ § 21 b, stk. 1، ما لم')).toBe('وفقًا لـ ⟨§ 21 b, stk. 1⟩، ما لم');
    expect(shown('بالاقتران مع § 9 c, stk. 1، الجملة 2')).toBe('بالاقتران مع ⟨§ 9 c, stk. 1⟩، الجملة 2');
    expect(shown('الواردة في § 11, stk. 4, nr. 1 و')).toBe('الواردة في ⟨§ 11, stk. 4, nr. 1⟩ و');
  });

  it("takes the law's Danish name with it, and leaves brackets and the sentence's full stop outside", () => {
    expect(shown('الدنماركي (udlændingelovens § 9 c, stk. 2)، لأنك')).toBe('الدنماركي (⟨udlændingelovens § 9 c, stk. 2⟩)، لأنك');
    expect(shown('بأحكام (udlændingelovens § 31. وبما')).toBe('بأحكام (⟨udlændingelovens § 31⟩. وبما');
    expect(shown('جملة § 33, stk. 3, 4. pkt.')).toBe('جملة ⟨§ 33, stk. 3, 4. pkt.⟩');
  });

  it('stops at an Arabic conjunction, and takes a paragraph with its letter after one', () => {
    expect(shown('وفقًا لـ §§ 7 و8 لأجنبي')).toBe('وفقًا لـ ⟨§§ 7⟩ و8 لأجنبي');
    expect(shown('وكذلك §§ 9-9 f أو 9 i-9 n لأجنبي')).toBe('وكذلك ⟨§§ 9-9 f⟩ أو ⟨9 i-9 n⟩ لأجنبي');
  });

  it('leaves text without a citation as it is (the same string), and finds none in numbers and dates', () => {
    const text = 'قررت Udlændingestyrelsen بتاريخ 28 أكتوبر 2016 هاتف 35 36 66 00';
    expect(isolateCitations(text)).toBe(text);
    expect(citationSpans('Sagsnr. 2016/118230')).toEqual([]);
  });

  it('changes only right-to-left text: a left-to-right part and a Danish section in an Arabic part are left alone', () => {
    const paragraph = (text: string) => ({
      type: 'paragraph' as const,
      role: 'body' as const,
      lines: [[{ text, bold: false, italic: false }]],
    });
    const part = (direction: 'ltr' | 'rtl'): Part =>
      ({
        document: 0,
        language: direction === 'rtl' ? 'ar' : 'en',
        direction,
        frame: {} as Part['frame'],
        blocks: [
          paragraph('وفقًا لـ § 21 b'),
          { type: 'section', language: 'da', direction: 'ltr', blocks: [paragraph('jf. udlændingelovens § 21 b')] },
        ],
      }) as Part;
    const english = part('ltr');
    expect(isolateCitationsInPart(english)).toBe(english);
    const [arabic, danish] = isolateCitationsInPart(part('rtl')).blocks;
    expect(arabic).toEqual(paragraph('وفقًا لـ \u2066§ 21 b\u2069'));
    expect(danish).toEqual(part('rtl').blocks[1]);
  });

  it('puts the isolate in the runs where the citation starts and ends (a bold "§ 9" and its letter)', () => {
    const [arabic] = isolateCitationsInPart({
      document: 0,
      language: 'ar',
      direction: 'rtl',
      frame: {} as Part['frame'],
      blocks: [
        {
          type: 'paragraph',
          role: 'body',
          lines: [
            [
              { text: 'مع ', bold: false, italic: false },
              { text: '§ 9', bold: true, italic: false },
              { text: ' c، الجملة', bold: false, italic: false },
            ],
          ],
        },
      ],
    }).blocks;
    expect(arabic?.type === 'paragraph' && arabic.lines[0]?.map((run) => run.text)).toEqual([
      'مع ',
      '\u2066§ 9',
      ' c\u2069، الجملة',
    ]);
  });
});

/** Each line of the page as drawn, its words left to right (pdftotext -bbox: the words' boxes). */
function visualLines(pdf: string, page: number): string[] {
  const xml = run('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', pdf, '-']).stdout;
  const lines = new Map<number, { x: number; word: string }[]>();
  for (const match of xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)) {
    const y = Math.round(Number(match[2]));
    lines.set(y, [...(lines.get(y) ?? []), { x: Number(match[1]), word: match[3] as string }]);
  }
  return [...lines.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, words]) =>
      words
        .sort((a, b) => a.x - b.x)
        .map((w) => w.word)
        .join(' '),
    );
}

describe('citations in right-to-left text, on the page', () => {
  it('Arabic law extract (conflict-zone guidance): every § is followed, to its right, by its number and letter', async () => {
    const input = JSON.parse(readFileSync('samples/conflict-zone-guidance/third-country-national.json', 'utf8'));
    const rendered = await renderLetter({ ...input, languages: ['da', 'ar'] }, testWorld());
    if (!rendered.ok || rendered.value.kind !== 'letter') throw new Error(JSON.stringify(rendered));
    const pdf = writeOutput('citations-czg-ar.pdf', rendered.value.pdf);
    // The Arabic part's lines, wherever its pages fall (the law extract starts a page of its own; the copy is Danish).
    const pages = Array.from({ length: rendered.value.pages }, (_, index) => index + 1);
    const arabic = pages.flatMap((page) => visualLines(pdf, page)).filter((line) => /[\u0600-\u06FF]/.test(line));
    const text = arabic.join('\n');
    for (const citation of [
      '§ 21 b, stk. 1',
      '§ 32, stk. 11',
      '§§ 22-24',
      '§ 25 a',
      '§ 25 c',
      '§§ 9-9 f',
      '9 i-9 n',
      '§ 8, stk. 3',
    ])
      expect(text).toContain(citation);
    const signs = arabic.flatMap((line) => [...line.matchAll(/(§§?) (\S+)/g)].map((match) => match[2]));
    expect(signs.length).toBeGreaterThan(20);
    for (const after of signs) expect(after).toMatch(/^\d/);
    expect(text).not.toMatch(/\b[a-z],? \d+ §/);
  });
});
