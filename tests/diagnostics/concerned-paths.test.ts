/**
 * A contradiction names its other field in its params; the page marks every field a diagnostic concerns. This
 * fails when a rule names a field its diagnostic's path cannot reach (e.g. `testDate` for `letter.test.date`
 * inside a choice): the officer would see the problem at one field and not know which other one it means.
 */
import { describe, expect, it } from 'vitest';
import { concernedPaths } from '../../src/diagnostics/concerned-paths.ts';
import { planLetter } from '../../src/engine.ts';
import { invalidSamples } from '../support/samples.ts';
import { testWorld } from '../support/world.ts';

const contradictions = invalidSamples().flatMap((sample) => {
  const result = planLetter(sample.input, testWorld());
  if (result.ok) return [];
  return result.diagnostics
    .filter((d) => typeof d.params?.other === 'string' && /^[A-Za-z][\w.]*$/.test(d.params.other))
    .map((diagnostic) => ({ name: `${sample.letter}/${sample.code}`, diagnostic, input: sample.input }));
});

describe('every field a contradiction names is found in the input', () => {
  it('there are contradictions among the invalid samples', () => expect(contradictions.length).toBeGreaterThan(10));

  it.each(contradictions)('$name: the other field is a path into the request', ({ diagnostic, input }) => {
    const paths = concernedPaths(diagnostic, input);
    const other = String(diagnostic.params?.other);
    expect(paths.some((path) => path.endsWith(`.${other}`) || path === other)).toBe(true);
  });

  it('danish-test-letters: the letter date after the test names the test date inside the chosen letter', () => {
    const sample = contradictions.find((c) => c.name === 'danish-test-letters/RULE_DATE_BEFORE');
    if (!sample) throw new Error('no sample');
    expect(concernedPaths(sample.diagnostic, sample.input)).toEqual(['data.letterDate', 'data.letter.test.date']);
  });
});
