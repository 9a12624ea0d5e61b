/**
 * The permanent-residence decision's rules end to end through planLetter: the path chosen (R-PR-011, R-PR-070,
 * R-PR-090), every unmet condition as a ground (R-PR-027, R-PR-029, R-PR-045 to R-PR-060), the extension sent with
 * a refusal (R-PR-110), the hearing's answer date (R-PR-107), the appeal guidance (R-PR-130, R-PR-131) and the
 * extension part-decision's limits.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CivilDate } from '../../src/domain/civil-date.ts';
import { projectPath } from '../../src/domain/project-path.ts';
import { planLetter } from '../../src/engine.ts';
import { isBuilt, lastFilingDay, RULE_SETS } from '../../src/letters/permanent-residence-decision/rule-set.ts';
import { extensionDue, STAY_MEASURED_AT } from '../../src/letters/permanent-residence-decision/rules.ts';
import { longestEnd, passportCap, shortestEnd } from '../../src/letters/temporary-permit-extension/rules.ts';
import { configuredWorld } from '../support/configured-world.ts';
import { type Envelope, sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const grant = sample('permanent-residence-decision', 'grant-6-year');
const refusal = sample('permanent-residence-decision', 'invalid/APPEAL_GUIDANCE_NOT_CONFIGURED--refusal');
const extension = sample('temporary-permit-extension', 'extension');

const plan = (request: Envelope, world = configuredWorld()) => {
  const result = planLetter(request, world);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  if (!result.value.outcome.due) throw new Error('expected a letter');
  return result.value.outcome.plan;
};
const codes = (request: Envelope, world = configuredWorld()) => {
  const result = planLetter(request, world);
  return result.ok ? [] : result.diagnostics.map((x) => `${x.code} ${x.path}`);
};
const conditions = (request: Envelope) => (plan(request).fields.grounds as { condition: string }[]).map((g) => g.condition);

describe('R-PR-011: the path', () => {
  it('6 years and 2 of 4 supplementary → grant-6-year; the same with only 1 → refusal', () => {
    expect(plan(grant).variant).toBe('grant-6-year');
    // 2 met (citizenship test, income); without the citizenship test only 1 (income).
    const twoMet = withData(grant, { danish: 'pd2' });
    expect(plan(twoMet).variant).toBe('grant-6-year');
    const oneMet = withData(grant, { danish: 'pd2', citizenship: 'none' });
    expect(plan(oneMet).variant).toBe('refusal');
    expect(conditions(oneMet)).toEqual(['supplementary']);
  });
  it('4 years with all 4 supplementary → grant-4-year; with 3 → refusal stating the stay', () => {
    expect(plan(sample('permanent-residence-decision', 'grant-4-year')).variant).toBe('grant-4-year');
    const three = withData(sample('permanent-residence-decision', 'grant-4-year'), { citizenship: 'none' });
    expect(plan(three).variant).toBe('refusal');
    expect(conditions(three)).toEqual(['stay']);
    expect(plan(three).fields.grounds).toMatchObject([{ shorterPathNeeds: 'all-four', years: 4, months: 8 }]);
  });
  it('R-PR-090: a pensioner needs no employment, and one of stk. 4, nr. 1 and 4', () => {
    const pensioner = sample('permanent-residence-decision', 'grant-pensioner');
    expect(plan(pensioner).variant).toBe('grant-pensioner');
    const neither = withData(pensioner, { citizenship: 'none' });
    expect(conditions(neither)).toEqual(['supplementary']);
    expect(plan(neither).fields.track).toBe('pensioner');
  });
  it('R-PR-070: young — filed before the 19th birthday (the day before / of / after)', () => {
    const young = sample('permanent-residence-decision', 'grant-young');
    expect(plan(withData(young, { filingDate: '2017-01-19', screeningDate: '2017-01-25' })).variant).toBe('grant-young');
    expect(plan(withData(young, { filingDate: '2017-01-20', screeningDate: '2017-01-25' })).variant).toBe('refusal');
    expect(plan(withData(young, { filingDate: '2017-01-21', screeningDate: '2017-01-25' })).fields.track).toBe('standard');
    expect(plan(withData(young, { inEducationOrWorkSinceSchool: false })).variant).toBe('refusal');
  });
});

describe('R-PR-072: strong ties (§ 11, stk. 13): age, presence, crime, debt and Danish only', () => {
  const ties = sample('permanent-residence-decision', 'grant-strong-ties');
  it('grants without 6 years, employment, public-help, declaration or supplementary conditions', () => {
    expect(plan(ties).variant).toBe('grant-strong-ties');
    expect(plan(withData(ties, { publicHelp: [{ from: '2016-01-01', to: '2016-03-31', kind: 'support' }] })).variant).toBe(
      'grant-strong-ties',
    );
  });
  it('a refusal lists only the conditions the group must meet, and the track decides the warning', () => {
    const refused = withData(ties, {
      temporaryPermitExpires: '2017-12-31',
      danish: 'none',
      debts: [{ type: 'day-care-payment', amount: 1200, dueDate: '2016-12-01', deferral: 'none' }],
    });
    expect(plan(refused).variant).toBe('refusal');
    expect(plan(refused).fields.track).toBe('strong-ties');
    expect(conditions(refused)).toEqual(['debt', 'danish']);
  });
});

describe('R-PR-111: § 9 b holders — a copy to the ministry, no extension here, the extension forwarded within 3 months', () => {
  // a fixture, not a sample, while its render is refused (tests/delivery/window-authority.test.ts)
  const holder = JSON.parse(
    readFileSync(projectPath('tests/fixtures/permanent-residence-section-9b-holder.json'), 'utf8'),
  ) as Envelope;
  const refused = (expires: string) => withData(holder, { danish: 'none', temporaryPermitExpires: expires });
  it('every decision goes to the ministry as a copy', () => {
    expect(plan(holder).copies.map((c) => [c.recipient.id, c.rule])).toEqual([['ministry/immigration', 'R-PR-111']]);
    expect(plan(grant).copies).toEqual([]);
  });
  it.each([
    ['2017-02-14', 'Udlændinge-, Integrations- og Boligministeriet', null],
    ['2017-02-15', 'Udlændinge-, Integrations- og Boligministeriet', null],
    ['2017-02-16', null, '2017-02-16'],
  ])(
    'decided 2016-11-15, permit expires %s → forwarded to %s, validity stated %s (exactly 3 months: forwarded, OPEN)',
    (expires, to, until) => {
      const p = plan(refused(expires));
      expect(p.fields.extensionForwardedTo).toBe(to);
      expect(p.fields.permitValidUntil).toBe(until);
      expect(p.companions).toBeUndefined();
    },
  );
  it('no extension part-decision for a § 9 b holder, even within 6 months', () => {
    expect(codes(withData(refused('2017-01-31'), { extension: refusal.data.extension }))).toEqual([
      'RULE_PR_EXTENSION_NOT_DUE data.extension',
    ]);
  });
});

describe('R-PR-001: the rule set by filing date, through the whole pipeline, the day before / of / after each cut-over', () => {
  const filed = (date: string) => withData(grant, { filingDate: date, screeningDate: date });
  const refusedWith = (date: string) => {
    const result = planLetter(filed(date), configuredWorld());
    if (result.ok) return null;
    return result.diagnostics.map((x) => ({ code: x.code, path: x.path, params: x.params }));
  };
  it.each([
    ['1998-12-31', null],
    ['1999-01-01', 'filed-1999-01-01'],
    ['2002-02-27', 'filed-1999-01-01'],
    ['2002-02-28', 'filed-2002-02-28'],
    ['2006-03-31', 'filed-2002-02-28'],
    ['2006-04-01', 'filed-2006-04-01'],
    ['2006-06-30', 'filed-2006-04-01'],
    ['2006-07-01', 'filed-2006-07-01'],
    ['2010-03-25', 'filed-2006-07-01'],
    ['2010-03-26', 'filed-2010-03-26'],
    ['2012-06-30', 'filed-2010-03-26'],
    ['2012-07-01', 'filed-2012-07-01'],
    ['2015-12-09', 'filed-2012-07-01'],
  ])('filed %s: refused, naming rule set %s', (date, ruleSet) => {
    const refused = refusedWith(date);
    if (ruleSet === null) {
      expect(refused).toEqual([
        { code: 'RULE_PR_FILING_DATE_NOT_COVERED', path: 'data.filingDate', params: { rule: 'R-PR-001' } },
      ]);
      return;
    }
    const set = RULE_SETS.find((s) => s.id === ruleSet);
    expect(refused).toEqual([
      {
        code: 'RULE_PR_RULE_SET_NOT_BUILT',
        path: 'data.filingDate',
        params: {
          ruleSet,
          law: set?.law,
          filedFrom: set?.filedFrom,
          filedUntil: set && lastFilingDay(set),
          unworded: set?.unworded.join(', '),
          rule: 'R-PR-001',
        },
      },
    ]);
    expect(set?.unworded).toContain('provisions');
  });
  it.each(['2015-12-10', '2015-12-11'])('filed %s: the current rules decide, and the plan and the letter name them', (date) => {
    const decided = plan(filed(date));
    expect(decided.fields.ruleSet).toBe('filed-2015-12-10');
    expect(decided.why[0]).toEqual({
      rule: 'R-PR-001',
      because: `filed ${date}: rule set filed-2015-12-10 (lov nr. 102 af 3. februar 2016)`,
    });
  });
  it('each invalid sample of an unbuilt rule set is named after the rule set it is refused for', () => {
    for (const set of RULE_SETS.filter((s) => !isBuilt(s))) {
      const request = sample('permanent-residence-decision', `invalid/RULE_PR_RULE_SET_NOT_BUILT--${set.id}`);
      const result = planLetter(request, configuredWorld());
      expect(result.ok ? null : result.diagnostics[0]?.params, set.id).toMatchObject({ ruleSet: set.id });
    }
  });
});

describe('R-PR-073 (OPEN): the disability dispensation is refused until its provision is settled', () => {
  it('refused with its own code, before any condition is judged', () => {
    expect(codes(withData(grant, { disabilityDispensation: true }))).toEqual([
      'RULE_PR_DISABILITY_PROVISION_NOT_CONFIGURED data.disabilityDispensation',
    ]);
  });
});

describe('every unmet condition is a ground, with its figures, in the grounds table order', () => {
  it('the refusal sample: the interrupted stay (R-PR-027), public help (R-PR-046), employment (R-PR-050), supplementary (R-PR-060)', () => {
    const p = plan(refusal);
    expect(p.variant).toBe('refusal');
    expect(conditions(refusal)).toEqual(['stay', 'public-help', 'employment', 'supplementary']);
    expect(p.fields.grounds).toMatchObject([
      { condition: 'stay', interruption: { permitEnded: '2012-04-30', newPermitFrom: '2012-07-16' }, deductedDays: 120 },
      { condition: 'public-help', windowFrom: '2013-10-03', periods: [{ from: '2014-11-01', to: '2015-01-31' }] },
      { condition: 'employment', years: 1, months: 9, windowFrom: '2014-03-01', windowTo: '2017-02-28' },
      { condition: 'supplementary', metCount: 1, required: 2 },
    ]);
    expect(p.why.map((r) => r.rule)).toContain('R-PR-027');
  });
  it('R-PR-029, R-PR-048, R-PR-049, R-PR-057, R-PR-010: each listed, none dropped because another suffices', () => {
    const all = withData(grant, {
      inDenmarkAtDecision: false,
      declarationAccepted: false,
      danish: 'none',
      employedAtDecision: false,
      applicant: { name: 'Amira Haddad', dateOfBirth: '1999-02-01' },
    });
    expect(conditions(all)).toEqual(['age', 'in-denmark', 'declaration', 'danish', 'continued-employment']);
  });
  it('R-PR-040, R-PR-041: exclusion or a running waiting period, with the date it ends', () => {
    const excluded = withData(grant, {
      judgments: [
        {
          kind: 'unconditional',
          finalJudgmentDate: '2012-05-04',
          length: { unit: 'years', count: 1 },
          releaseDate: '2012-12-01',
          listedOffence: false,
        },
      ],
    });
    expect(plan(excluded).fields.grounds).toEqual([
      { condition: 'crime-excluded', because: 'one-year-or-more', judgmentDate: '2012-05-04' },
    ]);
    const waiting = withData(grant, {
      judgments: [{ kind: 'conditional', finalJudgmentDate: '2013-01-10', probationEnds: '2015-01-10' }],
    });
    expect(plan(waiting).fields.grounds).toEqual([
      { condition: 'crime-waiting', period: 'conditional-4y6m', clearFrom: '2017-07-10', judgmentDate: '2013-01-10' },
    ]);
  });
  it('R-PR-045: overdue debt with its amount and due date', () => {
    const indebted = withData(grant, {
      debts: [{ type: 'taxes-and-duties', amount: 4312.5, dueDate: '2016-11-01', deferral: 'none' }],
    });
    expect(plan(indebted).fields.grounds).toEqual([
      {
        condition: 'debt',
        overdue: [{ type: 'taxes-and-duties', amount: 4312.5, dueDate: '2016-11-01' }],
        deferredTotal: 0,
        limit: null,
      },
    ]);
  });
  it(`R-PR-021 (OPEN): the stay is measured at the ${STAY_MEASURED_AT}`, () => {
    // Stay from 2010-08-01: 6 years on 2016-08-01; filed before, decided after → counted at the decision.
    const p = plan(
      withData(grant, {
        filingDate: '2016-06-01',
        screeningDate: '2016-06-10',
        letterDate: '2016-08-01',
        temporaryPermitExpires: '2017-08-31',
      }),
    );
    expect(p.variant).toBe('grant-6-year');
  });
});

describe('R-PR-110: the extension part-decision goes with a refusal when the permit expires within 6 months', () => {
  it.each([
    ['2017-09-14', true],
    ['2017-09-15', true],
    ['2017-09-16', false],
  ])('decided 2017-03-15, permit expires %s → extension due %s', (expires, due) => {
    expect(extensionDue(withData(refusal, { temporaryPermitExpires: expires }).data as never)).toBe(due);
  });
  it('the refusal carries the extension as companion; without the facts it is refused; a grant never carries one', () => {
    expect(plan(refusal).companions?.map((c) => [c.letter, c.plan.variant])).toEqual([
      ['temporary-permit-extension', 'extension'],
    ]);
    expect(codes(withData(refusal, { extension: undefined }))).toEqual(['RULE_PR_EXTENSION_REQUIRED data.extension']);
    expect(codes(withData(grant, { extension: refusal.data.extension }))).toEqual(['RULE_PR_EXTENSION_NOT_DUE data.extension']);
    expect(plan(withData(refusal, { temporaryPermitExpires: '2017-09-16', extension: undefined })).fields.permitValidUntil).toBe(
      '2017-09-16',
    );
  });
  it("the extension's own limits are reported at its path inside the refusal", () => {
    const short = withData(refusal, { extension: { ...(refusal.data.extension as object), extendedUntil: '2017-12-31' } });
    expect(codes(short)).toEqual(['RULE_TPE_SHORTER_THAN_6_MONTHS data.extension.extendedUntil']);
  });
});

describe('R-PR-114, R-PR-104: the residence card of a grant', () => {
  it('asks for the old card, holds the card back for biometrics, or prints V-CARD-NATIONALITY', () => {
    expect(plan(grant).fields.card).toEqual({ sendOldCard: true, biometricsPending: false, nationality: null });
    expect(plan(sample('permanent-residence-decision', 'grant-4-year')).fields.card).toMatchObject({ biometricsPending: true });
    expect(
      plan(sample('permanent-residence-decision', 'grant-6-year--nationality-under-investigation')).fields.card,
    ).toMatchObject({
      nationality: { cpr: 'SY', stated: 'LB' },
    });
    expect(plan(withData(refusal, {})).fields.card).toBeNull();
  });
});

describe('R-PR-004, R-PR-102: dates that contradict each other are refused', () => {
  it('a decision before the filing date, a screening before filing or after the decision', () => {
    expect(codes(withData(grant, { letterDate: '2016-10-02' }))).toContain('RULE_DATE_BEFORE data.letterDate');
    expect(codes(withData(grant, { screeningDate: '2016-10-02' }))).toEqual(['RULE_DATE_BEFORE data.screeningDate']);
    expect(codes(withData(grant, { screeningDate: '2017-03-16' }))).toEqual(['RULE_DATE_BEFORE data.letterDate']);
  });
  it("R-PR-052 (OPEN): the employment window is the law's 3 years, not the handbook's 5", () => {
    expect(plan(refusal).fields.grounds).toContainEqual(
      expect.objectContaining({ condition: 'employment', windowFrom: '2014-03-01' }),
    );
  });
});

describe('R-PR-107: the decision waits for the answer of a hearing (pr-answer-date.ts)', () => {
  it.each([
    ['2017-03-13', undefined, []],
    ['2017-03-14', undefined, []],
    ['2017-03-15', undefined, ['RULE_PR_DECISION_BEFORE_ANSWER_DATE data.letterDate']],
    ['2017-03-16', undefined, ['RULE_PR_DECISION_BEFORE_ANSWER_DATE data.letterDate']],
    ['2017-03-20', '2017-03-15', []],
    ['2017-03-20', '2017-03-16', ['RULE_PR_DECISION_BEFORE_ANSWER_DATE data.letterDate']],
  ])('decided 2017-03-15, answer by %s, replied %s → %o', (answerBy, repliedOn, expected) => {
    const hearing = repliedOn ? { date: '2017-02-20', answerBy, repliedOn } : { date: '2017-02-20', answerBy };
    expect(codes(withData(grant, { hearing }))).toEqual(expected);
  });
});

describe('R-PR-130, R-PR-131: the appeal guidance of a refusal is OPEN and refused until configured', () => {
  it('production: APPEAL_GUIDANCE_NOT_CONFIGURED for the refusal, by fee group; a grant needs none', () => {
    expect(codes(refusal, testWorld())).toEqual(['APPEAL_GUIDANCE_NOT_CONFIGURED ']);
    const feeGroup = planLetter(withData(refusal, { appealFeeGroup: true }), testWorld());
    expect(feeGroup.ok ? null : feeGroup.diagnostics[0]?.params).toMatchObject({
      variant: 'refusal-fee-group',
      rule: 'R-PR-130',
    });
    expect(plan(grant, testWorld()).appeal).toEqual({ kind: 'fully-granted', rules: ['R-PR-011'] });
  });
});

describe('the extension part-decision (R-PR-110): 6 months at least, 6 years at most, 3 months inside the passport', () => {
  const expires = '2017-06-30' as CivilDate;
  it('limits computed from the expiry and the passport', () => {
    expect(shortestEnd(expires)).toBe('2017-12-31');
    expect(longestEnd(expires)).toBe('2023-06-30');
    expect(passportCap('2022-02-28' as CivilDate)).toBe('2021-11-28');
  });
  it.each([
    ['2017-12-30', ['RULE_TPE_SHORTER_THAN_6_MONTHS data.extendedUntil']],
    ['2017-12-31', []],
    ['2018-01-01', []],
    ['2021-11-27', []],
    ['2021-11-28', []],
    ['2021-11-29', ['RULE_TPE_BEYOND_PASSPORT data.extendedUntil']],
  ])('extended until %s → %o', (until, expected) => {
    expect(codes(withData(extension, { extendedUntil: until }))).toEqual(expected);
  });
  it.each([
    ['2023-06-29', []],
    ['2023-06-30', []],
    ['2023-07-01', ['RULE_TPE_LONGER_THAN_6_YEARS data.extendedUntil']],
  ])('no passport requirement; extended until %s → %o', (until, expected) => {
    expect(codes(withData(extension, { extendedUntil: until, passport: { kind: 'waived', country: 'iraq' } }))).toEqual(expected);
  });
  it('as requested → fully granted; a revived condition or a shorter period → configured appeal (OPEN)', () => {
    expect(plan(extension, testWorld()).appeal).toEqual({ kind: 'fully-granted', rules: ['R-PR-110'] });
    expect(codes(withData(extension, { asRequested: false }), testWorld())).toEqual(['APPEAL_GUIDANCE_NOT_CONFIGURED ']);
    expect(plan(withData(extension, { studentSpouseSupportRevived: true })).variant).toBe('extension-limited');
  });
});
