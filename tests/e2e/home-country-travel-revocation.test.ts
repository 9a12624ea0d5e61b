/**
 * The variants that cannot render until their appeal guidance is configured (lapse, § 19, stk. 1, nr. 1;
 * R-ASY-003), rendered with a test configuration: the PDF says what the reference requires of them.
 */
import { describe, expect, it } from 'vitest';
import { renderLetter } from '../../src/engine.ts';
import { configuredWorld, TEST_APPEAL_BASIS } from '../support/configured-world.ts';
import { readPdf } from '../support/pdf-text.ts';
import { sample } from '../support/requests.ts';

const world = configuredWorld();
const danishText = async (name: string) => {
  const request = {
    ...sample('home-country-travel-revocation', `invalid/APPEAL_GUIDANCE_NOT_CONFIGURED--${name}`),
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
    expect(text).toContain(
      'Der er ikke grundlag for at inddrage din opholdstilladelse efter udlændingelovens § 19, stk. 2, nr. 4.',
    );
    expect(text).toContain('jf. udlændingelovens § 19, stk. 7, jf. § 26, stk. 1.');
    expect(text).not.toContain('5. februar 2016');
  });
});
