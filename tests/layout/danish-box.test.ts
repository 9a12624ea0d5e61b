/**
 * The "only available in Danish" box (templates.ts `danishBox`): the notice is bold, the officer's Danish passage
 * below it is a quote in regular weight (its own role, not a second notice), in a left-to-right and a right-to-left
 * part. Read from the PDF as a reader's tool sees it: each text item with the font it is drawn in (pdf.js).
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { renderLetter } from '../../src/engine.ts';
import { parse } from '../../src/pipeline/parse.ts';
import { sample } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

interface Drawn {
  readonly text: string;
  readonly font: string;
}

/** Every text item of the PDF with the name of its font ("EZZZZZ+NotoSans-Regular"). */
async function drawnText(bytes: Uint8Array): Promise<Drawn[]> {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const drawn: Drawn[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    await page.getOperatorList(); // loads the page's fonts into commonObjs
    const content = await page.getTextContent();
    for (const item of content.items) {
      if (!('str' in item) || !item.str.trim()) continue;
      drawn.push({ text: item.str, font: String((page.commonObjs.get(item.fontName) as { name?: string }).name) });
    }
  }
  await pdf.destroy();
  return drawn;
}

async function render(letter: string, name: string): Promise<Drawn[]> {
  const rendered = await renderLetter(sample(letter, name), testWorld());
  if (!rendered.ok || rendered.value.kind !== 'letter') throw new Error(JSON.stringify(rendered));
  return drawnText(rendered.value.pdf);
}

const fontOf = (drawn: readonly Drawn[], text: string): string[] =>
  drawn.filter((item) => item.text.includes(text)).map((item) => item.font);

describe('the "only available in Danish" box', () => {
  it('is a notice (class note) and a quote (class quote) in the markup', () => {
    const parsed = parse(
      '<p class="note keep-with-next"><strong>Kun på dansk.</strong></p><section lang="da" dir="ltr"><p class="quote">Du har forklaret.</p></section>',
      'test',
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed));
    const [notice, section] = parsed.value;
    expect(notice).toMatchObject({ type: 'paragraph', role: 'note', keepWithNext: true });
    expect(section).toMatchObject({ type: 'section', blocks: [{ type: 'paragraph', role: 'quote' }] });
    expect(parse('<p class="note quote">x</p>', 'test').ok).toBe(false);
  });

  it('English part: the notice is bold, the Danish passage regular', async () => {
    const drawn = await render('asylum-refusal-removal', 'expelled-removal-barred');
    expect(fontOf(drawn, 'This passage is only available in Danish.')).toEqual([expect.stringMatching(/-Bold$/)]);
    const passage = fontOf(drawn, 'grov');
    expect(passage.length).toBeGreaterThan(0);
    for (const font of passage) expect(font).toMatch(/NotoSans-Regular$/);
  });

  it('Arabic part: the notice is bold, the Danish passage regular', async () => {
    const drawn = await render('asylum-refusal-removal', 'refusal-removal-possible--arabic-assessment-danish-only');
    const notice = fontOf(drawn, 'هذا المقطع');
    expect(notice.length).toBeGreaterThan(0);
    for (const font of notice) expect(font).toMatch(/-Bold$/);
    const passage = fontOf(drawn, 'Addis Abeba');
    expect(passage.length).toBeGreaterThan(0);
    for (const font of passage) expect(font).toMatch(/-Regular$/);
  });
});
