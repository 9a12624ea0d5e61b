/**
 * No line break inside "§ 21 b", "stk. 2", "nr. 4", "4. pkt.", a date, an amount, a phone or case
 * number (print review D7, D8): the text pass (text/keep-together.ts) in every language, then rendered
 * paragraphs that put each group at every position of a line, read back from the PDF.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCivilDate } from '../../src/domain/civil-date.ts';
import { LANGUAGE_CODES } from '../../src/domain/languages.ts';
import { formatDate } from '../../src/i18n/format.ts';
import type { Block } from '../../src/pipeline/document.ts';
import { loadFonts } from '../../src/pipeline/fonts.ts';
import { layout } from '../../src/pipeline/layout.ts';
import { toBytes } from '../../src/pipeline/output.ts';
import { isolate } from '../../src/pipeline/text/isolate.ts';
import { asDrawn, keepTogether } from '../../src/pipeline/text/keep-together.ts';
import { blocksDocument } from '../support/blocks-document.ts';
import { readPdf } from '../support/pdf-text.ts';

/** The text with its no-break spaces shown as "_". */
const kept = (text: string, language: Parameters<typeof keepTogether>[1] = 'da') =>
  keepTogether(text, language).replace(/\u00A0/g, '_');

describe('keepTogether', () => {
  it('keeps a § with its number and letter, and reference words with their numbers', () => {
    expect(kept('jf. udlændingelovens § 21 b, stk. 2, og § 19, stk. 2, nr. 4.')).toBe(
      'jf. udlændingelovens §_21_b, stk._2, og §_19, stk._2, nr._4.',
    );
    expect(kept('efter udlændingelovens §§ 7-8 og 2. pkt.')).toBe('efter udlændingelovens §§_7-8 og 2._pkt.');
    expect(kept('see section 21 b(2) of the Aliens Act', 'en')).toBe('see section_21_b(2) of the Aliens Act');
  });

  it('does not glue a letter after a subsection number (only after a §): "stk. 2 i" may break', () => {
    expect(kept('stk. 2 i udlændingeloven')).toBe('stk._2 i udlændingeloven');
  });

  it('keeps phone numbers, case numbers and amounts whole', () => {
    expect(kept('på tlf.nr. 35 36 66 00. Oplys sagsnr. 2016/118230')).toBe('på tlf.nr._35_36_66_00. Oplys sagsnr._2016/118230');
    expect(kept('gebyret på 1.234,50 kr. betales')).toBe('gebyret på 1.234,50_kr. betales');
    expect(kept('a fee of DKK 6,300 by phone on +45 35 36 66 00', 'en')).toBe('a fee of DKK_6,300 by phone on +45_35_36_66_00');
    expect(kept('الطعن: 6.300 كرونة', 'ar')).toBe('الطعن: 6.300_كرونة');
  });

  it('keeps a date whole as every language writes it, also inside a bidi isolate', () => {
    const date = parseCivilDate('2015-03-01');
    for (const language of LANGUAGE_CODES) {
      const written = formatDate(date, language);
      const text = `x ${isolate(written)} y`;
      const result = keepTogether(text, language);
      expect(result.slice(3, -3), language).not.toContain(' ');
      expect(result.startsWith('x ') && result.endsWith(' y'), language).toBe(true);
    }
    expect(kept('den 1. marts 2015 og 3. november 2016')).toBe('den 1._marts_2015 og 3._november_2016');
  });

  it('changes nothing but spaces, and draws a no-break space as a space', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const result = keepTogether(text, 'da');
        expect(result.length).toBe(text.length);
        expect(asDrawn(result)).toBe(asDrawn(text));
      }),
    );
  });
});

const fonts = loadFonts();

async function lines(text: string, language: 'da' | 'en'): Promise<string[]> {
  const blocks: Block[] = [{ type: 'paragraph', role: 'body', lines: [[{ text, bold: false, italic: false }]] }];
  const document = blocksDocument(blocks, language);
  return (await readPdf(await toBytes(layout(document, fonts).doc))).pages.flatMap((page) => page.split('\n'));
}

const GROUPS = [
  '§ 21 b',
  'stk. 2',
  'nr. 4',
  '2. pkt.',
  '1. marts 2015',
  '1.234,50 kr.',
  'tlf.nr. 35 36 66 00',
  'Sagsnr. 2016/118230',
];

describe('rendered: a group is never split across lines', () => {
  it('wherever the line ends (Danish)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 9 }), async (lead, wordLength) => {
        const filler = Array.from({ length: lead }, (_, i) => 'x'.repeat(1 + ((i * wordLength) % 9))).join(' ');
        const text = GROUPS.map((group, i) => `${filler} ord${i} ${group}`).join(' ');
        const drawn = await lines(text, 'da');
        for (const group of GROUPS)
          expect(
            drawn.some((line) => line.includes(group)),
            group,
          ).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('the English date and amount too', async () => {
    const groups = ['3 November 2016', 'DKK 6,300', 'section 21 b(2)', '+45 35 36 66 00'];
    for (let lead = 0; lead < 30; lead += 1) {
      const text = groups.map((group) => `${'word '.repeat(lead)}${group}`).join(' ');
      const drawn = await lines(text, 'en');
      for (const group of groups)
        expect(
          drawn.some((line) => line.includes(group)),
          `${lead}: ${group}`,
        ).toBe(true);
    }
  });
});
