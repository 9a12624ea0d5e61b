/**
 * End to end, as a reader sees the PDF: text extracted with pdfjs-dist, pages counted, fonts listed.
 * The verbatim block of Asylmeddelelse 11/16 (src:1031–1042) must appear word for word.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderLetter } from '../../src/engine.ts';
import { flatText, readPdf } from '../support/pdf-text.ts';
import { type Envelope, sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

async function render(request: Envelope) {
  const result = await renderLetter(request, testWorld());
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  if (result.value.kind !== 'letter') throw new Error('no letter');
  return { ...result.value, facts: await readPdf(result.value.pdf) };
}

const verbatim = readFileSync(new URL('../fixtures/verbatim/humanitarian-permit-info.da.txt', import.meta.url), 'utf8')
  .trim()
  .split('\n');

describe('humanitarian-permit-info', () => {
  it.each(['handed', 'sent'])('%s: the verbatim block appears word for word, in order, in the Danish part', async (name) => {
    const { facts } = await render(sample('humanitarian-permit-info', name));
    const danish = flatText({ ...facts, pages: facts.pages.slice(0, 1) });
    let from = 0;
    for (const sentence of verbatim) {
      const at = danish.indexOf(sentence, from);
      expect(at, sentence).toBeGreaterThanOrEqual(from);
      from = at + sentence.length;
    }
  });

  it('handed and sent differ where the source says: the interview, or the date of the decision', async () => {
    const handed = flatText((await render(sample('humanitarian-permit-info', 'handed'))).facts);
    const sent = flatText((await render(sample('humanitarian-permit-info', 'sent'))).facts);
    expect(handed).toContain('Som du har fået at vide ved oplysnings- og motivsamtalen i dag');
    expect(handed).toContain('Udleveret ved oplysnings- og motivsamtalen');
    expect(sent).toContain(
      'Udlændingestyrelsen har den 28. oktober 2016 besluttet, at din asylsag skal realitetsbehandles i Danmark.',
    );
    expect(sent).toContain('4300 Holbæk');
  });
});

describe('every rendered letter', () => {
  const requests = [
    sample('humanitarian-permit-info', 'sent'),
    sample('reopening-guidance', 'extension-refused-board'),
    sample('reopening-guidance', 'extension-refused-reopened'),
  ];

  it.each(requests)('$letter: "Side X af Y" on every page, and the page count is right', async (request) => {
    const { facts, pages } = await render(request);
    expect(facts.pages).toHaveLength(pages);
    for (const [index, text] of facts.pages.entries()) expect(text).toContain(`Side ${index + 1} af ${pages}`);
  });

  it.each(requests)('$letter: embeds its fonts as subsets, and no standard (unembedded) font', async (request) => {
    const { facts } = await render(request);
    expect(facts.fonts.length).toBeGreaterThan(0);
    for (const font of facts.fonts) expect(font).toMatch(/^[A-Z]{6}\+Noto/);
  });

  it('carries title, author and the letter date as metadata', async () => {
    const { facts } = await render(sample('humanitarian-permit-info', 'sent'));
    expect(facts.info.Title).toBe('Vejledning om ansøgning om humanitær opholdstilladelse');
    expect(facts.info.Author).toBe('Udlændingestyrelsen, Center for Asyl');
    expect(facts.info.CreationDate).toMatch(/^D:20161103/);
  });

  it('is byte-identical when rendered twice from the same input', async () => {
    const request = sample('reopening-guidance', 'extension-granted--board-decided');
    const first = await render(request);
    const second = await render(request);
    expect(Buffer.from(second.pdf).equals(Buffer.from(first.pdf))).toBe(true);
  });
});

describe('bilingual letters', () => {
  it('Danish first; the translation starts on a new page with its note and a draft mark on each of its pages only', async () => {
    const { facts } = await render(sample('humanitarian-permit-info', 'sent'));
    const [danish, english] = facts.pages;
    expect(danish).toContain('Vejledning om ansøgning om humanitær opholdstilladelse');
    expect(danish).not.toContain('Draft translation');
    expect(english).toContain('This is a translation of the Danish letter. The Danish text is the binding one.');
    expect(english).toContain('Draft translation – not yet approved · Udkast til oversættelse – endnu ikke godkendt');
    expect(english).toContain('Side 2 af 2 · Page 2 of 2');
  });

  it('Danish alone when asked for: one part, no translation note', async () => {
    const { facts } = await render(sample('reopening-guidance', 'extension-refused-board'));
    expect(flatText(facts)).not.toContain('translation');
  });
});

describe('template safety', () => {
  it('markup and Handlebars syntax in input are printed as text and change no structure', async () => {
    const name = '<b>x</b> {{constructor}} & "Ali" O\'Brien';
    const base = sample('reopening-guidance', 'extension-refused-board');
    const plain = await render(base);
    const tricky = await render(withData(base, { applicant: { name, dateOfBirth: '1979-11-30' } }));
    expect(flatText(tricky.facts)).toContain(name);
    expect(tricky.pages).toBe(plain.pages);
    // the same lines, except the recipient's name
    const lines = (facts: typeof plain.facts) => facts.pages.join('\n').split('\n').length;
    expect(lines(tricky.facts)).toBe(lines(plain.facts));
  });
});

describe('no letter due', () => {
  it('is a clear answer, not a PDF', async () => {
    const result = await renderLetter(sample('reopening-guidance', 'no-letter-due'), testWorld());
    if (!result.ok) throw new Error('expected an answer');
    expect(result.value.kind).toBe('no-letter');
    if (result.value.kind === 'no-letter') expect(result.value.why.map((r) => r.rule)).toEqual(['R-ASY-021']);
  });
});
