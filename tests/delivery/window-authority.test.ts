/**
 * A § 9 b holder's permanent-residence decision (R-PR-111) goes with a copy to the ministry, whose name does not
 * fit the envelope window on one line: the render is refused, never drawn over the window's edge, until an
 * administrator gives the ministry a window form that fits (README, open legal questions). The day it renders,
 * this test fails: make the fixture a sample again, with its reviewed golden.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { projectPath } from '../../src/domain/project-path.ts';
import { planLetter, renderLetter } from '../../src/engine.ts';
import { testWorld } from '../support/world.ts';

const envelope = JSON.parse(readFileSync(projectPath('tests/fixtures/permanent-residence-section-9b-holder.json'), 'utf8'));

it('plans the § 9 b holder’s grant with its copy to the ministry, and refuses to render a window that does not fit', async () => {
  const planned = planLetter(envelope, testWorld());
  expect(planned.ok && planned.value.outcome.due ? planned.value.outcome.plan.variant : null).toBe('grant-6-year');
  const rendered = await renderLetter(envelope, testWorld());
  expect(rendered.ok ? [] : rendered.diagnostics.map((d) => d.code)).toContain('WINDOW_ADDRESS_LINE_TOO_LONG');
});
