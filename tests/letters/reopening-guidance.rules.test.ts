/**
 * The re-opening guidance's variant table (shared/domain/letters/reopening-guidance.md, R-ASY-020 to R-ASY-026):
 * every row, the contradiction, and the date edge.
 */
import { describe, expect, it } from 'vitest';
import { planLetter } from '../../src/engine.ts';
import { sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const base = sample('reopening-guidance', 'extension-granted--board-decided');
const board = { finallyDecidedBy: 'refugee-appeals-board' };
const usManifest = { finallyDecidedBy: 'immigration-service', procedure: 'manifestly-unfounded' };
const usNormal = { finallyDecidedBy: 'immigration-service', procedure: 'normal' };

function plan(newEssentialInformation: boolean, outcome: string, asylumCase: object) {
  const request = withData(base, {
    newEssentialInformation,
    extension: { outcome, decisionDate: '2017-02-15' },
    asylumCase,
  });
  return planLetter(request, testWorld());
}

describe('reopening-guidance variant table', () => {
  it.each([
    // new information, extension, decided by → variant (null: no info letter is due), rule, authority to write to
    [false, 'granted', board, null, 'R-ASY-021', null],
    [false, 'refused', board, null, 'R-ASY-021', null],
    [false, 'granted', usManifest, null, 'R-ASY-021', null],
    [false, 'refused', usManifest, null, 'R-ASY-021', null],
    [true, 'granted', board, 'extension-granted', 'R-ASY-022', 'Flygtningenævnet'],
    [true, 'granted', usManifest, 'extension-granted', 'R-ASY-022', 'Udlændingestyrelsen'],
    [true, 'refused', board, 'extension-refused-board', 'R-ASY-023', 'Flygtningenævnet'],
    [true, 'refused', usManifest, 'extension-refused-reopened', 'R-ASY-024', null],
  ] as const)('new info %s, extension %s, %o → %s (%s)', (info, outcome, decidedBy, variant, rule, writeTo) => {
    const result = plan(info, outcome, decidedBy);
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    const { outcome: decision } = result.value;
    const why = decision.due ? decision.plan.why : decision.why;
    expect(why.map((reason) => reason.rule)).toContain(rule);
    if (variant === null) {
      expect(decision.due).toBe(false);
      return;
    }
    if (!decision.due) throw new Error('expected a letter');
    expect(decision.plan.variant).toBe(variant);
    const authority = decision.plan.fields.reopeningAuthority as { name: string } | null;
    expect(authority?.name ?? null).toBe(writeTo);
  });

  it('R-ASY-025: "finally decided by US in the normal procedure" is refused as a contradiction, whatever else holds', () => {
    for (const [info, outcome] of [
      [true, 'refused'],
      [true, 'granted'],
      [false, 'granted'],
    ] as const) {
      const result = plan(info, outcome, usNormal);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.diagnostics).toEqual([
        { code: 'RULE_REOPENING_US_NORMAL_PROCEDURE', path: 'data.asylumCase.procedure', params: { rule: 'R-ASY-025' } },
      ]);
    }
  });
});

describe('reopening-guidance dates', () => {
  const at = (letterDate: string, decisionDate: string) =>
    planLetter(withData(base, { letterDate, extension: { outcome: 'granted', decisionDate } }), testWorld());

  it('is sent with the decision: the day before it is refused, the same day and later are accepted', () => {
    const before = at('2017-02-14', '2017-02-15');
    expect(before.ok).toBe(false);
    if (!before.ok) expect(before.diagnostics[0]).toMatchObject({ code: 'RULE_DATE_BEFORE', path: 'data.letterDate' });
    expect(at('2017-02-15', '2017-02-15').ok).toBe(true);
    expect(at('2017-02-16', '2017-02-15').ok).toBe(true);
  });

  it('names Udlændingestyrelsen from its first entry on, with no end: a 2018 letter is produced', () => {
    expect(at('2017-12-31', '2017-12-31').ok).toBe(true);
    expect(at('2018-01-01', '2018-01-01').ok).toBe(true);
  });
});
