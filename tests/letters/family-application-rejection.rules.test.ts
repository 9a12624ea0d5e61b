/**
 * Rejection without a merits decision (letters/family-application-rejection.md; rules.md R-FAM-007, R-FAM-016..019,
 * R-FAM-081, R-FAM-101): the 14-day biometrics limit and the 1½-year repeat limit with the day before, of and after;
 * the provision by variant and application; the refund from the dated administration fee; leaving at once.
 */
import { describe, expect, it } from 'vitest';
import type { CivilDate } from '../../src/domain/civil-date.ts';
import { planLetter, renderLetter } from '../../src/engine.ts';
import { biometricsPeriodOver, earlierRefusalTooOld } from '../../src/letters/family-application-rejection/limits.ts';
import { rejectionBasis } from '../../src/letters/family-application-rejection/rules.ts';
import { configuredWorld } from '../support/configured-world.ts';
import { readPdf } from '../support/pdf-text.ts';
import { type Envelope, sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const L = 'family-application-rejection';
const refused = (variant: string) => sample(L, `invalid/APPEAL_GUIDANCE_NOT_CONFIGURED--${variant}`);
const d = (s: string) => s as CivilDate;
const codes = (request: object, world = testWorld()) => {
  const result = planLetter(request, world);
  return result.ok ? [] : result.diagnostics.map((x) => x.code);
};
const plan = (request: object) => {
  const result = planLetter(request, configuredWorld());
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  if (!result.value.outcome.due) throw new Error('expected a letter');
  return result.value.outcome.plan;
};
const withRejection = (envelope: Envelope, changes: object) =>
  withData(envelope, { rejection: { ...(envelope.data.rejection as object), ...changes } });

describe('biometrics: no later than 14 days after filing (R-FAM-016)', () => {
  it.each([
    ['2017-04-11', false], // filed 28 March: the 14th day after filing is the last day to give them
    ['2017-04-12', true],
  ])('decision %s → the 14 days are over: %s', (on, over) => {
    expect(biometricsPeriodOver(d('2017-03-28'), d(on))).toBe(over);
    expect(codes(withData(refused('biometrics'), { letterDate: on }), configuredWorld())).toEqual(
      over ? [] : ['RULE_FAM_BIOMETRICS_PERIOD_NOT_OVER'],
    );
  });
  it('the day before the limit is refused too', () => {
    expect(codes(withData(refused('biometrics'), { letterDate: '2017-04-10' }), configuredWorld())).toEqual([
      'RULE_FAM_BIOMETRICS_PERIOD_NOT_OVER',
    ]);
  });
  it('a § 47 b rejection sets the usual deadline (OPEN reading): 7 days by digital post', () => {
    expect(plan(refused('biometrics')).fields.departure).toMatchObject({ kind: 'seven-days', date: '2017-05-23' });
  });
});

describe('repeat application within 1½ years of the refusal (R-FAM-019, OPEN reading: the lower bound)', () => {
  it.each([
    ['2015-11-17', false],
    ['2015-11-16', true], // exactly 1½ years before the decision of 16 May 2017
    ['2015-11-15', true],
  ])('earlier refusal %s → too old: %s', (earlier, old) => {
    expect(earlierRefusalTooOld(d(earlier), d('2017-05-16'))).toBe(old);
    expect(codes(withRejection(refused('repeat-application'), { earlierRefusalDate: earlier }), configuredWorld())).toEqual(
      old ? ['RULE_FAM_EARLIER_REFUSAL_TOO_OLD'] : [],
    );
  });
});

describe('provision, refund and leaving (R-FAM-007, R-FAM-017, R-FAM-018, R-FAM-081)', () => {
  it.each([
    ['unlawful-stay', '9-1', '§ 9, stk. 21'],
    ['unlawful-stay', '9c-1', '§ 9 c, stk. 6'],
    ['entry-ban', '9f', '§ 9 f, stk. 8'],
    ['missing-documents', '9-1', '§ 9 g, stk. 3'],
    ['biometrics', '9c-1', '§ 47 b'],
  ] as const)('%s of a %s application → %s', (variant, basis, provision) => {
    expect(rejectionBasis(variant, basis)).toBe(provision);
  });
  it('the fee less the administration fee of the filing year (§ 9 h, stk. 7); the whole fee after § 9 g, stk. 3', () => {
    expect(plan(refused('unlawful-stay')).fields.refund).toEqual({ full: false, amount: 5470, deduction: 830 });
    expect(plan(refused('missing-documents')).fields.refund).toEqual({ full: true, amount: 6300, deduction: null });
    expect(plan(withData(refused('unlawful-stay'), { feePaid: 500 })).fields.refund).toMatchObject({ amount: 0 });
    expect(plan(withData(refused('unlawful-stay'), { feePaid: undefined })).fields.refund).toBeNull();
  });
  it('a filing date outside the dated table names the table', () => {
    const result = planLetter(withData(refused('unlawful-stay'), { applicationDate: '2016-12-31' }), configuredWorld());
    expect(result.ok ? [] : result.diagnostics.map((x) => [x.code, x.params?.table])).toEqual([
      ['DATED_TABLE_NO_VALUE_FOR_DATE', 'fees/administration-deduction'],
    ]);
  });
  it('§ 9 c, stk. 1 is never rejected under § 9 g, stk. 3 (R-FAM-018); a non-basic defect is asked for first', () => {
    expect(codes(sample(L, 'invalid/RULE_FAM_9C_NOT_REJECTED_9G'), configuredWorld())).toEqual(['RULE_FAM_9C_NOT_REJECTED_9G']);
    expect(
      codes(withRejection(refused('missing-documents'), { defect: 'basic', requestDate: undefined }), configuredWorld()),
    ).toEqual([]);
  });
  it('leave at once: no date and no departure-control statement (R-FAM-081, R-FAM-088)', () => {
    expect(plan(refused('unlawful-stay')).fields.departure).toEqual({ kind: 'at-once', date: null, control: false });
  });
  it('every variant waits for legal review of the appeal guidance (R-FAM-101)', () => {
    for (const v of ['unlawful-stay', 'repeat-application', 'entry-ban', 'missing-documents', 'biometrics'])
      expect(codes(refused(v))).toEqual(['APPEAL_GUIDANCE_NOT_CONFIGURED']);
  });
});

describe('the text as the reader gets it', () => {
  it('missing documents: the provision, the list, the request, the new application, the whole refund, the mission', async () => {
    const rendered = await renderLetter({ ...refused('missing-documents'), languages: ['da'] }, configuredWorld());
    if (!rendered.ok || rendered.value.kind !== 'letter') throw new Error(JSON.stringify(rendered));
    const text = (await readPdf(rendered.value.pdf)).pages.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Danmarks Ambassade i Kyiv');
    expect(text).toContain('Vi afviser din ansøgning om opholdstilladelse, jf. udlændingelovens § 9 g, stk. 3.');
    expect(text).toContain('Vielsesattest');
    expect(text).toContain('Vi bad dig den 10. april 2017 om at sende dem, men vi har ikke modtaget dem.');
    expect(text).toContain('Hvis du søger igen, skal din nye ansøgning indeholde disse oplysninger og dokumenter.');
    expect(text).toContain('Du får hele det betalte gebyr tilbage: 6.300 kr.');
    expect(text).not.toContain('Udrejse');
  });
});
