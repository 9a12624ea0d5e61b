/**
 * The officer's words that a translated sentence used to carry inline (issue 15): where the officer gave the
 * translation, the sentence carries it; where not, the part says the sentence without the value, then the notice
 * and the Danish in its box, never Danish inside a translated sentence.
 */
import { describe, expect, it } from 'vitest';
import { renderLetter, type World } from '../../src/engine.ts';
import { configuredWorld } from '../support/configured-world.ts';
import { run, writeOutput } from '../support/poppler.ts';
import { type Envelope, sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const NOTICE = 'This passage is only available in Danish.';

let rendered = 0;

/** The English and the Danish part's text, from the PDF. */
async function parts(input: Envelope, world: World = testWorld()) {
  const result = await renderLetter(input, world);
  if (!result.ok || result.value.kind !== 'letter') throw new Error(JSON.stringify(result));
  rendered += 1;
  const file = writeOutput(`officer-text-inline-${input.letter}-${rendered}.pdf`, result.value.pdf);
  const text = run('pdftotext', [file, '-']).stdout.replace(/[\u2066-\u2069]/gu, '');
  // The English part starts with its first page's "Case no." footer label; the Danish pages carry "Sagsnr.".
  const pages = text.split('\f');
  const part = (english: boolean) =>
    pages
      .filter((page) => page.includes('Case no.') === english)
      .join('\n')
      .replace(/\s+/g, ' ');
  return { english: part(true), danish: part(false) };
}

const englishPart = async (letter: string, name: string) => (await parts(sample(letter, name))).english;

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

  it('pr-remittal-intro: the refused requirement and the requirement found met (V-REMITTAL-INTRO)', async () => {
    const given = await parts(sample('pr-remittal-intro', 'remitted-requirements-met--officer-text-translated'));
    expect(given.english).toContain(
      'you did not meet the requirement of lawful residence in Denmark for at least 6 years. You appealed',
    );
    expect(given.english).toContain(
      'on 27 February 2017. The requirement of lawful residence in Denmark for at least 6 years is now considered met.',
    );
    expect(given.english).not.toContain(NOTICE);
    expect(given.english).not.toContain('lovligt ophold');
    const danishOnly = await parts(sample('pr-remittal-intro', 'remitted-requirements-met'));
    expect(danishOnly.english).toContain(
      `you did not meet the following requirement: ${NOTICE} lovligt ophold i Danmark i mindst 6 år You appealed`,
    );
    expect(danishOnly.english).toContain(
      `The following requirement is now considered met: ${NOTICE} lovligt ophold i Danmark i mindst 6 år You will`,
    );
    expect(danishOnly.english).not.toContain('requirement of lovligt');
    // The Danish part is the same whether or not a translation was given: the verbatim sentences, no notice.
    for (const { danish } of [given, danishOnly]) {
      expect(danish).toContain('at du ikke opfyldte kravet om lovligt ophold i Danmark i mindst 6 år.');
      expect(danish).toContain('Kravet om lovligt ophold i Danmark i mindst 6 år anses nu for opfyldt.');
      expect(danish).not.toContain(NOTICE);
    }
    expect(given.danish).toBe(danishOnly.danish);
  });

  it('pr-documentation-request after re-opening: the refused requirement and what was documented (V-REOPEN-INTRO)', async () => {
    const given = await parts(sample('pr-documentation-request', 'documentation--after-reopening-officer-text-translated'));
    expect(given.english).toContain(
      'you did not meet the requirement of ordinary full-time employment for at least 2 years and 6 months within the last 3 years.',
    );
    expect(given.english).toContain(
      'we received documentation of your employment with Nordjysk Gartneri A/S from April 2013 to December 2016. Your enquiry was treated',
    );
    expect(given.english).not.toContain('ordinær fuldtidsbeskæftigelse');
    expect(given.english).not.toContain('din beskæftigelse');
    const danishOnly = await parts(sample('pr-documentation-request', 'documentation--after-reopening'));
    expect(danishOnly.english).toContain(`you did not meet the following requirement: ${NOTICE} ordinær fuldtidsbeskæftigelse`);
    // The [VÆLG] sentence that follows in the paragraph comes after the box.
    expect(danishOnly.english).toContain(
      `we received documentation of the following: ${NOTICE} din beskæftigelse hos Nordjysk Gartneri A/S fra april 2013 til december 2016 Your enquiry was treated as a request to re-open your case.`,
    );
    expect(given.danish).toBe(danishOnly.danish);
    expect(given.danish).toContain(
      'Den 20. februar 2017 modtog vi dokumentation for din beskæftigelse hos Nordjysk Gartneri A/S fra april 2013 til december 2016. Din henvendelse blev betragtet',
    );
  });

  it('new-application-guidance: what was received, and the requirement it does not concern', async () => {
    const given = await parts(sample('new-application-guidance', 'guidance-936--unrelated-officer-text-translated'));
    expect(given.english).toContain('On 2 March 2017 we received from you proof that you have passed Prøve i Dansk 3');
    expect(given.english).toContain(
      'does not concern the requirement of ordinary full-time employment for at least 2 years and 6 months within the last 3 years, on which the refusal was based. It therefore cannot lead us',
    );
    expect(given.english).not.toContain(NOTICE);
    const danishOnly = await parts(sample('new-application-guidance', 'guidance-936--unrelated'));
    expect(danishOnly.english).toContain(
      `On 2 March 2017 we received the following from you: ${NOTICE} et bevis for, at du har bestået Prøve i Dansk 3`,
    );
    // The sentence goes on after the box: the rest of it, not the Danish inside it.
    expect(danishOnly.english).toContain(
      `does not concern the following requirement, on which the refusal was based: ${NOTICE} ordinær fuldtidsbeskæftigelse i mindst 2 år og 6 måneder inden for de seneste 3 år It therefore cannot lead us to re-open your case.`,
    );
    expect(given.danish).toBe(danishOnly.danish);
    expect(given.danish).toContain(
      'Oplysningerne angår ikke kravet om ordinær fuldtidsbeskæftigelse i mindst 2 år og 6 måneder inden for de seneste 3 år, som afslaget blev truffet under henvisning til.',
    );
  });

  it('pr-reopening-decision (905, with the test appeal guidance): the requirement, the information and why not', async () => {
    // The sample gives the requirement in English and the information in Danish only; the variation the reverse.
    const name = 'invalid/APPEAL_GUIDANCE_NOT_CONFIGURED--refusal-to-reopen';
    const refused = sample('pr-reopening-decision', name);
    const requirement = (refused.data.refusedRequirement as { da: string }).da;
    const request = refused.data.request as { information: string };
    const information = { da: request.information, en: 'payslips from Nordjysk Gartneri A/S for 2013 to 2016' };
    const reverse = withData(refused, { refusedRequirement: requirement, request: { ...request, information } });
    const sampleParts = await parts(refused, configuredWorld());
    const reverseParts = await parts(reverse, configuredWorld());

    expect(sampleParts.english).toContain(
      'Your information concerns the requirement of ordinary full-time employment for at least 2 years and 6 months within the last 3 years and existed before the decision was made.',
    );
    expect(sampleParts.english).toContain(
      `with the following information: ${NOTICE} lønsedler fra Nordjysk Gartneri A/S for perioden april 2013 til december 2016`,
    );
    expect(sampleParts.english).not.toContain('requirement of ordinær');

    expect(reverseParts.english).toContain('with payslips from Nordjysk Gartneri A/S for 2013 to 2016.');
    expect(reverseParts.english).toContain(
      `you did not meet the following requirement: ${NOTICE} ordinær fuldtidsbeskæftigelse i mindst 2 år og 6 måneder inden for de seneste 3 år`,
    );
    // The sentence goes on after the box: the rest of it, then the officer's reasons.
    expect(reverseParts.english).toContain(
      `Your information concerns the following requirement: ${NOTICE} ordinær fuldtidsbeskæftigelse i mindst 2 år og 6 måneder inden for de seneste 3 år The information existed before the decision was made. It would not, however, have led to a different decision:`,
    );
    expect(reverseParts.english).not.toContain('with lønsedler');

    expect(sampleParts.danish).toBe(reverseParts.danish);
    expect(sampleParts.danish).toContain(
      `Dine oplysninger angår kravet om ${requirement} og forelå, før afgørelsen blev truffet.`,
    );
    expect(sampleParts.danish).not.toContain(NOTICE);
  });
});
