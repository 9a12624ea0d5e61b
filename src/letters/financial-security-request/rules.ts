/**
 * Rules of the financial-security request (R-FAM-036; financial-security-request.md): the amount by the filing date from
 * the dated table, the municipality the security is given to, its validity (from the request + 30 days, for 5 years),
 * and the municipality notice that goes with it (src:7890–7891), each document to its own recipient.
 */

import { diagnostic, fail, ok, type Result } from '../../diagnostics/diagnostic.ts';
import { addDays, addMonths } from '../../domain/civil-date.ts';
import { amountOn, kroner } from '../../domain/family-amounts.ts';
import type { RulesWorld } from '../define-letter.ts';
import { noticePlan } from '../municipality-notice/rules.ts';
import type { Outcome, Plan, Reason } from '../plan.ts';
import type { Input } from './schema.ts';

export const LETTER = 'financial-security-request';
export type Variant = 'request';

/**
 * The municipality the security is given to (src:7908–7929): applicant in Denmark → the applicant's municipality;
 * applicant abroad → the reference's, or the one the applicant is expected to settle in if another; both abroad → where
 * the reference is expected to settle. The rules refuse the request when that municipality is not given.
 */
export function securityMunicipality(input: Input): { which: keyof Input['municipalities']; why: string } {
  if (input.applicantIs === 'in-denmark')
    return { which: 'applicants', why: "the applicant is in Denmark: the applicant's municipality" };
  if (input.referenceIs === 'abroad')
    return { which: 'expectedSettlement', why: 'both abroad: where the reference is expected to settle' };
  if (input.municipalities.expectedSettlement)
    return { which: 'expectedSettlement', why: 'the applicant is expected to settle in another municipality' };
  return { which: 'references', why: "the applicant is abroad: the reference's municipality" };
}

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const chosen = securityMunicipality(input);
  const municipality = input.municipalities[chosen.which];
  if (!municipality)
    return fail(
      diagnostic('RULE_FAM_SECURITY_MUNICIPALITY_REQUIRED', `data.municipalities.${chosen.which}`, { rule: 'R-FAM-036' }),
    );
  const sender = world.authorities.on('immigration-service/spouses-children', input.letterDate, 'data.letterDate');
  if (!sender.ok) return sender;
  const amount = amountOn('security/full', input.applicationDate, 'data.applicationDate');
  if (!amount.ok) return amount;
  const kr = kroner(amount.value.value);
  // "en måned (30 dage)": the source equates the month with 30 days; valid for 5 years from then (src:7947–7959).
  const validFrom = addDays(input.letterDate, 30);
  const validTo = addMonths(validFrom, 60);
  const why: Reason[] = [
    { rule: 'R-FAM-036', because: `${kr} kr. (${amount.value.table}, row from ${amount.value.from}, by the filing date)` },
    { rule: 'R-FAM-036', because: `given to ${chosen.why}; valid from ${validFrom} to ${validTo}` },
  ];
  const plan: Plan<Variant> = {
    variant: 'request',
    why,
    letterDate: input.letterDate,
    caseNumber: input.caseNumber,
    applicant: input.applicant,
    officer: input.officer,
    // "alene den herboende person" (src:7892–7893): the reference, the applicant named.
    recipient: { name: input.reference.name, address: input.reference.address, regarding: input.applicant.name },
    sender: sender.value,
    appeal: null,
    copies: [],
    fields: { amount: kr, municipality: municipality.name, validFrom, validTo, applicantName: input.applicant.name },
  };
  // The municipality is told at the same time (src:7890–7891): its own document, to its own recipient.
  const notice = noticePlan(
    {
      letterDate: input.letterDate,
      caseNumber: input.caseNumber,
      applicant: input.applicant,
      municipality,
      officer: input.officer,
      notice: { variant: 'security-request', referenceName: input.reference.name, applicationDate: input.applicationDate },
    },
    sender.value,
    kr,
  );
  return ok({ due: true, plan: { ...plan, companions: [{ letter: 'municipality-notice', plan: notice, reader: 'authority' }] } });
}
