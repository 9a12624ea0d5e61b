/** The officer's text (a string, or per language) reports the problem of the shape given, at its path. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { planLetter } from '../../src/engine.ts';
import { officerText } from '../../src/letters/officer-text.ts';
import { validate } from '../../src/pipeline/validate.ts';
import { sample } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const schema = z.strictObject({ assessment: z.array(officerText(20)).min(1) });
const problems = (assessment: unknown) => {
  const result = validate(schema, { assessment }, ['data']);
  return result.ok ? [] : result.diagnostics.map((d) => `${d.code} ${d.path}`);
};

describe('officer text in the input', () => {
  it('a plain string is Danish; an object keeps its languages', () => {
    const result = validate(schema, { assessment: ['Tekst', { da: 'Tekst', ar: 'نص' }] }, ['data']);
    expect(result.ok && result.value.assessment).toEqual([{ da: 'Tekst' }, { da: 'Tekst', ar: 'نص' }]);
  });

  it('reports the problem of the shape given', () => {
    expect(problems([''])).toEqual(['INPUT_EMPTY data.assessment[0]']);
    expect(problems(['x'.repeat(21)])).toEqual(['INPUT_TOO_LONG data.assessment[0]']);
    expect(problems([{ ar: 'نص' }])).toEqual(['INPUT_MISSING data.assessment[0].da']);
    expect(problems([{ da: 'Tekst', xx: 'y' }])).toEqual(['INPUT_UNKNOWN_FIELD data.assessment[0].xx']);
    expect(problems([{ da: 'Tekst', ar: '' }])).toEqual(['INPUT_EMPTY data.assessment[0].ar']);
    expect(problems([42])).toEqual(['INPUT_WRONG_TYPE data.assessment[0]']);
    expect(problems([undefined])).toEqual(['INPUT_MISSING data.assessment[0]']);
  });
});

describe('officer text and the fonts', () => {
  const world = testWorld();
  const withAssessment = (languages: string[]) => ({
    ...sample('asylum-refusal-removal', 'refusal-removal-possible'),
    languages,
  });
  const planned = (assessment: unknown, languages: string[]) => {
    const envelope = withAssessment(languages);
    return planLetter({ ...envelope, data: { ...envelope.data, assessment: [assessment] } }, world);
  };

  it('a translation is printed only in its own part: its own script is enough', () => {
    expect(planned({ da: 'Tekst', ar: 'نص عربي' }, ['da', 'ar']).ok).toBe(true);
    expect(planned({ da: 'Tekst', ti: 'ጽሑፍ' }, ['da', 'ar']).ok).toBe(true);
  });

  it('a character its own script cannot print is refused at its path', () => {
    const result = planned({ da: 'Tekst', ar: 'نص 法' }, ['da', 'ar']);
    expect(result.ok ? [] : result.diagnostics).toEqual([
      { code: 'INPUT_CHARACTER_NOT_PRINTABLE', path: 'data.assessment[0].ar' },
    ]);
  });
});
