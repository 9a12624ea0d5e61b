/**
 * The enclosure list ("Bilag", anatomy.md part 7) of every sample, as the pipeline composes it (before layout): it
 * names exactly what goes in the letter's envelope — each companion document addressed to the letter's own
 * recipient, by the heading of its part in the same language, and each enclosure the letter carries after its
 * closing — and nothing else. The PDF text is checked in tests/e2e/enclosures.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '../../src/domain/languages.ts';
import { letterHtml } from '../../src/interfaces/http/letter-html.ts';
import { firstHeading, textOf } from '../../src/pipeline/assemble.ts';
import type { Block, Part } from '../../src/pipeline/document.ts';
import { composeLetter } from '../../src/pipeline/index.ts';
import { withoutBidiControls } from '../../src/pipeline/text/isolate.ts';
import { validSamples } from '../support/samples.ts';
import { testWorld } from '../support/world.ts';

const world = testWorld();
const label = (language: LanguageCode) => world.locales.translator(language).plain('common:enclosures');
const plain = (text: string) => withoutBidiControls(text);

/** The names under the part's "Bilag" label (null: the part lists none); the label is the paragraph's bold first line. */
function enclosureList(part: Part): string[] | null {
  const list = part.blocks.find(
    (block): block is Extract<Block, { type: 'paragraph' }> =>
      block.type === 'paragraph' &&
      block.lines[0]?.length === 1 &&
      block.lines[0][0]?.bold === true &&
      plain(block.lines[0][0].text) === label(part.language),
  );
  return list ? list.lines.slice(1).map((line) => plain(line.map((run) => run.text).join(''))) : null;
}

/** The part's own enclosure headings (the letter's text after its closing). */
const ownEnclosures = (blocks: readonly Block[]): string[] =>
  blocks.flatMap((block) => (block.type === 'heading' && block.enclosure ? [plain(textOf(block.lines))] : []));

const LAW_EXTRACT = {
  da: 'Uddrag fra lov nr. 176 af 24. februar 2015 om ændring af udlændingeloven (Styrket indsats mod rekruttering til væbnede konflikter i udlandet mv.)',
  en: 'Extract from Act no. 176 of 24 February 2015 amending the Aliens Act (Strengthened efforts against recruitment to armed conflicts abroad, etc.)',
};

/** The samples whose letter has enclosures, with the list each language part must show; every other sample has none. */
const EXPECTED: Record<string, Partial<Record<LanguageCode, string[]>>> = {
  'deportation-obstacle-decision/extension--with-reopening-guidance': {
    da: ['Vejledning om genoptagelse af din asylsag'],
    en: ['Guidance on re-opening your asylum case'],
  },
  'conflict-zone-guidance/third-country-national': { da: [LAW_EXTRACT.da], en: [LAW_EXTRACT.en] },
  'conflict-zone-guidance/eu-or-nordic': { da: [LAW_EXTRACT.da], en: [LAW_EXTRACT.en] },
};

const composed = validSamples().flatMap((sample) => {
  const result = composeLetter(sample.input, world);
  if (!result.ok) throw new Error(`${sample.letter}/${sample.name} did not compose`);
  return result.value.kind === 'letter' ? [{ id: `${sample.letter}/${sample.name}`, ...result.value }] : [];
});

describe('the enclosure list of every sample', () => {
  it('the expected samples are there (the table below is not empty by accident)', () => {
    for (const id of Object.keys(EXPECTED)) expect(composed.map((c) => c.id)).toContain(id);
  });

  it.each(composed.map((c) => [c.id, c] as const))('%s: the letter and its copies list exactly their enclosures', (id, c) => {
    const { document, specs } = c;
    const partsOf = (index: number) => document.parts.filter((part) => part.document === index);
    const letterParts = partsOf(0);
    const addressee = letterParts[0]?.frame.recipient;
    // In the applicant's envelope: a companion for the applicant (as "what will be sent" describes it) whose
    // window shows the letter's own addressee. A notice to the municipality or to a mission, or the same notice to
    // the representative, goes in another envelope.
    const enclosedDocuments = specs.flatMap((spec, index) =>
      spec.role === 'companion' &&
      spec.reader === 'applicant' &&
      JSON.stringify(partsOf(index)[0]?.frame.recipient) === JSON.stringify(addressee)
        ? [index]
        : [],
    );
    const companionNames = (language: LanguageCode) =>
      enclosedDocuments.map((index) => {
        const part = partsOf(index).find((p) => p.language === language);
        return plain((part && firstHeading(part.blocks)) ?? `(no ${language} part of document ${index})`);
      });

    for (const part of letterParts) {
      const expected = [...companionNames(part.language), ...ownEnclosures(part.blocks)];
      expect(enclosureList(part) ?? []).toEqual(expected);
      expect(enclosureList(part) ?? []).toEqual(EXPECTED[id]?.[part.language] ?? []);
    }
    // A copy (Kopi til) is the letter's Danish text: it lists what the letter came with.
    for (const [index, spec] of specs.entries())
      if (spec.role === 'copy')
        for (const part of partsOf(index)) expect(enclosureList(part) ?? []).toEqual(EXPECTED[id]?.da ?? []);
    // A companion lists no enclosures of its own here.
    for (const [index, spec] of specs.entries())
      if (spec.role === 'companion') for (const part of partsOf(index)) expect(enclosureList(part)).toBeNull();
  });

  it('every document of every set says who reads it ("what will be sent" names a recipient for each)', () => {
    const unread = composed.flatMap(({ id, specs }) =>
      specs.flatMap((spec, index) =>
        spec.copyTo === null && spec.reader !== 'applicant' && spec.reader !== 'authority' ? [`${id} #${index}`] : [],
      ),
    );
    expect(unread).toEqual([]);
  });

  it('"Bilag" comes after the signature and before "Kopi til" (anatomy.md part 7)', () => {
    const c = composed.find((x) => x.id === 'deportation-obstacle-decision/extension--with-reopening-guidance');
    const danish = c?.document.parts[0];
    if (!danish) throw new Error('no Danish part');
    const texts = danish.blocks.map((block) => (block.type === 'paragraph' ? plain(textOf(block.lines)) : ''));
    const greeting = texts.indexOf('Med venlig hilsen');
    const enclosures = texts.findIndex((text) => text.startsWith('Bilag '));
    const copies = texts.findIndex((text) => text.startsWith('Kopi til '));
    expect(greeting).toBeGreaterThan(0);
    expect([greeting < enclosures, enclosures + 1 === copies]).toEqual([true, true]);
  });

  it('the preview marks the law extract as an enclosure (in the PDF it starts a new page)', () => {
    const c = composed.find((x) => x.id === 'conflict-zone-guidance/eu-or-nordic');
    if (!c) throw new Error('no sample');
    expect(letterHtml(c.document)).toMatch(/<h3 class="enclosure">\u2068?Uddrag fra lov nr\. 176/);
  });
});
