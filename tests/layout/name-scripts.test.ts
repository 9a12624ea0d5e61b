/**
 * Names in any script the bundled fonts cover are drawn, in every part, with a font that has their
 * glyphs (print review D2): an Arabic name in the Danish window (Vazirmatn), an Ethiopic name in the
 * Danish window and in the English part (Noto Sans Ethiopic). Read back with poppler in logical order;
 * the PDF passed the conformance check (no .notdef) or it would not have been returned.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../../src/domain/project-path.ts';
import { createWorld, renderLetter } from '../../src/engine.ts';
import { run, writeOutput } from '../support/poppler.ts';

const world = createWorld();
const sample = (letter: string, name: string) => JSON.parse(readFileSync(projectPath(`samples/${letter}/${name}.json`), 'utf8'));

async function render(envelope: unknown, name: string) {
  const rendered = await renderLetter(envelope, world);
  if (!rendered.ok) throw new Error(rendered.diagnostics.map((d) => d.code).join(', '));
  if (rendered.value.kind !== 'letter') throw new Error('no letter');
  const file = writeOutput(`names-${name}.pdf`, rendered.value.pdf);
  const pages = run('pdftotext', ['-layout', file, '-']).stdout.split('\f');
  const fonts = run('pdffonts', [file]).stdout;
  return { pages, fonts };
}

describe('a name in another script', () => {
  it.each([
    ['Arabic', 'فريدة أحمدي', ['da', 'ar'], 'Vazirmatn'],
    ['Ethiopic', 'ሰላም ተስፋይ', ['da', 'en'], 'NotoSansEthiopic'],
    ['Arabic with an English part', 'فريدة أحمدي', ['da', 'en'], 'Vazirmatn'],
  ])('%s in the Danish window is drawn with its script font', async (what, name, languages, font) => {
    const envelope = sample('humanitarian-permit-info', 'sent');
    envelope.languages = languages;
    envelope.data.applicant.name = name;
    const { pages, fonts } = await render(envelope, `window-${what.replace(/\W/g, '')}`);
    const windowLine = (pages[0] as string).split('\n').find((line) => line.includes(name));
    expect(windowLine, 'the name, whole and in logical order, on the first page').toBeDefined();
    expect(fonts).toContain(font);
  });

  it('an Ethiopic name in the English part (the identity table) and in the Danish part', async () => {
    const envelope = sample('child-reunification-decision', 'grant-under-15');
    envelope.data.applicant.name = 'ዮናስ ተስፋይ';
    const { pages, fonts } = await render(envelope, 'english-part-ethiopic');
    const english = pages.findIndex((page) => page.includes('This is a translation'));
    expect(english).toBeGreaterThan(0);
    expect(pages.slice(english).join('\n')).toContain('ዮናስ ተስፋይ');
    expect(pages.slice(0, english).join('\n')).toContain('ዮናስ ተስፋይ');
    expect(fonts).toContain('NotoSansEthiopic');
  });
});
