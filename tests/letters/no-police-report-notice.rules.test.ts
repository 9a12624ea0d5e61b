/**
 * No police report after a hearing (R-PR-152): a separate covering letter with a grant, a paragraph in any other
 * next letter; V-NO-POLICE-REPORT word for word in the PDF; the dates in order.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planLetter, renderLetter } from '../../src/engine.ts';
import { flatText, readPdf } from '../support/pdf-text.ts';
import { sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const base = sample('no-police-report-notice', 'covering-letter');
const verbatim = readFileSync(new URL('../fixtures/verbatim/no-police-report-notice.da.txt', import.meta.url), 'utf8').trim();
const run = (changes: Record<string, unknown>) => {
  const result = planLetter(withData(base, changes), testWorld());
  return result.ok
    ? { codes: [], outcome: result.value.outcome }
    : { codes: result.diagnostics.map((d) => `${d.code} ${d.path}`), outcome: null };
};
async function danishPdfText(envelope: ReturnType<typeof sample>) {
  const rendered = await renderLetter({ ...envelope, languages: ['da'] }, testWorld());
  if (!rendered.ok || rendered.value.kind !== 'letter') throw new Error(JSON.stringify(rendered));
  return flatText(await readPdf(rendered.value.pdf));
}

describe('no-police-report-notice (R-PR-152)', () => {
  it('with a grant: never in the grant, a separate covering letter', () => {
    const { outcome } = run({ nextOutcome: 'grant' });
    expect(outcome?.due && outcome.plan.variant).toBe('covering-letter');
  });

  it.each(['refusal', 'documentation-request', 'other-letter'])(
    'next outcome %s: no separate letter, a paragraph in it',
    (nextOutcome) => {
      const { outcome } = run({ nextOutcome });
      expect(outcome?.due).toBe(false);
      if (outcome && !outcome.due) {
        expect(outcome.why[0]?.rule).toBe('R-PR-152');
        expect(outcome.answer).toContain('V-NO-POLICE-REPORT');
      }
    },
  );

  it.each([
    ['2017-02-12', ['RULE_DATE_BEFORE data.applicantInformationDate']],
    ['2017-02-13', []],
    ['2017-02-14', []],
  ])('the applicant’s information of %s after the hearing of 13 February 2017', (applicantInformationDate, expected) => {
    expect(run({ applicantInformationDate }).codes).toEqual(expected);
  });

  it.each([
    ['2017-03-02', ['RULE_DATE_BEFORE data.letterDate']],
    ['2017-03-03', []],
    ['2017-03-04', []],
  ])('a letter of %s after the information of 3 March 2017', (letterDate, expected) => {
    expect(run({ letterDate }).codes).toEqual(expected);
  });

  it('the covering letter carries V-NO-POLICE-REPORT word for word (the comma after “baggrund” included)', async () => {
    expect(await danishPdfText(base)).toContain(verbatim);
  });

  it('the documentation request carries it as a paragraph when asked, and only then', async () => {
    const request = sample('pr-documentation-request', 'documentation--after-hearing');
    expect(await danishPdfText(request)).toContain(verbatim);
    const without = withData(request, {});
    delete without.data.noPoliceReport;
    expect(await danishPdfText(without)).not.toContain('politianmelder');
  });

  it('a hearing carries it too (an "other letter"), after its opening', async () => {
    const hearing = withData(sample('pr-party-hearing', 'hearing'), {
      letterDate: '2017-03-20',
      noPoliceReport: { applicantInformationDate: '2017-03-03' },
    });
    Object.assign(hearing.data.hearing as object, { answerBy: '2017-04-10' });
    expect(await danishPdfText(hearing)).toContain(verbatim);
    expect(await danishPdfText(sample('pr-party-hearing', 'hearing'))).not.toContain('politianmelder');
  });

  it('the paragraph in a documentation request cannot be dated before the information it rests on', () => {
    const request = sample('pr-documentation-request', 'documentation--after-hearing');
    const result = planLetter(withData(request, { noPoliceReport: { applicantInformationDate: '2017-03-21' } }), testWorld());
    expect(result.ok ? [] : result.diagnostics.map((d) => `${d.code} ${d.path}`)).toEqual(['RULE_DATE_BEFORE data.letterDate']);
  });
});
