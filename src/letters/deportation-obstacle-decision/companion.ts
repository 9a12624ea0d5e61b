/**
 * The re-opening guidance (Asylmeddelelse 1/17) that goes with an extension decision or a refusal to extend
 * when the officer finds new essential background information (R-ASY-020 to R-ASY-024): decided by that
 * letter's own rules, from the facts this decision's input carries, so both come from one request.
 */
import { ok, type Result } from '../../diagnostics/diagnostic.ts';
import type { RulesWorld } from '../define-letter.ts';
import type { Companion } from '../plan.ts';
import { decide as decideReopening } from '../reopening-guidance/rules.ts';
import type { Input } from './schema.ts';

export const COMPANION_LETTER = 'reopening-guidance';

export function reopeningCompanion(input: Input, world: RulesWorld): Result<Companion | null> {
  const { request } = input;
  if (request.type !== 'extension') return ok(null);
  const outcome = decideReopening(
    {
      letterDate: input.letterDate,
      caseNumber: input.caseNumber,
      applicant: input.applicant,
      address: input.address,
      officer: input.officer,
      newEssentialInformation: request.newEssentialInformation,
      // The guidance is sent with this decision: it refers to it by this letter's date.
      extension: { outcome: request.outcome.kind, decisionDate: input.letterDate },
      asylumCase: request.asylumCase,
    },
    world,
  );
  if (!outcome.ok) return outcome;
  return ok(outcome.value.due ? { letter: COMPANION_LETTER, plan: outcome.value.plan, reader: 'applicant' } : null);
}
