/**
 * Rules of a decision on a permit because return is impossible, § 9 c, stk. 2 (rules.md R-ASY-030 to R-ASY-039;
 * shared/domain/letters/deportation-obstacle-decision.md). Pure: the input and the reference data decide.
 */
import { diagnostic, fail, ok, type Result } from '../../diagnostics/diagnostic.ts';
import type { CivilDate } from '../../domain/civil-date.ts';
import { collect } from '../collect.ts';
import type { RulesWorld } from '../define-letter.ts';
import { type Outcome, type Reason, type TemplateFields, toTheApplicant } from '../plan.ts';
import { appealFor, type Variant } from './appeal.ts';
import { reopeningCompanion } from './companion.ts';
import { eighteenMonthPoint, extensionStart, lessThanOneMonthLeft, permitEnd, permitMonths, stayPurpose } from './dates.ts';
import { legalBasisOn, producibleUnder } from './legal-basis.ts';
import type { Input } from './schema.ts';

export type { Variant } from './appeal.ts';

type Application = Extract<Input['request'], { type: 'application' }>;

interface Choice {
  readonly variant: Variant;
  readonly why: Reason[];
  readonly fields: TemplateFields;
}

/** R-ASY-031/032: the deadline the 18 months run from; a short deferral is disregarded (the earlier point). */
export function clockStart(input: Input, request: Application): CivilDate {
  return request.shortDeferral?.deadlineBeforeDeferral ?? input.latestDepartureDeadline;
}

/** A first application: rejection, refusal on the present basis, or the assessment's grant or refusal. */
export function chooseForApplication(input: Input, request: Application): Result<Choice> {
  if (request.leftAsylumCentreSystem) {
    const why = [{ rule: 'R-ASY-034', because: 'the applicant has left the asylum-centre system: rejected, § 33, stk. 8' }];
    return ok({ variant: 'rejection-absconded', why, fields: {} });
  }
  const start = clockStart(input, request);
  const point = eighteenMonthPoint(start);
  const clock: Reason[] = [
    { rule: 'R-ASY-031', because: `18 months after the deadline that expired ${start}: ${point}` },
    ...(request.shortDeferral
      ? [{ rule: 'R-ASY-032', because: 'the latest deadline was a short deferral: disregarded (officer)' }]
      : []),
  ];
  const fields = {
    clockStart: start,
    eighteenMonthPoint: point,
    pointPassed: point <= input.letterDate,
    shortDeferral: request.shortDeferral !== undefined,
  };
  if (request.applicationDate < point) {
    if (!lessThanOneMonthLeft(request.applicationDate, point)) {
      const because = `applied ${request.applicationDate}, more than a month before the 18 months had passed: refusal on the present basis, copy to UCN to present the case on ${point}`;
      return ok({ variant: 'refusal-present-basis', why: [...clock, { rule: 'R-ASY-032', because }], fields });
    }
    clock.push({
      rule: 'R-ASY-032',
      because: 'less than one month was left of the 18 months at the application: no refusal on the present basis',
    });
  }
  if (request.unmetConditions === undefined) return fail(diagnostic('INPUT_MISSING', 'data.request.unmetConditions'));
  if (request.unmetConditions.length === 0) {
    if (input.letterDate < point) {
      return fail(diagnostic('RULE_DOO_GRANT_BEFORE_18_MONTHS', 'data.letterDate', { date: point, rule: 'R-ASY-031' }));
    }
    const because = 'the conditions of § 9 c, stk. 2, nr. 1–3 are met (officer): permit for 1 year';
    const until = permitEnd(input.letterDate, 12);
    return ok({ variant: 'grant', why: [...clock, { rule: 'R-ASY-036', because }], fields: { ...fields, permitUntil: until } });
  }
  if (!request.facts) return fail(diagnostic('INPUT_MISSING', 'data.request.facts'));
  const because = `conditions not met (officer): ${request.unmetConditions.join(', ')}; duty to leave by the latest deadline`;
  return ok({
    variant: 'refusal',
    why: [...clock, { rule: 'R-ASY-030', because }, { rule: 'R-ASY-035', because: 'refusal: appeal to the ministry' }],
    fields: { ...fields, unmetConditions: [...request.unmetConditions].sort(), facts: request.facts },
  });
}

