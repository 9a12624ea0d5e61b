/**
 * Rules of the extension part-decision (letters/temporary-permit-extension.md; R-PR-110): the end date within the
 * limits the reference gives, the passport rule, the conditions block, and the appeal guidance.
 */

import { type Diagnostic, diagnostic, fail, ok, type Result } from '../../diagnostics/diagnostic.ts';
import { addDays, addMonths, type CivilDate } from '../../domain/civil-date.ts';
import { addYears } from '../../domain/periods.ts';
import { configuredAppeal } from '../configured-appeal.ts';
import type { RulesWorld } from '../define-letter.ts';
import { type AppealGuidance, type Companion, type Outcome, type Reason, toTheApplicant } from '../plan.ts';
import type { Input } from './schema.ts';

export type Variant = 'extension' | 'extension-limited';
export const LETTER = 'temporary-permit-extension';

/** Never extended for less than 6 months (src:13838): the new period starts the day after the expiry. */
export const shortestEnd = (expires: CivilDate): CivilDate => addDays(addMonths(addDays(expires, 1), 6), -1);
/** A time-limited permit runs up to 6 years at a time (src:12462–12467): the cap ends the day before the anniversary. */
export const longestEnd = (expires: CivilDate): CivilDate => addDays(addYears(addDays(expires, 1), 6), -1);
/** A national passport must be valid 3 months beyond the permit (src:13836–13837). */
export const passportCap = (passportExpires: CivilDate): CivilDate => addMonths(passportExpires, -3);

/** R-PR-110: a permanent-residence refusal or rejection goes with this part-decision when the permit expires within 6 months. */
export const extensionDue = (letterDate: CivilDate, expires: CivilDate): boolean => expires <= addMonths(letterDate, 6);

/**
 * This part-decision as the companion of the permanent-residence refusal or rejection it goes with (R-PR-110): its
 * errors name the main letter's `extension` field, where the officer gives its facts.
 */
export function extensionCompanion(input: Input, world: RulesWorld): Result<Companion> {
  const outcome = decide(input, world);
  if (!outcome.ok) return fail(...outcome.diagnostics.map((d) => ({ ...d, path: d.path.replace(/^data\./, 'data.extension.') })));
  if (!outcome.value.due) throw new Error('the extension part-decision is always due');
  return ok({ letter: LETTER, plan: outcome.value.plan, reader: 'applicant' });
}

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const problems: Diagnostic[] = [];
  if (input.extendedUntil < shortestEnd(input.temporaryPermitExpires))
    problems.push(diagnostic('RULE_TPE_SHORTER_THAN_6_MONTHS', 'data.extendedUntil', { rule: 'R-PR-110' }));
  if (input.extendedUntil > longestEnd(input.temporaryPermitExpires))
    problems.push(diagnostic('RULE_TPE_LONGER_THAN_6_YEARS', 'data.extendedUntil', { rule: 'R-PR-110' }));
  if (input.passport.kind === 'national' && input.extendedUntil > passportCap(input.passport.expires))
    problems.push(diagnostic('RULE_TPE_BEYOND_PASSPORT', 'data.extendedUntil', { rule: 'R-PR-110' }));
  if (problems.length > 0) return fail(...problems);

  const variant: Variant = input.asRequested && !input.studentSpouseSupportRevived ? 'extension' : 'extension-limited';
  const why: Reason[] = [
    {
      rule: 'R-PR-110',
      because: `sent with the ${input.withDecision} of permanent residence; extended to ${input.extendedUntil}`,
    },
    input.passport.kind === 'national'
      ? {
          rule: 'R-PR-110',
          because: `passport valid to ${input.passport.expires}: the permit ends at the latest ${passportCap(input.passport.expires)}`,
        }
      : { rule: 'R-PR-110', because: 'no passport requirement for this nationality (V-PASSPORT-WAIVER)' },
  ];
  const sender = world.authorities.on('immigration-service/permanent-residence', input.letterDate, 'data.letterDate');
  if (!sender.ok) return sender;
  let appeal: AppealGuidance;
  if (variant === 'extension') {
    why.push({
      rule: 'R-PR-110',
      because: 'the period applied for, no condition revived: the decision grants the request in full',
    });
    appeal = { kind: 'fully-granted', rules: ['R-PR-110'] };
  } else {
    // OPEN (letters/temporary-permit-extension.md, "Appeal guidance"): a shorter period or a revived condition.
    const configured = configuredAppeal(world, { letter: LETTER, variant, openRule: 'R-PR-110', letterDate: input.letterDate });
    if (!configured.ok) return configured;
    appeal = configured.value;
  }
  return ok({
    due: true,
    plan: {
      variant,
      why,
      ...toTheApplicant(input),
      sender: sender.value,
      appeal,
      copies: [],
      fields: {
        withDecision: input.withDecision,
        extendedUntil: input.extendedUntil,
        passportWaiver: input.passport.kind === 'waived' ? input.passport.country : null,
        danishA1Pending: input.danishA1Pending,
        studentSpouseSupportRevived: input.studentSpouseSupportRevived,
      },
    },
  });
}
