/**
 * Enclosures (Bilag, anatomy.md part 7; print review G7) as the reader gets them from the PDF (pdftotext, page by
 * page), in Danish and in Arabic (right to left): the letter lists each enclosure by the heading the enclosure
 * shows, after the signature and before "Kopi til"; a letter without one lists none; the § 21 b guidance's law
 * extract starts on its own page under its heading.
 */
import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '../../src/domain/languages.ts';
import { renderLetter } from '../../src/engine.ts';
import { configuredWorld } from '../support/configured-world.ts';
import { run, writeOutput } from '../support/poppler.ts';
import { type Envelope, sample } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const world = testWorld();
const words = (language: LanguageCode, key: string) => world.locales.translator(language).plain(key) ?? `(no ${key})`;

/**
 * Text without white space and direction marks: pdftotext puts its own embedding controls and moves spaces where
 * Arabic meets a number (print review D10); the words and their order are what is compared.
 */
const squash = (text: string) => text.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');

/** Each page's text, and each document's pages, as pdftotext reads them. */
async function pagesOf(request: Envelope, name: string) {
  const result = await renderLetter(request, world);
  if (!result.ok || result.value.kind !== 'letter') throw new Error('did not render');
  const file = writeOutput(`enclosures-${name}.pdf`, result.value.pdf);
  const pages = Array.from(
    { length: result.value.pages },
    (_, index) => run('pdftotext', ['-f', String(index + 1), '-l', String(index + 1), file, '-']).stdout,
  );
  let from = 0;
  const documents = result.value.documents.map((document) => {
    const own = pages.slice(from, from + document.pages);
    from += document.pages;
    return { ...document, pages: own };
  });
  return { pages, documents };
}

/** The page's text from its first body line: without the draft mark a translation's following pages carry on top. */
const bodyOf = (page: string) =>
  squash(
    page
      .split('\n')
      .filter((line) => !line.includes('Udkast til oversættelse'))
      .join('\n'),
  );

describe('a decision with its companion in the envelope: the § 9 c, stk. 2 extension and the re-opening guidance', () => {
  const request = { ...sample('deportation-obstacle-decision', 'extension--with-reopening-guidance'), languages: ['da', 'ar'] };

  it.each([
    ['da', 'Vejledning om genoptagelse af din asylsag'],
    ['ar', 'إرشادات بشأن إعادة فتح قضية لجوئك'],
  ] as const)(
    '%s: the letter lists the guidance by the heading its part shows, between the signature and "Kopi til"',
    async (language, heading) => {
      const { documents } = await pagesOf(request, `doe-${language}`);
      const [letter, guidance, copy] = documents;
      expect([letter?.role, guidance?.role, copy?.role]).toEqual(['letter', 'companion', 'copy']);
      // The guidance's own part in that language shows that heading.
      const guidancePart = (guidance?.pages ?? []).map(squash).filter((page) => page.includes(squash(heading)));
      expect(guidancePart.length).toBeGreaterThan(0);
      // The letter's part in that language: "Bilag", the guidance's heading, then "Kopi til" and the police.
      const list = squash(`${words(language, 'common:enclosures')}\n${heading}\n${words(language, 'common:copies')}`);
      const listed = (letter?.pages ?? []).map(squash).filter((page) => page.includes(list));
      expect(listed).toHaveLength(1);
      expect(listed[0]?.indexOf(squash(words(language, 'common:closing.greeting')))).toBeLessThan(listed[0]?.indexOf(list) ?? -1);
    },
  );

  it('the copy to the police is the Danish letter: it lists what the letter came with', async () => {
    const { documents } = await pagesOf(request, 'doe-copy');
    const copy = squash(documents[2]?.pages.join('\n') ?? '');
    expect(copy).toContain(squash('Bilag\nVejledning om genoptagelse af din asylsag\nKopi til'));
  });
});

describe('a refusal of permanent residence with the extension part-decision (R-PR-110; appeal configured for the test)', () => {
  it('lists the extension decision by its subject', async () => {
    const refusal = sample('permanent-residence-decision', 'invalid/APPEAL_GUIDANCE_NOT_CONFIGURED--refusal');
    const result = await renderLetter({ ...refusal, languages: ['da'] }, configuredWorld());
    if (!result.ok || result.value.kind !== 'letter') throw new Error('did not render');
    expect(result.value.documents.map((d) => d.letter)).toEqual(['permanent-residence-decision', 'temporary-permit-extension']);
    const file = writeOutput('enclosures-prd-refusal.pdf', result.value.pdf);
    const text = squash(run('pdftotext', [file, '-']).stdout);
    expect(text).toContain(squash('Bilag\nForlængelse af din tidsbegrænsede opholdstilladelse'));
  });
});

describe('no enclosure, no list', () => {
  it.each([
    ['deportation-obstacle-decision', 'extension', 'a decision without companion'],
    ['financial-security-request', 'request', 'the municipality notice goes to the municipality, not to the applicant'],
  ])('%s/%s (%s): no "Bilag" in Danish or Arabic', async (letter, name) => {
    const { pages } = await pagesOf({ ...sample(letter, name), languages: ['da', 'ar'] }, `${letter}-${name}`);
    const text = squash(pages.join('\n'));
    expect(text).not.toContain(squash(words('da', 'common:enclosures')));
    expect(text).not.toContain(squash(words('ar', 'common:enclosures')));
    expect(text).toContain(squash(words('ar', 'common:closing.greeting'))); // the Arabic part is there
  });
});

describe('the § 21 b guidance: the law extract is an enclosure', () => {
  it.each(['da', 'ar'] as const)(
    '%s: listed under "Bilag", and its heading is the first text of its own page',
    async (language) => {
      const languages = language === 'da' ? ['da'] : ['da', language];
      const { documents } = await pagesOf(
        { ...sample('conflict-zone-guidance', 'third-country-national'), languages },
        `czg-${language}`,
      );
      const letter = documents[0]?.pages ?? [];
      const title = words(language, 'conflict-zone-guidance:law.title');
      // The part in that language: the Danish letter alone, or the pages of the Arabic translation after it.
      const part = language === 'da' ? letter : letter.filter((page) => /[\u0600-\u06ff]/.test(page));
      expect(part.length).toBeGreaterThan(1);
      const starting = part.flatMap((page, index) => (bodyOf(page).startsWith(squash(title)) ? [index] : []));
      expect(starting).toHaveLength(1);
      const extractPage = starting[0] ?? 0;
      // The page before it ends the letter: greeting, signature, the list naming the extract, then "Kopi til".
      const before = bodyOf(part[extractPage - 1] ?? '');
      expect(before).toContain(squash(words(language, 'common:closing.greeting')));
      expect(before).toContain(squash(`${words(language, 'common:enclosures')}\n${title}\n${words(language, 'common:copies')}`));
      // Nothing of the letter on the extract's page: it opens with the extract and carries the law text.
      expect(bodyOf(part[extractPage] ?? '')).not.toContain(squash(words(language, 'common:closing.greeting')));
      expect(bodyOf(part[extractPage] ?? '')).toContain('21');
    },
  );
});
