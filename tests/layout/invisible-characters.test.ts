/**
 * Invisible characters keep their meaning in the text layer (print review D9): the zero-width
 * non-joiner of Persian "می‌توانید" is drawn with the font's own empty glyph, not the space glyph, so
 * poppler gives back U+200C where the locale has it, not a space. pdf.js leaves zero-width glyphs out
 * of its text (the word comes out joined, no longer split by a space); its structure tree carries the
 * exact text as the element's /ActualText (logical-text.test.ts).
 */
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, renderLetter } from '../../src/engine.ts';
import { run, writeOutput } from '../support/poppler.ts';

const world = createWorld();
const sample = JSON.parse(readFileSync('samples/humanitarian-permit-info/sent.json', 'utf8'));
const WITH_ZWNJ = 'می\u200Cتوانید';
const WITH_SPACE = 'می توانید';

describe('Farsi with a zero-width non-joiner', () => {
  let pdf: Uint8Array;
  let file: string;
  beforeAll(async () => {
    const rendered = await renderLetter({ ...sample, languages: ['da', 'fa'] }, world);
    if (!rendered.ok || rendered.value.kind !== 'letter') throw new Error('sample did not render');
    pdf = rendered.value.pdf;
    file = writeOutput('invisible-characters-da-fa.pdf', pdf);
  });

  it('pdftotext gives back U+200C', () => {
    const text = run('pdftotext', [file, '-']).stdout;
    expect(text).toContain(WITH_ZWNJ);
    expect(text).not.toContain(WITH_SPACE);
  });

  it('pdf.js gives back the word without a space in it', async () => {
    const document = await getDocument({ data: pdf.slice(), verbosity: 0 }).promise;
    let text = '';
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent({ disableNormalization: true });
      text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    }
    await document.destroy();
    expect(text).toContain(WITH_ZWNJ.replace('\u200C', ''));
    expect(text).not.toContain(WITH_SPACE);
  });
});
