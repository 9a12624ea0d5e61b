/**
 * A request to re-open a refused permanent-residence case (R-PR-140, R-PR-141): which letter it gets, the fee's
 * boundary, the OPEN appeal guidance, and V-REOPEN-INTRO word for word in the first letter after re-opening.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planLetter, renderLetter } from '../../src/engine.ts';
import { prReopeningDecision } from '../../src/letters/pr-reopening-decision/letter.ts';
import { configuredWorld, TEST_APPEAL_BASIS } from '../support/configured-world.ts';
import { flatText, readPdf } from '../support/pdf-text.ts';
import { type Envelope, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const refused = JSON.parse(
  readFileSync(
    new URL(
      '../../samples/pr-reopening-decision/invalid/APPEAL_GUIDANCE_NOT_CONFIGURED--refusal-to-reopen.json',
      import.meta.url,
    ),
    'utf8',
  ),
) as Envelope;
const criteria = (concernsRefusedRequirement: boolean, existedBeforeDecision: boolean, wouldHaveChangedDecision: boolean) => ({
  criteria: { concernsRefusedRequirement, existedBeforeDecision, wouldHaveChangedDecision },
});
const outcomeOf = (changes: Record<string, unknown>, world = configuredWorld()) => {
  const result = planLetter(withData(refused, changes), world);
  if (!result.ok) return result.diagnostics.map((d) => d.code).join(', ');
  const { outcome } = result.value;
  return outcome.due ? outcome.plan.variant : outcome.answer;
};
const verbatim = (name: string) =>
  readFileSync(new URL(`../fixtures/verbatim/${name}.da.txt`, import.meta.url), 'utf8')
    .trim()
    .split('\n');
async function danishPdfText(envelope: Envelope) {
  const rendered = await renderLetter({ ...envelope, languages: ['da'] }, configuredWorld());
  if (!rendered.ok || rendered.value.kind !== 'letter') throw new Error(JSON.stringify(rendered));
  return flatText(await readPdf(rendered.value.pdf)).replace(/ ?Sagsnr\. \S+ Side \d+ af \d+ ?/g, ' ');
}
const inOrder = (text: string, sentences: readonly string[]) => {
  let from = 0;
  for (const sentence of sentences) {
    const at = text.indexOf(sentence, from);
    expect(at, sentence).toBeGreaterThanOrEqual(from);
    from = at + sentence.length;
  }
};

describe('pr-reopening-decision: the route (R-PR-140, src:16993–17055)', () => {
  it('an appeal pending closes the request (935), whatever the criteria', () => {
    expect(outcomeOf({ appealPending: true })).toBe('closed-appeal-pending');
    expect(outcomeOf({ appealPending: true, ...criteria(true, true, true) })).toBe('closed-appeal-pending');
  });

  it.each([
    [false, false, false, /new-application-guidance \(standard 936\)/],
    [false, true, true, /new-application-guidance \(standard 936\)/],
    [true, false, true, /new-application-guidance \(standard 936\)/],
    [true, true, false, /^refusal-to-reopen$/],
    [true, true, true, /^Re-opened: the first letter/],
  ])('concerns the refused requirement %s, existed before %s, would have changed it %s', (a, b, c, expected) => {
    expect(outcomeOf({ ...criteria(a, b, c), reasons: ['Begrundelse.'] })).toMatch(expected);
  });

  it('a request against a refusal to re-open that does not meet the criteria is an appeal, forwarded (no letter described)', () => {
    const request = { ...(refused.data.request as object), againstRefusalToReopen: true };
    expect(outcomeOf({ request })).toMatch(/forward the request to Udlændingenævnet as an appeal/);
  });

  it.each([
    ['2016-02-29', true, 'refusal-to-reopen'],
    ['2016-03-01', true, 'No letter here: the request is rejected for the fee (fee-rejection).'],
    ['2016-03-02', true, 'No letter here: the request is rejected for the fee (fee-rejection).'],
    ['2016-03-02', false, 'refusal-to-reopen'],
  ])(
    'the fee (§ 9 h, stk. 5; SIRI holders only, OPEN): original filing %s, SIRI %s, not paid',
    (originalFilingDate, siriPermit, expected) => {
      expect(outcomeOf({ originalFilingDate, siriPermit, refusalDate: '2017-01-30' })).toBe(expected);
    },
  );

  it('a paid fee goes on to the criteria', () => {
    const request = { ...(refused.data.request as object), feePaid: true };
    expect(outcomeOf({ siriPermit: true, request })).toBe('refusal-to-reopen');
  });

  it.each([
    ['2017-01-29', 'RULE_DATE_BEFORE'],
    ['2017-01-30', 'refusal-to-reopen'],
    ['2017-01-31', 'refusal-to-reopen'],
  ])('a request received %s on a refusal of 30 January 2017', (receivedOn, expected) => {
    expect(outcomeOf({ request: { ...(refused.data.request as object), receivedOn } })).toBe(expected);
  });
});

describe('pr-reopening-decision: the letters (905, 935)', () => {
  it('both are refused until legal review supplies the appeal guidance (R-PR-140, OPEN)', () => {
    expect(outcomeOf({}, testWorld())).toBe('APPEAL_GUIDANCE_NOT_CONFIGURED');
    expect(outcomeOf({ appealPending: true }, testWorld())).toBe('APPEAL_GUIDANCE_NOT_CONFIGURED');
    expect(prReopeningDecision.variants.map((v) => v.templateNumber)).toEqual(['905', '935']);
  });

  it('905: the refusal, the decision, both criteria, why not, the officer’s reasons and the appeal guidance', async () => {
    const text = await danishPdfText(refused);
    inOrder(text, [
      'Udlændingestyrelsen meddelte dig ved brev af 30. januar 2017 afslag på din ansøgning om permanent opholdstilladelse.',
      'Vi genoptager ikke din sag om permanent opholdstilladelse.',
      'Vi genoptager en sag, hvis de nye oplysninger angår det krav,',
      'De ville dog ikke have ført til en anden afgørelse:',
      'Lønsedlerne viser, at du i perioden har arbejdet mellem 60 og 90 timer om måneden.',
      TEST_APPEAL_BASIS,
    ]);
  });

  it('905 needs the officer’s reasons (forvaltningsloven § 24)', () => {
    expect(outcomeOf({ reasons: [] })).toBe('INPUT_MISSING');
  });

  it('935: the request closed because the appeal is pending', async () => {
    const text = await danishPdfText(withData(refused, { appealPending: true, reasons: [] }));
    expect(text).toContain(
      'Din klage over afgørelsen er under behandling i Udlændingenævnet. Vi har derfor afsluttet din anmodning om genoptagelse.',
    );
    expect(text).not.toContain('Vi genoptager ikke');
  });
});

describe('the first letter after re-opening or remittal opens with the verbatim paragraph', () => {
  const sampleFile = (path: string) =>
    JSON.parse(readFileSync(new URL(`../../samples/${path}.json`, import.meta.url), 'utf8')) as Envelope;

  it('V-REOPEN-INTRO word for word, [VÆLG] as chosen, before the request (documentation request)', async () => {
    const text = await danishPdfText(sampleFile('pr-documentation-request/documentation--after-reopening'));
    inOrder(text, [...verbatim('pr-reopening-decision'), 'Det beder vi dig om, og hvorfor']);
    expect(text).not.toContain('Du anmodede samtidigt');
    const asked = withData(sampleFile('pr-documentation-request/documentation--after-reopening'), {});
    Object.assign(asked.data.opening as object, { request: 'asked', decidedOn: 'documentation' });
    const askedText = await danishPdfText(asked);
    expect(askedText).toContain('Du anmodede samtidigt om genoptagelsen af din sag.');
    expect(askedText).toContain('på baggrund af den indsendte dokumentation, og vi finder grundlag for at genoptage sagen.');
  });

  it('V-REMITTAL-INTRO word for word, single spaces around the filled placeholders (hearing and its own letter)', async () => {
    for (const path of ['pr-party-hearing/hearing--after-remittal', 'pr-remittal-intro/remitted-requirements-met']) {
      inOrder(await danishPdfText(sampleFile(path)), verbatim('pr-remittal-intro'));
    }
  });
});
