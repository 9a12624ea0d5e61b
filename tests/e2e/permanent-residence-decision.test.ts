/**
 * The refusal of permanent residence cannot render until its appeal guidance is configured (R-PR-130, OPEN): rendered
 * here with the test configuration, the PDF states every unmet condition with its figures, the interrupted stay
 * (R-PR-027), the rule set, and carries the extension part-decision as its companion (R-PR-110).
 */
import { describe, expect, it } from 'vitest';
import { renderLetter } from '../../src/engine.ts';
import { configuredWorld, TEST_APPEAL_BASIS } from '../support/configured-world.ts';
import { readPdf } from '../support/pdf-text.ts';
import { type Envelope, sample, withData } from '../support/requests.ts';

const world = configuredWorld();
const refusal = sample('permanent-residence-decision', 'invalid/APPEAL_GUIDANCE_NOT_CONFIGURED--refusal');

const rendered = async (request: Envelope) => {
  const result = await renderLetter(request, world);
  if (!result.ok || result.value.kind !== 'letter') throw new Error(JSON.stringify(result));
  return result.value;
};
const text = async (request: Envelope) => (await readPdf((await rendered(request)).pdf)).pages.join('\n').replace(/\s+/g, ' ');

describe('permanent-residence-decision, refusal (configured appeal)', () => {
  it('states every unmet condition with the figures that decided it, the interrupted stay first (R-PR-027)', async () => {
    const danish = await text({ ...refusal, languages: ['da'] });
    expect(danish).toContain('Afslag på tidsubegrænset opholdstilladelse');
    expect(danish).toContain(
      'ansøgning af 3. oktober 2016 om tidsubegrænset opholdstilladelse, jf. udlændingelovens § 11, stk. 3, 4 og 5.',
    );
    expect(danish).toContain('efter udlændingelovens § 11, som affattet ved lov nr. 102 af 3. februar 2016');
    // Stay: counted from the new permit (16 July 2012), 1 year of the 16-month absence counts, 119 days deducted.
    expect(danish).toContain('Dit lovlige ophold blev afbrudt den 30. april 2012.');
    expect(danish).toContain('opgjort fra den 16. juli 2012');
    expect(danish).toContain('fra den 16. juli 2012 til datoen for denne afgørelse til 4 år og 4 måneder.');
    expect(danish).toContain('Heri er fratrukket 120 dage, hvor du opholdt dig i udlandet');
    expect(danish).toContain('fra den 1. november 2014 til den 31. januar 2015');
    expect(danish).toContain('fra den 1. marts 2014 til den 28. februar 2017 haft 1 år og 9 måneder i fuldtidsbeskæftigelse.');
    expect(danish).toContain('Du opfylder 1 af dem.');
    expect(danish).toContain(TEST_APPEAL_BASIS);
    const order = ['Kravet om lovligt ophold', 'offentlig hjælp', 'Kravet om beskæftigelse', 'De supplerende betingelser'];
    const positions = order.map((label) => danish.indexOf(label));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(danish).not.toContain('Kravet om danskkundskaber');
  });

  it('employment under a year is stated in months only', async () => {
    const short = withData(refusal, {
      employment: [
        { month: '2016-05', hours: 150 },
        { month: '2016-06', hours: 150 },
      ],
    });
    const danish = await text({ ...short, languages: ['da'] });
    expect(danish).toContain('fra den 1. marts 2014 til den 28. februar 2017 haft 2 måneder i fuldtidsbeskæftigelse.');
  });

  it('R-PR-072: a strong-ties refusal warns that some groups cannot have their permit extended', async () => {
    const ties = sample('permanent-residence-decision', 'grant-strong-ties');
    const refused = withData(ties, { danish: 'none', temporaryPermitExpires: '2017-12-31' });
    const danish = await text({ ...refused, languages: ['da'] });
    expect(danish).toContain('jf. udlændingelovens § 11, stk. 3 og 13.');
    expect(danish).toContain(
      'højst kan få opholdstilladelse i 2 år i alt og derfor ikke kan få deres opholdstilladelse forlænget',
    );
    expect(danish).toContain('Kravet om danskkundskaber');
    expect(danish).not.toContain('Kravet om lovligt ophold');
  });

  it('goes with the extension part-decision in one set (R-PR-110)', async () => {
    const set = await rendered(refusal);
    expect(set.documents.map((d) => [d.role, d.letter])).toEqual([
      ['letter', 'permanent-residence-decision'],
      ['companion', 'temporary-permit-extension'],
    ]);
    const all = await text(refusal);
    expect(all).toContain('Vi har samtidig truffet afgørelse om forlængelse af din tidsbegrænsede opholdstilladelse.');
    expect(all).toContain('Udlændingestyrelsen forlænger din tidsbegrænsede opholdstilladelse til den 31. august 2019');
  });

  it('a permit valid more than 6 months: the refusal states its validity and sends no extension (R-PR-110)', async () => {
    const valid = withData(refusal, { temporaryPermitExpires: '2017-09-16', extension: undefined });
    const danish = await text({ ...valid, languages: ['da'] });
    expect(danish).toContain('Din tidsbegrænsede opholdstilladelse gælder til den 16. september 2017.');
    expect((await rendered(valid)).documents).toHaveLength(1);
  });
});

