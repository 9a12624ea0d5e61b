/**
 * Input of the rejection of a family-reunification application without a merits decision (shared/domain/letters/
 * family-application-rejection.md; handbook 2.5, src:4835–5112): the variant the officer found, its facts, the fee paid
 * (for the refund, R-FAM-007) and the departure facts (R-FAM-081).
 */
import { z } from 'zod';
import { civilDate } from '../common-schema.ts';
import { areDates } from '../date-checks.ts';
import { departure, departureIssues, familyDecisionFields, hearingIssues, missionIssues } from '../family-schema.ts';
import { officerText } from '../officer-text.ts';
import { biometricsPeriodOver, earlierRefusalTooOld } from './limits.ts';

/** What the application was for: it decides the provision of the rejection (§ 9, stk. 21; § 9 c, stk. 6; § 9 f, stk. 8). */
export const applicationBasis = z.enum(['9-1', '9c-1', '9f']);

/**
 * R-FAM-081: a rejection under § 9, stk. 21, § 9 c, stk. 6 or § 9 g sets no deadline: leave at once, or as the visa
 * allows. A § 47 b rejection is not in that list (OPEN): the usual departure facts (family-schema `departure`).
 */
const leave = z.enum(['at-once', 'other-right-to-stay']);

const common = { reasons: z.array(officerText(3000)).min(1).max(8) };

export const rejection = z.discriminatedUnion('variant', [
  z.strictObject({
    variant: z.literal('unlawful-stay'),
    ...common,
    ground: z.enum(['no-lawful-stay', 'after-departure-deadline', 'other-application-pending']),
    leave: leave.optional(),
  }),
  z.strictObject({ variant: z.literal('repeat-application'), ...common, earlierRefusalDate: civilDate, leave: leave.optional() }),
  /** Always put before a member of the management team first (src:4995–5012). */
  z.strictObject({
    variant: z.literal('entry-ban'),
    ...common,
    managementTeamConsulted: z.literal(true),
    leave: leave.optional(),
  }),
  z.strictObject({
    variant: z.literal('missing-documents'),
    ...common,
    /** Which information and documents are missing (src:4899–4901, 4915–4916). */
    missing: z.array(officerText(300)).min(1).max(20),
    /** A basic defect may be rejected at once; otherwise the applicant was asked first (src:5015–5075). */
    defect: z.enum(['basic', 'non-basic']),
    requestDate: civilDate.optional(),
    leave: leave.optional(),
  }),
  z.strictObject({ variant: z.literal('biometrics'), ...common, requestDate: civilDate, departure: departure.optional() }),
]);

export const schema = z
  .strictObject({
    ...familyDecisionFields,
    applicationBasis,
    /** The fee paid in kroner; absent for a fee-exempt case (no refund). */
    feePaid: z.number().nonnegative().max(1_000_000).optional(),
    rejection,
  })
  .superRefine((input, ctx) => {
    const issue = (path: (string | number)[], code: string, params: Record<string, string | number> = {}) =>
      ctx.addIssue({ code: 'custom', path, params: { code, ...params } });
    for (const i of missionIssues(input.whereabouts, input.representative, input.filedViaMission))
      issue(i.path, i.code, i.params);
    for (const i of hearingIssues(input.hearing, input.letterDate)) issue(i.path, i.code, i.params);
    if (!areDates(input.letterDate, input.applicationDate)) return;
    if (input.letterDate < input.applicationDate)
      issue(['letterDate'], 'RULE_DATE_BEFORE', { field: 'letterDate', other: 'applicationDate', rule: 'R-FAM-086' });
    const r = input.rejection;
    const at = ['rejection'];
    const inDenmark = input.whereabouts.applicantIs === 'in-denmark';
    if (
      r.variant === 'repeat-application' &&
      areDates(r.earlierRefusalDate) &&
      earlierRefusalTooOld(r.earlierRefusalDate, input.letterDate)
    )
      issue([...at, 'earlierRefusalDate'], 'RULE_FAM_EARLIER_REFUSAL_TOO_OLD', { rule: 'R-FAM-019' });
    if (r.variant === 'missing-documents') {
      // R-FAM-018: a § 9 c, stk. 1 application is never rejected under § 9 g, stk. 3.
      if (input.applicationBasis === '9c-1') issue(['applicationBasis'], 'RULE_FAM_9C_NOT_REJECTED_9G', { rule: 'R-FAM-018' });
      if (r.defect === 'non-basic' && !r.requestDate)
        issue([...at, 'requestDate'], 'RULE_FAM_DOCUMENTS_NOT_REQUESTED', { rule: 'R-FAM-017' });
      if (r.requestDate && areDates(r.requestDate) && r.requestDate >= input.letterDate)
        issue([...at, 'requestDate'], 'RULE_DATE_NOT_AFTER', { field: 'letterDate', other: 'requestDate', rule: 'R-FAM-017' });
    }
    if (r.variant === 'biometrics') {
      if (!biometricsPeriodOver(input.applicationDate, input.letterDate))
        issue(['letterDate'], 'RULE_FAM_BIOMETRICS_PERIOD_NOT_OVER', { rule: 'R-FAM-016' });
      if (areDates(r.requestDate) && (r.requestDate < input.applicationDate || r.requestDate >= input.letterDate))
        issue([...at, 'requestDate'], 'RULE_DATE_NOT_AFTER', { field: 'letterDate', other: 'requestDate', rule: 'R-FAM-016' });
      for (const i of departureIssues(input.whereabouts.applicantIs, r.departure, input.letterDate, [...at, 'departure']))
        issue(i.path, i.code, i.params);
    } else {
      if (inDenmark && !r.leave) issue([...at, 'leave'], 'RULE_FAM_DEPARTURE_REQUIRED', { rule: 'R-FAM-081' });
      if (!inDenmark && r.leave) issue([...at, 'leave'], 'RULE_FAM_DEPARTURE_NOT_ALLOWED_ABROAD', { rule: 'R-FAM-081' });
    }
  });

export type Input = z.infer<typeof schema>;
export type Rejection = z.infer<typeof rejection>;
