/**
 * The word-width table of a font is bounded by the characters it keeps, not only by its number of words:
 * a service that sees long names and free texts (each one long "word" when it has no space) must not grow
 * without limit. Widths stay right after the table is started afresh.
 */
import { expect, it } from 'vitest';
import { createWorld } from '../../src/engine.ts';
import { MAX_MEASURED_CHARACTERS, measuredCharacters, widthOf } from '../../src/pipeline/text/measure.ts';

it('long distinct words never make a font keep more than MAX_MEASURED_CHARACTERS characters', () => {
  const font = createWorld().fonts.fallback.faces.regular;
  const word = (n: number) => `${'Ahmadi'.repeat(100)}${n}`; // ≈ 600 characters, each one distinct
  const first = widthOf(font, word(0), 10);
  let most = 0;
  for (let n = 1; n <= 1.5 * (MAX_MEASURED_CHARACTERS / 600); n++) {
    widthOf(font, word(n), 10);
    most = Math.max(most, measuredCharacters(font));
  }
  expect(most).toBeLessThanOrEqual(MAX_MEASURED_CHARACTERS);
  expect(most).toBeGreaterThan(MAX_MEASURED_CHARACTERS / 2); // the table is used, not cleared every time
  expect(widthOf(font, word(0), 10)).toBe(first);
});
