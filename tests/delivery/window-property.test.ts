/**
 * Names and addresses of any length and script either render with every line inside its box (the
 * conformance check passes) or are refused with the code of what does not fit: never a crash, never
 * text over the subject, never a box for a missing glyph.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { renderLetter } from '../../src/engine.ts';
import { sample } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const SCRIPTS = {
  latin: 'abcdefghijklmnopqrstuvwxyzæøåéüß-ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ',
  arabic: 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي',
  ethiopic: 'ሀለሐመሠረሰሸቀበተቸነአከወዐዘየደገጠጰጸፀፈፐ',
  cyrillic: 'абвгдежзийклмнопрстуфхцчшщыэюя',
  cjk: '王李张刘陈杨黄赵周吴',
};
const word = fc
  .constantFrom(SCRIPTS.latin, SCRIPTS.latin, SCRIPTS.latin, ...Object.values(SCRIPTS))
  .chain((letters) => fc.string({ unit: fc.constantFrom(...letters), minLength: 1, maxLength: 24 }));
const text = (maxWords: number) =>
  fc.array(word, { minLength: 1, maxLength: maxWords }).map((words) => words.join(' ').slice(0, 200).trim());

const ALLOWED_REFUSALS = new Set([
  'WINDOW_ADDRESS_LINE_TOO_LONG',
  'WINDOW_ADDRESS_TOO_MANY_LINES',
  'WINDOW_GLYPH_MISSING',
  'PDF_GLYPH_MISSING',
  // validation's own check: a character no font of the part draws is refused at its field
  'INPUT_CHARACTER_NOT_PRINTABLE',
]);

it('any name, c/o and street in any script: rendered and conforming, or refused with a window or glyph code', async () => {
  const base = sample('humanitarian-permit-info', 'sent');
  const data = base.data as { applicant: object; address: object };
  const seen = { rendered: 0, refused: 0 };
  await fc.assert(
    fc.asyncProperty(text(8), fc.option(text(8), { nil: undefined }), text(6), async (name, careOf, street) => {
      const envelope = {
        ...base,
        data: { ...data, applicant: { ...data.applicant, name }, address: { ...data.address, careOf, street } },
      };
      const result = await renderLetter(envelope, testWorld());
      seen[result.ok ? 'rendered' : 'refused']++;
      if (result.ok) return;
      for (const problem of result.diagnostics) expect(ALLOWED_REFUSALS).toContain(problem.code);
    }),
    { numRuns: 60, seed: 16 },
  );
  // Both outcomes were exercised: the property is not vacuous.
  expect(seen.rendered).toBeGreaterThan(0);
  expect(seen.refused).toBeGreaterThan(0);
});
