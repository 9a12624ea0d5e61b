/** `letters i18n preview`: the sample in Danish, then the chosen translation with its draft mark on every translated page. */
import { describe, expect, it } from 'vitest';
import { createWorld, renderLetter } from '../../src/engine.ts';
import { previewRequest } from '../../src/i18n/preview.ts';
import { readPdf } from '../support/pdf-text.ts';

const world = createWorld();

describe('letters i18n preview', () => {
  it('renders a sample in Danish and the chosen language, the draft mark on the translated pages only', async () => {
    const prepared = previewRequest('reopening-guidance/extension-refused-board', 'en');
    if (!prepared.ok) throw new Error(prepared.message);
    expect(prepared.name).toBe('reopening-guidance--extension-refused-board');
    const rendered = await renderLetter(prepared.request, world);
    if (!rendered.ok || rendered.value.kind !== 'letter') throw new Error('did not render');
    const { pages } = await readPdf(rendered.value.pdf);
    const danishPages = pages.filter((page) => page.includes('Vejledning om genoptagelse af din asylsag'));
    const englishPages = pages.filter((page) => !danishPages.includes(page));
    expect(danishPages.length).toBeGreaterThan(0);
    expect(englishPages.join('\n')).toContain('Guidance on re-opening your asylum case');
    for (const page of englishPages) expect(page).toContain('Draft translation – not yet approved · Udkast til oversættelse');
    for (const page of danishPages) expect(page).not.toContain('Draft translation');
  });

  it('names a sample that does not exist, without reading anything else', () => {
    expect(previewRequest('no-such-letter/none', 'en')).toMatchObject({ ok: false });
  });
});
