/**
 * § 21 b decisions (Familiesammenføringsmeddelelse 3/15, R-ASY-090 to R-ASY-099): the variants, the sending
 * centre and appeal by basis of stay, the entry into force, the hearing, the removal section and the
 * Udlændingenævnet deadline reading.
 */
import { describe, expect, it } from 'vitest';
import { parseCivilDate } from '../../src/domain/civil-date.ts';
import { planLetter } from '../../src/engine.ts';
import {
  PRINT_UDLAENDINGENAEVNET_DEADLINE_AS_DATE,
  udlaendingenaevnetDeadline,
} from '../../src/letters/conflict-zone-lapse/appeal.ts';
import { sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const lapse = sample('conflict-zone-lapse', 'lapse-in-denmark');
const dispensation = sample('conflict-zone-lapse', 'dispensation-refused');

const planned = (request: object) => {
  const result = planLetter(request, testWorld());
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.value.outcome;
};
const plan = (request: object) => {
  const outcome = planned(request);
  if (!outcome.due) throw new Error('expected a letter');
  return outcome.plan;
};
const codes = (request: object) => {
  const result = planLetter(request, testWorld());
  return result.ok ? [] : result.diagnostics.map((d) => `${d.code} ${d.path}`);
};

describe('variants (R-ASY-091, R-ASY-095, R-ASY-099)', () => {
  it('in Denmark → lapse-in-denmark; abroad → lapse-abroad; an application under § 21 b, stk. 2 → dispensation-refused', () => {
    expect(plan(lapse).variant).toBe('lapse-in-denmark');
    expect(plan(withData(lapse, { abroadAtDecision: true, removal: undefined })).variant).toBe('lapse-abroad');
    expect(plan(dispensation).variant).toBe('dispensation-refused');
  });

  it("lapse that would breach Denmark's international obligations → no lapse, no letter (R-ASY-091)", () => {
    const outcome = planned(withData(lapse, { lapseBreachesObligations: true }));
    expect(outcome.due).toBe(false);
  });

  it('abroad: the ban runs from the finding (the decision day); in Denmark from departure or removal (R-ASY-094)', () => {
    expect(plan(withData(lapse, { abroadAtDecision: true, removal: undefined })).fields.banValidFromFinding).toBe('2016-05-18');
    expect(plan(lapse).fields.banValidFromFinding).toBeNull();
  });

  it('tolerated stay only where a §§ 7–8 holder in Denmark cannot be removed (R-ASY-098)', () => {
    expect(plan(lapse).fields.toleratedStay).toBe(true);
    expect(plan(withData(lapse, { removal: { possible: true, country: 'Syrien' } })).fields.toleratedStay).toBe(false);
  });
});

describe('sender and appeal by basis of stay (R-ASY-092, R-ASY-097)', () => {
  it.each([
    ['7', false, 'Center for Asyl', 'Flygtningenævnet', 'none', 'unless-abroad'],
    ['8-1', true, 'Center for Asyl', 'Flygtningenævnet', 'none', 'unless-abroad'],
    ['8-2', true, 'Center for Asyl', 'Flygtningenævnet', 'none', 'unless-abroad'],
    ['asylum-office', false, 'Center for Asyl', 'Udlændingenævnet', 'weeks-after-notification', 'special-reasons-only'],
    ['asylum-office', true, 'Center for Asyl', 'Udlændingenævnet', 'weeks-after-notification', 'no'],
    ['other', false, 'Center for Familie og Besøg', 'Udlændingenævnet', 'weeks-after-notification', 'special-reasons-only'],
    ['other', true, 'Center for Familie og Besøg', 'Udlændingenævnet', 'weeks-after-notification', 'no'],
  ] as const)(
    'basis %s, abroad %s → %s; appeal to %s, deadline %s, suspensive %s',
    (basis, abroad, unit, body, deadline, suspensive) => {
      const refugeeInDenmark = ['7', '8-1', '8-2'].includes(basis) && !abroad;
      const p = plan(
        withData(lapse, {
          permitBasis: basis,
          abroadAtDecision: abroad,
          removal: refugeeInDenmark ? lapse.data.removal : undefined,
        }),
      );
      expect(p.sender.unit).toBe(unit);
      expect(p.appeal).toMatchObject({
        kind: 'appeal',
        body: { name: body },
        deadline: { kind: deadline },
        suspensive: { kind: suspensive },
      });
      if (deadline === 'weeks-after-notification') expect(p.appeal).toMatchObject({ deadline: { weeks: 8 } });
    },
  );

  it('a refusal of dispensation is appealed like a lapse (R-ASY-099)', () => {
    expect(plan(withData(dispensation, { permitBasis: '7' })).appeal).toMatchObject({ body: { name: 'Flygtningenævnet' } });
    expect(plan(dispensation).appeal).toMatchObject({ body: { name: 'Udlændingenævnet' } });
  });
});

describe('Udlændingenævnet: 8 weeks after notification (R-ASY-097, OPEN reading)', () => {
  it.each([
    ['2016-05-18', '2016-07-13'],
    ['2016-12-31', '2017-02-25'],
    ['2016-02-29', '2016-04-25'],
  ])('received %s → last day %s (receipt + 56 days, that day included)', (received, last) => {
    expect(udlaendingenaevnetDeadline(parseCivilDate(received))).toBe(last);
  });

  it('the letter prints the rule, not a date, until the reading is settled', () => {
    expect(PRINT_UDLAENDINGENAEVNET_DEADLINE_AS_DATE).toBe(false);
  });
});

describe('dates', () => {
  const stay = (from: string) => withData(lapse, { stayAbroad: { country: 'Syrien', from, to: '2016-01-22' } });
  it.each([
    ['2015-02-28', ['RULE_DATE_BEFORE data.stayAbroad.from']],
    ['2015-03-01', []],
    ['2015-03-02', []],
  ])('§ 21 b in force 1 March 2015 (R-ASY-090): a stay from %s', (from, expected) => {
    expect(codes(stay(from))).toEqual(expected);
  });

  it.each([
    ['2016-05-17', []],
    ['2016-05-18', []], // the source gives no answer period: the same day is not refused
    ['2016-05-19', ['RULE_DATE_BEFORE data.letterDate']],
  ])('the hearing comes before the decision (R-ASY-093): a hearing on %s, decision 18 May 2016', (date, expected) => {
    expect(codes(withData(lapse, { hearing: { kind: 'sent', date } }))).toEqual(expected);
  });

  it.each([
    ['2016-05-17', ['RULE_DATE_BEFORE data.applicationDate']],
    ['2016-05-18', []],
    ['2016-05-19', []],
  ])('dispensation: an application on %s after a lapse decision of 18 May 2016', (applicationDate, expected) => {
    expect(codes(withData(dispensation, { applicationDate }))).toEqual(expected);
  });
});

describe('the removal section (R-ASY-001)', () => {
  it('is required for a §§ 7–8 holder in Denmark and refused otherwise', () => {
    expect(codes(withData(lapse, { removal: undefined }))).toEqual(['RULE_REMOVAL_DECISION_REQUIRED data.removal']);
    expect(codes(withData(lapse, { abroadAtDecision: true }))).toEqual(['RULE_REMOVAL_DECISION_NOT_ALLOWED data.removal']);
    expect(codes(withData(lapse, { permitBasis: 'other' }))).toEqual(['RULE_REMOVAL_DECISION_NOT_ALLOWED data.removal']);
  });
});
