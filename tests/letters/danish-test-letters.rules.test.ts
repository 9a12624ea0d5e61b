/**
 * The Danish-test letters (handbook 4.6; R-FAM-036, R-FAM-037, R-FAM-100, R-FAM-101): the result (pass mark 20 / 21 / 22
 * of 30, never typed; the complaint to SIRI word for word) and the decisions: which need no appeal guidance (a full
 * grant), which are refused until legal review configures it, and what each prints, read from the PDF.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAppealConfiguration } from '../../src/domain/appeal-configuration.ts';
import { projectPath } from '../../src/domain/project-path.ts';
import { planLetter, renderLetter, type World } from '../../src/engine.ts';
import { configuredWorld } from '../support/configured-world.ts';
import { flatText, readPdf } from '../support/pdf-text.ts';
import { type Envelope, sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const LETTER = 'danish-test-letters';
const base = sample(LETTER, 'result'); // A1 on 2017-08-29, letter 2017-09-18
const planned = (changes: Record<string, unknown>) => planLetter(withData(base, changes), testWorld());
const test = (correctAnswers: number) => ({
  letter: { variant: 'result', test: { level: 'A1', date: '2017-08-29', correctAnswers } },
});
const refusedSample = (variant: string) => sample(LETTER, `invalid/APPEAL_GUIDANCE_NOT_CONFIGURED--${variant}`);

async function text(request: Envelope, world: World = testWorld()): Promise<string> {
  const result = await renderLetter(request, world);
  if (!result.ok || result.value.kind !== 'letter') throw new Error(JSON.stringify(result));
  return flatText(await readPdf(result.value.pdf));
}

describe('danish-test-letters, result: the pass mark (R-FAM-037, src:8054–8056)', () => {
  it.each([
    [20, false],
    [21, true],
    [22, true],
    [0, false],
    [30, true],
  ])('%s of 30 correct → passed %s', (correct, expected) => {
    const result = planned(test(correct));
    expect(result.ok && result.value.outcome.due && result.value.outcome.plan.fields.passed).toBe(expected);
  });

  it.each([
    ['2017-08-28', ['RULE_DATE_BEFORE data.letterDate']],
    ['2017-08-29', []],
  ])('a result letter dated %s for a test on 29 August 2017', (letterDate, expected) => {
    const result = planned({ letterDate });
    expect(result.ok ? [] : result.diagnostics.map((d) => `${d.code} ${d.path}`)).toEqual(expected);
  });

  it('prints the result and the complaint rule to SIRI word for word (R-FAM-100: the rule, not a computed date)', async () => {
    const pdf = await text(withData(base, test(21)));
    expect(pdf).toContain('Du svarede rigtigt på 21 ud af 30 spørgsmål.');
    expect(pdf).toContain('Du har derfor bestået prøven.');
    expect(pdf).toContain(
      'Klager skal indgives til SIRI senest 7 dage efter, at resultatet af bedømmelsen er meddelt den pågældende udlænding. Klager, der indgives senere, afvises.',
    );
  });

  it('abroad without a representative: no letter (R-FAM-095)', () => {
    const result = planLetter(sample(LETTER, 'no-letter-due'), testWorld());
    expect(result.ok && result.value.outcome.due).toBe(false);
  });
});

describe('danish-test-letters, the decisions: appeal guidance (R-FAM-100, R-FAM-101)', () => {
  it.each([
    'substitute-accepted',
    'postponement-granted',
    'postponement-granted--own-illness',
    'exemption-granted',
    'exemption-granted--special-reasons',
    'turkish-exemption-granted',
  ])('%s grants all that was asked for: no appeal guidance is printed', (name) => {
    const result = planLetter(sample(LETTER, name), testWorld());
    expect(result.ok && result.value.outcome.due && result.value.outcome.plan.appeal?.kind).toBe('fully-granted');
  });

  it.each([
    'substitute-refused',
    'postponement-refused',
    'exemption-refused',
    'turkish-exemption-refused',
    'revocation',
    'refusal-to-extend',
  ])('%s: refused without configured guidance, planned with it', (variant) => {
    const request = refusedSample(variant);
    const refused = planLetter(request, testWorld());
    expect(refused.ok ? 'planned' : refused.diagnostics.map((d) => `${d.code} ${d.params?.variant} ${d.params?.rule}`)).toEqual([
      `APPEAL_GUIDANCE_NOT_CONFIGURED ${variant} R-FAM-101`,
    ]);
    const configured = planLetter(request, configuredWorld());
    expect(configured.ok && configured.value.outcome.due && configured.value.outcome.plan.variant).toBe(variant);
  });

  it.each(['revocation', 'refusal-to-extend'])(
    '%s: a configured appeal without the decision’s own legal basis (OPEN: § 19, stk. 6 or 7) is refused',
    (variant) => {
      const fixture = JSON.parse(readFileSync(projectPath('tests/fixtures/appeal-guidance.fixture.json'), 'utf8'));
      delete fixture.entries[`${LETTER}/${variant}`].decisionLegalBasis;
      const file = join(mkdtempSync(join(tmpdir(), 'appeal-')), 'appeal-guidance.json');
      writeFileSync(file, JSON.stringify(fixture));
      const world = { ...configuredWorld(), appealConfiguration: loadAppealConfiguration(file) };
      const result = planLetter(refusedSample(variant), world);
      expect(result.ok ? 'planned' : result.diagnostics.map((d) => d.code)).toEqual([
        'RULE_FAM_DANISH_TEST_LEGAL_BASIS_NOT_CONFIGURED',
      ]);
    },
  );

  it('a decision to an applicant abroad goes to the Danish mission (R-FAM-090); without one it is refused', () => {
    const request = sample(LETTER, 'turkish-exemption-granted');
    const mission = {
      name: 'Danmarks Ambassade i Ankara',
      address: { lines: ['Mahatma Gandhi Caddesi 74'], country: 'Tyrkiet' },
    };
    const result = planLetter(withData(request, { whereabouts: { applicantIs: 'abroad', mission } }), testWorld());
    expect(result.ok && result.value.outcome.due && result.value.outcome.plan.recipient.name).toBe('Danmarks Ambassade i Ankara');
    const refused = planLetter(sample(LETTER, 'invalid/RULE_FAM_MISSION_REQUIRED'), testWorld());
    expect(refused.ok ? [] : refused.diagnostics.map((d) => d.code)).toEqual(['RULE_FAM_MISSION_REQUIRED']);
  });
});

describe('danish-test-letters, the decisions in the PDF', () => {
  it('postponement for barsel: the computed new deadline and the verbatim rule on the deadline (src:8105–8107)', async () => {
    const pdf = await text(sample(LETTER, 'postponement-granted'));
    expect(pdf).toContain('Din nye frist er den 26. maj 2018.');
    expect(pdf).toContain('fra den 22. juni 2017 til den 1. marts 2018, i alt 253 dage');
    expect(pdf).toContain(
      'Fristen for aflæggelse af danskprøven løber frem til, at vi modtager anmodning om udsættelse af fristen. Vi vil efter indsendelse af dokumentation vurdere, om fristen kan udsættes. Indtil vi har udmeldt en ny frist på baggrund af udsættelsen, skal udlændingen rette sig efter den først udmeldte frist.',
    );
    expect(pdf).not.toContain('Klagevejledning');
  });

  it('exemption for handicap: the security reductions by the filing date, the municipality for the final exam (R-FAM-036)', async () => {
    const pdf = await text(sample(LETTER, 'exemption-granted'));
    expect(pdf).toContain('21.715,79 kr. for A1 og 10.857,89 kr. for A2');
    expect(pdf).toContain(
      'Om nedsættelse med beløbet for en afsluttende prøve i dansk (10.857,89 kr.) skal du henvende dig til kommunen.',
    );
    const special = await text(sample(LETTER, 'exemption-granted--special-reasons'));
    expect(special).not.toContain('økonomiske sikkerhed');
  });

  it('revocation (with the test fixture): A1, § 26, stk. 1, the new-application guidance word for word, 1 month to leave', async () => {
    const pdf = await text(refusedSample('revocation'), configuredWorld());
    expect(pdf).toContain('Vi har besluttet at inddrage din opholdstilladelse, jf. udlændingelovens § 0, stk. 3 (test fixture)');
    expect(pdf).toContain('Du har ikke bestået danskprøve A1 senest den 1. marts 2017, og du har ikke aflagt prøven.');
    expect(pdf).toContain('Vi har vurderet sagen efter udlændingelovens § 26, stk. 1.');
    expect(pdf).toContain(
      'I inddragelsesafgørelsen vejledes om, at såfremt en ny ansøgning om ægtefællesammenføring – med henvisning til samme ægteskab – indgives inden udrejsefristens udløb, vil styrelsen være indstillet på at tillade ansøgningen indgivet her i landet. Ansøgningen afvises således som udgangspunkt ikke, jf. udlændingelovens § 9, stk. 21.',
    );
    expect(pdf).toContain('En sådan ny ansøgning giver alene processuelt ophold og ikke ret til at arbejde.');
    // 20 April 2017 by letter post: + 1 month, + 7 posting days (R-FAM-082, R-FAM-083).
    expect(pdf).toContain('Du skal udrejse af Danmark senest den 27. maj 2017, jf. udlændingelovens § 33, stk. 2, 1. pkt.');
    expect(pdf).toContain('Klagevejledning');
  });

  it('refusal to extend (with the test fixture): the re-test period, § 26, stk. 1, no new-application guidance', async () => {
    const pdf = await text(refusedSample('refusal-to-extend'), configuredWorld());
    expect(pdf).toContain('Vi har besluttet ikke at forlænge din opholdstilladelse');
    expect(pdf).toContain(
      'Du var til danskprøve A1 den 10. februar 2017, men du har ikke bestået prøven senest den 1. juni 2017.',
    );
    expect(pdf).not.toContain('Vejledning om ny ansøgning');
  });

  it.each([
    ['substitute-refused', 'En modultest kan ikke træde i stedet for danskprøve A1 eller A2.'],
    [
      'postponement-refused',
      'Vi har besluttet ikke at udsætte fristen for at bestå danskprøve A1. Din frist er fortsat den 15. september 2017.',
    ],
    ['exemption-refused', 'Vi har besluttet ikke at dispensere fra kravet i udlændingelovens § 9, stk. 30'],
    ['turkish-exemption-refused', 'Vi har besluttet, at du ikke er undtaget fra kravet i udlændingelovens § 9, stk. 30'],
  ])('%s (with the test fixture) renders its decision and the appeal section', async (variant, sentence) => {
    const pdf = await text(refusedSample(variant), configuredWorld());
    expect(pdf).toContain(sentence);
    expect(pdf).toContain('Klagevejledning');
  });
});
