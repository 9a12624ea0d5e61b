/**
 * The time limits of the Danish-test decisions (R-FAM-037; handbook 4.6, src:8011–8301), each with the day before,
 * of and after: as pure functions, and as the refusal codes the officer sees.
 */
import { describe, expect, it } from 'vitest';
import type { CivilDate } from '../../src/domain/civil-date.ts';
import { planLetter } from '../../src/engine.ts';
import {
  a1PassedInTime,
  earliestLeaveStart,
  earliestRevocationDate,
  lastSuspendedDay,
  retestUntil,
  suspension,
  testDeadline,
  turkishActivityInTime,
} from '../../src/letters/danish-test-letters/limits.ts';
import { configuredWorld } from '../support/configured-world.ts';
import { type Envelope, sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const d = (s: string) => s as CivilDate;
const cpr = { from: 'cpr-registration', date: d('2017-03-15') } as const;

/** The codes of a plan (or 'planned'), with the appeal fixture configured so that only the limits decide. */
const outcome = (request: Envelope): string => {
  const result = planLetter(request, configuredWorld());
  return result.ok ? 'planned' : result.diagnostics.map((x) => x.code).join(', ');
};
const withLetter = (name: string, letter: Record<string, unknown>, data: Record<string, unknown> = {}) => {
  const base = sample('danish-test-letters', name);
  return withData(base, { ...data, letter: { ...(base.data.letter as object), ...letter } });
};
const invalid = (code: string) => sample('danish-test-letters', `invalid/${code}`);

describe('the test deadlines (R-FAM-037, src:8011–8018)', () => {
  it('A1: the CPR registration + 6 months, A2: + 15 months; the same from the grant for a holder of a Danish permit', () => {
    expect(testDeadline(cpr, 'A1')).toBe('2017-09-15');
    expect(testDeadline(cpr, 'A2')).toBe('2018-06-15');
    expect(testDeadline({ from: 'grant-while-holding-permit', date: d('2017-08-31') }, 'A1')).toBe('2018-02-28');
  });

  it('a re-test up to 3 months after the deadline (src:8037–8043)', () => {
    expect(retestUntil(d('2017-09-15'))).toBe('2017-12-15');
  });

  it.each([
    ['2017-09-14', 'planned'],
    ['2017-09-15', 'planned'],
    ['2017-09-16', 'RULE_FAM_DANISH_TEST_SUBSTITUTE_NOT_IN_TIME'],
  ])('a substitute test passed on %s against the A1 deadline of 15 September 2017 → %s', (passedOn, expected) => {
    const request = withLetter(
      'substitute-accepted',
      { substituteTest: { name: 'Prøve i Dansk 1', kind: 'annex-test', passedOn } },
      { letterDate: '2017-10-02' },
    );
    expect(outcome(request)).toBe(expected);
  });
});

describe('postponement (src:8094–8158)', () => {
  const because = ['Du var indlagt på hospitalet, indtil fristen var udløbet.'];
  it.each([
    ['2017-09-14', undefined, 'planned'],
    ['2017-09-15', undefined, 'planned'],
    ['2017-09-16', undefined, 'RULE_FAM_DANISH_TEST_POSTPONEMENT_REQUEST_LATE'],
    ['2017-09-15', because, 'RULE_FAM_DANISH_TEST_REQUEST_NOT_LATE'],
    ['2017-09-16', because, 'planned'],
  ])(
    'a request received on %s (reasons for a late one: %j), the deadline 15 September 2017 → %s (src:8119–8121)',
    (requestReceived, lateRequestReasons, expected) => {
      const request = withLetter(
        'postponement-granted--own-illness',
        { requestReceived, ...(lateRequestReasons ? { lateRequestReasons } : {}) },
        { letterDate: '2017-09-20' },
      );
      expect(outcome(request)).toBe(expected);
    },
  );

  it.each([
    ['2017-09-14', 'RULE_FAM_DANISH_TEST_NEW_DEADLINE_NOT_LATER'],
    ['2017-09-15', 'RULE_FAM_DANISH_TEST_NEW_DEADLINE_NOT_LATER'],
    ['2017-09-16', 'planned'],
  ])("illness: the officer's new deadline %s against 15 September 2017 → %s", (newDeadline, expected) => {
    expect(
      outcome(withLetter('postponement-granted--own-illness', { postponement: { ground: 'own-illness', newDeadline } })),
    ).toBe(expected);
  });

  const barsel = sample('danish-test-letters', 'postponement-granted').data.letter as Record<string, unknown>;
  const leave = (changes: Record<string, unknown>) => ({ ...(barsel.postponement as object), ...changes });

  it('a vandrejournal lets the leave start 4 weeks before the due date; otherwise the birth (src:8109–8118)', () => {
    expect(earliestLeaveStart(d('2017-07-10'), d('2017-07-20'))).toBe('2017-06-22');
    expect(earliestLeaveStart(d('2017-07-10'), undefined)).toBe('2017-07-10');
  });

  it.each([
    ['2017-06-21', true, 'RULE_FAM_DANISH_TEST_LEAVE_TOO_EARLY'],
    ['2017-06-22', true, 'planned'],
    ['2017-06-23', true, 'planned'],
    ['2017-07-09', false, 'RULE_FAM_DANISH_TEST_LEAVE_TOO_EARLY'],
    ['2017-07-10', false, 'planned'],
    ['2017-07-11', false, 'planned'],
  ])('leave from %s (vandrejournal: %s; due 20 July, born 10 July 2017) → %s', (from, vandrejournal, expected) => {
    const postponement = leave({ leave: { from, to: '2018-03-01' } });
    if (!vandrejournal) delete (postponement as Record<string, unknown>).vandrejournalDueDate;
    expect(outcome(withLetter('postponement-granted', { postponement }))).toBe(expected);
  });

  it('at most 46 weeks from the birth, the birth day the first (OPEN: the same for men and women)', () => {
    expect(lastSuspendedDay(d('2017-07-10'))).toBe('2018-05-27');
  });

  const facts = {
    birthDate: d('2017-07-10'),
    leave: { from: d('2017-07-10'), to: d('2018-03-01') },
    birthCertificateReceived: d('2017-07-18'),
    requestReceived: d('2017-07-18'),
  };
  const deadline = d('2017-09-15');

  it.each([
    ['2018-05-26', '2018-05-26'],
    ['2018-05-27', '2018-05-27'],
    ['2018-05-28', '2018-05-27'],
  ])('a leave to %s is suspended to %s', (to, expected) => {
    expect(suspension({ ...facts, leave: { from: facts.leave.from, to: d(to) } }, deadline)?.to).toBe(expected);
  });

  it.each([
    // on time: counted from the leave's start (10 July), 235 days to 1 March 2018
    ['2017-07-23', '2017-07-10', 235, '2018-05-08'],
    ['2017-07-24', '2017-07-10', 235, '2018-05-08'],
    // late: the deadline ran until the request (1 August): 213 days
    ['2017-07-25', '2017-08-01', 213, '2018-04-16'],
  ])(
    'birth certificate received %s (born 10 July; request 1 August) → suspended from %s, %s days, new deadline %s',
    (received, from, days, newDeadline) => {
      const s = suspension({ ...facts, birthCertificateReceived: d(received), requestReceived: d('2017-08-01') }, deadline);
      expect([s?.from, s?.days, s?.newDeadline]).toEqual([from, days, newDeadline]);
    },
  );

  it('nothing to suspend once the leave has ended before the request (src:8105–8107)', () => {
    expect(
      suspension(
        {
          ...facts,
          leave: { from: facts.leave.from, to: d('2017-07-31') },
          birthCertificateReceived: d('2017-08-01'),
          requestReceived: d('2017-08-01'),
        },
        deadline,
      ),
    ).toBeNull();
    expect(outcome(invalid('RULE_FAM_DANISH_TEST_NOTHING_TO_SUSPEND'))).toBe('RULE_FAM_DANISH_TEST_NOTHING_TO_SUSPEND');
  });
});

describe('the Turkish exemption: economically active within 6 months of the CPR registration (src:8190–8261)', () => {
  it.each([
    ['2017-09-14', true, 'planned'],
    ['2017-09-15', true, 'planned'],
    ['2017-09-16', false, 'RULE_FAM_DANISH_TEST_TURKISH_ACTIVITY_NOT_IN_TIME'],
  ])('active from %s (CPR 15 March 2017) → in time %s, %s', (activeFrom, inTime, expected) => {
    expect(turkishActivityInTime(d('2017-03-15'), d(activeFrom))).toBe(inTime);
    expect(outcome(withLetter('turkish-exemption-granted', { activeFrom }, { letterDate: '2017-10-02' }))).toBe(expected);
  });
});

describe('revocation and refusal to extend (src:8262–8305)', () => {
  const revocation = invalid('APPEAL_GUIDANCE_NOT_CONFIGURED--revocation'); // CPR 1 September 2016: A1 by 1 March 2017
  const revoke = (letter: Record<string, unknown>, letterDate: string) =>
    withData(revocation, { letterDate, letter: { ...(revocation.data.letter as object), ...letter } });

  it('A1 not taken: the case is opened 30 days after the deadline', () => {
    expect(earliestRevocationDate({ status: 'not-taken' }, d('2017-03-01'))).toBe('2017-03-31');
  });

  it.each([
    ['2017-03-30', 'RULE_FAM_DANISH_TEST_REVOCATION_TOO_EARLY'],
    ['2017-03-31', 'planned'],
    ['2017-04-01', 'planned'],
  ])('A1 not taken, revocation dated %s → %s', (letterDate, expected) => {
    expect(outcome(revoke({ a1: { status: 'not-taken' } }, letterDate))).toBe(expected);
  });

  it.each([
    ['2017-06-01', 'RULE_FAM_DANISH_TEST_REVOCATION_TOO_EARLY'],
    ['2017-06-02', 'planned'],
    ['2017-06-03', 'planned'],
  ])(
    'A1 taken in time and not passed: not before the re-test period has ended (1 June 2017); dated %s → %s',
    (letterDate, expected) => {
      expect(outcome(revoke({ a1: { status: 'not-passed', firstAttemptOn: '2017-02-10' } }, letterDate))).toBe(expected);
    },
  );

  it('A1 first taken after the deadline: no re-test period, 30 days after the deadline', () => {
    expect(earliestRevocationDate({ status: 'not-passed', firstAttemptOn: d('2017-03-05') }, d('2017-03-01'))).toBe('2017-03-31');
  });

  it.each([
    [undefined, '2017-02-28', true],
    [undefined, '2017-03-01', true],
    [undefined, '2017-03-02', false],
    ['2017-02-10', '2017-05-31', true],
    ['2017-02-10', '2017-06-01', true],
    ['2017-02-10', '2017-06-02', false],
  ])(
    'first attempt %s, A1 passed %s → in time %s (late but before the case ends: still revoked)',
    (firstAttemptOn, passedOn, inTime) => {
      const a1 = firstAttemptOn
        ? { status: 'passed-late' as const, firstAttemptOn: d(firstAttemptOn), passedOn: d(passedOn) }
        : { status: 'passed-late' as const, passedOn: d(passedOn) };
      expect(a1PassedInTime(a1, d('2017-03-01'))).toBe(inTime);
      expect(outcome(revoke({ a1 }, '2017-06-20'))).toBe(inTime ? 'RULE_FAM_DANISH_TEST_A1_PASSED_IN_TIME' : 'planned');
    },
  );

  it('a complaint to SIRI pending: awaited', () => {
    expect(outcome(invalid('RULE_FAM_DANISH_TEST_SIRI_COMPLAINT_PENDING'))).toBe('RULE_FAM_DANISH_TEST_SIRI_COMPLAINT_PENDING');
  });

  it('without the appeal configuration the revocation is refused, never sent with guessed guidance (R-FAM-101)', () => {
    const result = planLetter(revocation, testWorld());
    expect(result.ok ? 'planned' : result.diagnostics.map((x) => `${x.code} ${x.params?.variant}`)).toEqual([
      'APPEAL_GUIDANCE_NOT_CONFIGURED revocation',
    ]);
  });
});
