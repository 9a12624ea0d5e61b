/**
 * Rules of the rejection of a permanent-residence application (letters/permanent-residence-rejection.md;
 * R-PR-100 to R-PR-103, R-PR-110, R-PR-113): the variant's conditions, the refund, the extension sent with a § 11,
 * stk. 10 rejection, and the appeal guidance the reference gives (fee) or leaves OPEN (the others).
 */

import { type Diagnostic, diagnostic, fail, ok, type Result } from '../../diagnostics/diagnostic.ts';
import type { CivilDate } from '../../domain/civil-date.ts';
import { configuredAppeal } from '../configured-appeal.ts';
import type { RulesWorld } from '../define-letter.ts';
import { type AppealGuidance, type Companion, type Outcome, type Reason, toTheApplicant } from '../plan.ts';
import { extensionCompanion, extensionDue } from '../temporary-permit-extension/rules.ts';
import type { Input } from './schema.ts';

export type Variant = 'incomplete' | 'late-filing' | 'fee' | 'form';
export const LETTER = 'permanent-residence-rejection';

/** R-PR-100: no rejection where the shortfall is at most 205 kr. (src:13581–13586). */
export const FEE_SHORTFALL_TOLERATED = 205;
/** R-PR-101: the digital form is mandatory for TU1–TU3 from 1 May 2015 (bek. nr. 276 af 20. marts 2015). */
export const DIGITAL_FORM_FROM = '2015-05-01' as CivilDate;
/** R-PR-101: the refund of a form rejection less 830 kr. (2017 level), § 9 h, stk. 7; other years are not given. */
const REFUND_DEDUCTION: Readonly<Record<number, number>> = { 2017: 830 };
/** R-PR-103: permits whose holders may always file in Denmark (§ 9, stk. 21 does not apply). */
const MAY_FILE_LATE = new Set(['7-8', '9b', '9c-2', '9c-3', '9d', '9e']);

export const feeShortfall = (due: number, paid: number): number => Math.round((due - paid) * 100) / 100;

function conditions(input: Input): Diagnostic[] {
  switch (input.variant) {
    case 'fee': {
      const problems: Diagnostic[] = [];
      if (input.paidForOtherCategory)
        problems.push(diagnostic('RULE_PRR_FEE_OTHER_CATEGORY', 'data.paidForOtherCategory', { rule: 'R-PR-100' }));
      else if (feeShortfall(input.feeDue, input.feePaid) <= FEE_SHORTFALL_TOLERATED)
        problems.push(
          diagnostic('RULE_PRR_FEE_SHORTFALL_TOLERATED', 'data.feePaid', { limit: FEE_SHORTFALL_TOLERATED, rule: 'R-PR-100' }),
        );
      // OPEN (R-PR-113): without a valid permit a departure deadline is set; the reference gives neither its wording
      // nor the § 9 c, stk. 1 assessment's place: refused until configured.
      if (!input.validPermitAtDecision)
        problems.push(diagnostic('RULE_PRR_DEPARTURE_NOT_CONFIGURED', 'data.validPermitAtDecision', { rule: 'R-PR-113' }));
      return problems;
    }
    case 'form': {
      if (input.filingDate < DIGITAL_FORM_FROM)
        return [diagnostic('RULE_PRR_DIGITAL_FORM_NOT_REQUIRED', 'data.filingDate', { rule: 'R-PR-101' })];
      if (!input.signedUpForDigitalPost || input.represented)
        return [
          diagnostic(
            'RULE_PRR_DIGITAL_FORM_NOT_REQUIRED',
            input.represented ? 'data.represented' : 'data.signedUpForDigitalPost',
            {
              rule: 'R-PR-101',
            },
          ),
        ];
      const year = Number(input.letterDate.slice(0, 4));
      if (REFUND_DEDUCTION[year] === undefined)
        return [
          diagnostic('RULE_PR_AMOUNT_YEAR_UNKNOWN', 'data.letterDate', { table: 'refund-deduction', year, rule: 'R-PR-101' }),
        ];
      return [];
    }
    case 'late-filing':
      if (MAY_FILE_LATE.has(input.permitBasis))
        return [diagnostic('RULE_PRR_LATE_FILING_ALLOWED', 'data.permitBasis', { rule: 'R-PR-103' })];
      // Filed after the permit expired: on the expiry day itself the application is in time.
      if (input.filingDate <= input.permitExpired)
        return [diagnostic('RULE_PRR_NOT_LATE', 'data.filingDate', { rule: 'R-PR-103' })];
      return [];
    case 'incomplete':
      return [];
  }
}

