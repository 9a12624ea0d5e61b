/**
 * Rules of the notices to the municipality (municipality-notice.md): § 44 a notices, sent without the alien's consent
 * (src:11051–11052), and the orientation that the reference is asked for financial security (src:7890–7891). Never the
 * reasons for a waiver (R-FAM-096).
 */

import { ok, type Result } from '../../diagnostics/diagnostic.ts';
import { amountOn, kroner } from '../../domain/family-amounts.ts';
import type { RulesWorld } from '../define-letter.ts';
import type { Outcome, Plan, Reason } from '../plan.ts';
import type { Input, Notice } from './schema.ts';

export const LETTER = 'municipality-notice';
export type Variant = Notice['variant'];

/** The provision that obliges US to tell the municipality (§ 44 a; the security request: § 9, stk. 4). */
export const NOTICE_PROVISION: Record<Variant, string> = {
  grant: '§ 44 a, stk. 1, nr. 1',
  'permanent-granted': '§ 44 a, stk. 1, nr. 2',
  'permanent-refused': '§ 44 a, stk. 1, nr. 2',
  'temporary-after-permanent-refused': '§ 44 a, stk. 1, nr. 3',
  'extension-refused': '§ 44 a, stk. 1, nr. 4',
  lapse: '§ 44 a, stk. 1, nr. 4',
  revocation: '§ 44 a, stk. 1, nr. 4',
  'refusal-procedural-stay': '§ 44 a, stk. 4',
  'security-request': '§ 9, stk. 4',
};

/** The notice's plan (also used by financial-security-request for its companion). */
export function noticePlan(input: Input, sender: Plan['sender'], securityAmount: number | null): Plan<Variant> {
  const n = input.notice;
  const why: Reason[] = [
    n.variant === 'security-request'
      ? {
          rule: 'R-FAM-036',
          because: 'the municipality is told at the same time as the reference is asked for security (src:7890–7891)',
        }
      : {
          rule: 'R-FAM-096',
          because: `${NOTICE_PROVISION[n.variant]}: the fact and the legal basis; never why a condition was waived`,
        },
  ];
  return {
    variant: n.variant,
    why,
    letterDate: input.letterDate,
    caseNumber: input.caseNumber,
    applicant: input.applicant,
    officer: input.officer,
    recipient: { name: input.municipality.name, address: input.municipality.address, regarding: input.applicant.name },
    sender,
    appeal: null,
    copies: [],
    fields: {
      provision: NOTICE_PROVISION[n.variant],
      decisionDate: 'decisionDate' in n ? n.decisionDate : null,
      legalBasis: 'legalBasis' in n ? n.legalBasis : null,
      supplementaryConditionsWaived: n.variant === 'grant' ? n.supplementaryConditionsWaived : false,
      referenceName: n.variant === 'security-request' ? n.referenceName : null,
      amount: securityAmount,
      applicantName: input.applicant.name,
    },
  };
}

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const sender = world.authorities.on('immigration-service/spouses-children', input.letterDate, 'data.letterDate');
  if (!sender.ok) return sender;
  const n = input.notice;
  if (n.variant !== 'security-request') return ok({ due: true, plan: noticePlan(input, sender.value, null) });
  // R-FAM-036: the security's amount by the filing date, from the dated table.
  const amount = amountOn('security/full', n.applicationDate, 'data.notice.applicationDate');
  if (!amount.ok) return amount;
  return ok({ due: true, plan: noticePlan(input, sender.value, kroner(amount.value.value)) });
}
