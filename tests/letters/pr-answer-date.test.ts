/** The answer dates of the permanent-residence procedural letters (R-PR-107, R-PR-047, R-PR-031, R-PR-102). */
import { describe, expect, it } from 'vitest';
import { parseCivilDate } from '../../src/domain/civil-date.ts';
import { earliestChosenAnswerDate, fixedAnswerDate, PR_MINIMUM_ANSWER_DAYS } from '../../src/letters/pr-answer-date.ts';

const d = parseCivilDate;

describe('answer periods', () => {
  it('the reference’s periods run from the letter’s date: 3 weeks (R-PR-047), 2 weeks (R-PR-031), 3 weeks for a § 11, stk. 10 defect (R-PR-102, OPEN)', () => {
    expect(fixedAnswerDate(d('2017-03-06'), 'publicHelpHearing')).toBe('2017-03-27');
    expect(fixedAnswerDate(d('2017-03-06'), 'departureHearing')).toBe('2017-03-20');
    expect(fixedAnswerDate(d('2017-03-06'), 'incompleteApplication')).toBe('2017-03-27');
    // across a month and a year end
    expect(fixedAnswerDate(d('2016-12-20'), 'departureHearing')).toBe('2017-01-03');
    expect(fixedAnswerDate(d('2016-02-15'), 'publicHelpHearing')).toBe('2016-03-07');
  });

  it('where the reference gives none, the officer’s date is at least the named minimum (R-PR-107, OPEN)', () => {
    expect(PR_MINIMUM_ANSWER_DAYS).toBe(21);
    expect(earliestChosenAnswerDate(d('2017-03-06'))).toBe('2017-03-27');
  });
});
