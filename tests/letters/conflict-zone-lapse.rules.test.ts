/**
 * § 21 b decisions (Familiesammenføringsmeddelelse 3/15, R-ASY-090 to R-ASY-099): the variants, the sending
 * centre and appeal by basis of stay, the entry into force, the hearing, the removal section and the
 * Udlændingenævnet deadline reading.
 */
import { describe, expect, it } from 'vitest';
import { parseCivilDate } from '../../src/domain/civil-date.ts';
import { planLetter } from '../../src/engine.ts';
import { MIN_HEARING_ANSWER_DAYS } from '../../src/letters/conflict-zone-hearing/answer-period.ts';
import {
  PRINT_UDLAENDINGENAEVNET_DEADLINE_AS_DATE,
  udlaendingenaevnetDeadline,
} from '../../src/letters/conflict-zone-lapse/appeal.ts';
import { composedParts } from '../support/composed-text.ts';
import { sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const lapse = sample('conflict-zone-lapse', 'lapse-in-denmark');
const dispensation = sample('conflict-zone-lapse', 'dispensation-refused');
const granted = sample('conflict-zone-lapse', 'dispensation-granted');

/** The Danish part of the letter as composed (before layout), one string. */
const danishText = (request: object) =>
  composedParts(request, testWorld())
    .filter((part) => part.language === 'da')
    .flatMap((part) => part.leaves)
    .join('\n');

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
    expect(plan(withData(lapse, { removal: { possible: true, country: 'SY' } })).fields.toleratedStay).toBe(false);
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
    [
      'eu-law',
      false,
      'Center for Familie og Besøg',
      'Udlændingenævnet',
      'weeks-after-notification',
      'unless-imperative-public-security',
    ],
    ['eu-law', true, 'Center for Familie og Besøg', 'Udlændingenævnet', 'weeks-after-notification', 'no'],
    ['nordic', false, 'Center for Familie og Besøg', 'Udlændingenævnet', 'weeks-after-notification', 'special-reasons-only'],
    ['nordic', true, 'Center for Familie og Besøg', 'Udlændingenævnet', 'weeks-after-notification', 'no'],
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
        // The provision that makes the decision appealable is not in the source (OPEN): none is claimed.
        legalBasis: null,
        body: { name: body },
        deadline: { kind: deadline },
        suspensive: { kind: suspensive },
      });
      if (deadline === 'weeks-after-notification') expect(p.appeal).toMatchObject({ deadline: { weeks: 8 } });
      // EU-law persons and Nordic citizens: a right of residence lapses, and the courts may review (§ 52).
      expect(p.fields.rightOfResidence).toBe(basis === 'eu-law' || basis === 'nordic');
      expect(p.fields.courtReview).toBe(basis === 'eu-law' || basis === 'nordic');
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

describe('§ 21 b in force 1 March 2015 (R-ASY-090): circumstances after it, not stays that began after it', () => {
  const stay = (from: string, to: string | undefined, finding?: boolean) =>
    withData(lapse, {
      stayAbroad: { country: 'SY', from, ...(to ? { to } : {}) },
      ...(finding === undefined ? {} : { participationAfterInForce: finding }),
    });
  it.each([
    // a stay that ended before the day is outside § 21 b
    ['2014-10-01', '2015-02-28', undefined, ['RULE_DATE_BEFORE data.stayAbroad.to']],
    // a stay across the day is decidable, with the finding that the activities came after it
    ['2014-10-01', '2015-03-01', true, []],
    ['2014-10-01', '2016-01-22', true, []],
    ['2015-02-28', '2016-01-22', true, []],
    ['2014-10-01', '2016-01-22', undefined, ['RULE_CZ_PARTICIPATION_FINDING_REQUIRED data.participationAfterInForce']],
    // a stay from the day on: the finding is implied
    ['2015-03-01', '2016-01-22', undefined, []],
    ['2015-03-01', '2016-01-22', true, ['RULE_CZ_PARTICIPATION_FINDING_NOT_ALLOWED data.participationAfterInForce']],
    ['2015-03-02', '2016-01-22', undefined, []],
  ] as const)('a stay %s – %s, finding %s', (from, to, finding, expected) => {
    expect(codes(stay(from, to, finding))).toEqual(expected);
  });

  it('a stay still going on that began before the day is decidable (no end date)', () => {
    expect(codes(stay('2014-10-01', undefined, true))).toEqual([]);
  });

  it('activities only before the day: § 21 b does not apply, no letter', () => {
    const outcome = planned(stay('2014-10-01', '2016-01-22', false));
    expect(outcome.due).toBe(false);
    if (!outcome.due) expect(outcome.why[0]).toMatchObject({ rule: 'R-ASY-090' });
  });

  it('the letter says that only what happened after 1 March 2015 counts, for a stay that began before', () => {
    expect(plan(stay('2014-10-01', '2016-01-22', true)).fields.beganBeforeInForce).toBe(true);
    expect(plan(lapse).fields.beganBeforeInForce).toBe(false);
    const text = danishText(sample('conflict-zone-lapse', 'lapse-in-denmark--stay-before-in-force'));
    expect(text).toContain('efter lovens ikrafttræden den 1. marts 2015');
    expect(danishText(lapse)).not.toContain('ikrafttræden');
  });
});

