/** Delivery in the request envelope: the channel's shape, the CPR number's checks (never echoed), the channel against the letter. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cprCentury, cprProblem, isCvr } from '../../src/delivery/person-number.ts';
import { projectPath } from '../../src/domain/project-path.ts';
import { planLetter } from '../../src/engine.ts';
import { testWorld } from '../support/world.ts';

const sample = (letter: string, name: string) =>
  JSON.parse(readFileSync(projectPath(`samples/${letter}/${name}.json`), 'utf8')) as Record<string, unknown>;
const sent = () => sample('humanitarian-permit-info', 'sent');
const handed = () => sample('humanitarian-permit-info', 'handed');
const plan = (envelope: Record<string, unknown>, delivery: unknown) => planLetter({ ...envelope, delivery }, testWorld());
const codesOf = (result: ReturnType<typeof planLetter>) =>
  result.ok ? [] : result.diagnostics.map((d) => `${d.code} ${d.path}`);

describe('CPR number', () => {
  it('reads the century from the 7th digit as the CPR office table says', () => {
    expect([0, 1, 2, 3].map((d) => cprCentury(d, 99))).toEqual([1900, 1900, 1900, 1900]);
    expect([cprCentury(4, 36), cprCentury(4, 37), cprCentury(9, 36), cprCentury(9, 37)]).toEqual([2000, 1900, 2000, 1900]);
    for (const d of [5, 6, 7, 8]) expect([cprCentury(d, 57), cprCentury(d, 58)]).toEqual([2000, 1800]);
  });

  it('accepts real dates with and without the hyphen, refuses impossible ones', () => {
    expect(cprProblem('0101901234')).toBeNull();
    expect(cprProblem('010190-1234')).toBeNull();
    expect(cprProblem('2902004234')).toBeNull(); // 29 Feb 2000 (7th digit 4, year 00 → 2000) exists …
    expect(cprProblem('2902001234')).toBe('date'); // … 29 Feb 1900 (7th digit 1 → 1900) does not
  });

  it('refuses 29 February of a year that is no leap year, day 0, month 13 and day 32', () => {
    expect(cprProblem('2902964234')).toBeNull();
    expect(cprProblem('2902011234')).toBe('date');
    expect(cprProblem('0001901234')).toBe('date');
    expect(cprProblem('0113901234')).toBe('date');
    expect(cprProblem('3201901234')).toBe('date');
    expect(cprProblem('3104901234')).toBe('date');
  });

  it('refuses anything but ten digits', () => {
    for (const value of ['', '123456789', '12345678901', '01019O1234', '010190 1234', '0101-901234'])
      expect(cprProblem(value)).toBe('format');
  });
});

describe('CVR number', () => {
  it('checks the modulus-11 check digit', () => {
    // 2·1+7·0+6·1+5·0+4·1+3·0+2·1+1·d: d = 8 makes 22, divisible by 11.
    expect(isCvr('10101018')).toBe(true);
    expect(isCvr('10101017')).toBe(false);
    expect(isCvr('1010101')).toBe(false);
  });
});

describe('delivery in the envelope', () => {
  it('is optional: an envelope without it plans as before, and the plan has no channel', () => {
    const result = planLetter(sent(), testWorld());
    expect(result.ok && result.value.request.delivery).toBeNull();
  });

  it('takes each channel and keeps the CPR number normalised in the request', () => {
    const result = plan(sent(), { channel: 'digital-post', recipient: { cpr: '010190-1234' } });
    expect(result.ok && result.value.request.delivery).toEqual({ channel: 'digital-post', recipient: { cpr: '0101901234' } });
    expect(plan(sent(), { channel: 'letter-post' }).ok).toBe(true);
    expect(
      plan(sent(), { channel: 'letter-post', abroad: { lines: ['Hauptstraße 1', '10115 Berlin'], country: 'TYSKLAND' } }).ok,
    ).toBe(true);
    expect(plan(handed(), { channel: 'handed' }).ok).toBe(true);
    expect(
      plan(sent(), { channel: 'mission', mission: { name: 'Danmarks Ambassade', city: 'Beirut', country: 'Libanon' } }).ok,
    ).toBe(true);
  });

  it('codes a bad CPR number without ever putting the number in a message or a parameter', () => {
    for (const [cpr, code] of [
      ['3102901234', 'DELIVERY_CPR_DATE'],
      ['31029-1234', 'DELIVERY_CPR_FORMAT'],
    ] as const) {
      const result = plan(sent(), { channel: 'digital-post', recipient: { cpr } });
      expect(codesOf(result)).toEqual([`${code} delivery.recipient.cpr`]);
      expect(JSON.stringify(result)).not.toContain(cpr);
      expect(JSON.stringify(result)).not.toContain(cpr.slice(0, 6));
    }
  });

  it('refuses unknown channels and fields, both or no numbers, and a bad CVR', () => {
    expect(codesOf(plan(sent(), { channel: 'fax' }))).toEqual(['INPUT_NOT_ALLOWED delivery.channel']);
    expect(codesOf(plan(sent(), { channel: 'letter-post', cpr: '0101901234' }))).toEqual(['INPUT_UNKNOWN_FIELD delivery.cpr']);
    expect(codesOf(plan(sent(), { channel: 'digital-post', recipient: {} }))).toEqual([
      'DELIVERY_RECIPIENT_ONE_NUMBER delivery.recipient',
    ]);
    expect(codesOf(plan(sent(), { channel: 'digital-post', recipient: { cvr: '10101017' } }))).toEqual([
      'DELIVERY_CVR_FORMAT delivery.recipient.cvr',
    ]);
    expect(codesOf(plan(sent(), { channel: 'mission' }))).toEqual(['INPUT_MISSING delivery.mission']);
  });

  it("reports the delivery's problems together with the data's", () => {
    const envelope = sent();
    const data = { ...(envelope.data as object), caseNumber: '' };
    expect(codesOf(plan({ ...envelope, data }, { channel: 'fax' })).sort()).toEqual([
      'INPUT_FORMAT data.caseNumber',
      'INPUT_NOT_ALLOWED delivery.channel',
    ]);
  });

  it("must fit the letter's own delivery: a handed letter is handed, a sent one is not", () => {
    expect(codesOf(plan(handed(), { channel: 'letter-post' }))).toEqual(['DELIVERY_CHANNEL_CONFLICTS_LETTER delivery.channel']);
    expect(codesOf(plan(handed(), { channel: 'digital-post', recipient: { cpr: '0101901234' } }))).toEqual([
      'DELIVERY_CHANNEL_CONFLICTS_LETTER delivery.channel',
    ]);
    expect(codesOf(plan(sent(), { channel: 'handed' }))).toEqual(['DELIVERY_CHANNEL_CONFLICTS_LETTER delivery.channel']);
  });

  it('refuses a set with a copy to an authority that has no postal address (print review G1), until one is configured', () => {
    const extension = sample('deportation-obstacle-decision', 'extension');
    expect(planLetter(extension, testWorld()).ok).toBe(true);
    const result = plan(extension, { channel: 'letter-post' });
    expect(result.ok ? [] : result.diagnostics).toEqual([
      { code: 'DELIVERY_COPY_ADDRESS_NOT_CONFIGURED', path: 'delivery', params: { authority: 'police/ucn' } },
    ]);
    const guidance = sample('conflict-zone-guidance', 'third-country-national');
    expect(codesOf(plan(guidance, { channel: 'letter-post' }))).toEqual(['DELIVERY_COPY_ADDRESS_NOT_CONFIGURED delivery']);
  });
});
