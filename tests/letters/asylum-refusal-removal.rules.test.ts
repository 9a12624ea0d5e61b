/**
 * The refusal of asylum with the removal decision (Asylmeddelelse 12/16, 5/01; R-ASY-060 to R-ASY-067): the
 * variant table by situation and finding, the appeal statement of each, the copy to UCN in situation c, the
 * follow-up actions, the exceptional § 49 a permit, the contradictions, and the 5/01 spouses paragraph behind its flag.
 */

import { describe, expect, it } from 'vitest';
import { MASTER_LANGUAGE } from '../../src/domain/languages.ts';
import { planLetter, renderLetter } from '../../src/engine.ts';
import {
  chooseVariant,
  decide,
  SPOUSES_PARAGRAPH_ENABLED,
  spousesParagraphDue,
} from '../../src/letters/asylum-refusal-removal/rules.ts';
import { type Input, schema } from '../../src/letters/asylum-refusal-removal/schema.ts';
import { compose } from '../../src/pipeline/compose.ts';
import { fill } from '../../src/pipeline/fill.ts';
import { withoutBidiControls } from '../../src/pipeline/text/isolate.ts';
import { configuredWorld } from '../support/configured-world.ts';
import { readPdf } from '../support/pdf-text.ts';
import { sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const base = sample('asylum-refusal-removal', 'refusal-removal-possible');
const expelled = sample('asylum-refusal-removal', 'expelled-removal-possible');
const input = (changes: Record<string, unknown>, from = base): Input => schema.parse(withData(from, changes).data);

const a = { kind: 'a-never-applied' };
const bMu = { kind: 'b-changed-circumstances', route: 'manifestly-unfounded', refugeeCouncilVeto: false };
const bVeto = { ...bMu, refugeeCouncilVeto: true };
const bRemitted = { kind: 'b-changed-circumstances', route: 'remitted-by-board', refugeeCouncilVeto: false };
const covered = { finding: 'covered' };
const notCovered = { finding: 'not-covered' };
const excluded = { finding: 'covered-excluded', coveredBy: '7-1', exclusion: '10-2' };
const possible = { possible: true, country: 'ET' };
const barred = { possible: false, country: 'ET' };

describe('variant table (letters/asylum-refusal-removal.md)', () => {
  it.each([
    // situation, § 7 finding, removal → variant, deciding rule
    ['a', a, covered, possible, null, 'R-ASY-060'],
    ['a', a, excluded, possible, 'refusal-excluded', 'R-ASY-060'],
    ['a', a, excluded, barred, 'refusal-excluded', 'R-ASY-060'],
    ['a', a, notCovered, possible, 'refusal-removal-possible', 'R-ASY-061'],
    ['a', a, notCovered, barred, 'refusal-removal-barred', 'R-ASY-061'],
    ['b, manifestly unfounded', bMu, notCovered, possible, 'reopening-refused-mu', 'R-ASY-063'],
    ['b, manifestly unfounded', bMu, notCovered, barred, 'refusal-removal-barred', 'R-ASY-063'],
    ['b, manifestly unfounded', bMu, excluded, possible, 'refusal-excluded', 'R-ASY-063'],
    ['b, manifestly unfounded', bMu, covered, possible, null, 'R-ASY-060'],
    ['b, veto', bVeto, notCovered, possible, 'refusal-removal-possible', 'R-ASY-063'],
    ['b, veto', bVeto, notCovered, barred, 'refusal-removal-barred', 'R-ASY-063'],
    ['b, remitted', bRemitted, notCovered, possible, 'refusal-removal-possible', 'R-ASY-063'],
    ['b, remitted', bRemitted, excluded, barred, 'refusal-excluded', 'R-ASY-063'],
  ] as const)('%s, § 7 %o, removal %o → %s (%s)', (_, situation, section7, removal, variant, rule) => {
    const chosen = chooseVariant(input({ situation, section7, removal }));
    expect(chosen.variant).toBe(variant);
    expect(chosen.why.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    [barred, undefined, 'expelled-removal-barred'],
    [possible, 'no-permit', 'expelled-removal-possible'],
    [possible, 'permit', 'expelled-removal-possible'],
  ] as const)('c, removal %o, position %s → %s (R-ASY-064)', (removal, position, variant) => {
    const situation = { ...(expelled.data.situation as object), permitIfBoardFindsRemovalBarred: position };
    expect(chooseVariant(input({ situation, removal }, expelled)).variant).toBe(variant);
  });

  it('c, § 31 bars removal, special reasons (§ 10, stk. 3, 1. pkt.) → the permit and the lapse of the entry ban (R-ASY-064, src:942–945)', () => {
    const situation = { ...(expelled.data.situation as object), permitIfBoardFindsRemovalBarred: undefined };
    const section7 = { finding: 'covered', coveredBy: '7-2' };
    const chosen = chooseVariant(input({ situation, removal: barred, section7 }, expelled));
    expect(chosen.variant).toBe('expelled-permit-special-reasons');
    expect(chosen.why.map((r) => r.rule)).toEqual(['R-ASY-064', 'R-ASY-001', 'R-ASY-065']);
  });
});

describe('appeal statement and copies', () => {
  const planOf = (request: object) => {
    const result = planLetter(request, testWorld());
    if (!result.ok || !result.value.outcome.due) throw new Error(JSON.stringify(result));
    return result.value.outcome.plan;
  };

  it('situation a and b outside the manifestly-unfounded procedure: deemed appealed, nr. 2, suspensive (R-ASY-061)', () => {
    for (const situation of [a, bVeto, bRemitted]) {
      expect(planOf(withData(base, { situation })).appeal).toMatchObject({
        kind: 'deemed-appealed',
        body: { name: 'Flygtningenævnet' },
        legalBasis: '§ 53 a, stk. 1, nr. 2 og stk. 2, 4. pkt.',
        suspensive: { kind: 'yes' },
      });
    }
  });

  it('reopening-refused-mu: "kan ikke påklages til Flygtningenævnet, jf. udlændingelovens § 53 b, stk. 1" (R-ASY-063)', () => {
    expect(planOf(withData(base, { situation: bMu })).appeal).toMatchObject({
      kind: 'not-appealable',
      to: { name: 'Flygtningenævnet' },
      legalBasis: '§ 53 b, stk. 1',
    });
  });

  it('situation c: deemed appealed, nr. 5, and a copy to UCN (R-ASY-064, R-ASY-065); no copy in a or b', () => {
    const plan = planOf(expelled);
    expect(plan.appeal).toMatchObject({ kind: 'deemed-appealed', legalBasis: '§ 53 a, stk. 1, nr. 5 og stk. 2, 4. pkt.' });
    expect(plan.copies.map((c) => [c.recipient.id, c.rule])).toEqual([['police/ucn', 'R-ASY-065']]);
    expect(planOf(base).copies).toEqual([]);
    expect(planOf(withData(base, { situation: bMu })).copies).toEqual([]);
  });

  it.each([
    ['expelled-removal-possible', expelled],
    ['expelled-removal-barred', sample('asylum-refusal-removal', 'expelled-removal-barred')],
  ])(
    '%s: no new permit, so the judgment goes to the registers and the board, and the municipality is told (R-ASY-065)',
    (_, request) => {
      const plan = planOf(request);
      const letterDate = (request.data as { letterDate: string }).letterDate;
      expect(
        plan.followUp?.map((f) => [
          f.action,
          f.actor.id,
          f.to.kind === 'authority' ? f.to.authority.id : f.to.kind,
          f.due,
          f.rule,
        ]),
      ).toEqual([
        [
          'send-judgment-copy-for-registers',
          'immigration-service/asylum',
          'expulsion-register',
          { kind: 'with-the-letter', date: letterDate },
          'R-ASY-065',
        ],
        [
          'send-judgment-copy',
          'immigration-service/asylum',
          'refugee-appeals-board',
          { kind: 'with-the-letter', date: letterDate },
          'R-ASY-065',
        ],
        [
          'notify-permit-lapsed',
          'immigration-service/asylum',
          'municipality',
          { kind: 'with-the-letter', date: letterDate },
          'R-ASY-065',
        ],
      ]);
    },
  );

  it('situations a and b have no follow-up besides the deemed appeal', () => {
    expect(planOf(base).followUp).toEqual([]);
    expect(planOf(withData(base, { situation: bMu })).followUp).toEqual([]);
  });
});

describe('§ 49 a with removal barred and special reasons: the §§ 7–8 permit (R-ASY-064, src:942–945)', () => {
  const permitSample = sample(
    'asylum-refusal-removal',
    'invalid/APPEAL_GUIDANCE_NOT_CONFIGURED--expelled-permit-special-reasons',
  );

  it('is refused until legal review configures its appeal guidance (a grant: deemed appealed, or none? OPEN)', () => {
    const result = planLetter(permitSample, testWorld());
    expect(result.ok ? null : result.diagnostics).toEqual([
      {
        code: 'APPEAL_GUIDANCE_NOT_CONFIGURED',
        path: '',
        params: { letter: 'asylum-refusal-removal', variant: 'expelled-permit-special-reasons', rule: 'R-ASY-064' },
      },
    ]);
  });

  it('configured: the copy to UCN, and none of the notices that belong to a decision without a new permit (R-ASY-065)', () => {
    const result = planLetter(permitSample, configuredWorld());
    if (!result.ok || !result.value.outcome.due) throw new Error(JSON.stringify(result));
    const { plan } = result.value.outcome;
    expect(plan.variant).toBe('expelled-permit-special-reasons');
    expect(plan.fields.coveredBy).toBe('§ 7, stk. 2');
    expect(plan.copies.map((c) => [c.recipient.id, c.rule])).toEqual([['police/ucn', 'R-ASY-065']]);
    expect(plan.followUp).toEqual([]);
  });

  it('the letter states the permit with its provision, § 10, stk. 3, 1. pkt., the lapse of the entry ban and that removal is barred', async () => {
    const rendered = await renderLetter({ ...permitSample, languages: ['da'] }, configuredWorld());
    if (!rendered.ok || rendered.value.kind !== 'letter') throw new Error(JSON.stringify(rendered));
    const text = (await readPdf(rendered.value.pdf)).pages.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain(
      'Udlændingestyrelsen har truffet afgørelse efter udlændingelovens § 49 a om, at du ikke kan udsendes tvangsmæssigt, og om at give dig opholdstilladelse efter udlændingelovens § 7, stk. 2, jf. § 10, stk. 3, 1. pkt.',
    );
    expect(text).toContain(
      'Udlændingestyrelsen finder, at det er tilfældet. Dit indrejseforbud bortfalder, jf. udlændingelovens § 32, stk. 7.',
    );
    expect(text).toContain('udsendelse ikke kan gennemføres tvangsmæssigt, jf. udlændingelovens § 31.');
    expect(text).not.toContain('afslag');
  });

  it.each([
    [barred, { finding: 'covered' }, ['RULE_EXPELLED_PERMIT_BASIS_REQUIRED data.section7.coveredBy']],
    [possible, { finding: 'covered', coveredBy: '7-1' }, ['RULE_EXPELLED_PERMIT_ONLY_IF_REMOVAL_BARRED data.section7.finding']],
  ] as const)('removal %o with § 7 %o is refused: %j', (removal, section7, expected) => {
    const situation = {
      ...(expelled.data.situation as object),
      permitIfBoardFindsRemovalBarred: removal.possible ? 'no-permit' : undefined,
    };
    const result = planLetter(withData(expelled, { removal, section7, situation }), configuredWorld());
    expect(result.ok ? [] : result.diagnostics.map((d) => `${d.code} ${d.path}`)).toEqual(expected);
  });
});

describe('contradictions are refused', () => {
  const codes = (request: object) => {
    const result = planLetter(request, testWorld());
    return result.ok ? [] : result.diagnostics.map((d) => `${d.code} ${d.path}`);
  };

  it.each([
    ['2016-10-02', ['RULE_DATE_BEFORE data.letterDate']],
    ['2016-10-03', []],
    ['2016-10-04', []],
  ])('a decision of %s on a referral of 3 October 2016', (letterDate, expected) => {
    expect(codes(withData(base, { letterDate }))).toEqual(expected);
  });

  it.each([
    ['2016-03-10', ['RULE_DATE_BEFORE data.referralDate']],
    ['2016-03-11', []],
  ])('situation c: a referral on %s for a judgment of 11 March 2016', (referralDate, expected) => {
    const situation = { ...(expelled.data.situation as object), interviewDate: undefined };
    expect(codes(withData(expelled, { referralDate, situation }))).toEqual(expected);
  });

  it('situation c: the position for the board exactly where removal is possible (R-ASY-064)', () => {
    const withPosition = (removal: object, position?: string) =>
      codes(
        withData(expelled, {
          removal,
          situation: { ...(expelled.data.situation as object), permitIfBoardFindsRemovalBarred: position },
        }),
      );
    expect(withPosition(possible)).toEqual(['RULE_EXPELLED_POSITION_REQUIRED data.situation.permitIfBoardFindsRemovalBarred']);
    expect(withPosition(barred, 'permit')).toEqual([
      'RULE_EXPELLED_POSITION_NOT_ALLOWED data.situation.permitIfBoardFindsRemovalBarred',
    ]);
  });

  it('a veto in a case remitted by Flygtningenævnet (R-ASY-063)', () => {
    expect(codes(withData(base, { situation: { ...bRemitted, refugeeCouncilVeto: true } }))).toEqual([
      'RULE_VETO_NOT_IN_REMITTED_CASE data.situation.refugeeCouncilVeto',
    ]);
  });
});

describe('the 5/01 spouses paragraph (R-ASY-067, OPEN: off)', () => {
  const spouse = {
    nationality: 'ER',
    marriedAtEntry: true,
    cohabitingInDenmark: true,
    commonCountries: ['ET', 'ER'],
  };

  it('is off: no paragraph in any letter until legal review confirms 5/01', () => {
    expect(SPOUSES_PARAGRAPH_ENABLED).toBe(false);
    const result = decide(input({ spouse }), testWorld());
    if (!result.ok || !result.value.due) throw new Error('expected a letter');
    expect(result.value.plan.fields.spouse).toBeNull();
  });

  it.each([
    [true, true, possible, true],
    [false, true, possible, false],
    [true, false, possible, false],
    [true, true, barred, false],
  ] as const)('when on: married at entry %s, cohabiting %s, removal %o → paragraph %s', (married, cohabiting, removal, due) => {
    const facts = input({ spouse: { ...spouse, marriedAtEntry: married, cohabitingInDenmark: cohabiting }, removal });
    expect(spousesParagraphDue(facts, true)).toBe(due);
  });

  it('when on, the template prints the verbatim text after the removal section, blanks filled in order', () => {
    const world = testWorld();
    const result = decide(input({ spouse }), world);
    if (!result.ok || !result.value.due) throw new Error('expected a letter');
    const plan = {
      ...result.value.plan,
      fields: { ...result.value.plan.fields, spouse: { nationality: 'ER', countryA: 'ET', countryB: 'ER' } },
    };
    const t = world.locales.translator(MASTER_LANGUAGE);
    const { context } = compose({ plan, language: MASTER_LANGUAGE, isTranslation: false, draft: false, t, tDanish: t });
    const markup = fill(world.templates, 'asylum-refusal-removal', context, MASTER_LANGUAGE, t);
    if (!markup.ok) throw new Error(JSON.stringify(markup.diagnostics));
    const verbatim =
      'Da det imidlertid fremgår af sagen, at din ægtefælle er statsborger i Eritrea, er det en betingelse for tvangsmæssig udsendelse ved politiets foranstaltning, at der forinden er søgt etableret mulighed for, at du og din ægtefælle begge kan udrejse enten til Etiopien eller til Eritrea, og at du og din ægtefælle ikke har ønsket at benytte sig af denne mulighed eller at medvirke til at etablere mulighed derfor.';
    // Interpolated values carry bidi isolates in the markup (removed before drawing): compare the text without them.
    const text = withoutBidiControls(markup.value);
    expect(text).toContain(verbatim);
    expect(text.indexOf(verbatim)).toBeGreaterThan(text.indexOf('udsendelse kan gennemføres tvangsmæssigt'));
    expect(text.indexOf(verbatim)).toBeLessThan(text.indexOf('Klagevejledning'));
  });
});