describe('the hearing comes before the decision (R-ASY-093)', () => {
  // The sample: police 2 March 2016, decision 18 May 2016.
  const hearing = (date: string, answerBy: string, letterDate = '2016-05-18') =>
    withData(lapse, { letterDate, departureDate: letterDate, hearing: { kind: 'sent', date, answerBy } });

  it('the answer period is at least MIN_HEARING_ANSWER_DAYS (14, OPEN)', () => {
    expect(MIN_HEARING_ANSWER_DAYS).toBe(14);
  });

  it.each([
    ['2016-03-27', ['RULE_CZ_HEARING_ANSWER_PERIOD_TOO_SHORT data.hearing.answerBy']], // 13 days
    ['2016-03-28', []], // 14 days
    ['2016-03-29', []],
  ])('a hearing of 14 March 2016 answered by %s', (answerBy, expected) => {
    expect(codes(hearing('2016-03-14', answerBy))).toEqual(expected);
  });

  it.each([
    ['2016-03-28', ['RULE_DATE_NOT_AFTER data.letterDate']], // before the answer date
    ['2016-03-29', ['RULE_DATE_NOT_AFTER data.letterDate']], // on it: an answer may still arrive that day
    ['2016-03-30', []],
  ])('answer by 29 March 2016, decision of %s', (letterDate, expected) => {
    expect(codes(hearing('2016-03-14', '2016-03-29', letterDate))).toEqual(expected);
  });

  it('the decision of the same day as the hearing is refused (review D3)', () => {
    expect(codes(hearing('2016-05-18', '2016-06-01'))).toEqual(['RULE_DATE_NOT_AFTER data.letterDate']);
  });

  it('the hearing puts the police assessment to the person: not before it', () => {
    expect(codes(hearing('2016-03-01', '2016-03-29'))).toEqual(['RULE_DATE_BEFORE data.hearing.date']);
    expect(codes(hearing('2016-03-02', '2016-03-29'))).toEqual([]);
  });

  it('the answer date is required with a hearing that was sent', () => {
    expect(codes(withData(lapse, { hearing: { kind: 'sent', date: '2016-03-14' } }))).toEqual([
      'INPUT_MISSING data.hearing.answerBy',
    ]);
  });
});

describe('dispensation dates (R-ASY-099)', () => {
  it.each([
    ['2016-05-17', ['RULE_DATE_BEFORE data.applicationDate']],
    ['2016-05-18', []],
    ['2016-05-19', []],
  ])('an application on %s after a lapse decision of 18 May 2016', (applicationDate, expected) => {
    expect(codes(withData(dispensation, { applicationDate }))).toEqual(expected);
    expect(codes(withData(granted, { lapseDecisionDate: '2016-05-18', applicationDate }))).toEqual(expected);
  });
});

describe('the removal section (R-ASY-001)', () => {
  it('is required for a §§ 7–8 holder in Denmark and refused otherwise', () => {
    expect(codes(withData(lapse, { removal: undefined }))).toEqual(['RULE_REMOVAL_DECISION_REQUIRED data.removal']);
    expect(codes(withData(lapse, { abroadAtDecision: true }))).toEqual(['RULE_REMOVAL_DECISION_NOT_ALLOWED data.removal']);
    expect(codes(withData(lapse, { permitBasis: 'other' }))).toEqual(['RULE_REMOVAL_DECISION_NOT_ALLOWED data.removal']);
  });
});