function chooseForPermit(input: Input): Choice {
  const { request } = input;
  if (request.type === 'application') throw new Error('chooseForPermit: not a permit request');
  const stay = request.permit.stay;
  if (request.type === 'extension' && request.outcome.kind === 'granted') {
    // The new period begins the day after the current permit's last day.
    const start = extensionStart(request.permit.expiryDate);
    const months = permitMonths(start, request.permit.firstGrantDate);
    const purpose = stayPurpose(start, request.permit.firstGrantDate);
    const because = `extension by the rules of the first grant (§ 11, stk. 2): ${months / 12} year(s), ${purpose} stay`;
    return {
      variant: 'extension',
      why: [{ rule: 'R-ASY-036', because }],
      fields: { permitUntil: permitEnd(start, months), purpose },
    };
  }
  const withdrawn = request.type === 'revocation' ? request : request.outcome.kind === 'refused' ? request.outcome : null;
  if (withdrawn === null) throw new Error('unreachable: a granted extension is handled above');
  const action = request.type === 'revocation' ? 'revocation, § 19, stk. 1, nr. 1' : 'refusal to extend, § 11, stk. 2';
  const split =
    stay === 'permanent-possible'
      ? 'permit with the possibility of permanent stay: § 26, stk. 1 assessment; appeal within 7 days suspends'
      : 'permit for temporary stay: no § 26 assessment; appeal suspends only for special reasons';
  return {
    variant: request.type === 'revocation' ? 'revocation' : 'refusal-to-extend',
    why: [{ rule: 'R-ASY-037', because: `${action} (${withdrawn.ground}); ${split}` }],
    fields: {
      stay,
      ground: withdrawn.ground,
      facts: withdrawn.facts,
      section26Assessment: withdrawn.section26Assessment ?? null,
    },
  };
}

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const basis = legalBasisOn(input.asylumApplicationDate);
  if (basis === null) {
    return fail(diagnostic('RULE_DOO_LEGAL_BASIS_UNKNOWN', 'data.asylumApplicationDate', { rule: 'R-ASY-039' }));
  }
  const { request } = input;
  const choice = request.type === 'application' ? chooseForApplication(input, request) : ok(chooseForPermit(input));
  if (!choice.ok) return choice;
  const { variant, why, fields } = choice.value;
  // R-ASY-039 (OPEN): under the 1994 and 1998 rules the source names the provision, not its content or consequences.
  if (!producibleUnder(basis, variant)) {
    return fail(diagnostic('RULE_DOO_OLD_REGIME_NOT_CONFIGURED', 'data.asylumApplicationDate', { variant, rule: 'R-ASY-039' }));
  }
  const stay = request.type === 'application' ? null : request.permit.stay;
  const looked = collect({
    sender: world.authorities.on('immigration-service/asylum', input.letterDate, 'data.letterDate'),
    police: world.authorities.on('police/ucn', input.letterDate, 'data.letterDate'),
    appeal: appealFor(variant, stay, input.letterDate, world),
    companion: reopeningCompanion(input, world),
  });
  if (!looked.ok) return looked;
  const { sender, police, appeal, companion } = looked.value;
  const basisReason = { rule: 'R-ASY-039', because: `asylum application ${input.asylumApplicationDate}: ${basis} rules` };
  const copyReason = { rule: 'R-ASY-038', because: 'every § 9 c, stk. 2 decision: copy to the police (UCN)' };

  return ok({
    due: true,
    plan: {
      variant,
      why: [basisReason, ...why, copyReason],
      ...toTheApplicant(input),
      sender,
      appeal,
      copies: [{ recipient: police, rule: 'R-ASY-038' }],
      companions: companion ? [companion] : [],
      fields: {
        legalBasis: basis,
        asylumApplicationDate: input.asylumApplicationDate,
        applicationDate: request.type === 'revocation' ? null : request.applicationDate,
        latestDepartureDeadline: input.latestDepartureDeadline,
        // A decision may be dated before the latest departure deadline expires (issue 11, point 3): the letter
        // then speaks of it in the future ("udløber"), and of the 18-month point likewise.
        deadlinePassed: input.latestDepartureDeadline < input.letterDate,
        pointPassed: false,
        clockStart: null,
        eighteenMonthPoint: null,
        shortDeferral: false,
        permitUntil: null,
        purpose: null,
        unmetConditions: null,
        facts: null,
        stay: null,
        ground: null,
        section26Assessment: null,
        ...fields,
      },
    },
  });
}
