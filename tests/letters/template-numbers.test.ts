/** The agency's template numbers: read from the variants, typed as officers type them, and found again. */
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/letters/catalogue.ts';
import { normaliseTemplateNumber, templateNumbersOf, withTemplateNumber } from '../../src/letters/template-numbers.ts';

const info = {
  id: 'info',
  variants: [
    { id: 'a', description: 'A', descriptionDa: 'A', templateNumber: '705' },
    { id: 'b', description: 'B', descriptionDa: 'B', templateNumber: '929' },
  ],
};
const reopening = {
  id: 'reopening',
  variants: [
    { id: 'refusal', description: 'R', descriptionDa: 'R', templateNumber: '905' },
    { id: 'first-letter', description: 'F', descriptionDa: 'F' },
  ],
};
const none = { id: 'none', variants: [{ id: 'x', description: 'X', descriptionDa: 'X' }] };

describe('template numbers', () => {
  it('a letter carries the numbers of its variants, in variant order, none where no variant has one', () => {
    expect(templateNumbersOf(info)).toEqual(['705', '929']);
    expect(templateNumbersOf(reopening)).toEqual(['905']);
    expect(templateNumbersOf(none)).toEqual([]);
  });

  it.each([
    ['705', '705'],
    [' 705 ', '705'],
    ['nr. 905', '905'],
    ['standard 705', '705'],
    ['Standard nr. 935', '935'],
    ['skabelon 929', '929'],
    ['', null],
    ['7o5', null],
    ['705a', null],
    ['-705', null],
    ['standard', null],
  ])('%j is typed as template number %j', (typed, number) => {
    expect(normaliseTemplateNumber(typed)).toBe(number);
  });

  it('finds the letter types by any variant number, whole, and nothing for an unknown number', () => {
    const letters = [info, reopening, none];
    expect(withTemplateNumber(letters, '929')).toEqual([info]);
    expect(withTemplateNumber(letters, '905').map((l) => l.id)).toEqual(['reopening']);
    expect(withTemplateNumber(letters, '905')[0]?.variants).toHaveLength(2);
    expect(withTemplateNumber(letters, '999')).toEqual([]);
  });

  it('in the catalogue every number is digits and names one variant only', () => {
    const numbers = catalogue.flatMap((letter) =>
      letter.variants.flatMap((v) => (v.templateNumber === undefined ? [] : [v.templateNumber])),
    );
    for (const number of numbers) expect(number).toMatch(/^\d+$/);
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});
