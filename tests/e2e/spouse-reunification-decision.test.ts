/**
 * The spouse decision as its reader gets it (text from the PDF): the refusal (rendered with the test appeal
 * configuration, R-FAM-101 being OPEN) with its grounds in order, the verbatim blocks word for word, the departure
 * date, and the forced-marriage summary that never names who reported coercion (R-FAM-025, src:5747–5750).
 */
import { describe, expect, it } from 'vitest';
import { renderLetter } from '../../src/engine.ts';
import { configuredWorld } from '../support/configured-world.ts';
import { readPdf } from '../support/pdf-text.ts';
import { type Envelope, sample, withData } from '../support/requests.ts';

const L = 'spouse-reunification-decision';
const refusal = sample(L, 'invalid/APPEAL_GUIDANCE_NOT_CONFIGURED--refusal');
const flat = (s: string) => s.replace(/\s+/g, ' ');

const danishText = async (request: Envelope) => {
  const rendered = await renderLetter({ ...request, languages: ['da'] }, configuredWorld());
  if (!rendered.ok || rendered.value.kind !== 'letter') throw new Error(JSON.stringify(rendered));
  return flat((await readPdf(rendered.value.pdf)).pages.join('\n'));
};

describe('spouse-reunification-decision, refusal', () => {
  it('the main ground first, then the others in the reference order, with their provisions (R-FAM-020)', async () => {
    const text = await danishText(refusal);
    const order = [
      'Vi har givet dig afslag af følgende grund:',
      'I er ikke begge over 24 år (udlændingelovens § 9, stk. 1, nr. 1)',
      'I opfylder heller ikke følgende betingelser:',
      'Jeres samlede tilknytning til Danmark er ikke større end jeres samlede tilknytning til et andet land (udlændingelovens § 9, stk. 7)',
      'Jonas Vestergaard råder ikke over en selvstændig bolig af en rimelig størrelse (udlændingelovens § 9, stk. 6)',
    ].map((s) => text.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // housing is not waivable: no § 9 c assessment is offered (R-FAM-038)
    expect(text).not.toContain('ganske særlige grunde');
  });

  it('V-SYR-SOM word for word, "han" for a male reference, "hun" for a female one', async () => {
    const male = await danishText(refusal);
    expect(male).toContain(
      'Vejledning om ny ansøgning Du kan søge om familiesammenføring igen, hvis du får en nærmere tilknytning til Danmark. Fx hvis du har haft et besøgsophold, eller hvis du får opholdstilladelse på baggrund af arbejde eller studie her i landet.',
    );
    expect(male).toContain(
      'om din ægtefælle råder over en passende bolig, om han har modtaget hjælp efter lov om aktiv socialpolitik eller integrationsloven, og om han opfylder de overførte betingelser til permanent ophold.',
    );
    expect(male).toContain(
      'Hvis betingelserne for at give dig opholdstilladelse fortsat er opfyldt, når du søger om visum, og hvis du opfylder de grundlæggende betingelser for at få et visum – du skal fx have et pas – vil du som udgangspunkt få visum til Danmark.',
    );
    const female = await danishText(
      withData(refusal, { reference: { name: 'Sara Holm', dateOfBirth: '1987-11-19', gender: 'female' } }),
    );
    expect(female).toContain('om hun har modtaget hjælp');
    expect(female).not.toContain('om han har modtaget hjælp');
  });

  it('the departure deadline as a date, with the departure-control statement (R-FAM-082, R-FAM-088)', async () => {
    const text = await danishText(refusal);
    expect(text).toContain('Du skal udrejse af Danmark senest den 28. juni 2017, jf. udlændingelovens § 33, stk. 2, 3. pkt.');
    expect(text).toContain('gennemfører vi rutinemæssigt udrejsekontrol');
  });

  it('forced marriage, summary: only the fixed sentence; nothing the officer typed about the source reaches the letter', async () => {
    const grounds = [
      { ground: 'twenty-four-year', reasons: ['Du fylder 24 år den 10. januar 2018.'] },
      { ground: 'forced-marriage-summary' },
    ];
    const request = withData(refusal, { decision: { ...(refusal.data.decision as object), grounds } });
    const text = await danishText(request);
    expect(text).toContain(
      'Ægteskabet er ikke indgået efter begge parters eget ønske (udlændingelovens § 9, stk. 8) Vi giver afslag, fordi vi efter en samlet vurdering finder, at ægteskabet ikke er indgået efter begge parters eget ønske.',
    );
    // It is the main ground (marriage grounds come first, R-FAM-020); the next line is the list of the others.
    const after = text.split('begge parters eget ønske.')[1] ?? '';
    expect(after.trimStart().startsWith('I opfylder heller ikke følgende betingelser: I er ikke begge over 24 år')).toBe(true);
    // A forced-marriage ground is never offered a waiver (R-FAM-038).
    expect(text).not.toContain('§ 9 c, stk. 1, selv om');
  });

  it('a grant with a coming-home condition prints V-COMING-HOME word for word and the computed dates', async () => {
    const text = await danishText(sample(L, 'grant-9-1-1--in-denmark-representative-copy'));
    expect(text).toContain(
      'Opholdstilladelse meddeles i disse tilfælde på betingelse af, at den herboende ægtefælle inden seks måneder regnet enten fra tidspunktet for den herboende ægtefælles tilbagevenden til Danmark, hvis vedkommende på afgørelsestidspunktet fortsat opholder sig i udlandet, eller fra tidspunktet for afgørelsen, hvis vedkommende på afgørelsestidspunktet er indrejst i Danmark, godtgør at råde over en selvstændig bolig af en rimelig størrelse indtil mindst halvandet år efter tidspunktet for indgivelsen af ansøgning om ægtefællesammenføring, jf. boligkravsbekendtgørelsens § 2, stk. 3, 2. pkt.',
    );
    expect(text).toContain('senest den 14. december 2017');
    expect(text).toContain('indtil mindst den 20. august 2018');
    expect(text).toContain(
      'Hvis betingelserne ikke bliver overholdt, vil din opholdstilladelse blive inddraget, jf. udlændingelovens § 19, stk. 1, nr. 3.',
    );
  });
});