describe('permanent-residence-rejection, configured variants (R-PR-102, OPEN appeal)', () => {
  const rejection = (name: string) => sample('permanent-residence-rejection', `invalid/APPEAL_GUIDANCE_NOT_CONFIGURED--${name}`);
  it('incomplete: what was missing and why, the answer date, the extension as companion', async () => {
    const request = rejection('incomplete');
    const danish = await text({ ...request, languages: ['da'] });
    expect(danish).toContain('jf. udlændingelovens § 11, stk. 10.');
    expect(danish).toContain('Vi bad dig om at sende de manglende oplysninger eller dokumenter senest den 22. februar 2017.');
    expect(danish).toContain('Dokumentation for bestået Prøve i Dansk 2: Det er en betingelse');
    expect(danish).toContain('Vi har derfor ikke vurderet, om du opfylder betingelserne');
    expect((await rendered(request)).documents.map((d) => d.letter)).toEqual([
      'permanent-residence-rejection',
      'temporary-permit-extension',
    ]);
  });
  it('late filing: the expiry, the filing, and the referral to apply from abroad', async () => {
    const danish = await text({ ...rejection('late-filing'), languages: ['da'] });
    expect(danish).toContain('Din opholdstilladelse udløb den 31. december 2016. Du indgav din ansøgning den 16. januar 2017');
    expect(danish).toContain(
      'via en dansk repræsentation i udlandet eller i dit hjemland, jf. udlændingebekendtgørelsens § 29, stk. 3.',
    );
  });
  it('form: the refund less 830 kr.', async () => {
    const danish = await text({ ...rejection('form'), languages: ['da'] });
    expect(danish).toContain('Du får det betalte gebyr på 6.050 kr. tilbage med fradrag af 830 kr., det vil sige 5.220 kr.');
  });
});

describe('residence-9c1-decision, refusal (configured appeal)', () => {
  it('the verbatim law, the earlier stay, the child, the weighing and proportionality in the memo’s order', async () => {
    const request = sample('residence-9c1-decision', 'invalid/APPEAL_GUIDANCE_NOT_CONFIGURED--refusal');
    const danish = await text({ ...request, languages: ['da'] });
    expect(danish).toContain('Afslag på opholdstilladelse efter udlændingelovens § 9 c, stk. 1');
    expect(danish).toContain(
      'Efter udlændingelovens § 9 c, stk. 1, 1. pkt., kan der efter ansøgning gives opholdstilladelse til en udlænding, hvis ganske særlige grunde, herunder hensynet til familiens enhed og, hvis udlændingen er under 18 år, hensynet til barnets tarv, taler derfor.',
    );
    expect(danish).toContain(
      'Dit ophold i Danmark har i alt varet 7 år og 9 måneder. Heraf har du haft opholdstilladelse i 5 år.',
    );
    expect(danish).not.toContain('0 måneder');
    const order = [
      'Hensynet til barnets tarv',
      'Afvejningen af hensynet til barnets tarv',
      'Proportionalitet, jf.',
      'Klagevejledning',
    ];
    const at = order.map((s) => danish.indexOf(s));
    expect(at.every((p) => p >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});
