/**
 * Appeal guidance from data/appeal-guidance.json for a variant whose source names no appeal body
 * (R-ASY-003): the configured entry with its body as in force on the letter date, or the refusal
 * APPEAL_GUIDANCE_NOT_CONFIGURED. Never a guessed body.
 */
import type { Result } from '../diagnostics/diagnostic.ts';
import { ok } from '../diagnostics/diagnostic.ts';
import type { CivilDate } from '../domain/civil-date.ts';
import type { RulesWorld } from './define-letter.ts';
import type { AppealGuidance } from './plan.ts';

export function configuredAppeal(
  world: RulesWorld,
  at: { letter: string; variant: string; openRule: string; letterDate: CivilDate },
): Result<AppealGuidance> {
  const entry = world.appealConfiguration.for(at.letter, at.variant, at.openRule);
  if (!entry.ok) return entry;
  const body = world.authorities.on(entry.value.body, at.letterDate, 'data.letterDate');
  if (!body.ok) return body;
  const { legalBasis, deadline, suspensive, fee } = entry.value;
  return ok({ kind: 'appeal', body: body.value, legalBasis, deadline, suspensive, fee, rules: [at.openRule, 'configured'] });
}