function companionsOf(input: Input, world: RulesWorld): Result<Companion[]> {
  if (input.variant !== 'incomplete') return ok([]);
  const due = extensionDue(input.letterDate, input.temporaryPermitExpires);
  if (!due)
    return input.extension ? fail(diagnostic('RULE_PR_EXTENSION_NOT_DUE', 'data.extension', { rule: 'R-PR-110' })) : ok([]);
  if (!input.extension) return fail(diagnostic('RULE_PR_EXTENSION_REQUIRED', 'data.extension', { rule: 'R-PR-110' }));
  const companion = extensionCompanion(
    {
      ...toTheApplicantFacts(input),
      withDecision: 'rejection',
      temporaryPermitExpires: input.temporaryPermitExpires,
      ...input.extension,
    },
    world,
  );
  return companion.ok ? ok([companion.value]) : companion;
}

const toTheApplicantFacts = (input: Input) => ({
  letterDate: input.letterDate,
  caseNumber: input.caseNumber,
  applicant: input.applicant,
  address: input.address,
  officer: input.officer,
});

const WHY: Readonly<Record<Variant, Reason>> = {
  incomplete: { rule: 'R-PR-102', because: '§ 11, stk. 10: the application is not complete' },
  'late-filing': { rule: 'R-PR-103', because: '§ 9, stk. 21: filed after the permit expired; apply from abroad' },
  fee: { rule: 'R-PR-100', because: '§ 9 h, stk. 8: the fee was not paid in full by the filing' },
  form: { rule: 'R-PR-101', because: 'the mandatory digital form (TU1–TU3) was not used' },
};

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const problems = conditions(input);
  if (problems.length > 0) return fail(...problems);
  const companions = companionsOf(input, world);
  if (!companions.ok) return companions;
  const variant: Variant = input.variant;
  const why: Reason[] = [WHY[variant]];
  const at = input.letterDate;
  const sender = world.authorities.on('immigration-service/permanent-residence', at, 'data.letterDate');
  if (!sender.ok) return sender;

  let appeal: AppealGuidance;
  if (input.variant === 'fee') {
    // letters/permanent-residence-rejection.md → fee-rejection.md: not appealable to Udlændingenævnet, § 46 a, stk. 1.
    const board = world.authorities.on('immigration-appeals-board', at, 'data.letterDate');
    if (!board.ok) return board;
    appeal = { kind: 'not-appealable', to: board.value, legalBasis: '§ 46 a, stk. 1', rules: ['R-PR-100'] };
    why.push({
      rule: 'R-PR-100',
      because: `shortfall ${feeShortfall(input.feeDue, input.feePaid)} kr. > ${FEE_SHORTFALL_TOLERATED} kr.`,
    });
  } else {
    // OPEN: § 11, stk. 10 is not appealable to the ministry, but whether Udlændingenævnet may hear it, and the
    // appeal of late-filing and form rejections, are not stated (R-PR-102): refused until configured.
    const configured = configuredAppeal(world, { letter: LETTER, variant, openRule: 'R-PR-102', letterDate: at });
    if (!configured.ok) return configured;
    appeal = configured.value;
  }
  if (companions.value.length > 0)
    why.push({ rule: 'R-PR-110', because: 'permit expires within 6 months: extension part-decision sent with the rejection' });

  return ok({
    due: true,
    plan: {
      variant,
      why,
      ...toTheApplicant(input),
      sender: sender.value,
      appeal,
      copies: [],
      ...(companions.value.length > 0 ? { companions: companions.value } : {}),
      fields: {
        filingDate: input.filingDate,
        fundamental: input.variant === 'incomplete' ? input.defect.kind === 'fundamental' : null,
        answerBy: input.variant === 'incomplete' && input.defect.kind === 'non-fundamental' ? input.defect.answerBy : null,
        missing: input.variant === 'incomplete' ? input.missing.map((m) => ({ item: m.item, why: m.why })) : null,
        permitExpired: input.variant === 'late-filing' ? input.permitExpired : null,
        feeDue: input.variant === 'fee' ? input.feeDue : null,
        feePaid: input.variant === 'fee' || input.variant === 'form' ? input.feePaid : null,
        refund:
          input.variant === 'form'
            ? Math.max(0, Math.round((input.feePaid - (REFUND_DEDUCTION[Number(at.slice(0, 4))] ?? 0)) * 100) / 100)
            : null,
        form: input.variant === 'form' ? input.form : null,
        refundDeduction: input.variant === 'form' ? (REFUND_DEDUCTION[Number(at.slice(0, 4))] ?? null) : null,
        extensionEnclosed: companions.value.length > 0,
      },
    },
  });
}
