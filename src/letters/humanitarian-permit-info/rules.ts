/**
 * Rules of the humanitarian-permit info letter (rules.md R-ASY-010 to R-ASY-013). An info letter,
 * not a decision: no appeal guidance (anatomy.md). The ministry that receives the application is
 * authority data in force on the letter date, never text in the template.
 */
import { ok, type Result } from '../../diagnostics/diagnostic.ts';
import { collect } from '../collect.ts';
import type { RulesWorld } from '../define-letter.ts';
import type { Outcome } from '../plan.ts';
import type { Input } from './schema.ts';

export type Variant = 'handed' | 'sent';

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const authorities = collect({
    sender: world.authorities.on('immigration-service/asylum', input.letterDate, 'data.letterDate'),
    ministry: world.authorities.on('ministry/humanitarian-residence', input.letterDate, 'data.letterDate'),
  });
  if (!authorities.ok) return authorities;
  const { sender, ministry } = authorities.value;

  return ok({
    due: true,
    plan: {
      variant: input.delivery,
      why: [
        { rule: 'R-ASY-010', because: `US decided on ${input.decisionToExamineDate} to examine the asylum case in Denmark` },
        input.delivery === 'handed'
          ? { rule: 'R-ASY-011', because: 'decided at the information-and-motive interview: the letter is handed over' }
          : { rule: 'R-ASY-011', because: 'decided after the interview: the letter is sent' },
        { rule: 'R-ASY-012', because: 'given in Danish and in English or another language the applicant masters' },
      ],
      letterDate: input.letterDate,
      caseNumber: input.caseNumber,
      applicant: input.applicant,
      sender,
      recipient: { name: input.applicant.name, address: input.delivery === 'sent' ? input.address : null },
      officer: input.officer,
      appeal: null,
      copies: [],
      fields: { delivery: input.delivery, decisionToExamineDate: input.decisionToExamineDate, ministry },
    },
  });
}
