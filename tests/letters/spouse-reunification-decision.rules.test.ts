/**
 * The first-time spouse decision (letters/spouse-reunification-decision.md; rules.md R-FAM-020..038, R-FAM-070/071,
 * R-FAM-080..093, R-FAM-100/101): each limit with the day before, of and after; the order of the grounds; the waiver;
 * protection of sources; routing; the permit's end date by its caps; the amounts by date.
 */
import { describe, expect, it } from 'vitest';
import type { CivilDate } from '../../src/domain/civil-date.ts';
import { planLetter } from '../../src/engine.ts';
import {
  atLeast24On,
  heldPermanentPermitMoreThanThreeYears,
  violenceBarEnd,
  violenceBarRunsOn,
} from '../../src/letters/spouse-reunification-decision/limits.ts';
import { configuredWorld } from '../support/configured-world.ts';
import { type Envelope, sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const L = 'spouse-reunification-decision';
const grant = sample(L, 'grant-9-1-1');
const refusal = sample(L, 'invalid/APPEAL_GUIDANCE_NOT_CONFIGURED--refusal');
const d = (s: string) => s as CivilDate;

/** The sample's decision with fields replaced. */
const withDecision = (envelope: Envelope, changes: Record<string, unknown>) =>
  withData(envelope, { decision: { ...(envelope.data.decision as object), ...changes } });

const codes = (request: object, world = testWorld()) => {
  const result = planLetter(request, world);
  return result.ok ? [] : result.diagnostics.map((x) => x.code);
};
const plan = (request: object) => {
  const result = planLetter(request, configuredWorld());
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  if (!result.value.outcome.due) throw new Error('expected a letter');
  return result.value.outcome.plan;
};
// biome-ignore lint/suspicious/noExplicitAny: the template fields are a loose tree; the tests read them by path
const fields = (request: object): any => plan(request).fields;

describe('24-year rule on the birthday (R-FAM-027)', () => {
  it.each([
    ['1993-06-13', true],
    ['1993-06-14', true], // the 24th birthday is the decision day
    ['1993-06-15', false],
  ])('born %s, decision 2017-06-14 → over 24: %s', (born, over) => {
    expect(atLeast24On(d(born), d('2017-06-14'))).toBe(over);
    const request = withData(grant, { reference: { name: 'Jonas Vestergaard', dateOfBirth: born, gender: 'male' } });
    expect(codes(request)).toEqual(over ? [] : ['RULE_FAM_24_YEAR_NOT_MET']);
  });

  it('born 29 February: 24 on 28 February of a common year (2100)', () => {
    expect(atLeast24On(d('2076-02-29'), d('2100-02-27'))).toBe(false);
    expect(atLeast24On(d('2076-02-29'), d('2100-02-28'))).toBe(true);
  });

  it('a refusal names the 24-year rule only while a spouse is under 24; a refusal without it is refused (R-FAM-020)', () => {
    const applicant = (born: string) => ({ ...(refusal.data.applicant as object), dateOfBirth: born });
    expect(codes(withData(refusal, { applicant: applicant('1993-06-15') }), configuredWorld())).toEqual([]);
    expect(codes(withData(refusal, { applicant: applicant('1993-06-14') }), configuredWorld())).toEqual(['RULE_FAM_24_YEAR_MET']);
    const withoutGround = withDecision(refusal, {
      grounds: (refusal.data.decision as { grounds: { ground: string }[] }).grounds.filter(
        (g) => g.ground !== 'twenty-four-year',
      ),
    });
    expect(codes(withoutGround, configuredWorld())).toEqual(['RULE_FAM_24_YEAR_NOT_MET']);
  });
});

describe('3-year rule, litra e (R-FAM-029): more than 3 years, the anniversary not included', () => {
  it.each([
    ['2014-06-13', true],
    ['2014-06-14', false], // exactly 3 years on the decision day: not more
    ['2014-06-15', false],
  ])('permanent permit granted %s, decision 2017-06-14 → more than 3 years: %s', (granted, more) => {
    expect(heldPermanentPermitMoreThanThreeYears(d(granted), d('2017-06-14'))).toBe(more);
    const ground = { ground: 'litra-e', reasons: ['Tidsubegrænset opholdstilladelse.'], permanentPermitGranted: granted };
    const grounds = [...(refusal.data.decision as { grounds: object[] }).grounds, ground];
    expect(codes(withDecision(refusal, { grounds }), configuredWorld())).toEqual(more ? ['RULE_FAM_LITRA_E_MET'] : []);
  });
});

describe('violence bar, 10 years (R-FAM-031, OPEN boundary: ended on the anniversary)', () => {
  it.each([
    ['2007-06-13', false],
    ['2007-06-14', false], // the 10th anniversary is the decision day: the bar has ended
    ['2007-06-15', true],
  ])('final judgment %s, decision 2017-06-14 → bar runs: %s', (judgment, runs) => {
    expect(violenceBarRunsOn(d(judgment), d('2017-06-14'))).toBe(runs);
    const ground = { ground: 'violence-bar', reasons: ['Dom.'], finalJudgmentDate: judgment, barEndsSoon: true };
    const grounds = [...(refusal.data.decision as { grounds: object[] }).grounds, ground];
    expect(codes(withDecision(refusal, { grounds }), configuredWorld())).toEqual(runs ? [] : ['RULE_FAM_VIOLENCE_BAR_ENDED']);
  });

  it('the new-application guidance gives the day the bar ends (V-BAR)', () => {
    expect(violenceBarEnd(d('2007-06-15'))).toBe('2017-06-15');
    const ground = { ground: 'violence-bar', reasons: ['Dom.'], finalJudgmentDate: '2007-06-15', barEndsSoon: true };
    const grounds = [...(refusal.data.decision as { grounds: object[] }).grounds, ground];
    const others = fields(withDecision(refusal, { grounds })).others;
    expect(others.find((g: { ground: string }) => g.ground === 'violence-bar')).toMatchObject({
      barEndDate: '2017-06-15',
      barEndsSoon: true,
    });
  });
});

describe('grounds: the main ground, then every other in the reference order (R-FAM-020)', () => {
  it('given housing, 24-year, tie → main 24-year, then tie, then housing', () => {
    const f = fields(refusal);
    expect(f.main.ground).toBe('twenty-four-year');
    expect(f.others.map((g: { ground: string }) => g.ground)).toEqual(['tie', 'housing']);
    expect(plan(refusal).why.find((r) => r.rule === 'R-FAM-020')?.because).toBe(
      'main ground twenty-four-year; then tie, housing',
    );
  });

  it('marriage grounds come before the 24-year rule; a repeated ground is refused', () => {
    const grounds = [
      ...(refusal.data.decision as { grounds: object[] }).grounds,
      { ground: 'sham-marriage', reasons: ['Indikatorer.'] },
    ];
    expect(fields(withDecision(refusal, { grounds })).main.ground).toBe('sham-marriage');
    const twice = [...grounds, { ground: 'tie', reasons: ['Igen.'] }];
    expect(codes(withDecision(refusal, { grounds: twice }), configuredWorld())).toEqual(['RULE_FAM_GROUND_REPEATED']);
  });
});

describe('waiver (R-FAM-028, R-FAM-038): considered only where every unmet condition may be waived', () => {
  it('24-year, tie, housing: housing is not on the waivable list → no waiver offered', () => {
    expect(fields(refusal).waiverConsidered).toBe(false);
  });
  it('24-year and tie only → the § 9 c, stk. 1 assessment is stated', () => {
    const grounds = (refusal.data.decision as { grounds: { ground: string }[] }).grounds.filter((g) => g.ground !== 'housing');
    expect(fields(withDecision(refusal, { grounds })).waiverConsidered).toBe(true);
  });
  it.each(['marriage-not-recognised', 'forced-marriage-presumption', 'sham-marriage'])('%s never offers a waiver', (ground) => {
    const grounds = [
      { ground: 'twenty-four-year', reasons: ['Alder.'] },
      { ground, reasons: ['Grund.'] },
    ];
    expect(fields(withDecision(refusal, { grounds })).waiverConsidered).toBe(false);
  });
  it('a waiver of a condition that is met is refused', () => {
    const waiver = sample(L, 'invalid/APPEAL_GUIDANCE_NOT_CONFIGURED--grant-9c-waiver');
    expect(codes(waiver)).toEqual(['APPEAL_GUIDANCE_NOT_CONFIGURED']);
    const over24 = withData(waiver, { applicant: { ...(waiver.data.applicant as object), dateOfBirth: '1993-06-14' } });
    expect(codes(over24)).toEqual(['RULE_FAM_WAIVER_NOT_NEEDED']);
  });
});

describe('forced marriage, summary reasons (R-FAM-025): who reported coercion can never reach the letter', () => {
  const summary = withDecision(refusal, {
    grounds: [{ ground: 'twenty-four-year', reasons: ['Alder.'] }, { ground: 'forced-marriage-summary' }],
  });
  it.each(['reasons', 'reportedBy', 'informant', 'source'])('the summary ground takes no "%s" field', (field) => {
    const grounds = [
      { ground: 'twenty-four-year', reasons: ['Alder.'] },
      { ground: 'forced-marriage-summary', [field]: ['Oplyst af X.'] },
    ];
    expect(codes(withDecision(refusal, { grounds }), configuredWorld())).toEqual(['INPUT_UNKNOWN_FIELD']);
  });
  it('the plan carries no reasons for it, only the fixed sentence', () => {
    const f = fields(summary);
    expect(f.main).toMatchObject({ ground: 'forced-marriage-summary', reasons: [] });
    expect(plan(summary).why.some((r) => r.rule === 'R-FAM-025')).toBe(true);
  });
});

describe('departure deadline (R-FAM-080, R-FAM-081, R-FAM-082, R-FAM-083, R-FAM-084 "straks" without a date, R-FAM-086, R-FAM-088)', () => {
  const departure = (dep: object, channel = 'digital-post', letterDate = '2017-06-14') =>
    fields(withData(withDecision(refusal, { departure: dep }), { deliveryChannel: channel, letterDate })).departure;
  it.each([
    [{ kind: 'seven-days' }, 'digital-post', { kind: 'seven-days', date: '2017-06-21', control: true }],
    [{ kind: 'seven-days' }, 'letter-post', { kind: 'seven-days', date: '2017-06-28', control: true }],
    [{ kind: 'one-month' }, 'digital-post', { kind: 'one-month', date: '2017-07-14', control: true }],
    [{ kind: 'thirty-days' }, 'letter-post', { kind: 'thirty-days', date: '2017-07-21', control: true }],
    [{ kind: 'immediately' }, 'letter-post', { kind: 'immediately', date: null, control: false }],
    [{ kind: 'other-right-to-stay' }, 'digital-post', { kind: 'other-right-to-stay', date: null, control: false }],
    [{ kind: 'other-case-pending' }, 'digital-post', { kind: 'other-case-pending', date: null, control: false }],
    [
      { kind: 'after-birth', birthDate: '2017-06-01' },
      'digital-post',
      { kind: 'after-birth', date: '2017-08-01', control: true },
    ],
    [
      { kind: 'expected-birth', dueDate: '2017-07-20' },
      'digital-post',
      { kind: 'expected-birth', date: '2017-09-20', control: true },
    ],
  ])('%j by %s → %j', (dep, channel, expected) => {
    expect(departure(dep, channel)).toMatchObject(expected);
  });
  it('Easter: 7 days by digital post from Wednesday 12 April 2017 add Skærtorsdag, Langfredag, 2. påskedag (R-FAM-082)', () => {
    const request = withData(refusal, { letterDate: '2017-04-12', applicationDate: '2017-02-20' });
    const applicant = { ...(refusal.data.applicant as object), dateOfBirth: '1994-01-10' };
    expect(fields(withData(request, { deliveryChannel: 'digital-post', applicant })).departure.date).toBe('2017-04-22');
  });
  it('the due date: the day of the decision and 2 months after are outside; between is inside', () => {
    const at = (due: string) =>
      codes(withDecision(refusal, { departure: { kind: 'expected-birth', dueDate: due } }), configuredWorld());
    expect(at('2017-06-14')).toEqual(['RULE_FAM_DUE_DATE_OUT_OF_RANGE']);
    expect(at('2017-06-15')).toEqual([]);
    expect(at('2017-08-13')).toEqual([]);
    expect(at('2017-08-14')).toEqual(['RULE_FAM_DUE_DATE_OUT_OF_RANGE']);
  });
  it('an applicant abroad has no departure deadline; one in Denmark must have one', () => {
    expect(codes(sample(L, 'invalid/RULE_FAM_DEPARTURE_NOT_ALLOWED_ABROAD'), configuredWorld())).toEqual([
      'RULE_FAM_DEPARTURE_NOT_ALLOWED_ABROAD',
    ]);
    const abroad = withData(withDecision(refusal, { departure: undefined }), { whereabouts: grant.data.whereabouts });
    expect(fields(abroad).departure).toBeNull();
  });
});

describe('recipients (R-FAM-090..093)', () => {
  it('abroad, no representative → the mission, the applicant named (R-FAM-090)', () => {
    const p = plan(grant);
    expect(p.recipient).toMatchObject({ name: 'Danmarks Ambassade i Rabat', regarding: 'Amina Haddad' });
    expect(p.copies).toEqual([]);
  });
  it('in Denmark, another representative → the applicant, copy to the representative (R-FAM-092)', () => {
    const p = plan(sample(L, 'grant-9-1-1--in-denmark-representative-copy'));
    expect(p.recipient.name).toBe('Amina Haddad');
    expect(p.copies.map((c) => [c.recipient.id, c.recipient.name, c.rule])).toEqual([
      ['representative', 'Dansk Flygtningehjælp, Rådgivningen', 'R-FAM-092'],
    ]);
  });
  it('in Denmark, a family member → no copy (R-FAM-092); abroad, a family member → the mission and a copy (R-FAM-091)', () => {
    const rep = {
      kind: 'family-member',
      name: 'Said Haddad',
      address: { street: 'Vej 1', postcode: '2100', city: 'København Ø' },
    };
    const inDk = sample(L, 'grant-9-1-1--in-denmark-representative-copy');
    expect(plan(withData(inDk, { representative: rep })).copies).toEqual([]);
    const abroad = plan(withData(grant, { representative: rep }));
    expect(abroad.recipient.name).toBe('Danmarks Ambassade i Rabat');
    expect(abroad.copies.map((c) => c.rule)).toEqual(['R-FAM-091']);
  });
  it('a representative abroad: the window shows the foreign address; exactly one address is required', () => {
    const rep = { kind: 'family-member', name: 'Said Haddad', addressAbroad: { lines: ['Rue 1', 'Rabat'], country: 'Marokko' } };
    const p = plan(withData(grant, { representative: rep }));
    expect(p.copies.map((c) => c.recipient.address)).toEqual([['Rue 1', 'Rabat', 'Marokko']]);
    expect(codes(sample(L, 'invalid/RULE_FAM_REPRESENTATIVE_ONE_ADDRESS'))).toEqual(['RULE_FAM_REPRESENTATIVE_ONE_ADDRESS']);
    expect(codes(withData(grant, { representative: { kind: 'other', name: 'X' } }))).toEqual([
      'RULE_FAM_REPRESENTATIVE_ONE_ADDRESS',
    ]);
  });
  it('a lawyer → the lawyer only; filed via the mission → the mission notice goes with it (R-FAM-093)', () => {
    const p = plan(sample(L, 'grant-9-1-1--lawyer-mission-notice'));
    expect(p.recipient).toMatchObject({ name: 'Advokat Karen Holm', regarding: 'Amina Haddad' });
    expect(p.copies).toEqual([]);
    expect(p.companions?.map((c) => [c.letter, c.plan.variant, c.plan.recipient.name])).toEqual([
      [L, 'mission-notice', 'Danmarks Ambassade i Rabat'],
    ]);
    const notFiledThere = plan(withData(sample(L, 'grant-9-1-1--lawyer-mission-notice'), { filedViaMission: false }));
    expect(notFiledThere.companions).toBeUndefined();
  });
});

describe('grant: end date by the earliest cap (R-FAM-071, R-FAM-030), conditions (R-FAM-070, R-FAM-035..037)', () => {
  const permit = (changes: object) =>
    withDecision(grant, { permit: { ...(grant.data.decision as { permit: object }).permit, ...changes } });
  it.each([
    [{ passportExpiry: '2019-09-14' }, '2019-06-14', 'standard-end'],
    [{ passportExpiry: '2019-09-13' }, '2019-06-13', 'passport-expiry'],
    [{ passportExpiry: '2019-09-15' }, '2019-06-14', 'standard-end'],
    [{ passportExpiry: '2018-05-31' }, '2018-02-28', 'passport-expiry'],
    [{ passportExpiry: '2018-01-01', syrianTwoYearRule: true }, '2019-06-14', 'standard-end'],
  ])('%j → ends %s by the %s cap', (changes, end, cap) => {
    expect(fields(permit(changes)).grant).toMatchObject({ permitEnd: end, permitEndCap: cap });
  });
  it('a § 7, stk. 3 reference: never beyond their permit', () => {
    const r = sample(L, 'invalid/APPEAL_GUIDANCE_NOT_CONFIGURED--grant-7-3-reference');
    expect(fields(r).grant).toMatchObject({ permitEnd: '2018-03-01', permitEndCap: 'reference-permit' });
    expect(plan(r).why.find((x) => x.rule === 'R-FAM-030')?.because).toContain('reference-permit');
  });
  it('the security by the filing date (R-FAM-015) from the dated table; a filing date outside it names the table', () => {
    expect(fields(grant).grant.security).toBe(54289.48);
    expect(codes(withData(grant, { applicationDate: '2017-01-01' }))).toEqual([]);
    const result = planLetter(
      withData(grant, { applicationDate: '2016-12-31', relationship: { kind: 'marriage', weddingDate: '2016-08-13' } }),
      testWorld(),
    );
    expect(result.ok ? [] : result.diagnostics).toEqual([
      {
        code: 'DATED_TABLE_NO_VALUE_FOR_DATE',
        path: 'data.applicationDate',
        params: { table: 'security/full', knownFrom: '2017-01-01', knownTo: '2017-12-31' },
      },
    ]);
  });
  it('coming home, reference in Denmark: proof within 6 months of the decision, housing to filing + 1½ years (R-FAM-035)', () => {
    const g = fields(sample(L, 'grant-9-1-1--in-denmark-representative-copy')).grant;
    expect(g.comingHome).toEqual({ referenceInDenmark: true, proofBy: '2017-12-14', housingUntil: '2018-08-20' });
    expect(g.hasConditions).toBe(true);
  });
  it('the Danish test condition (R-FAM-037): from CPR registration, or from the grant for a permit holder', () => {
    expect(fields(grant).grant.danishTest).toBe('from-cpr-registration');
    expect(plan(grant).why.find((r) => r.rule === 'R-FAM-037')?.because).toContain('from-cpr-registration');
    const holder = withDecision(grant, {
      conditions: { financialSecurity: false, danishTest: 'from-grant', housing: { kind: 'proved' } },
    });
    expect(fields(holder).grant).toMatchObject({ danishTest: 'from-grant', hasConditions: true });
  });
  it('V-SYR-SOM only where its three checks are recorded (R-FAM-032)', () => {
    expect(codes(sample(L, 'invalid/RULE_FAM_SYR_SOM_CHECKS_MISSING'), configuredWorld())).toEqual([
      'RULE_FAM_SYR_SOM_CHECKS_MISSING',
    ]);
    expect(fields(refusal).others[0]).toMatchObject({ ground: 'tie', newApplicationGuidance: { pronoun: 'han' } });
  });
  it('no condition → no conditions block and no warning (R-FAM-070)', () => {
    const none = withDecision(grant, {
      conditions: { financialSecurity: false, danishTest: 'none', housing: { kind: 'proved' } },
    });
    expect(fields(none).grant.hasConditions).toBe(false);
    expect(plan(none).why.some((r) => r.rule === 'R-FAM-070')).toBe(false);
  });
});

describe('contradictions and appeal (R-FAM-021, R-FAM-086, R-FAM-100, R-FAM-101)', () => {
  it.each([
    ['2017-02-19', []],
    ['2017-02-20', []],
    ['2017-02-21', ['RULE_FAM_WEDDING_AFTER_APPLICATION']],
  ])('wedding %s, filed 2017-02-20 → %j', (wedding, expected) => {
    expect(codes(withData(grant, { relationship: { kind: 'marriage', weddingDate: wedding } }))).toEqual(expected);
  });
  it.each([
    [{ sentOn: '2017-05-30', answerBy: '2017-06-13' }, []],
    [{ sentOn: '2017-05-30', answerBy: '2017-06-14' }, ['RULE_FAM_DECISION_BEFORE_ANSWER_DATE']], // the answer date is the party's
    [{ sentOn: '2017-05-30', answerBy: '2017-06-15' }, ['RULE_FAM_DECISION_BEFORE_ANSWER_DATE']],
    [{ sentOn: '2017-05-30', answerBy: '2017-06-15', answeredOn: '2017-06-14' }, []],
    [{ sentOn: '2017-05-30', answerBy: '2017-06-20', answeredOn: '2017-06-15' }, ['RULE_FAM_DECISION_BEFORE_ANSWER_DATE']],
    [{ sentOn: '2017-05-30', answerBy: '2017-05-30' }, ['RULE_FAM_HEARING_ANSWER_NOT_AFTER_LETTER']],
  ])('a prior hearing %j, decision 14 June 2017 → %j', (hearing, expected) => {
    expect(codes(withData(grant, { hearing }))).toEqual(expected);
  });
  it('a decision dated before the filing date is refused', () => {
    expect(codes(withData(grant, { letterDate: '2017-02-19' }))).toEqual(['RULE_DATE_BEFORE']);
  });
  it('grant-9-1-1 needs no appeal guidance; every other variant is refused until configured (R-FAM-101)', () => {
    expect(plan(grant).appeal).toEqual({ kind: 'fully-granted', rules: ['R-FAM-100'] });
    for (const variant of ['grant-9c-waiver', 'grant-9c-family-life', 'grant-7-3-reference', 'refusal'])
      expect(codes(sample(L, `invalid/APPEAL_GUIDANCE_NOT_CONFIGURED--${variant}`))).toEqual(['APPEAL_GUIDANCE_NOT_CONFIGURED']);
  });
});
