/**
 * The decision to move back to an asylum centre (R-ASY-110): refused until legal review configures its appeal
 * guidance (R-ASY-003); with a test fixture configured, the letter says what the reference's "must say" lists.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAppealConfiguration } from '../../src/domain/appeal-configuration.ts';
import { projectPath } from '../../src/domain/project-path.ts';
import { planLetter, renderLetter } from '../../src/engine.ts';
import { MINIMUM_DAYS_TO_MOVE } from '../../src/letters/decision-move-back-to-asylum-centre/schema.ts';
import { configuredWorld } from '../support/configured-world.ts';
import { flatText, readPdf } from '../support/pdf-text.ts';
import { sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const request = sample('decision-move-back-to-asylum-centre', 'invalid/APPEAL_GUIDANCE_NOT_CONFIGURED--decision');

describe('decision-move-back-to-asylum-centre', () => {
  it('is refused without configured appeal guidance, naming the OPEN rule', () => {
    const result = planLetter(request, testWorld());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostics[0]?.params).toMatchObject({ rule: 'R-ASY-110', variant: 'decision' });
  });

  it.each([
    ['2016-10-23', 'RULE_DATE_BEFORE data.moveBy'],
    ['2016-10-24', 'RULE_MOVE_BACK_TOO_SOON data.moveBy'],
    ['2016-11-06', 'RULE_MOVE_BACK_TOO_SOON data.moveBy'],
    ['2016-11-07', 'decision'],
    ['2016-11-08', 'decision'],
  ])('moving by %s after a decision of 2016-10-24 (at least 14 days to move) → %s', (moveBy, expected) => {
    expect(MINIMUM_DAYS_TO_MOVE).toBe(14);
    const result = planLetter(withData(request, { moveBy }), configuredWorld());
    const got = result.ok
      ? result.value.outcome.due
        ? result.value.outcome.plan.variant
        : 'none'
      : result.diagnostics.map((d) => `${d.code} ${d.path}`).join('; ');
    expect(got).toBe(expected);
  });

  it("a configured appeal body without the decision's own legal basis does not let the decision go out", () => {
    const fixture = JSON.parse(readFileSync(projectPath('tests/fixtures/appeal-guidance.fixture.json'), 'utf8'));
    delete fixture.entries['decision-move-back-to-asylum-centre/decision'].decisionLegalBasis;
    const file = join(mkdtempSync(join(tmpdir(), 'appeal-')), 'appeal-guidance.json');
    writeFileSync(file, JSON.stringify(fixture));
    const world = { ...configuredWorld(), appealConfiguration: loadAppealConfiguration(file) };
    const result = planLetter(request, world);
    expect(result.ok ? 'planned' : result.diagnostics.map((d) => d.code)).toEqual(['RULE_MOVE_BACK_LEGAL_BASIS_NOT_CONFIGURED']);
    const configured = planLetter(request, configuredWorld());
    expect(configured.ok && configured.value.outcome.due && configured.value.outcome.plan.fields.decisionLegalBasis).toBe(
      '§ 0, stk. 3 (test fixture)',
    );
  });

  it('renders the must-say: permission and its condition, the finding with the facts, the centre and date, the rule verbatim', async () => {
    const result = await renderLetter(request, configuredWorld());
    if (!result.ok || result.value.kind !== 'letter') throw new Error(JSON.stringify(result));
    const text = flatText(await readPdf(result.value.pdf));
    expect(text).toContain(
      'Udlændingestyrelsen har truffet afgørelse om, at du skal flytte tilbage til et asylcenter, jf. udlændingelovens § 0, stk. 3 (test fixture).',
    );
    expect(text).toContain('Du skal flytte til dette asylcenter senest den 7. november 2016:');
    expect(text).toContain('Asylcenter Tullebølle Tullebøllevej 19 5953 Tranekær');
    expect(text).toContain(
      'Udlændingestyrelsen gav dig den 15. februar 2016 tilladelse til at bo i egen bolig uden for et asylcenter.',
    );
    expect(text).toContain(
      'Asylansøgere, der af styrelsen har fået tilladelse til at bo uden for asylcenter i egen bolig, skal være selvforsørgende. Hvis en asylansøger ikke længere kan opfylde dette krav, træffer styrelsen afgørelse om, at den pågældende skal flytte tilbage til et asylcenter.',
    );
    expect(text).toContain('Din søster har den 3. oktober 2016 skriftligt meddelt Udlændingestyrelsen');
    expect(text).toContain('Klagevejledning');
    expect(result.value.documents.map((d) => d.role)).toEqual(['letter']);
  });
});
