/**
 * The officer's words that a translated sentence used to carry inline (issue 15): where the officer gave the
 * translation, the sentence carries it; where not, the part says the sentence without the value, then the notice
 * and the Danish in its box, never Danish inside a translated sentence.
 */
import { describe, expect, it } from 'vitest';
import { renderLetter } from '../../src/engine.ts';
import { run, writeOutput } from '../support/poppler.ts';
import { sample } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const NOTICE = 'This passage is only available in Danish.';

async function englishPart(letter: string, name: string) {
  const rendered = await renderLetter(sample(letter, name), testWorld());
  if (!rendered.ok || rendered.value.kind !== 'letter') throw new Error(JSON.stringify(rendered));
  const file = writeOutput(`officer-text-inline-${letter}-${name}.pdf`, rendered.value.pdf);
  const text = run('pdftotext', [file, '-']).stdout.replace(/[\u2066-\u2069]/gu, '');
  // The English part starts with its first page's "Case no." footer label; the Danish pages carry "Sagsnr.".
  const pages = text.split('\f').filter((page) => page.includes('Case no.'));
  return pages.join('\n').replace(/\s+/g, ' ');
}

describe("the officer's words inside a sentence, in the English part", () => {
  it('pr-party-hearing: the matter and what the information says, given in English', async () => {
    const english = await englishPart('pr-party-hearing', 'hearing--officer-text-translated');
    expect(english).toContain(
      'The information is of importance for the following: the requirement of ordinary full-time employment',
    );
    expect(english).toContain('You have stated that you have been employed full-time by Fynsk Rengøring ApS');
    expect(english).not.toContain(NOTICE);
    expect(english).not.toContain('kravet om');
  });

  it('pr-party-hearing: not given in English, the sentence ends at its colon and the Danish is in the box', async () => {
    const english = await englishPart('pr-party-hearing', 'hearing');
    expect(english).toContain(`The information is of importance for the following: ${NOTICE} kravet om ordinær`);
    expect(english).toContain(`${NOTICE} Du har oplyst, at du har været ansat`);
    expect(english).not.toMatch(/following: kravet/);
  });

  it('pr-party-hearing: the sentence of the judgment, with and without the English', async () => {
    const given = await englishPart('pr-party-hearing', 'hearing--criminal-record-officer-text-translated');
    expect(given).toContain('you were sentenced to unconditional imprisonment for 40 days.');
    expect(given).not.toContain(NOTICE);
    const danishOnly = await englishPart('pr-party-hearing', 'hearing--criminal-record');
    expect(danishOnly).toContain(`you were sentenced to the following: ${NOTICE} ubetinget fængsel i 40 dage`);
    expect(danishOnly).not.toContain('sentenced to ubetinget');
  });

  it("family-hearing: the information's source", async () => {
    const given = await englishPart('family-hearing', 'child-revocation--officer-text-translated');
    expect(given).toContain('The information comes from Horsens Kommune (the municipality of Horsens).');
    expect(given).not.toContain(NOTICE);
    const danishOnly = await englishPart('family-hearing', 'child-revocation');
    expect(danishOnly).toContain(`The information comes from the following: ${NOTICE}`);
    expect(danishOnly).not.toContain('comes from Horsens');
  });

  it('personal-data-decision: the documents as a list in English, or the Danish list in the box', async () => {
    const given = await englishPart('personal-data-decision', 'correction-granted--officer-text-translated');
    expect(given).toContain("Birth certificate issued by Kenya's civil registration authority");
    expect(given).not.toContain(NOTICE);
    expect(given).not.toContain('Fødselsattest');
    const danishOnly = await englishPart('personal-data-decision', 'correction-granted');
    expect(danishOnly).toContain(`We have relied on these documents: ${NOTICE}`);
    expect(danishOnly).toContain('Fødselsattest udstedt af Kenyas civilregistreringsmyndighed');
  });

  it('pr-documentation-request: what is requested and why', async () => {
    const given = await englishPart('pr-documentation-request', 'documentation--officer-text-translated');
    expect(given).toContain('A medical certificate about your disability');
    expect(given).not.toContain(NOTICE);
    const danishOnly = await englishPart('pr-documentation-request', 'documentation');
    // What and why are consecutive passages: one notice for both, not one each.
    expect(danishOnly).toContain(`${NOTICE} En lægeerklæring om dit handicap Du har oplyst, at du ikke kan bestå`);
    expect(danishOnly.split(NOTICE)).toHaveLength(2);
  });
});
