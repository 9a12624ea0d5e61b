/**
 * The personal-data decision (handbook ch. 10; R-FAM-100 for the appeal route): correction granted (fully granted),
 * refused by the data's appeal route (refused until configured), referral of a change of name or a Danish citizen's
 * data; the wording of the data from the data asked for.
 */
import { describe, expect, it } from 'vitest';
import { planLetter, renderLetter } from '../../src/engine.ts';
import { refusalVariant } from '../../src/letters/personal-data-decision/rules.ts';
import { configuredWorld } from '../support/configured-world.ts';
import { flatText, readPdf } from '../support/pdf-text.ts';
import { sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const base = sample('personal-data-decision', 'correction-granted');
const planned = (changes: Record<string, unknown>, world = testWorld()) => planLetter(withData(base, changes), world);
const outcome = (changes: Record<string, unknown>, world = testWorld()) => {
  const result = planned(changes, world);
  if (!result.ok) return result.diagnostics.map((d) => `${d.code} ${d.path}`).join('; ');
  return result.value.outcome.due ? result.value.outcome.plan.variant : 'none';
};
const request = (data: string, kind = 'correction') => ({ date: '2017-04-03', kind, data, registered: 'A', requested: 'B' });
const refused = { kind: 'refused', reasons: ['Ikke dokumenteret.'] };

describe('personal-data-decision: the appeal route of a refusal by the data (R-FAM-100, src:10422–10429)', () => {
  it.each([
    ['name', 'correction-refused-ministry-route'],
    ['country-of-birth', 'correction-refused-ministry-route'],
    ['nationality', 'correction-refused-ministry-route'],
    ['age', 'correction-refused-age'],
    ['date-of-birth', 'correction-refused-other'],
    ['civil-status', 'correction-refused-other'],
    ['sex', 'correction-refused-other'],
  ])('%s → %s, refused until legal review configures it', (data, variant) => {
    expect(refusalVariant(data as Parameters<typeof refusalVariant>[0])).toBe(variant);
    const result = planned({ request: request(data), outcome: refused });
    expect(result.ok ? null : result.diagnostics[0]).toMatchObject({
      code: 'APPEAL_GUIDANCE_NOT_CONFIGURED',
      params: { variant, rule: 'R-FAM-100' },
    });
    expect(outcome({ request: request(data), outcome: refused }, configuredWorld())).toBe(variant);
  });

  it('a granted correction gives all that was asked: no appeal guidance (fully granted)', () => {
    const result = planned({});
    expect(result.ok && result.value.outcome.due && result.value.outcome.plan.appeal).toEqual({
      kind: 'fully-granted',
      rules: ['R-FAM-100'],
    });
  });
});

describe('personal-data-decision: referral (src:10274–10290)', () => {
  it.each([
    [{ request: request('name', 'change'), outcome: { kind: 'referred' } }, 'referral'],
    [{ danishCitizen: true, request: request('name'), outcome: { kind: 'referred' } }, 'referral'],
    [{ danishCitizen: true, request: request('date-of-birth'), outcome: { kind: 'referred' } }, 'referral'],
    [{ danishCitizen: true, request: request('date-of-birth') }, 'RULE_FAM_PERSONAL_DATA_REFERRAL_REQUIRED data.outcome.kind'],
    [
      { danishCitizen: true, request: request('sex'), outcome: { kind: 'referred' } },
      'RULE_FAM_PERSONAL_DATA_ROUTE_NOT_STATED data.request.data',
    ],
    [{ outcome: { kind: 'referred' } }, 'RULE_FAM_PERSONAL_DATA_REFERRAL_NOT_ALLOWED data.outcome.kind'],
    [{ request: request('age', 'change') }, 'RULE_FAM_PERSONAL_DATA_CHANGE_ONLY_NAME data.request.kind'],
  ])('%j → %s', (changes, expected) => {
    expect(outcome(changes)).toBe(expected);
  });

  it.each([
    ['2017-04-02', 'RULE_DATE_BEFORE data.letterDate'],
    ['2017-04-03', 'correction-granted'],
  ])('a decision dated %s on a request of 3 April 2017 → %s', (letterDate, expected) => {
    expect(outcome({ letterDate })).toBe(expected);
  });
});

describe('personal-data-decision: the text', () => {
  it('names the data from the facts, the documents, and what follows (a new CPR number)', async () => {
    const result = await renderLetter(base, testWorld());
    if (!result.ok || result.value.kind !== 'letter') throw new Error(JSON.stringify(result));
    const text = flatText(await readPdf(result.value.pdf));
    expect(text).toContain(
      'Du har den 3. april 2017 anmodet om at få rettet din fødselsdato, som er registreret som 1. januar 1990, til 14. marts 1990.',
    );
    expect(text).toContain('Udlændingestyrelsen har rettet din fødselsdato til 14. marts 1990, jf. udlændingelovens § 40 e.');
    expect(text).toContain('Vi har bedt CPR-kontoret om at tildele dig et nyt CPR-nummer.');
    expect(text).not.toContain('Klagevejledning');
  });

  it('a configured refusal keeps the registered identity and gives the reasons and the appeal guidance', async () => {
    const result = await renderLetter(withData(base, { request: request('nationality'), outcome: refused }), configuredWorld());
    if (!result.ok || result.value.kind !== 'letter') throw new Error(JSON.stringify(result));
    const text = flatText(await readPdf(result.value.pdf));
    expect(text).toContain('Udlændingestyrelsen har afslået at rette dit statsborgerskab, jf. udlændingelovens § 40 e.');
    expect(text).toContain('Du er fortsat registreret med A.');
    expect(text).toContain('Ikke dokumenteret.');
    expect(text).toContain('Klagevejledning');
  });
});
