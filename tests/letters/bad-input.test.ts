/**
 * Bad input gets every problem, by field path, in plain words, and never the value itself (it may be
 * personal data): the message names the field and the rule.
 */
import { describe, expect, it } from 'vitest';
import { explain, planLetter } from '../../src/engine.ts';
import { sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const sent = sample('humanitarian-permit-info', 'sent');

function problems(request: unknown): string[] {
  const result = planLetter(request, testWorld());
  if (result.ok) return [];
  return result.diagnostics.map((d) => explain(d, testWorld()));
}

describe('bad input', () => {
  it.each([
    [
      'a date in another format',
      { letterDate: '03-11-2016' },
      'data.letterDate: expected a date as YYYY-MM-DD (a real calendar date)',
    ],
    [
      'a day that does not exist',
      { letterDate: '2016-02-30' },
      'data.letterDate: expected a date as YYYY-MM-DD (a real calendar date)',
    ],
    ['an unknown field', { cpr: '010190-1234' }, 'data.cpr: not a field of this input (remove it, or check its spelling)'],
    ['an unknown delivery', { delivery: 'fax' }, 'data.delivery: expected one of: handed, sent'],
    ['a wrong type', { caseNumber: 2016118230 }, 'data.caseNumber: expected text'],
    [
      'a wrong postcode',
      { address: { street: 'Skovbrynet 14', postcode: '43', city: 'Holbæk' } },
      'data.address.postcode: expected a Danish postcode of four digits',
    ],
    ['an empty name', { applicant: { name: '  ', dateOfBirth: '1994-07-21' } }, 'data.applicant.name: must not be empty'],
  ])('%s', (_, change, message) => {
    expect(problems(withData(sent, change))).toEqual([message]);
  });

  it('lists every problem at once, language problems and data problems together', () => {
    const request = { ...withData(sent, { letterDate: 'soon', officer: {} }), languages: ['da', 'xx'] };
    expect(problems(request)).toEqual([
      'languages[1]: not a supported language code (da, en, ar, fa, ps, ckb, ti, so, ru, uk, fr)',
      'data.letterDate: expected a date as YYYY-MM-DD (a real calendar date)',
      'data.officer.name: required, but missing',
    ]);
  });

  it('never echoes a value from the input', () => {
    const secret = 'Zyxwvu Qponm 010190-1234';
    const request = withData(sent, {
      applicant: { name: secret, dateOfBirth: secret },
      caseNumber: secret,
      address: { street: secret, postcode: secret, city: secret, extra: secret },
    });
    const all = problems({ ...request, letter: 'humanitarian-permit-info', languages: ['da', secret] }).join('\n');
    expect(all).not.toBe('');
    expect(all).not.toMatch(/Zyxwvu|Qponm|010190/);
  });

  it('the envelope itself: missing parts and an unknown letter type', () => {
    expect(problems({ letter: 'humanitarian-permit-info' })).toEqual([
      'languages: required, but missing',
      'data: required, but missing',
    ]);
    expect(problems({ letter: 'no-such-letter', languages: ['da'], data: {} })).toEqual([
      'letter: no letter type has this id (see `letters list`)',
    ]);
  });

  it('messages exist in Danish too', () => {
    const result = planLetter(withData(sent, { letterDate: '2016-02-30' }), testWorld());
    if (result.ok) throw new Error('expected a problem');
    expect(result.diagnostics.map((d) => explain(d, testWorld(), 'da'))).toEqual([
      'data.letterDate: forventede en dato som ÅÅÅÅ-MM-DD (en dato, der findes)',
    ]);
  });
});
