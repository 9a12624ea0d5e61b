/**
 * Input of the first-time decision on family reunification with a child (shared/domain/letters/
 * child-reunification-decision.md; handbook Feb 2017 ch. 7): the child, the parent in Denmark (the reference), the
 * variant the officer found and its facts. A child's age that contradicts the variant is refused here.
 */
import { z } from 'zod';
import { civilDate } from '../common-schema.ts';
import { areDates } from '../date-checks.ts';
import { departure, departureIssues, familyDecisionFields, hearingIssues, missionIssues, reference } from '../family-schema.ts';
import { officerText } from '../officer-text.ts';
import { violenceBarRunsOn } from '../spouse-reunification-decision/limits.ts';
import { minorOn, over8On, under15On } from './limits.ts';

const reasons = z.array(officerText(3000)).min(1).max(8);

/** The caps on a grant (R-FAM-051, R-FAM-071): the custody holder's permit (absent: permanent) and the passport. */
const permit = z.strictObject({
  custodyHolderPermitEnd: civilDate.optional(),
  /** Absent where the child has no passport cap (e.g. a fremmedpas, src:10609–10614). */
  passportExpiry: civilDate.optional(),
});

export const REFUSAL_VARIANTS = [
  'refusal-age',
  'refusal-civil-status',
  'refusal-adoption-not-recognised',
  'refusal-no-adoption-documents',
  'refusal-reference-not-resident',
  'refusal-custody',
  'refusal-integration',
  'refusal-after-lapse',
  'refusal-best-interests',
  'refusal-identity',
] as const;

const refusalCommon = { reasons, departure: departure.optional() };

export const decision = z.discriminatedUnion('variant', [
  z.strictObject({ variant: z.literal('grant-under-15'), permit }),
  z.strictObject({
    variant: z.literal('grant-with-conditions'),
    permit,
    /** § 9, stk. 15 (src:8966–8969, 9137–9172): the conditions imposed; at least one. */
    conditions: z.strictObject({ noPublicHelp: z.boolean(), housing: z.boolean() }),
  }),
  /** § 9 c, stk. 1 (15–18); validity not stated (OPEN): the standard end is an input. */
  z.strictObject({ variant: z.literal('grant-15-18'), permit, standardEnd: civilDate }),
  z.strictObject({ variant: z.literal('grant-7-3-reference'), permit, referencePermitEnd: civilDate }),
  ...REFUSAL_VARIANTS.map((variant) => z.strictObject({ variant: z.literal(variant), ...refusalCommon })),
  z.strictObject({
    variant: z.literal('refusal-offence-bar'),
    ...refusalCommon,
    /** The latest final judgment (appealed: the second-instance judgment), R-FAM-052. */
    finalJudgmentDate: civilDate,
    barEndsSoon: z.boolean(),
  }),
]);

export const schema = z.strictObject({ ...familyDecisionFields, reference, decision }).superRefine((input, ctx) => {
  const issue = (path: (string | number)[], code: string, params: Record<string, string | number> = {}) =>
    ctx.addIssue({ code: 'custom', path, params: { code, ...params } });
  if (!areDates(input.letterDate, input.applicationDate, input.applicant.dateOfBirth)) return;
  if (input.letterDate < input.applicationDate)
    issue(['letterDate'], 'RULE_DATE_BEFORE', { field: 'letterDate', other: 'applicationDate', rule: 'R-FAM-086' });
  if (input.applicationDate < input.applicant.dateOfBirth)
    issue(['applicationDate'], 'RULE_DATE_BEFORE', {
      field: 'applicationDate',
      other: 'applicant.dateOfBirth',
      rule: 'R-FAM-050',
    });
  const w = input.whereabouts;
  for (const i of missionIssues(w, input.representative, input.filedViaMission)) issue(i.path, i.code, i.params);
  for (const i of hearingIssues(input.hearing, input.letterDate)) issue(i.path, i.code, i.params);

  // The child's age at the filing date (src:8971–8972) against the variant (R-FAM-050).
  const born = input.applicant.dateOfBirth;
  const filed = input.applicationDate;
  const d = input.decision;
  const age = (rule: string) =>
    issue(['decision', 'variant'], 'RULE_FAM_CHILD_AGE_CONTRADICTS_VARIANT', { variant: d.variant, rule });
  if (!minorOn(born, filed)) issue(['applicant', 'dateOfBirth'], 'RULE_FAM_CHILD_NOT_MINOR', { rule: 'R-FAM-050' });
  else if ((d.variant === 'grant-under-15' || d.variant === 'grant-with-conditions') && !under15On(born, filed)) age('R-FAM-050');
  else if ((d.variant === 'grant-15-18' || d.variant === 'refusal-age') && under15On(born, filed)) age('R-FAM-050');
  else if (d.variant === 'refusal-integration' && !over8On(born, filed)) age('R-FAM-050');

  if (d.variant === 'grant-with-conditions' && !d.conditions.noPublicHelp && !d.conditions.housing)
    issue(['decision', 'conditions'], 'RULE_FAM_CHILD_CONDITIONS_EMPTY', { rule: 'R-FAM-070' });
  if (
    d.variant === 'refusal-offence-bar' &&
    areDates(d.finalJudgmentDate) &&
    !violenceBarRunsOn(d.finalJudgmentDate, input.letterDate)
  )
    issue(['decision', 'finalJudgmentDate'], 'RULE_FAM_VIOLENCE_BAR_ENDED', { rule: 'R-FAM-052' });
  if ('reasons' in d)
    for (const i of departureIssues(w.applicantIs, d.departure, input.letterDate, ['decision', 'departure']))
      issue(i.path, i.code, i.params);
});

export type Input = z.infer<typeof schema>;
export type Decision = z.infer<typeof decision>;
