/**
 * The Danish-test result (R-FAM-037; routing R-FAM-095): passed or not from the number of correct answers (20 / 21 /
 * 22 of 30), never typed; the complaint to SIRI word for word (src:8079–8080) in the PDF.
 */
import { describe, expect, it } from 'vitest';
import { planLetter, renderLetter } from '../../src/engine.ts';
import { flatText, readPdf } from '../support/pdf-text.ts';
import { sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const base = sample('danish-test-letters', 'result'); // A1 on 2017-08-29, letter 2017-09-18
const planned = (changes: Record<string, unknown>) => planLetter(withData(base, changes), testWorld());
const test = (correctAnswers: number) => ({ test: { level: 'A1', date: '2017-08-29', correctAnswers } });

describe('danish-test-letters, result: the pass mark (R-FAM-037, src:8054–8056)', () => {
  it.each([
    [20, false],
    [21, true],
    [22, true],
    [0, false],
    [30, true],
  ])('%s of 30 correct → passed %s', (correct, expected) => {
    const result = planned(test(correct));
    expect(result.ok && result.value.outcome.due && result.value.outcome.plan.fields.passed).toBe(expected);
  });

  it.each([
    ['2017-08-28', ['RULE_DATE_BEFORE data.letterDate']],
    ['2017-08-29', []],
  ])('a result letter dated %s for a test on 29 August 2017', (letterDate, expected) => {
    const result = planned({ letterDate });
    expect(result.ok ? [] : result.diagnostics.map((d) => `${d.code} ${d.path}`)).toEqual(expected);
  });

  it('prints the result and the complaint rule to SIRI word for word (the rule, not a computed date)', async () => {
    const result = await renderLetter(withData(base, test(21)), testWorld());
    if (!result.ok || result.value.kind !== 'letter') throw new Error(JSON.stringify(result));
    const text = flatText(await readPdf(result.value.pdf));
    expect(text).toContain('Du svarede rigtigt på 21 ud af 30 spørgsmål.');
    expect(text).toContain('Du har derfor bestået prøven.');
    expect(text).toContain(
      'Klager skal indgives til SIRI senest 7 dage efter, at resultatet af bedømmelsen er meddelt den pågældende udlænding. Klager, der indgives senere, afvises.',
    );
  });

  it('abroad without a representative: no letter (R-FAM-095)', () => {
    const result = planLetter(sample('danish-test-letters', 'no-letter-due'), testWorld());
    expect(result.ok && result.value.outcome.due).toBe(false);
  });
});
