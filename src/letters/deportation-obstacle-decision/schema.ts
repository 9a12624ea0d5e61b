/**
 * Input of a decision on a permit because return is impossible, udlændingelovens § 9 c, stk. 2
 * (shared/domain/letters/deportation-obstacle-decision.md, Asylmeddelelse 13/16): the facts an officer knows.
 * Three kinds of request: a first application, an application to extend, a revocation.
 */
import { z } from 'zod';
import { civilDate, toTheApplicantFields } from '../common-schema.ts';
import { dateNotBefore } from '../date-checks.ts';
import { officerText } from '../officer-text.ts';
import { asylumCase, isUsNormalProcedure } from '../reopening-guidance/schema.ts';

/** The officer's account of the facts that mattered (forvaltningsloven §§ 22–24): one paragraph each. */
const facts = z.array(officerText(2000)).min(1).max(20);

/** The three conditions of § 9 c, stk. 2, nr. 1–3 (R-ASY-030), by number as the law has them. */
export const CONDITIONS = ['nr1', 'nr2', 'nr3'] as const;

/** The § 9 c, stk. 2 permit the applicant holds (extension, revocation). */
const permit = z.strictObject({
  firstGrantDate: civilDate,
  /** The last day of the current permit. */
  expiryDate: civilDate,
  /** Temporary stay, or time-limited with the possibility of permanent stay (R-ASY-036, R-ASY-037). */
  stay: z.enum(['temporary', 'permanent-possible']),
});

/** Why the basis of the permit fails (§ 19, stk. 1, nr. 1; § 11, stk. 2; src:553–561). */
const withdrawal = {
  ground: z.enum(['basis-no-longer-exists', 'basis-was-wrong']),
  facts,
  /** Required for a permit with the possibility of permanent stay: the § 26, stk. 1 assessment (R-ASY-037). */
  section26Assessment: facts.optional(),
};

const application = z.strictObject({
  type: z.literal('application'),
  applicationDate: civilDate,
  /** R-ASY-034: the applicant has left the asylum-centre system. */
  leftAsylumCentreSystem: z.boolean(),
  /** R-ASY-032: the latest departure deadline was a deferral "for a shorter period" (the officer's judgement): the deadline before it. */
  shortDeferral: z.strictObject({ deadlineBeforeDeferral: civilDate }).optional(),
  /** The officer's assessment once 18 months have passed (R-ASY-030): the conditions not met; empty when all are met. */
  unmetConditions: z.array(z.enum(CONDITIONS)).max(3).optional(),
  facts: facts.optional(),
});

const extension = z.strictObject({
  type: z.literal('extension'),
  applicationDate: civilDate,
  permit,
  outcome: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('granted') }),
    z.strictObject({ kind: z.literal('refused'), ...withdrawal }),
  ]),
  /** R-ASY-020: new essential background information of likely decisive importance for the asylum case. */
  newEssentialInformation: z.boolean(),
  asylumCase,
});

const revocation = z.strictObject({ type: z.literal('revocation'), permit, ...withdrawal });

