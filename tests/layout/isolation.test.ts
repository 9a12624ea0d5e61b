/**
 * Every value printed inside right-to-left text keeps its own order (print review D3): the template
 * values (an authority's address lines, names, dates) are bidi isolates like the `t` helper's values
 * and the page furniture's. Read back with poppler in logical order: "2100 København Ø", never
 * "København Ø 2100", in every right-to-left language.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectPath } from '../../src/domain/project-path.ts';
import { composeLetter, renderLetter } from '../../src/engine.ts';
import type { Block, Inline } from '../../src/pipeline/document.ts';
import { loadTemplates } from '../../src/pipeline/templates.ts';
import { run, writeOutput } from '../support/poppler.ts';
import { testWorld } from '../support/world.ts';

const world = testWorld();
const sample = () =>
  JSON.parse(readFileSync(projectPath('samples/reopening-guidance/extension-granted--service-decided.json'), 'utf8'));

const FSI = '\u2068';
const PDI = '\u2069';

const texts = (blocks: readonly Block[]): string[] =>
  blocks.flatMap((block) => {
    const line = (inline: Inline) => inline.map((run) => run.text).join('');
    if (block.type === 'section') return texts(block.blocks);
    if (block.type === 'paragraph' || block.type === 'heading') return block.lines.map(line);
    return [];
  });

describe('template values are bidi isolates', () => {
  it("an authority's postal address lines in the Arabic part", () => {
    const composed = composeLetter({ ...sample(), languages: ['da', 'ar'] }, world);
    if (!composed.ok || composed.value.kind !== 'letter') throw new Error('no letter');
    const arabic = composed.value.document.parts.filter((part) => part.language === 'ar');
    const lines = arabic.flatMap((part) => texts(part.blocks));
    expect(lines).toContain(`${FSI}2100 København Ø${PDI}`);
    expect(lines).toContain(`${FSI}Ryesgade 53${PDI}`);
  });

  const dir = mkdtempSync(join(tmpdir(), 'templates-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('every {{value}} and helper value, in letters and partials; `t` sentences and strict mode unchanged', () => {
    mkdirSync(join(dir, 'letters'));
    mkdirSync(join(dir, 'partials'));
    writeFileSync(join(dir, 'partials', 'address.hbs'), '{{#each lines}}<br>{{this}}{{/each}}');
    writeFileSync(join(dir, 'letters', 'x.hbs'), '<p>{{name}}{{> address}} {{date day}} {{t "k"}}</p>');
    writeFileSync(join(dir, 'letters', 'strict.hbs'), '<p>{{missing}}</p>');
    const templates = loadTemplates(dir);
    const t = { markup: () => '<strong>sætning</strong>', has: () => true } as never;
    const out = templates.run('x', { name: 'Farida', lines: ['2100 København Ø'], day: '2016-11-03' }, { t, language: 'da' });
    expect(out).toBe(
      `<p>${FSI}Farida${PDI}<br>${FSI}2100 København Ø${PDI} ${FSI}3. november 2016${PDI} <strong>sætning</strong></p>`,
    );
    expect(() => templates.run('strict', {}, { t, language: 'da' })).toThrow(/missing/);
  });
});

describe('rendered right-to-left parts', () => {
  it.each(['ar', 'fa', 'ps', 'ckb'])(
    '%s: the postcode stays before the city, in the body as in the letterhead',
    async (language) => {
      const rendered = await renderLetter({ ...sample(), languages: ['da', language] }, world);
      if (!rendered.ok || rendered.value.kind !== 'letter') throw new Error('no letter');
      const file = writeOutput(`isolation-${language}.pdf`, rendered.value.pdf);
      const text = run('pdftotext', ['-layout', file, '-']).stdout;
      const rtlPages = text.split('\f').slice(1).join('\n');
      expect(rtlPages).not.toMatch(/København Ø\s+2100/);
      // the letterhead and the body's "send it to" block both print the address
      expect(rtlPages.match(/2100 København Ø/g)?.length).toBeGreaterThanOrEqual(2);
      // two values that read as one (the signature's authority and unit) stay in their order
      expect(rtlPages).toMatch(/Udlændingestyrelsen, Center for/);
      expect(rtlPages).not.toMatch(/Center for [A-Za-zæøå]+ ?,Udlændingestyrelsen/);
    },
  );
});
