/** The answer to an operator's request to expedite (Asylmeddelelse 9/16, R-ASY-083): variants, co-signature, dates. */
import { describe, expect, it } from 'vitest';
import { planLetter } from '../../src/engine.ts';
import { sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const accepted = sample('torture-expedite-notice', 'accepted');
const cannot = sample('torture-expedite-notice', 'cannot-complete');
const planOf = (request: object) => {
  const result = planLetter(request, testWorld());
  if (!result.ok || !result.value.outcome.due) throw new Error(JSON.stringify(result));
  return result.value.outcome.plan;
};
const codes = (request: object) => {
  const result = planLetter(request, testWorld());
  return result.ok ? [] : result.diagnostics.map((d) => `${d.code} ${d.path}`);
};

describe('torture-expedite-notice', () => {
  it('accepted: addressed to the operator, no co-signer; cannot-complete: co-signed by the deputy director', () => {
    const a = planOf(accepted);
    expect(a.variant).toBe('accepted');
    expect(a.recipient.name).toBe('Asylcenter Sandholm, Centerledelsen');
    expect(a.fields.deputyDirector).toBeNull();
    const c = planOf(cannot);
    expect(c.variant).toBe('cannot-complete');
    expect(c.fields.deputyDirector).toBe('Helle Skov Andersen');
  });

  it.each([
    ['accepted', accepted],
    ['cannot-complete', cannot],
  ])('%s: the office asks Flygtningenævnet to schedule urgently when the case goes there (R-ASY-083)', (_, request) => {
    const plan = planOf(request);
    expect(plan.followUp?.map((a) => ({ action: a.action, actor: a.actor.id, to: a.to, due: a.due, rule: a.rule }))).toEqual([
      {
        action: 'ask-urgent-scheduling',
        actor: 'immigration-service/asylum',
        to: { kind: 'authority', authority: expect.objectContaining({ id: 'refugee-appeals-board' }) },
        due: { kind: 'when-sent-to-board' },
        rule: 'R-ASY-083',
      },
    ]);
  });

  it('a cannot-complete notice without the deputy director is refused (R-ASY-083)', () => {
    const outcome = { kind: 'cannot-complete' };
    expect(codes(withData(cannot, { outcome }))).toEqual(['INPUT_MISSING data.outcome.deputyDirector']);
  });

  it.each([
    ['2016-11-14', []],
    ['2016-11-15', []],
    ['2016-11-16', ['RULE_DATE_BEFORE data.letterDate']],
  ])('a request of %s answered on 15 November 2016', (requestDate, expected) => {
    expect(codes(withData(accepted, { requestDate }))).toEqual(expected);
  });

  it.each([
    ['2016-11-14', ['RULE_DATE_NOT_AFTER data.outcome.expectedCompletionDate']],
    ['2016-11-15', ['RULE_DATE_NOT_AFTER data.outcome.expectedCompletionDate']],
    ['2016-11-16', []],
  ])('an expected completion on %s, letter of 15 November 2016', (date, expected) => {
    expect(codes(withData(accepted, { outcome: { kind: 'accepted', expectedCompletionDate: date } }))).toEqual(expected);
  });
});
