/**
 * The decision after a refugee's trip to the home country (Asylmeddelelse 2/17, R-ASY-041 to R-ASY-049):
 * the order of assessment, the 10-year window and the two cut-off days with their edges, the contradictions,
 * and the appeal guidance (Flygtningenævnet for § 19, stk. 2, nr. 4; configuration or refusal otherwise).
 */
import { describe, expect, it } from 'vitest';
import { ok } from '../../src/diagnostics/diagnostic.ts';
import { parseCivilDate } from '../../src/domain/civil-date.ts';
import { planLetter } from '../../src/engine.ts';
import { chooseVariant, decide, tenYearEnd } from '../../src/letters/home-country-travel-revocation/rules.ts';
import { type Input, schema } from '../../src/letters/home-country-travel-revocation/schema.ts';
import { sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const base = sample('home-country-travel-revocation', 'revocation-19-2-4--burden-of-proof');
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
    ['2010-07-31', 'revocation-19-1-1'],
    ['2010-08-01', 'revocation-19-1-1'], // OPEN: the cut-off day itself is not "after"
    ['2010-08-02', 'revocation-19-2-4'],
  ])('a trip leaving Denmark on %s → %s', (departure, variant) => {
    expect(variantFor('2005-01-10', departure)).toBe(variant);
  });

  it('a trip is made on its departure: left on 1 August 2010, entered on the 2nd → not covered (OPEN, protective)', () => {
    expect(variantFor('2005-01-10', '2010-08-01', '2010-08-02')).toBe('revocation-19-1-1');
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

describe('the burden-of-proof rule covers trips after 5 February 2016 (R-ASY-045, OPEN reading)', () => {
  it.each([
    ['2016-02-04', false],
    ['2016-02-05', false],
    ['2016-02-06', true],
  ])('leaving Denmark on %s → presumption paragraph %s', (departure, expected) => {
    const request = withData(base, {
      trip: {
        ...(base.data.trip as object),
        departureFromDenmarkDate: departure,
        homeCountryEntryDate: '2016-02-07',
        returnToDenmarkDate: '2016-03-01',
      },
    });
    const result = planLetter(request, testWorld());
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    if (!result.value.outcome.due) throw new Error('expected a letter');
    expect(result.value.outcome.plan.fields.burdenOfProof).toBe(expected);
  });
});

describe('contradictions are refused (RULE_DATE_BEFORE)', () => {
  const codesFor = (changes: Record<string, unknown>) => {
    const result = planLetter(withData(base, changes), testWorld());
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
    expect(lapse({ ...without, ground: 'repatriation-act' })).toEqual(['APPEAL_GUIDANCE_NOT_CONFIGURED ']);
  });
});

describe('appeal guidance', () => {
  it('§ 19, stk. 2, nr. 4 → Flygtningenævnet, § 53 a, stk. 1, nr. 3; deadline, suspensive effect and fee not stated (R-ASY-048)', () => {
    const result = planLetter(base, testWorld());
    if (!result.ok || !result.value.outcome.due) throw new Error('expected a letter');
    expect(result.value.outcome.plan.appeal).toMatchObject({
      kind: 'appeal',
      body: { id: 'refugee-appeals-board', name: 'Flygtningenævnet' },
      legalBasis: '§ 53 a, stk. 1, nr. 3',
      deadline: { kind: 'not-stated' },
      suspensive: { kind: 'not-stated' },
      fee: { kind: 'not-stated' },
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
  });
});
