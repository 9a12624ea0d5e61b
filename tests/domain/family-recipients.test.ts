/**
 * Who receives a family-reunification decision and who gets a copy (R-FAM-090, R-FAM-091, R-FAM-092, R-FAM-093),
 * and who is told of a procedural step (R-FAM-095): every row of the tables in spouse-reunification-decision.md and
 * family-hearing.md.
 */
import { describe, expect, it } from 'vitest';
import { routeFamilyDecision, routeFamilyNotice } from '../../src/domain/family-recipients.ts';

describe('decisions (R-FAM-090..093)', () => {
  it.each([
    ['abroad', 'none', false, 'danish-mission', false, false, 'R-FAM-090'],
    ['abroad', 'family-member', false, 'danish-mission', true, false, 'R-FAM-091'],
    ['abroad', 'other', false, 'danish-mission', true, false, 'R-FAM-091'],
    ['in-denmark', 'none', false, 'applicant', false, false, 'R-FAM-092'],
    ['in-denmark', 'other', false, 'applicant', true, false, 'R-FAM-092'],
    ['in-denmark', 'family-member', false, 'applicant', false, false, 'R-FAM-092'],
    ['in-denmark', 'lawyer', false, 'representative', false, false, 'R-FAM-093'],
    ['abroad', 'lawyer', false, 'representative', false, false, 'R-FAM-093'],
    ['abroad', 'lawyer', true, 'representative', false, true, 'R-FAM-093'],
    ['in-denmark', 'lawyer', true, 'representative', false, true, 'R-FAM-093'],
    ['abroad', 'none', true, 'danish-mission', false, false, 'R-FAM-090'],
  ] as const)(
    '%s, representative %s, filed via a mission %s → %s (copy %s, mission notice %s) %s',
    (whereabouts, representative, filedViaMission, addressee, copy, notice, rule) => {
      expect(routeFamilyDecision({ whereabouts, representative, filedViaMission })).toEqual({
        addressee,
        copyToRepresentative: copy,
        noticeToMission: notice,
        rules: [rule],
      });
    },
  );
});

describe('procedural notices (R-FAM-095)', () => {
  it.each([
    ['abroad', 'lawyer', ['representative']],
    ['abroad', 'family-member', ['representative']],
    ['abroad', 'other', ['representative']],
    ['abroad', 'none', []],
    ['in-denmark', 'lawyer', ['representative']],
    ['in-denmark', 'family-member', ['applicant']],
    ['in-denmark', 'other', ['applicant', 'representative']],
    ['in-denmark', 'none', ['applicant']],
  ] as const)('%s, representative %s → %j', (whereabouts, representative, to) => {
    expect(routeFamilyNotice({ whereabouts, representative })).toEqual({ to, rules: ['R-FAM-095'] });
  });
});