export const schema = z
  .strictObject({
    ...toTheApplicantFields,
    /** Decides the rules that apply (R-ASY-039). */
    asylumApplicationDate: civilDate,
    finalAsylumRefusalDate: civilDate,
    /** The latest departure deadline, set with or after the final asylum refusal (R-ASY-031). */
    latestDepartureDeadline: civilDate,
    request: z.discriminatedUnion('type', [application, extension, revocation]),
  })
  .superRefine((input, ctx) => {
    const rule = 'letters/deportation-obstacle-decision.md';
    dateNotBefore(ctx, input, 'finalAsylumRefusalDate', 'asylumApplicationDate', 'R-ASY-030');
    dateNotBefore(ctx, input, 'latestDepartureDeadline', 'finalAsylumRefusalDate', 'R-ASY-031');
    const { request } = input;
    // Only a grant is barred before the 18-month point (R-ASY-031, checked by the rules); an application may be
    // decided, and refused on the present basis, before the latest departure deadline expires (src:459–464).
    // A permit (extension, revocation) is only ever held after it: such a decision cannot precede it.
    if (request.type !== 'application') dateNotBefore(ctx, input, 'letterDate', 'latestDepartureDeadline', 'R-ASY-031');
    // Fields of the request are under `request`; the letter date and the departure deadline are top-level.
    const TOP_LEVEL = ['letterDate', 'latestDepartureDeadline'];
    const at = (field: string) => (TOP_LEVEL.includes(field) ? [field] : ['request', ...field.split('.')]);
    const notBefore = (field: string, value: unknown, other: string, otherValue: unknown, because: string) => {
      const ok = [value, otherValue].every((v) => civilDate.safeParse(v).success);
      if (ok && (value as string) < (otherValue as string)) {
        ctx.addIssue({ code: 'custom', path: at(field), params: { code: 'RULE_DATE_BEFORE', field, other, rule: because } });
      }
    };
    if (request.type !== 'revocation') {
      notBefore('applicationDate', request.applicationDate, 'asylumApplicationDate', input.asylumApplicationDate, rule);
      notBefore('letterDate', input.letterDate, 'request.applicationDate', request.applicationDate, rule);
    }
    if (request.type === 'application' && request.shortDeferral) {
      const before = request.shortDeferral.deadlineBeforeDeferral;
      notBefore(
        'shortDeferral.deadlineBeforeDeferral',
        before,
        'finalAsylumRefusalDate',
        input.finalAsylumRefusalDate,
        'R-ASY-032',
      );
      // The deferral moved the deadline later: the deadline before it must be earlier than the latest one.
      notBefore(
        'latestDepartureDeadline',
        input.latestDepartureDeadline,
        'request.shortDeferral.deadlineBeforeDeferral',
        before,
        'R-ASY-032',
      );
    }
    if (
      request.type === 'application' &&
      new Set(request.unmetConditions ?? []).size !== (request.unmetConditions ?? []).length
    ) {
      ctx.addIssue({
        code: 'custom',
        path: at('unmetConditions'),
        params: { code: 'INPUT_NOT_ALLOWED', allowed: 'each condition once' },
      });
    }
    if (request.type === 'extension' && isUsNormalProcedure(request.asylumCase)) {
      ctx.addIssue({
        code: 'custom',
        path: at('asylumCase.procedure'),
        params: { code: 'RULE_REOPENING_US_NORMAL_PROCEDURE', rule: 'R-ASY-025' },
      });
    }
    if (request.type !== 'application') {
      notBefore(
        'permit.firstGrantDate',
        request.permit.firstGrantDate,
        'finalAsylumRefusalDate',
        input.finalAsylumRefusalDate,
        'R-ASY-030',
      );
      notBefore(
        'permit.expiryDate',
        request.permit.expiryDate,
        'request.permit.firstGrantDate',
        request.permit.firstGrantDate,
        rule,
      );
      notBefore('letterDate', input.letterDate, 'request.permit.firstGrantDate', request.permit.firstGrantDate, rule);
      const withdrawn = request.type === 'revocation' ? request : request.outcome.kind === 'refused' ? request.outcome : null;
      const path = request.type === 'revocation' ? 'section26Assessment' : 'outcome.section26Assessment';
      // R-ASY-037: the § 26, stk. 1 assessment belongs to a permit with the possibility of permanent stay, and only there.
      if (withdrawn && request.permit.stay === 'permanent-possible' && !withdrawn.section26Assessment) {
        ctx.addIssue({ code: 'custom', path: at(path), params: { code: 'INPUT_MISSING' } });
      }
      if (withdrawn && request.permit.stay === 'temporary' && withdrawn.section26Assessment) {
        ctx.addIssue({
          code: 'custom',
          path: at(path),
          params: { code: 'RULE_DOO_NO_SECTION_26_FOR_TEMPORARY', rule: 'R-ASY-037' },
        });
      }
    }
  });

export type Input = z.infer<typeof schema>;
export type Condition = (typeof CONDITIONS)[number];
