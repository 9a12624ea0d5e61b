/**
 * The answer dates of the permanent-residence procedural letters and the decision that waits for them
 * (R-PR-107, R-PR-047, R-PR-031, R-PR-102): each limit's day before, day of and day after.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseCivilDate } from '../../src/domain/civil-date.ts';
import { planLetter } from '../../src/engine.ts';
import {
  decisionNotBeforeAnswer,
  earliestChosenAnswerDate,
  earliestDecisionDate,
  fixedAnswerDate,
  PR_MINIMUM_ANSWER_DAYS,
} from '../../src/letters/pr-answer-date.ts';
import { sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

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

describe('the decision after a documentation request or hearing (R-PR-107)', () => {
  const schema = z
    .object({ decisionDate: z.string(), answerBy: z.string(), repliedOn: z.string().nullable() })
    .superRefine((input, ctx) =>
      decisionNotBeforeAnswer(ctx, ['decisionDate'], input.decisionDate, {
        answerBy: input.answerBy,
        repliedOn: input.repliedOn,
      }),
    );
  const refused = (decisionDate: string, repliedOn: string | null = null) => {
    const result = schema.safeParse({ decisionDate, answerBy: '2017-03-27', repliedOn });
    return result.success
      ? null
      : result.error.issues.map((issue) => (issue as { params?: { code: string; date: string } }).params);
  };

  it.each([
    ['2017-03-26', [{ code: 'RULE_PR_DECISION_BEFORE_ANSWER_DATE', date: '2017-03-28', rule: 'R-PR-107' }]],
    ['2017-03-27', [{ code: 'RULE_PR_DECISION_BEFORE_ANSWER_DATE', date: '2017-03-28', rule: 'R-PR-107' }]],
    ['2017-03-28', null],
  ])('no reply, answer by 27 March 2017: a decision of %s', (decisionDate, expected) => {
    expect(refused(decisionDate)).toEqual(expected);
  });

  it.each([
    ['2017-03-14', [{ code: 'RULE_PR_DECISION_BEFORE_ANSWER_DATE', date: '2017-03-15', rule: 'R-PR-107' }]],
    ['2017-03-15', null],
    ['2017-03-16', null],
  ])('a reply of 15 March 2017: a decision of %s', (decisionDate, expected) => {
    expect(refused(decisionDate, '2017-03-15')).toEqual(expected);
  });

  it('a late reply does not put off a decision already due on the existing basis', () => {
    expect(earliestDecisionDate({ answerBy: d('2017-03-27'), repliedOn: d('2017-04-10') })).toBe('2017-03-28');
    expect(refused('2017-03-28', '2017-04-10')).toBeNull();
  });

  it('an invalid date gets no second, meaningless error', () => {
    expect(refused('2017-02-30')).toBeNull();
  });
});

describe('the answer date travels from the procedural letter’s plan to the decision that follows (R-PR-107)', () => {
  const hearingPlan = () => {
    const result = planLetter(sample('pr-party-hearing', 'public-help'), testWorld());
    if (!result.ok || !result.value.outcome.due) throw new Error('the hearing sample must plan');
    return result.value.outcome.plan;
  };
  const decision = (letterDate: string, repliedOn?: string) => {
    const plan = hearingPlan();
    const hearing = { date: plan.letterDate, answerBy: plan.fields.answerBy, ...(repliedOn ? { repliedOn } : {}) };
    const result = planLetter(
      withData(sample('permanent-residence-decision', 'grant-6-year'), { letterDate, hearing }),
      testWorld(),
    );
    return result.ok ? [] : result.diagnostics.map((d) => `${d.code} ${d.path}`);
  };

  it('the hearing of 13 February 2017 answers by 6 March 2017 (3 weeks, R-PR-047)', () => {
    expect(hearingPlan().fields.answerBy).toBe('2017-03-06');
  });

  it.each([
    ['2017-03-05', ['RULE_PR_DECISION_BEFORE_ANSWER_DATE data.letterDate']],
    ['2017-03-06', ['RULE_PR_DECISION_BEFORE_ANSWER_DATE data.letterDate']],
    ['2017-03-07', []],
  ])('no reply: a decision of %s', (letterDate, expected) => {
    expect(decision(letterDate)).toEqual(expected);
  });

  it.each([
    ['2017-02-27', ['RULE_PR_DECISION_BEFORE_ANSWER_DATE data.letterDate']],
    ['2017-02-28', []],
    ['2017-03-01', []],
  ])('a reply of 28 February 2017: a decision of %s', (letterDate, expected) => {
    expect(decision(letterDate, '2017-02-28')).toEqual(expected);
  });
});
