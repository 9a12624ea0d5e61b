/** Rules of the written torture-examination guidance (Asylmeddelelse 9/16; R-ASY-081, R-ASY-082). Pure. */
import { ok, type Result } from '../../diagnostics/diagnostic.ts';
import type { RulesWorld } from '../define-letter.ts';
import { type Outcome, type Reason, toTheApplicant } from '../plan.ts';
import type { Input } from './schema.ts';

export type Variant = 'guidance';

export function chooseVariant(input: Input): { variant: Variant; why: Reason[] } {
  return {
    variant: 'guidance',
    why: [
      {
        rule: 'R-ASY-082',
        because: `torture claim of ${input.tortureClaimDate}: guidance on (a) individual assessment, (b) consent, (c) medical information`,
      },
      {
        rule: 'R-ASY-081',
        because: 'whether an examination follows is decided by the head of office / management team, not by this letter',
      },
    ],
  };
}

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const { variant, why } = chooseVariant(input);
  const sender = world.authorities.on('immigration-service/asylum', input.letterDate, 'data.letterDate');
  if (!sender.ok) return sender;
  return ok({
    due: true,
    plan: {
      variant,
      why,
      ...toTheApplicant(input),
      sender: sender.value,
      appeal: null,
      copies: [],
      fields: { tortureClaimDate: input.tortureClaimDate, consentSignedDate: input.consentSignedDate ?? null },
    },
  });
}
