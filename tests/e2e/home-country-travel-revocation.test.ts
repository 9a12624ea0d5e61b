/**
 * The variants that cannot render until their appeal guidance is configured (lapse, § 19, stk. 1, nr. 1:
 * R-ASY-003; § 19, stk. 2, nr. 4: R-ASY-048), rendered with a test configuration: the PDF says what the
 * reference requires of them. (No golden text until legal review configures them: tests/golden/text/<id>/README.md.)
 */
import { describe, expect, it } from 'vitest';
import { renderLetter } from '../../src/engine.ts';
import { configuredWorld, TEST_APPEAL_BASIS } from '../support/configured-world.ts';
import { readPdf } from '../support/pdf-text.ts';
import { sample, withData } from '../support/requests.ts';

const world = configuredWorld();
const danishText = async (name: string, changes: Record<string, unknown> = {}) => {
  const request = {
    ...withData(sample('home-country-travel-revocation', `invalid/APPEAL_GUIDANCE_NOT_CONFIGURED--${name}`), changes),
    languages: ['da'],
  };
  const rendered = await renderLetter(request, world);
  if (!rendered.ok || rendered.value.kind !== 'letter') throw new Error(JSON.stringify(rendered));
  return (await readPdf(rendered.value.pdf)).pages.join('\n').replace(/\s+/g, ' ');
};

describe('home-country-travel-revocation, configured variants', () => {
  it('lapse: the decision, the ground with § 17, stk. 4, the departure date (R-ASY-002), removal, the configured appeal', async () => {
    const text = await danishText('lapse');
    expect(text).toContain('Afgørelse om bortfald af din opholdstilladelse');
    expect(text).toContain('jf. udlændingelovens § 17, stk. 1, jf. stk. 4.');
    expect(text).toContain('i mere end 6 på hinanden følgende måneder');
    expect(text).toContain('Udlændingestyrelsen finder, at du frivilligt har taget bopæl i dit hjemland.');
    expect(text).toContain('Din udrejsedato er den 2. juli 2016.');
    expect(text).toContain('at udsendelse kan gennemføres tvangsmæssigt, jf. udlændingelovens § 31.');
    expect(text).toContain(TEST_APPEAL_BASIS);
    expect(text).not.toContain('§ 26'); // no revocation assessed after a lapse (R-ASY-041)
  });

  it('§ 19, stk. 1, nr. 1: why the general rule, the finding, § 26, removal', async () => {
    const text = await danishText('revocation-19-1-1');
    expect(text).toContain('jf. udlændingelovens § 19, stk. 1, nr. 1.');
    // T9: the reason § 19, stk. 2, nr. 4 does not apply (a trip of July 2010), then the general rule.
    expect(text).toContain(
      'Der er ikke grundlag for at inddrage din opholdstilladelse efter udlændingelovens § 19, stk. 2, nr. 4. Din rejse er ikke foretaget efter den 1. august 2010. Udlændingestyrelsen har derfor vurderet sagen efter udlændingelovens § 19, stk. 1, nr. 1.',
    );
    expect(text).toContain('jf. udlændingelovens § 19, stk. 7, jf. § 26, stk. 1.');
    expect(text).not.toContain('5. februar 2016');
  });

  it('§ 19, stk. 2, nr. 4 after 5 February 2016: the presumption in full, the findings stated, no referral in the letter', async () => {
    const text = await danishText('revocation-19-2-4');
    // L16: dated past events in the past tense.
    expect(text).toContain('at du den 2. juli 2016 udrejste af Danmark og den 3. juli 2016 indrejste i Afghanistan.');
    // L17 and T6/E9: the statutory wording "på en sådan måde", and the presumption quoted in full.
    expect(text).toContain(
      'har ændret sig på en sådan måde, at du ikke længere risikerer forfølgelse, jf. udlændingelovens § 19, stk. 2, nr. 4.',
    );
    expect(text).toContain(
      'Din rejse er foretaget efter lovens ikrafttræden den 5. februar 2016. Det tillægges derfor betydelig vægt, at du ved frivilligt at rejse til dit hjemland har skabt en formodning for, at de forhold, der dannede grundlag for din opholdstilladelse, har ændret sig på en sådan måde, at du ikke længere risikerer forfølgelse, jf. udlændingelovens § 19, stk. 3, 2. pkt.',
    );
    // T7/L18: what was found, not a conditional (the sentence runs over a page break here: checked in parts).
    expect(text).toContain('Du har ikke på overbevisende måde forklaret, hvorfor du rejste uden forudgående kontakt til');
    expect(text).toContain('udlændingemyndighederne. Det taler imod, at der lå ganske særlige omstændigheder bag rejsen.');
    expect(text).not.toContain('Det kan komme dig til skade');
    expect(text).not.toContain('prøvesag'); // the referral is a follow-up action for the office, not letter text
    expect(text).toContain(TEST_APPEAL_BASIS);
  });

  it('§ 19, stk. 2, nr. 4: an explanation found convincing is stated as such', async () => {
    const base = sample('home-country-travel-revocation', 'invalid/APPEAL_GUIDANCE_NOT_CONFIGURED--revocation-19-2-4');
    const trip = { ...(base.data.trip as object), travelEndorsement: 'despite-refusal', explanationConvincing: true };
    const text = await danishText('revocation-19-2-4', { trip });
    expect(text).toContain(
      'Du rejste, selv om du havde fået afslag på at få rejsebegrænsningen i dit rejsedokument eller fremmedpas ophævet. Udlændingestyrelsen finder, at du på overbevisende måde har forklaret, hvorfor du alligevel rejste. Det er derfor ikke lagt dig til last.',
    );
  });

  it('§ 19, stk. 2, nr. 4 before 2016: no presumption paragraph, no findings on it', async () => {
    const base = sample('home-country-travel-revocation', 'invalid/APPEAL_GUIDANCE_NOT_CONFIGURED--revocation-19-2-4');
    const trip = {
      ...(base.data.trip as object),
      departureFromDenmarkDate: '2014-12-18',
      homeCountryEntryDate: '2014-12-19',
      returnToDenmarkDate: undefined,
      travelEndorsement: 'lifted-on-application',
      explanationConvincing: undefined,
    };
    const text = await danishText('revocation-19-2-4', { trip });
    expect(text).toContain('Bestemmelsen kan anvendes, fordi din rejse er foretaget efter den 1. august 2010');
    expect(text).not.toContain('5. februar 2016');
    expect(text).not.toContain('ganske særlige omstændigheder');
  });
});
