/**
 * § 9 c, stk. 2 decisions (shared/domain/letters/deportation-obstacle-decision.md, R-ASY-030 to R-ASY-039):
 * the legal basis by date, the 18-month point and its exceptions, permit periods, the appeal per variant,
 * the copy to UCN and the re-opening guidance, each with the day before, on and after its limit.
 */
import { describe, expect, it } from 'vitest';
import type { CivilDate } from '../../src/domain/civil-date.ts';
import { planLetter, type World } from '../../src/engine.ts';
import {
  eighteenMonthPoint,
  lessThanOneMonthLeft,
  permitEnd,
  permitMonths,
  stayPurpose,
} from '../../src/letters/deportation-obstacle-decision/dates.ts';
import { legalBasisOn } from '../../src/letters/deportation-obstacle-decision/legal-basis.ts';
import type { Plan } from '../../src/letters/plan.ts';
import { configuredWorld } from '../support/configured-world.ts';
import { sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const d = (text: string) => text as CivilDate;
const LETTER = 'deportation-obstacle-decision';

function planOf(request: unknown, world: World = testWorld()) {
  const result = planLetter(request, world);
  if (!result.ok) return { problems: result.diagnostics.map((p) => `${p.code} ${p.path}`), plan: null };
  if (!result.value.outcome.due) throw new Error('a § 9 c, stk. 2 request always gives a decision');
  return { problems: [], plan: result.value.outcome.plan as Plan };
}

describe('R-ASY-039: the rules by the date of the asylum application', () => {
  it.each([
    ['1994-06-30', null],
    ['1994-07-01', 'law-1994'],
    ['1998-07-02', 'law-1994'],
    ['1998-07-03', 'law-1998'],
    ['2002-06-30', 'law-1998'],
    ['2002-07-01', 'current'],
    ['2016-05-01', 'current'],
  ])('applied %s → %s', (date, basis) => {
    expect(legalBasisOn(d(date))).toBe(basis);
  });

  it.each([
    ['1996-05-02', 'grant', 'RULE_DOO_OLD_REGIME_NOT_CONFIGURED data.asylumApplicationDate'],
    ['2000-05-02', 'grant', 'RULE_DOO_OLD_REGIME_NOT_CONFIGURED data.asylumApplicationDate'],
    ['2002-07-01', 'grant', 'grant'],
    ['1996-05-02', 'refusal', 'RULE_DOO_OLD_REGIME_NOT_CONFIGURED data.asylumApplicationDate'],
    ['2000-05-02', 'extension', 'RULE_DOO_OLD_REGIME_NOT_CONFIGURED data.asylumApplicationDate'],
    ['1996-05-02', 'refusal-present-basis', 'refusal-present-basis'],
    ['2000-05-02', 'refusal-present-basis', 'refusal-present-basis'],
  ])("asylum application %s, %s → %s (the old rules' content and consequences are OPEN: refused)", (date, name, expected) => {
    const { plan, problems } = planOf(withData(sample(LETTER, name), { asylumApplicationDate: date }));
    expect(plan?.variant ?? problems.join('; ')).toBe(expected);
  });

  it('before 1 July 1994 (OPEN) the letter is refused, never given a guessed basis', () => {
    const request = sample(LETTER, 'refusal-present-basis');
    const { problems } = planOf(withData(request, { asylumApplicationDate: '1994-06-30' }));
    expect(problems).toEqual(['RULE_DOO_LEGAL_BASIS_UNKNOWN data.asylumApplicationDate']);
    expect(planOf(withData(request, { asylumApplicationDate: '1994-07-01' })).plan?.fields.legalBasis).toBe('law-1994');
  });
});

describe('R-ASY-031/032: the 18-month point (OPEN month ends: clamped, the earlier date)', () => {
  it.each([
    ['2015-01-15', '2016-07-15'],
    ['2015-08-31', '2017-02-28'],
    ['2014-08-31', '2016-02-29'],
    ['2015-12-31', '2017-06-30'],
  ])('deadline expired %s → 18 months on %s', (expiry, point) => {
    expect(eighteenMonthPoint(d(expiry))).toBe(point);
  });

  it.each([
    // point 2017-02-28; one month before: 2017-01-28 (OPEN boundary: counts as "less than one month left")
    ['2017-01-27', false],
    ['2017-01-28', true],
    ['2017-01-29', true],
    ['2017-02-28', true],
  ])('applied %s: less than one month left → %s', (applied, left) => {
    expect(lessThanOneMonthLeft(d(applied), d('2017-02-28'))).toBe(left);
  });
});

describe('a first application: which variant', () => {
  // Latest departure deadline expired 2015-04-30 → 18 months on 2016-10-30; one month before: 2016-09-30.
  const base = withData(sample(LETTER, 'refusal-present-basis'), {
    finalAsylumRefusalDate: '2015-03-20',
    latestDepartureDeadline: '2015-04-30',
  });
  const apply = (applicationDate: string, letterDate: string, extra: object = {}) =>
    planOf(
      withData(base, {
        letterDate,
        request: { type: 'application', applicationDate, leftAsylumCentreSystem: false, ...extra },
      }),
      configuredWorld(),
    );
  const grantFacts = { unmetConditions: [] };

  it.each([
    // applied, decided, assessment → variant or problem
    ['2016-09-10', '2016-09-12', {}, 'refusal-present-basis'],
    ['2016-09-29', '2016-09-30', {}, 'refusal-present-basis'],
    ['2016-09-30', '2016-10-30', grantFacts, 'grant'],
    ['2016-10-01', '2016-10-30', grantFacts, 'grant'],
    ['2016-10-30', '2016-10-30', grantFacts, 'grant'],
    ['2016-10-31', '2016-10-31', grantFacts, 'grant'],
    ['2016-09-30', '2016-10-29', grantFacts, 'RULE_DOO_GRANT_BEFORE_18_MONTHS data.letterDate'],
    ['2016-09-30', '2016-10-30', {}, 'INPUT_MISSING data.request.unmetConditions'],
    ['2016-11-02', '2016-11-02', { unmetConditions: ['nr2'] }, 'INPUT_MISSING data.request.facts'],
    ['2016-11-02', '2016-11-02', { unmetConditions: ['nr3', 'nr2'], facts: ['x'] }, 'refusal'],
    ['2016-09-10', '2016-09-12', { leftAsylumCentreSystem: true }, 'rejection-absconded'],
    ['2016-11-02', '2016-11-02', { leftAsylumCentreSystem: true, ...grantFacts }, 'rejection-absconded'],
  ] as const)('applied %s, decided %s, %o → %s', (applied, decided, extra, expected) => {
    const { plan, problems } = apply(applied, decided, extra);
    expect(plan?.variant ?? problems.join('; ')).toBe(expected);
  });

  it('refusal: the conditions not met, in the order of the law', () => {
    const { plan } = apply('2016-11-02', '2016-11-02', { unmetConditions: ['nr3', 'nr1'], facts: ['x'] });
    expect(plan?.fields.unmetConditions).toEqual(['nr1', 'nr3']);
  });

  it('R-ASY-032: a short deferral is disregarded, so the 18 months run from the deadline before it', () => {
    const deferred = planOf(sample(LETTER, 'refusal-present-basis--short-deferral')).plan;
    expect(deferred?.fields).toMatchObject({ clockStart: '2015-09-30', eighteenMonthPoint: '2017-03-30', shortDeferral: true });
    const plain = planOf(
      withData(sample(LETTER, 'refusal-present-basis--short-deferral'), {
        request: { type: 'application', applicationDate: '2016-10-20', leftAsylumCentreSystem: false },
      }),
    ).plan;
    expect(plain?.fields).toMatchObject({ clockStart: '2016-03-15', eighteenMonthPoint: '2017-09-15', shortDeferral: false });
  });
});

describe('a decision before the latest departure deadline (issue 11, point 3; src:437–441, 459–464)', () => {
  const base = sample(LETTER, 'refusal-present-basis');
  it.each([
    ['2016-11-14', 'refusal-present-basis', true],
    ['2016-11-15', 'refusal-present-basis', false],
    ['2016-11-16', 'refusal-present-basis', false],
  ])('a refusal on the present basis dated 2016-11-15, deadline %s → %s (deadline passed: %s)', (deadline, variant, passed) => {
    const { plan } = planOf(withData(base, { latestDepartureDeadline: deadline }));
    expect(plan?.variant).toBe(variant);
    expect(plan?.fields.deadlinePassed).toBe(passed);
    expect(plan?.fields.pointPassed).toBe(false);
  });

  it("the review's D1: applied and decided before the deadline expires → the refusal on the present basis", () => {
    const { plan, problems } = planOf(sample(LETTER, 'refusal-present-basis--before-deadline'));
    expect(problems).toEqual([]);
    expect(plan?.fields).toMatchObject({ eighteenMonthPoint: '2018-05-30', deadlinePassed: false });
  });

  it('only a grant is barred before the 18-month point', () => {
    const grant = withData(base, {
      latestDepartureDeadline: '2016-11-30',
      request: { type: 'application', applicationDate: '2016-11-01', leftAsylumCentreSystem: false, unmetConditions: [] },
    });
    // Applied more than a month before the point: the refusal on the present basis, even when the officer finds the conditions met.
    expect(planOf(grant).plan?.variant).toBe('refusal-present-basis');
  });

  it('a permit (extension, revocation) is held only after the deadline: such a decision cannot precede it', () => {
    const extension = sample(LETTER, 'extension');
    expect(planOf(withData(extension, { latestDepartureDeadline: '2017-05-31' })).problems).toEqual([
      'RULE_DATE_BEFORE data.letterDate',
    ]);
  });

  it('the deadline before a short deferral must be earlier than the latest deadline', () => {
    const request = sample(LETTER, 'refusal-present-basis--short-deferral');
    const later = structuredClone(request);
    (later.data.request as { shortDeferral: object }).shortDeferral = { deadlineBeforeDeferral: '2016-03-16' };
    expect(planOf(later).problems).toEqual(['RULE_DATE_BEFORE data.latestDepartureDeadline']);
  });
});

describe('R-ASY-036: permit periods', () => {
  it.each([
    // period start, first grant → months
    ['2016-06-09', '2014-06-10', 12],
    ['2016-06-10', '2014-06-10', 24],
    ['2016-06-11', '2014-06-10', 24],
  ] as const)('a period from %s, first grant %s → %i months', (start, first, months) => {
    expect(permitMonths(d(start), d(first))).toBe(months);
  });

  it.each([
    // "højst 1 år" is a maximum: the day before the anniversary (issue 11, point 4; review row 9)
    ['2017-03-20', 12, '2018-03-19'],
    ['2016-02-28', 12, '2017-02-27'],
    ['2016-02-29', 12, '2017-02-28'],
    ['2016-03-01', 12, '2017-02-28'],
    ['2017-06-11', 24, '2019-06-10'],
    ['2016-02-29', 24, '2018-02-28'],
  ] as const)('from %s for at most %i months → until %s', (start, months, end) => {
    expect(permitEnd(d(start), months)).toBe(end);
  });

  it('a grant of 29 February 2016 does not run to 1 March 2017', () => {
    const leap = withData(sample(LETTER, 'grant'), { letterDate: '2016-02-29' });
    const request = structuredClone(leap);
    (request.data.request as { applicationDate: string }).applicationDate = '2016-01-07';
    const { plan, problems } = planOf(request);
    expect(problems).toEqual([]);
    expect(plan?.fields.permitUntil).toBe('2017-02-28');
  });

  it.each([
    ['2019-06-09', 'temporary'],
    ['2019-06-10', 'permanent-possible'],
    ['2019-06-11', 'permanent-possible'],
  ])('a period from %s, first grant 2014-06-10 → %s stay', (start, purpose) => {
    expect(stayPurpose(d(start), d('2014-06-10'))).toBe(purpose);
  });

  it('the grant runs at most 1 year from the decision; the extension at most 2 years from the day after the expiry', () => {
    expect(planOf(sample(LETTER, 'grant')).plan?.fields.permitUntil).toBe('2018-03-19');
    expect(planOf(sample(LETTER, 'extension')).plan?.fields).toMatchObject({ permitUntil: '2019-06-10', purpose: 'temporary' });
  });
});

describe('appeal guidance per variant', () => {
  const revocation = (stay: string, assessment?: string[]) =>
    withData(sample(LETTER, 'extension'), {
      letterDate: '2017-03-01',
      request: {
        type: 'revocation',
        permit: { firstGrantDate: '2010-06-10', expiryDate: '2017-06-10', stay },
        ground: 'basis-no-longer-exists',
        facts: ['x'],
        ...(assessment ? { section26Assessment: assessment } : {}),
      },
    });

  it('R-ASY-035: a refusal goes to the ministry, § 46 a, stk. 1, suspensive only for special reasons; deadline and fee unstated', () => {
    const appeal = planOf(sample(LETTER, 'refusal')).plan?.appeal;
    expect(appeal).toMatchObject({
      kind: 'appeal',
      body: { id: 'ministry/immigration' },
      legalBasis: '§ 46 a, stk. 1',
      deadline: { kind: 'not-stated' },
      suspensive: { kind: 'special-reasons-only', basis: '§ 33, stk. 3, 4. pkt.' },
      fee: { kind: 'not-stated' },
    });
  });

  it('the ministry stays named after its last attested entry: a 2017 refusal is produced, its entry flagged', () => {
    const refusal = sample(LETTER, 'refusal');
    const at = (letterDate: string) => planOf(withData(refusal, { letterDate })).plan?.appeal;
    const body = (letterDate: string) => {
      const appeal = at(letterDate);
      return appeal?.kind === 'appeal' ? appeal.body.from : null;
    };
    expect(body('2016-11-27')).toMatchObject({ entry: 'ministry/immigration@2016-09-08', validUntil: null, caution: null });
    expect(body('2016-11-28')?.caution).toMatch(/public record/);
    expect(body('2017-06-01')).toMatchObject({ entry: 'ministry/immigration@2016-09-08', validUntil: null });
  });

  it.each(['grant', 'extension'])('%s fully grants the request: no appeal guidance is needed', (name) => {
    expect(planOf(sample(LETTER, name)).plan?.appeal?.kind).toBe('fully-granted');
  });

  it('R-ASY-037: revocation is refused until its appeal body is configured (R-ASY-003)', () => {
    expect(planOf(revocation('temporary')).problems).toEqual(['APPEAL_GUIDANCE_NOT_CONFIGURED ']);
  });

  it.each([
    ['temporary', undefined, { kind: 'special-reasons-only', basis: '§ 33, stk. 3, 4. pkt.' }],
    ['permanent-possible', ['not particularly burdensome'], { kind: 'within-days', days: 7, basis: '§ 33, stk. 3, 1. pkt.' }],
  ] as const)(
    'R-ASY-037: a %s permit → suspensive %o (the source’s rule, whatever is configured)',
    (stay, assessment, suspensive) => {
      const appeal = planOf(revocation(stay, assessment ? [...assessment] : undefined), configuredWorld()).plan?.appeal;
      expect(appeal).toMatchObject({ kind: 'appeal', suspensive, rules: ['R-ASY-037', 'configured'] });
    },
  );

  it('R-ASY-037: the § 26, stk. 1 assessment is required for a permanent-stay permit and refused for a temporary one', () => {
    expect(planOf(revocation('permanent-possible'), configuredWorld()).problems).toEqual([
      'INPUT_MISSING data.request.section26Assessment',
    ]);
    expect(planOf(revocation('temporary', ['x']), configuredWorld()).problems).toEqual([
      'RULE_DOO_NO_SECTION_26_FOR_TEMPORARY data.request.section26Assessment',
    ]);
  });
});

describe('the set: copy to UCN and the re-opening guidance', () => {
  it.each(['refusal-present-basis', 'refusal', 'grant', 'extension', 'extension--with-reopening-guidance'])(
    'R-ASY-038: %s has a copy to the police, UCN',
    (name) => {
      expect(planOf(sample(LETTER, name)).plan?.copies.map((c) => [c.recipient.id, c.rule])).toEqual([
        ['police/ucn', 'R-ASY-038'],
      ]);
    },
  );

  const extension = (newEssentialInformation: boolean, outcome: object, asylumCase: object) =>
    withData(sample(LETTER, 'extension'), {
      request: {
        type: 'extension',
        applicationDate: '2017-04-18',
        permit: { firstGrantDate: '2014-06-10', expiryDate: '2017-06-10', stay: 'temporary' },
        outcome,
        newEssentialInformation,
        asylumCase,
      },
    });
  const refused = { kind: 'refused', ground: 'basis-no-longer-exists', facts: ['x'] };
  const board = { finallyDecidedBy: 'refugee-appeals-board' };
  const usManifest = { finallyDecidedBy: 'immigration-service', procedure: 'manifestly-unfounded' };

  it.each([
    [false, { kind: 'granted' }, board, 'extension', null],
    [true, { kind: 'granted' }, board, 'extension', 'extension-granted'],
    [true, { kind: 'granted' }, usManifest, 'extension', 'extension-granted'],
    [false, refused, board, 'refusal-to-extend', null],
    [true, refused, board, 'refusal-to-extend', 'extension-refused-board'],
    [true, refused, usManifest, 'refusal-to-extend', 'extension-refused-reopened'],
  ] as const)('new information %s, %o, %o → %s with re-opening guidance %s', (info, outcome, decidedBy, variant, companion) => {
    const { plan } = planOf(extension(info, outcome, decidedBy), configuredWorld());
    expect(plan?.variant).toBe(variant);
    const companions = plan?.companions ?? [];
    expect(companions.map((c) => [c.letter, c.plan.variant])).toEqual(companion ? [['reopening-guidance', companion]] : []);
    // The guidance refers to the decision it goes with: this letter's date.
    if (companion) expect(companions[0]?.plan.fields.extensionDecisionDate).toBe(plan?.letterDate);
  });
});