describe('the appeal lines: each provision with its own statement (R-ASY-097; review T4, T5, rows 33–34)', () => {
  const appealPart = (request: object) => {
    const text = danishText(request);
    return text.slice(text.indexOf('Klagevejledning'), text.indexOf('Hvis du har spørgsmål'));
  };

  it('the plan carries the provision of each statement, and none for the right of appeal', () => {
    expect(plan(lapse).appeal).toMatchObject({
      legalBasis: null,
      deadline: { kind: 'none', basis: '§ 53 a, stk. 2' },
      suspensive: { kind: 'unless-abroad', basis: '§ 53 a, stk. 2, sidste pkt.' },
    });
    expect(plan(sample('conflict-zone-lapse', 'lapse-in-denmark--other-basis')).appeal).toMatchObject({
      legalBasis: null,
      deadline: { kind: 'weeks-after-notification', weeks: 8, basis: '§ 52 b, stk. 6', asAStartingPoint: true },
      suspensive: { kind: 'special-reasons-only', basis: null },
    });
  });

  it('Flygtningenævnet: the body uncited; no deadline under § 53 a, stk. 2; suspensive under its last sentence', () => {
    const text = appealPart(lapse);
    expect(text).toContain('Du kan klage over afgørelsen til Flygtningenævnet.\n');
    expect(text).toContain('Der er ingen klagefrist, jf. udlændingelovens § 53 a, stk. 2.');
    expect(text).toContain(
      'En klage har opsættende virkning, jf. udlændingelovens § 53 a, stk. 2, sidste pkt., medmindre du er i udlandet, når du klager.',
    );
    expect(text).not.toContain('Flygtningenævnet, jf.');
  });

  it('Udlændingenævnet: "som udgangspunkt" and § 52 b, stk. 6 on the deadline; "kan kun tillægges" opsættende virkning', () => {
    const text = appealPart(sample('conflict-zone-lapse', 'lapse-in-denmark--other-basis'));
    expect(text).toContain('Du kan klage over afgørelsen til Udlændingenævnet.\n');
    expect(text).toContain(
      'Klagen skal som udgangspunkt være indgivet inden 8 uger efter, at afgørelsen er meddelt dig, jf. udlændingelovens § 52 b, stk. 6.',
    );
    expect(text).toContain('En klage kan kun tillægges opsættende virkning, hvis særlige grunde taler derfor.');
    expect(text).not.toContain('Udlændingenævnet, jf.');
    expect(text).not.toContain('domstolene');
  });

  it('EU-law person: suspensive unless imperative on grounds of public security, and the courts under § 52', () => {
    const text = appealPart(sample('conflict-zone-lapse', 'lapse-in-denmark--eu-law'));
    expect(text).toContain(
      'En klage har opsættende virkning, medmindre Udlændingenævnet finder, at afgørelsen er bydende nødvendig af hensyn til den offentlige sikkerhed.',
    );
    expect(text).toContain('Den endelige administrative afgørelse kan indbringes for domstolene, jf. udlændingelovens § 52.');
    expect(text).not.toContain('særlige grunde');
  });

  it('Nordic citizen abroad: no suspensive effect (no departure deadline), and the courts under § 52', () => {
    const text = appealPart(sample('conflict-zone-lapse', 'lapse-abroad--nordic'));
    expect(text).toContain('En klage har ikke opsættende virkning.');
    expect(text).toContain('jf. udlændingelovens § 52.');
  });
});

describe('no contradictions inside one letter (review T10, T11, L19, D6; R-ASY-095, R-ASY-098)', () => {
  const possible = withData(lapse, { removal: { possible: true, country: 'SY' } });

  it('removal barred: tolerated stay, and the police do not see to the departure', () => {
    const p = plan(lapse);
    expect(p.fields).toMatchObject({ toleratedStay: true, policeSeeToDeparture: false });
    const text = danishText(lapse);
    expect(text).toContain('tålt ophold');
    expect(text).toContain('Du skal udrejse af Danmark med det samme, jf. udlændingelovens § 30, stk. 1.');
    expect(text).not.toContain('sørger politiet for din udrejse');
  });

  it('removal possible: the police see to the departure, and no tolerated stay', () => {
    expect(plan(possible).fields).toMatchObject({ toleratedStay: false, policeSeeToDeparture: true });
    const text = danishText(possible);
    expect(text).toContain('sørger politiet for din udrejse, jf. udlændingelovens § 30, stk. 2');
    expect(text).not.toContain('tålt ophold');
  });

  it('another basis in Denmark (no removal decision): the police see to the departure', () => {
    const other = sample('conflict-zone-lapse', 'lapse-in-denmark--other-basis');
    expect(plan(other).fields).toMatchObject({ toleratedStay: false, policeSeeToDeparture: true });
  });

  it.each(['lapse-abroad', 'lapse-abroad--other-basis-shorter-ban', 'lapse-abroad--nordic'])(
    '%s: a person abroad is never told "også selv om du stadig opholder dig i Danmark", nor that the police see to departure',
    (name) => {
      const request = sample('conflict-zone-lapse', name);
      expect(plan(request).fields.policeSeeToDeparture).toBe(false);
      const text = danishText(request);
      expect(text).toContain('Da du opholder dig uden for Danmark');
      expect(text).toContain('Din kommune registrerer dig i CPR som udrejst fra denne dato.');
      expect(text).not.toContain('stadig opholder dig i Danmark');
      expect(text).not.toContain('sørger politiet');
    },
  );

  it('in Denmark the CPR sentence keeps "også selv om du stadig opholder dig i Danmark"', () => {
    expect(danishText(lapse)).toContain('også selv om du stadig opholder dig i Danmark');
  });
});

