/**
 * The officer's own words per language (issue 15): an Arabic part prints the assessment in Arabic where the
 * officer gave it; where not, the Danish inside a marked box that says in Arabic that the passage is only in
 * Danish, tagged as Danish (so a language check of the Arabic part skips it), and the part is a draft.
 */
import { describe, expect, it } from 'vitest';
import { renderLetter, type World } from '../../src/engine.ts';
import { readStructure, type StructNode } from '../support/pdf-structure.ts';
import { run, writeOutput } from '../support/poppler.ts';
import { sample } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const DANISH = 'Du har forklaret, at du frygter at blive tilbageholdt af myndighederne';
const ARABIC = 'لقد أوضحت أنك تخشى أن تحتجزك السلطات';
const NOTICE = 'هذا المقطع متوفر باللغة الدنماركية فقط.';

/** A world in which every translation is approved: the draft mark then comes from the officer's text alone. */
function approvedWorld(world: World): World {
  const locales = Object.create(world.locales) as World['locales'];
  locales.status = () => 'approved';
  return { ...world, locales };
}

async function render(name: string, world = testWorld()) {
  const rendered = await renderLetter(sample('asylum-refusal-removal', `refusal-removal-possible--${name}`), world);
  if (!rendered.ok || rendered.value.kind !== 'letter') throw new Error(JSON.stringify(rendered));
  const file = writeOutput(`officer-text-${name}.pdf`, rendered.value.pdf);
  const pages = run('pdftotext', [file, '-'])
    .stdout.replace(/[\u2066-\u2069\u202a-\u202e\u200c\u200d]/gu, '')
    .replace(/[ \t]+/g, ' ')
    .split('\f');
  // An Arabic page has the Arabic footer label ("case number").
  const arabicPart = pages.filter((page) => page.includes('رقم القضية')).join('\n');
  const danishPart = pages.filter((page) => !page.includes('رقم القضية')).join('\n');
  return { rendered: rendered.value, danishPart, arabicPart };
}

/** The text of every structure element tagged with a language, by language (nested tags override). */
function textByLanguage(node: StructNode, lang = '', out: Record<string, string> = {}): Record<string, string> {
  const own = node.lang ?? lang;
  if (node.children.length === 0) out[own] = `${out[own] ?? ''} ${node.text}`;
  for (const child of node.children) textByLanguage(child, own, out);
  return out;
}

describe("the officer's assessment in an Arabic part", () => {
  it('given in Arabic: the Arabic text, no box, no Danish in the Arabic part', async () => {
    const { danishPart, arabicPart } = await render('arabic-assessment-translated');
    expect(danishPart).toContain(DANISH);
    expect(arabicPart).toContain(ARABIC);
    expect(arabicPart).not.toContain(NOTICE);
    expect(arabicPart).not.toContain('Du har forklaret');
  });

  it('not given in Arabic: the Danish in a box marked in Arabic, never as a translation', async () => {
    const { danishPart, arabicPart } = await render('arabic-assessment-danish-only');
    expect(danishPart).not.toContain(NOTICE);
    expect(arabicPart).toContain(NOTICE);
    expect(arabicPart.replace(/\s+/g, ' ')).toContain(DANISH);
    // The notice comes first, then the Danish.
    expect(arabicPart.indexOf(NOTICE)).toBeLessThan(arabicPart.indexOf('Du har forklaret'));
  });

  it('the Danish in the box is tagged Danish: a language check of the Arabic part does not meet it', async () => {
    const { rendered } = await render('arabic-assessment-danish-only');
    const byLanguage = textByLanguage(await readStructure(rendered.pdf));
    expect(byLanguage['da-DK']?.replace(/\s+/g, '')).toContain(DANISH.replace(/\s+/g, ''));
    const arabic = byLanguage.ar ?? '';
    expect(arabic).not.toContain('forklaret');
    // None of the Danish passage's words is in the Arabic-tagged text.
    for (const word of ['forklaret', 'frygter', 'tilbageholdt', 'myndighederne', 'demonstration', 'politisk']) {
      expect(arabic).not.toContain(word);
    }
  });

  it("draft mark: with every translation approved, only the part lacking the officer's text is a draft", async () => {
    const world = approvedWorld(testWorld());
    expect((await render('arabic-assessment-translated', world)).rendered.draftLanguages).toEqual([]);
    expect((await render('arabic-assessment-danish-only', world)).rendered.draftLanguages).toEqual(['ar']);
  });
});
