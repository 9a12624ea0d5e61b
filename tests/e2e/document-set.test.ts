/**
 * Sets of documents, as a reader gets them from the PDF: the decision, its companion info letter and the copy
 * to the police (R-ASY-038) in one PDF, each with its own recipient and its own "Side X af Y".
 */
import { describe, expect, it } from 'vitest';
import { planLetter, renderLetter, type World } from '../../src/engine.ts';
import { configuredWorld } from '../support/configured-world.ts';
import { readPdf } from '../support/pdf-text.ts';
import { type Envelope, sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

async function render(request: Envelope, world: World = testWorld()) {
  const result = await renderLetter(request, world);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  if (result.value.kind !== 'letter') throw new Error('no letter');
  return { ...result.value, facts: await readPdf(result.value.pdf) };
}

/** The pages of each document, in order, from the description renderLetter returns. */
function split(pages: readonly string[], counts: readonly number[]): string[][] {
  let from = 0;
  return counts.map((count) => {
    const part = pages.slice(from, from + count);
    from += count;
    return part;
  });
}

describe('a decision with its copy to UCN', () => {
  it('the copy is its own document, addressed to UCN, marked as a copy, numbered on its own; the letter lists "Kopi til"', async () => {
    const { facts, documents, pages } = await render(sample('deportation-obstacle-decision', 'refusal-present-basis'));
    expect(documents.map((d) => [d.role, d.recipient, d.languages])).toEqual([
      ['letter', 'applicant', ['da']],
      ['copy', 'police/ucn', ['da']],
    ]);
    expect(documents.reduce((sum, d) => sum + d.pages, 0)).toBe(pages);
    const [letter = [], copy = []] = split(
      facts.pages,
      documents.map((d) => d.pages),
    );
    expect(letter[0]).toContain('Abdirahman Yusuf Warsame');
    expect(letter[0]).not.toContain('Kopi til orientering');
    expect(letter.join('\n')).toMatch(/Kopi til\nNordsjællands Politi, Udlændingecenter Nordsjælland \(UCN\)/);
    // The copy's window: the mark, the police unit, and whose case it is; not the applicant's address.
    expect(copy[0]).toMatch(/Kopi til orientering[\s\S]*Nordsjællands Politi[\s\S]*Udlændingecenter Nordsjælland \(UCN\)/);
    expect(copy[0]).toContain('Vedr. Abdirahman Yusuf Warsame');
    expect(copy.join('\n')).not.toContain('Kærshovedgårdvej');
    // It carries the decision and the date the police are asked to present the case (R-ASY-032).
    expect(copy.join(' ').replace(/\s+/g, ' ')).toContain('det vil sige den 28. februar 2017');
    for (const [document, count] of [
      [letter, documents[0]?.pages],
      [copy, documents[1]?.pages],
    ] as const) {
      for (const [index, text] of document.entries()) expect(text).toContain(`Side ${index + 1} af ${count}`);
    }
  });
});

describe('an extension with new essential information', () => {
  it('one request: the decision (da + en), the re-opening guidance (da + en) and the copy (da), in that order', async () => {
    const { facts, documents } = await render(sample('deportation-obstacle-decision', 'extension--with-reopening-guidance'));
    expect(documents.map((d) => [d.role, d.letter, d.variant, d.recipient])).toEqual([
      ['letter', 'deportation-obstacle-decision', 'extension', 'applicant'],
      ['companion', 'reopening-guidance', 'extension-granted', 'applicant'],
      ['copy', 'deportation-obstacle-decision', 'extension', 'police/ucn'],
    ]);
    const [decision = [], guidance = [], copy = []] = split(
      facts.pages,
      documents.map((d) => d.pages),
    );
    expect(decision.join(' ').replace(/\s+/g, ' ')).toContain(
      'Sammen med denne afgørelse får du et brev om genoptagelse af din asylsag.',
    );
    expect(guidance[0]).toContain('Vejledning om genoptagelse af din asylsag');
    expect(guidance[0]).toContain('Kaveh Moradi');
    expect(guidance.join(' ').replace(/\s+/g, ' ')).toContain('afgørelse af 30. maj 2017 om forlængelse');
    expect(guidance.at(-1)).toContain(
      `Side ${guidance.length} af ${guidance.length} · Page ${guidance.length} of ${guidance.length}`,
    );
    expect(copy.join('\n')).not.toContain('Page ');
    expect(copy[0]).toContain('Side 1 af');
  });

  it('a companion the requested language lacks is the officer’s problem (LANGUAGE_NOT_AVAILABLE), not a failed render', () => {
    const base = testWorld();
    const locales = {
      ...base.locales,
      languagesOf: (ns: string) => (ns === 'reopening-guidance' ? ['da' as const] : base.locales.languagesOf(ns)),
    };
    const world = { ...base, locales } as World;
    const result = planLetter(sample('deportation-obstacle-decision', 'extension--with-reopening-guidance'), world);
    expect(result.ok ? [] : result.diagnostics).toEqual([
      { code: 'LANGUAGE_NOT_AVAILABLE', path: 'languages[1]', params: { language: 'en', letter: 'reopening-guidance' } },
    ]);
  });

  it('without new essential information, no guidance goes with the decision (R-ASY-021)', async () => {
    const { documents } = await render(sample('deportation-obstacle-decision', 'extension'));
    expect(documents.map((d) => d.role)).toEqual(['letter', 'copy']);
  });
});

describe('revocation and refusal to extend (appeal body configured by legal review; here a test fixture)', () => {
  const revocation = (stay: string, assessment?: string[]) =>
    withData(sample('deportation-obstacle-decision', 'extension'), {
      letterDate: '2017-03-01',
      request: {
        type: 'revocation',
        permit: { firstGrantDate: '2010-06-10', expiryDate: '2017-06-10', stay },
        ground: 'basis-no-longer-exists',
        facts: ['Politiet har oplyst, at udsendelse nu er mulig.'],
        ...(assessment ? { section26Assessment: assessment } : {}),
      },
    });

  it('a permanent-stay permit: the § 26 assessment and the 7-day rule', async () => {
    const { facts, documents } = await render(
      revocation('permanent-possible', ['Du har ingen familie i Danmark.']),
      configuredWorld(),
    );
    const text =
      split(
        facts.pages,
        documents.map((d) => d.pages),
      )[0]
        ?.join(' ')
        .replace(/\s+/g, ' ') ?? '';
    expect(text).toContain(
      'Udlændingestyrelsen inddrager din opholdstilladelse på grund af udsendelseshindringer, jf. udlændingelovens § 19, stk. 1, nr. 1.',
    );
    expect(text).toContain('udlændingelovens § 26, stk. 1, herunder din tilknytning til Danmark');
    expect(text).toContain('Du har ingen familie i Danmark.');
    expect(text).toContain('Hvis du klager inden 7 dage efter, at afgørelsen er meddelt dig, har du ret til at blive i Danmark');
    // Each statement with the provision the source attaches to it (src:581–588; issue 11, point 6).
    expect(text).toContain('indtil klagen er afgjort, jf. udlændingelovens § 33, stk. 3, 1. pkt. Klager du senere');
  });

  it('a temporary permit: no § 26 assessment; suspensive only for special reasons', async () => {
    const { facts } = await render(revocation('temporary'), configuredWorld());
    const text = facts.pages.join(' ').replace(/\s+/g, ' ');
    expect(text).toContain('Udlændingestyrelsen skal derfor ikke vurdere');
    // Suspensive effect is granted by the appeal body (src:579–580): "kan kun tillægges", with its basis, one full stop.
    expect(text).toContain(
      'En klage kan kun tillægges opsættende virkning, hvis særlige grunde taler derfor, jf. udlændingelovens § 33, stk. 3, 4. pkt. ',
    );
    expect(text).not.toContain('pkt..');
    expect(text).not.toContain('7 dage');
  });
});

describe('a financial-security request with its notice to the municipal council', () => {
  it('the request goes out in Danish and Arabic; the notice to the municipality, an authority, in Danish only', async () => {
    const request = { ...sample('financial-security-request', 'request'), languages: ['da', 'ar'] } as Envelope;
    const { facts, documents } = await render(request);
    expect(documents.map((d) => [d.role, d.letter, d.recipient, d.languages])).toEqual([
      ['letter', 'financial-security-request', 'applicant', ['da', 'ar']],
      ['companion', 'municipality-notice', 'authority', ['da']],
    ]);
    const [letter = [], notice = []] = split(
      facts.pages,
      documents.map((d) => d.pages),
    );
    expect(letter.join('\n')).toMatch(/[\u0600-\u06FF]/);
    expect(notice.join('\n')).toContain('Kommunalbestyrelsen');
    expect(notice.join('\n')).not.toMatch(/[\u0600-\u06FF]/);
  });
});
