/**
 * Rules of the re-opening guidance (rules.md R-ASY-020 to R-ASY-026; the table in
 * shared/domain/letters/reopening-guidance.md). Pure: the input and the authority data decide.
 */
import { ok, type Result } from '../../diagnostics/diagnostic.ts';
import { collect } from '../collect.ts';
import type { RulesWorld } from '../define-letter.ts';
import { type Outcome, type Reason, toTheApplicant } from '../plan.ts';
import type { Input } from './schema.ts';

export type Variant = 'extension-granted' | 'extension-refused-board' | 'extension-refused-reopened';

/** The row of the variant table that applies, or null where no info letter is due (R-ASY-021). */
export function chooseVariant(input: Input): { variant: Variant | null; why: Reason[] } {
  if (!input.newEssentialInformation) {
    return {
      variant: null,
      why: [{ rule: 'R-ASY-021', because: 'no new essential background information: the extension decision is sent alone' }],
    };
  }
  const found: Reason = { rule: 'R-ASY-020', because: 'new essential background information was found' };
  if (input.extension.outcome === 'granted') {
    return {
      variant: 'extension-granted',
      why: [
        found,
        { rule: 'R-ASY-022', because: 'extension granted: guidance to ask the authority that last decided the asylum case' },
      ],
    };
  }
  if (input.asylumCase.finallyDecidedBy === 'refugee-appeals-board') {
    return {
      variant: 'extension-refused-board',
      why: [found, { rule: 'R-ASY-023', because: 'extension refused, asylum case finally decided by Flygtningenævnet' }],
    };
  }
  return {
    variant: 'extension-refused-reopened',
    why: [found, { rule: 'R-ASY-024', because: 'extension refused, asylum case finally decided by US as manifestly unfounded' }],
  };
}

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const { variant, why } = chooseVariant(input);
  if (variant === null) {
    return ok({ due: false, why, answer: 'No re-opening info letter is due: send the extension decision alone.' });
  }
  const deciderId =
    input.asylumCase.finallyDecidedBy === 'refugee-appeals-board' ? 'refugee-appeals-board' : 'immigration-service';
  const authorities = collect({
    sender: world.authorities.on('immigration-service/asylum', input.letterDate, 'data.letterDate'),
    decider: world.authorities.on(deciderId, input.letterDate, 'data.letterDate'),
  });
  if (!authorities.ok) return authorities;
  const { sender, decider } = authorities.value;

  return ok({
    due: true,
    plan: {
      variant,
      why,
      ...toTheApplicant(input),
      sender,
      appeal: null,
      copies: [],
      fields: {
        extensionOutcome: input.extension.outcome,
        extensionDecisionDate: input.extension.decisionDate,
        // R-ASY-022/023: where the applicant sends a request to re-open; none where US re-opens itself (R-ASY-024).
        reopeningAuthority: variant === 'extension-refused-reopened' ? null : decider,
      },
    },
  });
}