describe('EU-law persons and Nordic citizens (§ 21 b, stk. 1, 2. pkt.; src:1863–1865, 2303–2316)', () => {
  it('a right of residence lapses; EU-law persons get the free-movement paragraph', () => {
    const eu = danishText(sample('conflict-zone-lapse', 'lapse-in-denmark--eu-law'));
    expect(eu).toContain('Udlændingestyrelsen har truffet afgørelse om, at din opholdsret er bortfaldet');
    expect(eu).toContain('jf. udlændingelovens § 21 b, stk. 1, 2. pkt.');
    expect(eu).not.toContain('opholdstilladelse er bortfaldet');
    const nordic = danishText(sample('conflict-zone-lapse', 'lapse-abroad--nordic'));
    expect(nordic).toContain('konstateret, at din opholdsret er bortfaldet');
    expect(nordic).not.toContain('EU-reglerne');
  });

  it('no removal decision for them (R-ASY-001)', () => {
    expect(codes(withData(lapse, { permitBasis: 'eu-law' }))).toEqual(['RULE_REMOVAL_DECISION_NOT_ALLOWED data.removal']);
  });
});

describe('dispensation granted (§ 21 b, stk. 2; R-ASY-099, src:2135–2167)', () => {
  it('the variant; fully granted, so no appeal guidance', () => {
    const p = plan(granted);
    expect(p.variant).toBe('dispensation-granted');
    expect(p.appeal).toEqual({ kind: 'fully-granted', rules: ['R-ASY-099'] });
  });

  it('the letter says the permit is not regarded as lapsed and the entry ban lapses; no ban, departure or appeal section', () => {
    const text = danishText(granted);
    expect(text).toContain(
      'at imødekomme din ansøgning af 12. april 2016 om, at din opholdstilladelse ikke skal anses for bortfaldet',
    );
    expect(text).toContain('Dit indrejseforbud efter udlændingelovens § 32, stk. 11, bortfalder dermed.');
    expect(text).toContain('at du har godtgjort, at opholdet har eller har haft et anerkendelsesværdigt formål');
    for (const absent of ['Klagevejledning', 'Udrejse', 'gælder fortsat', 'finder ikke, at du har godtgjort'])
      expect(text).not.toContain(absent);
  });

  it('for an EU-law person: the right of residence', () => {
    expect(danishText(withData(granted, { permitBasis: 'eu-law' }))).toContain('din opholdsret ikke skal anses for bortfaldet');
  });
});

describe('follow-up actions besides the letter (3/15, notices to authorities; R-ASY-094, R-ASY-099)', () => {
  const steps = (request: object) =>
    (plan(request).followUp ?? []).map(({ action, to, due, rule }) => [
      action,
      to.kind === 'authority' ? to.authority.id : to.kind,
      due.kind === 'with-the-letter' ? due.date : due.kind,
      rule,
    ]);
  const notify = (date: string, rule: string) => [
    ['notify-section-21b-decision', 'police-district', date, rule],
    ['notify-section-21b-decision', 'police/pet', date, rule],
  ];

  it.each(['lapse-in-denmark', 'lapse-abroad', 'lapse-abroad--nordic'])(
    '%s: police district and PET at once; NEC registers the entry ban',
    (name) => {
      const request = sample('conflict-zone-lapse', name);
      const date = String(request.data.letterDate);
      expect(steps(request)).toEqual([
        ...notify(date, '3/15, src:2105–2108'),
        ['ask-register-entry-ban', 'police/nec', date, 'R-ASY-094'],
      ]);
    },
  );

  it('dispensation refused: police district and PET; the ban stays, so nothing for NEC', () => {
    expect(steps(dispensation)).toEqual(notify('2016-11-09', '3/15, src:2105–2108'));
  });

  it('dispensation granted: police district and PET; NEC deletes the entry ban (src:2162–2167)', () => {
    expect(steps(granted)).toEqual([
      ...notify('2016-08-17', 'R-ASY-099'),
      ['ask-delete-entry-ban', 'police/nec', '2016-08-17', 'R-ASY-099'],
    ]);
  });

  it('the actions are never printed in the letter', () => {
    const text = danishText(granted);
    for (const word of ['Kriminalregisteret', 'SIS II', 'PET']) expect(text).not.toContain(word);
  });
});
