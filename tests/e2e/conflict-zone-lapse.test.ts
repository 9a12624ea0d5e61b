/**
 * The § 21 b decisions as a reader sees the PDF (text extracted with pdfjs-dist): no sentence contradicts
 * another (review T10, T11, L19), each appeal statement carries its own provision (T4, T5), and a granted
 * dispensation carries no appeal guidance (issue 11, points 6 and 7; R-ASY-095, R-ASY-097 to R-ASY-099).
 */
import { describe, expect, it } from 'vitest';
import { renderLetter } from '../../src/engine.ts';
import { flatText, readPdf } from '../support/pdf-text.ts';
import { sample } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

async function danish(name: string) {
  const rendered = await renderLetter({ ...sample('conflict-zone-lapse', name), languages: ['da'] }, testWorld());
  if (!rendered.ok || rendered.value.kind !== 'letter') throw new Error(JSON.stringify(rendered));
  // A sentence may run over a page break: the footer between the pages is not part of the text.
  return flatText(await readPdf(rendered.value.pdf)).replace(/ ?Sagsnr\. \S+ Side \d+ af \d+ ?/g, ' ');
}

describe('conflict-zone-lapse, in the PDF', () => {
  it('removal barred: tolerated stay, the duty to leave, and no police seeing to the departure', async () => {
    const text = await danish('lapse-in-denmark');
    expect(text).toContain('har du tålt ophold i Danmark');
    expect(text).toContain('Du skal udrejse af Danmark med det samme, jf. udlændingelovens § 30, stk. 1.');
    expect(text).not.toContain('sørger politiet for din udrejse');
    expect(text).toContain('Der er ingen klagefrist, jf. udlændingelovens § 53 a, stk. 2.');
    expect(text).not.toContain('Flygtningenævnet, jf.');
  });

  it('abroad: never "også selv om du stadig opholder dig i Danmark"', async () => {
    const text = await danish('lapse-abroad');
    expect(text).toContain('Da du opholder dig uden for Danmark');
    expect(text).not.toContain('stadig opholder dig i Danmark');
  });

  it('Udlændingenævnet: the 8 weeks "som udgangspunkt", with § 52 b, stk. 6 on that statement', async () => {
    const text = await danish('lapse-in-denmark--other-basis');
    expect(text).toContain(
      'Klagen skal som udgangspunkt være indgivet inden 8 uger efter, at afgørelsen er meddelt dig, jf. udlændingelovens § 52 b, stk. 6.',
    );
    expect(text).toContain('Du kan klage over afgørelsen til Udlændingenævnet.');
  });

  it('dispensation granted: the entry ban lapses; no appeal guidance, no departure', async () => {
    const text = await danish('dispensation-granted');
    expect(text).toContain('Dit indrejseforbud efter udlændingelovens § 32, stk. 11, bortfalder dermed.');
    expect(text).not.toContain('Klagevejledning');
    expect(text).not.toContain('udrejse af Danmark');
  });
});
