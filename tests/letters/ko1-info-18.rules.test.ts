/**
 * The KO1 letters (R-PR-120): the 18th birthday and the 17½ screening threshold with the day before, of and after;
 * who a parent's permanent permit covers (26 March 2010, 3 years after asylum); 705 and 929 by the register.
 */
import { describe, expect, it } from 'vitest';
import { parseCivilDate } from '../../src/domain/civil-date.ts';
import { planLetter } from '../../src/engine.ts';
import { seventeenAndAHalf } from '../../src/letters/ko1-info-18/rules.ts';
import { eighteenthBirthday } from '../../src/letters/permanent-residence-decision/age.ts';
import { composedParts } from '../support/composed-text.ts';
import { type Envelope, sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const info = sample('ko1-info-18', 'info-705');
const guidance = sample('ko1-info-18', 'guidance-929');
const covered = info.data.permit as Record<string, unknown>;
const run = (envelope: Envelope, changes: Record<string, unknown>) => {
  const result = planLetter(withData(envelope, changes), testWorld());
  if (!result.ok) return result.diagnostics.map((d) => `${d.code} ${d.path}`).join(', ');
  return result.value.outcome.due ? result.value.outcome.plan.variant : `no letter: ${result.value.outcome.why[0]?.because}`;
};
const d = parseCivilDate;

describe('ages (R-PR-120)', () => {
  it('the 18th birthday (permanent-residence-decision/age.ts) and 17½, clamped to the month', () => {
    expect(eighteenthBirthday(d('1998-12-04'))).toBe('2016-12-04');
    expect(seventeenAndAHalf(d('1998-12-04'))).toBe('2016-06-04');
    expect(seventeenAndAHalf(d('1999-08-31'))).toBe('2017-02-28');
  });
});

describe('info-705: never before the 18th birthday (src:16218–16223)', () => {
  // born 4 December 1998: 18 on 4 December 2016; screened at 17 years 11 months
  it.each([
    ['2016-12-03', 'no letter: under 18 on the letter date: on hold until the 18th birthday, 2016-12-04 ("Afv. 18-årsdag")'],
    ['2016-12-04', 'info-705'],
    ['2016-12-05', 'info-705'],
  ])('a letter of %s', (letterDate, expected) => {
    expect(run(info, { letterDate, screeningDate: '2016-11-01' })).toBe(expected);
  });

  it('born 29 February 2000: the birthday the age rules give (28 February 2018, README open questions)', () => {
    const applicant = { name: 'Hamid Rahimi', dateOfBirth: '2000-02-29' };
    expect(run(info, { applicant, screeningDate: '2018-01-15', letterDate: '2018-02-27' })).toMatch(/^no letter: under 18/);
    expect(run(info, { applicant, screeningDate: '2018-01-15', letterDate: '2018-02-28' })).toBe('info-705');
  });
});

describe('screening under 17½: no letter, the case to Borgerservice (src:16163–16169)', () => {
  // born 4 December 1998: 17½ on 4 June 2016
  it.each([
    ['2016-06-03', /^no letter: under 17½ at screening/],
    ['2016-06-04', /^info-705$/],
    ['2016-06-05', /^info-705$/],
  ])('screened %s, letter after the 18th birthday', (screeningDate, expected) => {
    expect(run(info, { screeningDate, letterDate: '2017-01-10' })).toMatch(expected);
  });
});

describe('who a parent’s permanent permit covers (src:14447–14448, 16181–16184)', () => {
  it.each([
    ['2010-03-25', 'info-705'],
    ['2010-03-26', 'RULE_KO1_NOT_COVERED_BY_PARENT data.permit'],
    ['2010-03-27', 'RULE_KO1_NOT_COVERED_BY_PARENT data.permit'],
  ])('former § 9, stk. 2, nr. 5–6, the parent’s permit of %s', (parentPermanentPermitDate, expected) => {
    expect(run(info, { permit: { ...covered, applicantBasis: 'former-9-2-5-6', parentPermanentPermitDate } })).toBe(expected);
  });

  it.each([
    ['2008-06-09', 'RULE_KO1_NOT_COVERED_BY_PARENT data.permit'],
    ['2008-06-10', 'info-705'],
    ['2008-06-11', 'info-705'],
  ])(
    'the parent reunified first, asylum on 10 June 2005, the permanent permit of %s (less than 3 years: not covered)',
    (parentPermanentPermitDate, expected) => {
      const permit = {
        ...covered,
        parentPermanentPermitDate,
        parentAsylumAfterReunification: { asylumPermitDate: '2005-06-10' },
      };
      expect(run(info, { permit })).toBe(expected);
    },
  );

  it('the 3-year rule concerns permits given before 26 March 2010 only', () => {
    const permit = {
      ...covered,
      parentPermanentPermitDate: '2011-01-10',
      parentAsylumAfterReunification: { asylumPermitDate: '2010-06-10' },
    };
    expect(run(info, { permit })).toBe('info-705');
  });

  it('the asylum permit cannot postdate the permanent permit', () => {
    const permit = {
      ...covered,
      parentPermanentPermitDate: '2008-06-10',
      parentAsylumAfterReunification: { asylumPermitDate: '2008-06-11' },
    };
    expect(run(info, { permit })).toBe('RULE_DATE_BEFORE data.permit.parentPermanentPermitDate');
  });
});

describe('the register decides the letter (R-PR-120)', () => {
  it('no permanent permit, ticked: guidance 929; not ticked: no letter', () => {
    expect(run(guidance, {})).toBe('guidance-929');
    expect(run(guidance, { permit: { kind: 'none', tickedPermanentResidence: false } })).toMatch(
      /^no letter: no permanent permit in UR/,
    );
  });

  it('missing biometrics: 705 refused until its request is worded (R-PR-104); 929 needs none', () => {
    expect(run(info, { biometricsMissing: true })).toBe('PR_BIOMETRICS_REQUEST_NOT_CONFIGURED data.biometricsMissing');
    expect(run(guidance, { biometricsMissing: true })).toBe('guidance-929');
  });

  it('dates in order: born, screened, the parent’s permit, the letter', () => {
    expect(run(info, { screeningDate: '2017-02-21' })).toBe('RULE_DATE_BEFORE data.letterDate');
    expect(run(info, { screeningDate: '1998-12-03' })).toBe('RULE_DATE_BEFORE data.screeningDate');
  });
});

describe('the words', () => {
  const text = (envelope: Envelope) =>
    composedParts({ ...envelope, languages: ['da'] }, testWorld())
      .flatMap((p) => p.leaves)
      .join('\n');
  it('705: the provision, the parent’s permit and its date, the card type D', () => {
    const t = text(info);
    expect(t).toContain(
      'Du har permanent opholdstilladelse (tidsubegrænset opholdstilladelse) efter udlændingelovens § 7, stk. 2.',
    );
    expect(t).toContain('Du er omfattet af din fars permanente opholdstilladelse af 10. juni 2008.');
    expect(t).toContain('opholdskort af typen D');
  });

  it('929: not permanent, how to apply, the case closed', () => {
    const t = text(guidance);
    expect(t).toContain('Du har ikke permanent opholdstilladelse.');
    expect(t).toContain('kan du søge om forlængelse af din opholdstilladelse eller om permanent opholdstilladelse');
    expect(t).toContain('www.nyidanmark.dk');
    expect(t).toContain('afsluttet din sag om opholdskort uden at træffe afgørelse');
  });
});
