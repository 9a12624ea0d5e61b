/**
 * The decision after a refugee's trip to the home country (Asylmeddelelse 2/17, R-ASY-041 to R-ASY-049):
 * the order of assessment, the 10-year window and the two cut-off days with their edges (the officer's finding
 * where the dates leave them open), the contradictions, the findings the decision states, the appeal guidance
 * (every variant refused until legal review configures it) and the test-case referral.
 */
import { describe, expect, it } from 'vitest';
import { ok } from '../../src/diagnostics/diagnostic.ts';
import { parseCivilDate } from '../../src/domain/civil-date.ts';
import { planLetter } from '../../src/engine.ts';
import {
  BURDEN_OF_PROOF_CUT_OFF,
  chooseVariant,
  cutOffPosition,
  decide,
  SECTION_19_2_4_CUT_OFF,
  tenYearEnd,
} from '../../src/letters/home-country-travel-revocation/rules.ts';
import { type Input, schema } from '../../src/letters/home-country-travel-revocation/schema.ts';
import { configuredWorld } from '../support/configured-world.ts';
import { sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

// A § 19, stk. 2, nr. 4 revocation, refused until its appeal guidance is configured: planned with the test fixture.
const base = sample('home-country-travel-revocation', 'invalid/APPEAL_GUIDANCE_NOT_CONFIGURED--revocation-19-2-4');
const baseInput = (): Input => schema.parse(base.data);
const findings = (changes: Partial<Input['findings']>) => ({ ...baseInput().findings, ...changes });
const trip = (departure: string, entry = departure) => ({
  ...baseInput().trip,
  departureFromDenmarkDate: parseCivilDate(departure),
  homeCountryEntryDate: parseCivilDate(entry),
  returnToDenmarkDate: undefined,
});
const lapsed = {
  lapsed: true,
  ground: 'abroad-6-months',
  section17Stk4: 'residence-in-home-country',
  departureDate: parseCivilDate('2016-07-02'),
} as const;

describe('order of assessment (src:76–99)', () => {
  it.each([
    // lapsed, changed circumstances, basis gone, § 26 burdensome → variant, deciding rule
    [true, true, true, false, 'lapse', 'R-ASY-041'],
    [true, false, false, true, 'lapse', 'R-ASY-041'],
    [false, true, false, false, 'revocation-19-2-4', 'R-ASY-048'],
    [false, true, true, false, 'revocation-19-2-4', 'R-ASY-048'],
    [false, true, false, true, null, 'R-ASY-047'],
    [false, false, true, false, 'revocation-19-1-1', 'R-ASY-049'],
    [false, false, true, true, null, 'R-ASY-047'],
    [false, false, false, false, null, 'R-ASY-049'],
  ] as const)('lapsed %s, changed %s, basis gone %s, burdensome %s → %s (%s)', (lapse, changed, gone, burden, variant, rule) => {
    const input = {
      ...baseInput(),
      findings: findings({
        lapse: lapse ? lapsed : { lapsed: false },
        circumstancesChanged: changed,
        basisNoLongerPresent: gone,
        particularlyBurdensome: burden,
      }),
    };
    const chosen = chooseVariant(input);
    expect(chosen.variant).toBe(variant);
    expect(chosen.why.map((r) => r.rule)).toContain(rule);
  });
});

describe('§ 19, stk. 2, nr. 4 applies only within its dates (R-ASY-043, R-ASY-044, OPEN readings)', () => {
  // Changed circumstances and a gone basis: inside the window → 19-2-4, outside → the general rule 19-1-1.
  const variantFor = (firstGrant: string, departure: string, entry = departure) =>
    chooseVariant({
      ...baseInput(),
      permit: { ...baseInput().permit, firstGrantDate: parseCivilDate(firstGrant) },
      trip: trip(departure, entry),
      findings: findings({ circumstancesChanged: true, basisNoLongerPresent: true }),
    }).variant;

  it.each([
    ['2010-07-31', '2010-07-31', 'not-after'],
    ['2010-07-31', '2010-08-01', 'open'],
    ['2010-08-01', '2010-08-01', 'open'],
    ['2010-08-01', '2010-08-02', 'open'],
    ['2010-08-02', '2010-08-02', 'after'],
  ])('left Denmark %s, entered %s: against 1 August 2010 the dates say %s', (departure, entry, position) => {
    expect(cutOffPosition(trip(departure, entry), SECTION_19_2_4_CUT_OFF)).toBe(position);
  });

  it.each([
    ['2010-07-31', undefined, 'revocation-19-1-1'],
    ['2010-08-02', undefined, 'revocation-19-2-4'],
    ['2010-08-01', true, 'revocation-19-2-4'], // the officer found the trip made after the cut-off day
    ['2010-08-01', false, 'revocation-19-1-1'],
  ] as const)('a trip leaving Denmark on %s, officer finding %s → %s', (departure, finding, variant) => {
    const input = {
      ...baseInput(),
      permit: { ...baseInput().permit, firstGrantDate: parseCivilDate('2005-01-10') },
      trip: trip(departure),
      findings: findings({ circumstancesChanged: true, basisNoLongerPresent: true, tripMadeAfter1August2010: finding }),
    };
    expect(chooseVariant(input).variant).toBe(variant);
  });

  it.each([
    ['2016-03-14', 'revocation-19-2-4'],
    ['2016-03-15', 'revocation-19-1-1'], // OPEN: entry on the 10th anniversary is outside
    ['2016-03-16', 'revocation-19-1-1'],
  ])('first grant 15 March 2006, entry on %s → %s', (entry, variant) => {
    expect(variantFor('2006-03-15', '2016-03-01', entry)).toBe(variant);
  });

  it('a 29 February grant: the 10 years end on 28 February (the earlier day, OPEN, protective)', () => {
    expect(tenYearEnd(parseCivilDate('2008-02-29'))).toBe('2018-02-28');
    expect(variantFor('2008-02-29', '2018-02-20', '2018-02-27')).toBe('revocation-19-2-4');
    expect(variantFor('2008-02-29', '2018-02-20', '2018-02-28')).toBe('revocation-19-1-1');
  });

  it('the decisive date is the entry, not the discovery: found out after the 10 years, still covered (R-ASY-044)', () => {
    const input = {
      ...baseInput(),
      permit: { ...baseInput().permit, firstGrantDate: parseCivilDate('2006-03-15') },
      trip: trip('2016-03-01', '2016-03-14'),
      learnedOfTripDate: parseCivilDate('2017-01-05'),
    };
    expect(chooseVariant(input).variant).toBe('revocation-19-2-4');
  });
});

describe('the burden-of-proof rule covers trips made after 5 February 2016: the officer decides where the dates do not (R-ASY-045, OPEN)', () => {
  it.each([
    ['2016-02-03', '2016-02-04', undefined, false],
    ['2016-02-04', '2016-02-07', undefined, 'RULE_HCT_TRIP_CUT_OFF_FINDING_REQUIRED data.findings.tripMadeAfter5February2016'],
    ['2016-02-05', '2016-02-05', true, true],
    ['2016-02-05', '2016-02-07', false, false],
    ['2016-02-06', '2016-02-07', undefined, true],
    ['2016-02-06', '2016-02-07', true, true],
    [
      '2016-02-06',
      '2016-02-07',
      false,
      'RULE_HCT_TRIP_CUT_OFF_FINDING_CONTRADICTS_DATES data.findings.tripMadeAfter5February2016',
    ],
  ] as const)('left %s, entered %s, officer finding %s → presumption paragraph %s', (departure, entry, finding, expected) => {
    const request = withData(base, {
      trip: {
        ...(base.data.trip as object),
        departureFromDenmarkDate: departure,
        homeCountryEntryDate: entry,
        returnToDenmarkDate: '2016-03-01',
      },
      findings: { ...(base.data.findings as object), tripMadeAfter5February2016: finding },
    });
    const result = planLetter(request, configuredWorld());
    if (!result.ok) return expect(result.diagnostics.map((d) => `${d.code} ${d.path}`)).toEqual([expected]);
    if (!result.value.outcome.due) throw new Error('expected a letter');
    expect(result.value.outcome.plan.fields.burdenOfProof).toBe(expected);
    expect(cutOffPosition(trip(departure, entry), BURDEN_OF_PROOF_CUT_OFF)).toBe(
      departure > '2016-02-05' ? 'after' : entry < '2016-02-05' ? 'not-after' : 'open',
    );
  });

  it('the 1 August 2010 finding is asked for only where the dates leave it open, and never for a lapse', () => {
    const planned = (departure: string, entry: string, lapse: object = { lapsed: false }) =>
      planLetter(
        withData(base, {
          permit: { ...(base.data.permit as object), firstGrantDate: '2005-01-10' },
          trip: {
            ...(base.data.trip as object),
            departureFromDenmarkDate: departure,
            homeCountryEntryDate: entry,
            returnToDenmarkDate: undefined,
          },
          findings: { ...(base.data.findings as object), basisNoLongerPresent: true, lapse },
        }),
        configuredWorld(),
      );
    const open = planned('2010-07-30', '2010-08-01');
    expect(open.ok ? [] : open.diagnostics.map((d) => `${d.code} ${d.path}`)).toEqual([
      'RULE_HCT_TRIP_CUT_OFF_FINDING_REQUIRED data.findings.tripMadeAfter1August2010',
    ]);
    expect(planned('2010-07-30', '2010-07-31').ok).toBe(true);
    expect(planned('2010-07-30', '2010-08-01', { ...lapsed, departureDate: '2010-07-30' }).ok).toBe(true);
  });
});

describe('contradictions are refused (RULE_DATE_BEFORE)', () => {
  const codesFor = (changes: Record<string, unknown>) => {
    const result = planLetter(withData(base, changes), configuredWorld());
    return result.ok ? [] : result.diagnostics.map((d) => `${d.code} ${d.path}`);
  };
  const tripWith = (changes: Record<string, unknown>) => ({ trip: { ...(base.data.trip as object), ...changes } });

  it.each([
    ['2012-06-13', ['RULE_DATE_BEFORE data.trip.departureFromDenmarkDate']],
    ['2012-06-14', []],
    ['2012-06-15', []],
  ])('a trip leaving on %s, first grant 14 June 2012', (departure, expected) => {
    expect(
      codesFor(
        tripWith({ departureFromDenmarkDate: departure, homeCountryEntryDate: '2012-06-20', returnToDenmarkDate: undefined }),
      ),
    ).toEqual(expected);
  });

  it('entry before departure, return before entry', () => {
    expect(codesFor(tripWith({ homeCountryEntryDate: '2016-07-01' }))).toEqual([
      'RULE_DATE_BEFORE data.trip.homeCountryEntryDate',
    ]);
    expect(codesFor(tripWith({ returnToDenmarkDate: '2016-07-02' }))).toEqual(['RULE_DATE_BEFORE data.trip.returnToDenmarkDate']);
  });

  it.each([
    ['2017-03-19', ['RULE_DATE_BEFORE data.departureDeadline']],
    ['2017-03-20', []],
    ['2017-03-21', []],
  ])('a departure deadline of %s for a letter of 20 March 2017', (deadline, expected) => {
    expect(codesFor({ departureDeadline: deadline })).toEqual(expected);
  });

  it('the letter cannot be dated before US learned of the trip', () => {
    expect(codesFor({ learnedOfTripDate: '2017-03-21' })).toEqual(['RULE_DATE_BEFORE data.letterDate']);
  });

  it('a §§ 7–8 lapse needs its § 17, stk. 4 finding; a § 17 a lapse does not (R-ASY-042)', () => {
    const { section17Stk4: _, ...without } = lapsed;
    const lapse = (l: object) => codesFor({ findings: { ...(base.data.findings as object), lapse: l } });
    expect(lapse(without)).toEqual(['RULE_LAPSE_17_4_REQUIRED data.findings.lapse.section17Stk4']);
    expect(lapse({ ...without, ground: 'repatriation-act' })).toEqual([]);
  });
});

describe('the findings the decision states (R-ASY-046)', () => {
  const codesFor = (trip: object, findings: object = {}) => {
    const request = withData(base, {
      trip: { ...(base.data.trip as object), ...trip },
      findings: { ...(base.data.findings as object), ...findings },
    });
    const result = planLetter(request, configuredWorld());
    return result.ok ? [] : result.diagnostics.map((d) => `${d.code} ${d.path}`);
  };

  it('a presumption found rebutted cannot stand beside a revocation founded on it (review D5, T8)', () => {
    expect(codesFor({}, { specialCircumstancesShown: true })).toEqual([
      'RULE_HCT_PRESUMPTION_REBUTTED_REVOCATION data.findings.specialCircumstancesShown',
    ]);
    expect(codesFor({}, { specialCircumstancesShown: false })).toEqual([]);
    // Outside the burden-of-proof rule there is no presumption to rebut: the finding is not printed.
    const before2016 = {
      departureFromDenmarkDate: '2015-07-02',
      homeCountryEntryDate: '2015-07-03',
      returnToDenmarkDate: '2015-08-20',
    };
    expect(codesFor(before2016, { specialCircumstancesShown: true })).toEqual([]);
  });

  it.each([
    ['no-contact', undefined, ['RULE_HCT_EXPLANATION_FINDING_REQUIRED data.trip.explanationConvincing']],
    ['no-contact', false, []],
    ['despite-refusal', undefined, ['RULE_HCT_EXPLANATION_FINDING_REQUIRED data.trip.explanationConvincing']],
    ['despite-refusal', true, []],
    ['lifted-on-application', undefined, []],
    ['lifted-on-application', true, ['RULE_HCT_EXPLANATION_FINDING_NOT_ALLOWED data.trip.explanationConvincing']],
    ['no-restriction', false, ['RULE_HCT_EXPLANATION_FINDING_NOT_ALLOWED data.trip.explanationConvincing']],
  ] as const)('travel endorsement %s, explanation convincing %s → %j', (travelEndorsement, explanationConvincing, expected) => {
    expect(codesFor({ travelEndorsement, explanationConvincing })).toEqual(expected);
  });
});

describe('appeal guidance and the test-case referral', () => {
  it('§ 19, stk. 2, nr. 4 is refused until legal review configures deadline, suspensive effect and fee (R-ASY-048, review row 26)', () => {
    const refused = planLetter(base, testWorld());
    expect(refused.ok ? null : refused.diagnostics).toEqual([
      {
        code: 'APPEAL_GUIDANCE_NOT_CONFIGURED',
        path: '',
        params: { letter: 'home-country-travel-revocation', variant: 'revocation-19-2-4', rule: 'R-ASY-048' },
      },
    ]);
    const configured = planLetter(base, configuredWorld());
    if (!configured.ok || !configured.value.outcome.due) throw new Error('expected a letter');
    expect(configured.value.outcome.plan.appeal).toMatchObject({ kind: 'appeal', rules: ['R-ASY-048', 'configured'] });
  });

  it('§ 19, stk. 2, nr. 4: the office refers the case to Flygtningenævnet as a test case, with the letter (R-ASY-048)', () => {
    const result = planLetter(base, configuredWorld());
    if (!result.ok || !result.value.outcome.due) throw new Error('expected a letter');
    const [referral, ...more] = result.value.outcome.plan.followUp ?? [];
    expect(more).toEqual([]);
    expect(referral).toMatchObject({
      action: 'refer-test-case',
      actor: { id: 'immigration-service/asylum' },
      to: { kind: 'authority', authority: { id: 'refugee-appeals-board' } },
      due: { kind: 'with-the-letter', date: base.data.letterDate },
      rule: 'R-ASY-048',
    });
  });

  it('lapse and § 19, stk. 1, nr. 1 are refused until legal review configures them (R-ASY-003), then use the entry', () => {
    const input = { ...baseInput(), findings: findings({ lapse: lapsed }) };
    const refused = decide(input, testWorld());
    expect(refused.ok ? null : refused.diagnostics).toEqual([
      {
        code: 'APPEAL_GUIDANCE_NOT_CONFIGURED',
        path: '',
        params: { letter: 'home-country-travel-revocation', variant: 'lapse', rule: 'R-ASY-003' },
      },
    ]);
    const configured = decide(input, {
      authorities: testWorld().authorities,
      appealConfiguration: {
        for: () =>
          ok({
            body: 'immigration-appeals-board',
            legalBasis: '§ 00',
            deadline: { kind: 'none', basis: '§ 0 (test)' },
            suspensive: { kind: 'no', basis: null },
            fee: { kind: 'none' },
            decidedBy: 'test',
            decidedOn: '2017-01-01',
          }),
      },
    });
    if (!configured.ok || !configured.value.due) throw new Error('expected a letter');
    expect(configured.value.plan.appeal).toMatchObject({
      kind: 'appeal',
      body: { id: 'immigration-appeals-board' },
      legalBasis: '§ 00',
    });
    expect(configured.value.plan.followUp).toEqual([]); // the test-case referral belongs to § 19, stk. 2, nr. 4 only
  });
});
