/**
 * The hearing in a permanent-residence case (R-PR-107, R-PR-047, R-PR-054, R-PR-042, R-PR-150, R-PR-031): the
 * variant, the answer date with each limit's day before, day of and day after, the judgment named, the refusals.
 */
import { describe, expect, it } from 'vitest';
import { parseCivilDate } from '../../src/domain/civil-date.ts';
import { planLetter } from '../../src/engine.ts';
import { judgmentToHear } from '../../src/letters/pr-party-hearing/rules.ts';
import type { Judgment } from '../../src/letters/pr-party-hearing/schema.ts';
import { composedParts } from '../support/composed-text.ts';
import { type Envelope, sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const run = (envelope: Envelope, changes: Record<string, unknown> = {}) => {
  const result = planLetter(withData(envelope, changes), testWorld());
  if (!result.ok) return { codes: result.diagnostics.map((d) => `${d.code} ${d.path}`), outcome: null };
  return { codes: [], outcome: result.value.outcome };
};
const planOf = (envelope: Envelope, changes: Record<string, unknown> = {}) => {
  const { outcome, codes } = run(envelope, changes);
  if (!outcome?.due) throw new Error(`no plan: ${codes.join(', ')}`);
  return outcome.plan;
};
const danishText = (envelope: Envelope) =>
  composedParts({ ...envelope, languages: ['da'] }, testWorld())
    .flatMap((part) => part.leaves)
    .join('\n');

const publicHelp = sample('pr-party-hearing', 'public-help');
const employment = sample('pr-party-hearing', 'hearing');
const criminal = sample('pr-party-hearing', 'hearing--criminal-record');
const police = sample('pr-party-hearing', 'police-report');
const information = (publicHelp.data.hearing as { information: unknown }).information;

describe('pr-party-hearing: public help (R-PR-047)', () => {
  it('3 weeks from the date of the hearing letter, computed: 13 February → 6 March 2017', () => {
    const plan = planOf(publicHelp);
    expect(plan.variant).toBe('public-help');
    expect(plan.fields.answerBy).toBe('2017-03-06');
    expect(plan.why.map((r) => r.rule)).toEqual(['R-PR-047', 'R-PR-047']);
  });

  it.each([
    ['2017-02-12', []],
    ['2017-02-13', []],
    ['2017-02-14', ['RULE_DATE_BEFORE data.letterDate']],
  ])('the municipality contacted %s, the letter of 13 February 2017: the call comes first', (contacted, expected) => {
    const hearing = { trigger: 'public-help', municipalityContactedOn: contacted, information };
    expect(run(publicHelp, { hearing }).codes).toEqual(expected);
  });

  it('takes no answer date from the officer: the reference sets it', () => {
    const hearing = { trigger: 'public-help', municipalityContactedOn: '2017-02-09', information, answerBy: '2017-04-01' };
    expect(run(publicHelp, { hearing }).codes).toEqual(['INPUT_UNKNOWN_FIELD data.hearing.answerBy']);
  });
});

describe('pr-party-hearing: answer dates the officer chooses (R-PR-107, OPEN minimum 21 days)', () => {
  it.each([
    ['2017-03-05', ['RULE_PR_ANSWER_PERIOD_TOO_SHORT data.hearing.answerBy']],
    ['2017-03-06', []],
    ['2017-03-07', []],
  ])('a letter of 13 February 2017, answer by %s', (answerBy, expected) => {
    const hearing = { ...(employment.data.hearing as object), answerBy };
    expect(run(employment, { hearing }).codes).toEqual(expected);
  });
});

describe('pr-party-hearing: employment (R-PR-054)', () => {
  it("a hearing only where the applicant's own data would meet the requirement; else no letter (refusal on them)", () => {
    expect(planOf(employment).variant).toBe('hearing');
    const hearing = { ...(employment.data.hearing as object), applicantDataMeetRequirement: false };
    const { outcome } = run(employment, { hearing });
    expect(outcome?.due).toBe(false);
    if (outcome && !outcome.due) expect(outcome.why[0]?.rule).toBe('R-PR-054');
  });
});

describe('pr-party-hearing: the criminal register (R-PR-042)', () => {
  const j = (judgmentDate: string, waitingPeriodEnds?: string): Judgment => ({
    judgmentDate: parseCivilDate(judgmentDate),
    court: 'Retten i Odense',
    sentence: { da: 'fængsel' },
    ...(waitingPeriodEnds ? { waitingPeriodEnds: parseCivilDate(waitingPeriodEnds) } : {}),
  });

  it('names the judgment whose waiting period ends last, not the latest judgment; judgments are not added', () => {
    const earlierLonger = j('2012-01-10', '2030-01-10');
    const laterShorter = j('2015-06-01', '2019-12-01');
    expect(judgmentToHear([earlierLonger, laterShorter])).toBe(earlierLonger);
    expect(judgmentToHear([laterShorter, earlierLonger])).toBe(earlierLonger);
  });

  it('a judgment that excludes permanently (no end) comes before any waiting period', () => {
    const excluding = j('2010-03-01');
    expect(judgmentToHear([j('2016-01-01', '2034-01-01'), excluding])).toBe(excluding);
  });

  it('the same end: the later judgment', () => {
    const a = j('2014-01-01', '2026-01-01');
    const b = j('2014-06-01', '2026-01-01');
    expect(judgmentToHear([a, b])).toBe(b);
  });

  it('the letter prints the chosen judgment only, and the plan says why', () => {
    const plan = planOf(criminal);
    expect(plan.fields.judgment).toMatchObject({ judgmentDate: '2015-09-02', court: 'Retten i Svendborg' });
    expect(plan.why.at(-1)?.because).toContain('2027-10-15');
    const text = danishText(criminal);
    expect(text).toContain('ved dom af 2. september 2015 afsagt af Retten i Svendborg');
    expect(text).not.toContain('Retten i Odense');
  });

  it.each([
    ['2017-02-12', []],
    ['2017-02-13', []],
    ['2017-02-14', ['RULE_DATE_BEFORE data.letterDate']],
  ])('a judgment of %s on a letter of 13 February 2017', (judgmentDate, expected) => {
    const hearing = {
      trigger: 'criminal-record',
      judgments: [{ judgmentDate, court: 'Retten i Odense', sentence: 'betinget fængsel', waitingPeriodEnds: '2021-08-13' }],
      concerns: 'kravet om straf',
      answerBy: '2017-03-06',
    };
    expect(run(criminal, { hearing }).codes).toEqual(expected);
  });

  it('a waiting period cannot end before its judgment (R-PR-041)', () => {
    const hearing = {
      trigger: 'criminal-record',
      judgments: [{ judgmentDate: '2015-01-10', court: 'Retten i Odense', sentence: 'bøde', waitingPeriodEnds: '2015-01-09' }],
      concerns: 'kravet om straf',
      answerBy: '2017-03-06',
    };
    expect(run(criminal, { hearing }).codes).toEqual(['RULE_DATE_BEFORE data.hearing.judgments[0].waitingPeriodEnds']);
  });
});

describe('pr-party-hearing: false information (R-PR-150)', () => {
  it('the police-report variant says a report under straffelovens § 161 is considered; the other hearings do not', () => {
    expect(planOf(police).variant).toBe('police-report');
    expect(danishText(police)).toContain(
      'Vi overvejer at politianmelde dig for afgivelse af urigtige oplysninger, jf. straffelovens § 161.',
    );
    expect(danishText(employment)).not.toContain('straffelovens § 161');
  });

  it('the optional warning of punishability only where asked, and never besides the police-report remark', () => {
    expect(danishText(employment)).toContain('det kan være strafbart at give urigtige oplysninger');
    expect(danishText(withData(employment, { warnOfPunishability: false }))).not.toContain('strafbart');
    expect(danishText(withData(police, { warnOfPunishability: true }))).not.toContain('strafbart');
  });
});

describe('pr-party-hearing: departure (R-PR-031)', () => {
  it('is refused until legal review supplies the guidance on lapse and permanent residence', () => {
    const hearing = { trigger: 'departure', departedOn: '2016-04-01', information };
    expect(run(publicHelp, { hearing }).codes).toEqual(['PR_LAPSE_GUIDANCE_NOT_CONFIGURED data.hearing.trigger']);
  });
});

describe('pr-party-hearing: what every hearing says (src:16583–16588)', () => {
  it.each([
    ['public-help', publicHelp],
    ['hearing', employment],
    ['police-report', police],
  ])('%s: the source, the matter, the invitation, the answer date, the decision on the existing basis', (_name, envelope) => {
    const text = danishText(envelope);
    expect(text).toContain('jf. forvaltningslovens § 19');
    expect(text).toContain('Oplysningerne har betydning for');
    expect(text).toContain('Du har mulighed for at komme med bemærkninger til oplysningerne og sende dokumentation.');
    expect(text).toContain('senest den 6. marts 2017');
    expect(text).toContain('kan vi træffe afgørelse i din sag på det foreliggende grundlag');
  });
});
