/**
 * Input of a decision under § 9 c, stk. 1 after an earlier stay in Denmark (shared/domain/letters/residence-9c1-decision.md;
 * memo of 11 August 2016). The officer supplies the findings as structured fields, one per criterion of the memo;
 * the service never computes the outcome. The earlier stay is given as dated periods and counted here.
 */
import { z } from 'zod';
import { periodProblems } from '../../domain/periods.ts';
import { civilDate, toTheApplicantFields } from '../common-schema.ts';
import { areDates } from '../date-checks.ts';
import { officerText } from '../officer-text.ts';

const finding = z.array(officerText(3000)).min(1).max(8);

/**
 * The findings in the order of the memo's criteria (letters/residence-9c1-decision.md, "Must say", 1–12). Those the
 * memo requires are checked in superRefine, so that a missing one is a coded error naming the finding
 * (RULE_9C1_FINDING_MISSING), not a bare "missing field".
 */
export const FINDING_ORDER = [
  'familySituation',
  'lengthOfStay',
  'natureOfPermits',
  'ties',
  'homeCountryTies',
  'family',
  'health',
  'childBestInterests',
  'childWeighing',
  'proportionality',
  'disability',
  'generalConditions',
] as const;
export type FindingName = (typeof FINDING_ORDER)[number];

export const schema = z
  .strictObject({
    ...toTheApplicantFields,
    applicationDate: civilDate,
    /** The memo's case groups (src:17464–17892): after a refused § 9 b extension, never a permit, study or work. */
    group: z.enum(['refused-9b-extension', 'never-permit', 'study-or-work']),
    /** The earlier stay, period by period, in order (R-9C1-010: lawful, procedural or unlawful). */
    earlierStay: z
      .array(z.strictObject({ from: civilDate, to: civilDate, kind: z.enum(['lawful', 'procedural', 'unlawful']) }))
      .min(1)
      .max(30),
    /** Children the decision concerns (the applicant's, or the applicant as a child): R-9C1-011, R-9C1-021. */
    children: z
      .array(z.strictObject({ name: z.string().trim().min(1).max(200), dateOfBirth: civilDate, entryDate: civilDate }))
      .max(12),
    findings: z.strictObject(
      Object.fromEntries(FINDING_ORDER.map((name) => [name, finding.optional()])) as Record<
        FindingName,
        z.ZodOptional<typeof finding>
      >,
    ),
    outcome: z.discriminatedUnion('kind', [
      z.strictObject({
        kind: z.literal('grant'),
        /** OPEN (R-9C1-030): what selects the purpose is not stated; the officer's choice. */
        purpose: z.enum(['permanent-purpose', 'possibility-permanent', 'temporary-purpose']),
        /** OPEN: the duration is not stated in the memo; the officer's input. */
        permitUntil: civilDate,
      }),
      z.strictObject({ kind: z.literal('refusal') }),
    ]),
  })
  .superRefine((input, ctx) => {
    const issue = (path: (string | number)[], code: string, params: Record<string, string | number>) =>
      ctx.addIssue({ code: 'custom', path, params: { code, ...params } });
    if (areDates(input.letterDate, input.applicationDate) && input.letterDate < input.applicationDate)
      issue(['letterDate'], 'RULE_DATE_BEFORE', { field: 'letterDate', other: 'applicationDate', rule: 'R-9C1-001' });
    for (const problem of periodProblems(input.earlierStay as never)) {
      const code = {
        'ends-before-start': 'RULE_PR_PERIOD_ENDS_BEFORE_START',
        unordered: 'RULE_PR_PERIODS_UNORDERED',
        overlap: 'RULE_PR_PERIODS_OVERLAP',
      }[problem.kind];
      issue(['earlierStay', problem.index], code, { rule: 'R-9C1-010' });
    }
    input.children.forEach((child, index) => {
      if (areDates(child.entryDate, child.dateOfBirth) && child.entryDate < child.dateOfBirth)
        issue(['children', index, 'entryDate'], 'RULE_DATE_BEFORE', {
          field: 'entryDate',
          other: 'dateOfBirth',
          rule: 'R-9C1-011',
        });
    });
    if (
      input.outcome.kind === 'grant' &&
      areDates(input.outcome.permitUntil, input.letterDate) &&
      input.outcome.permitUntil <= input.letterDate
    )
      issue(['outcome', 'permitUntil'], 'RULE_DATE_NOT_AFTER', {
        field: 'outcome.permitUntil',
        other: 'letterDate',
        rule: 'R-9C1-030',
      });
    for (const name of requiredFindings(input)) {
      if (!input.findings[name])
        issue(['findings', name], 'RULE_9C1_FINDING_MISSING', { finding: name, rule: REQUIRED_BECAUSE[name] ?? 'R-9C1-010' });
    }
  });

/** Why each required finding is required. */
const REQUIRED_BECAUSE: Readonly<Partial<Record<FindingName, string>>> = {
  // R-9C1-010: the length of stay, and the ties through education, work and association work.
  lengthOfStay: 'R-9C1-010',
  ties: 'R-9C1-010',
  // R-9C1-011, R-9C1-021: a decision concerning a child states the child's best interests and how they were weighed.
  childBestInterests: 'R-9C1-011',
  childWeighing: 'R-9C1-021',
  // R-9C1-020: every decision weighs proportionality (EMRK art. 8(2)).
  proportionality: 'R-9C1-020',
};

/** The findings the memo requires for these facts. */
export function requiredFindings(input: {
  children: readonly unknown[];
  applicant: { dateOfBirth: string };
  letterDate: string;
}): FindingName[] {
  const required: FindingName[] = ['lengthOfStay', 'ties', 'proportionality'];
  if (concernsChild(input)) required.push('childBestInterests', 'childWeighing');
  return FINDING_ORDER.filter((name) => required.includes(name));
}

/** A decision concerns a child when it names children, or the applicant is under 18 on the letter date. */
export function concernsChild(input: {
  children: readonly unknown[];
  applicant: { dateOfBirth: string };
  letterDate: string;
}): boolean {
  if (input.children.length > 0) return true;
  const [y, m, d] = input.applicant.dateOfBirth.split('-').map(Number) as [number, number, number];
  const eighteenth = `${String(y + 18).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  // 29 February: the 18th birthday falls on 1 March in a common year; "under 18" until then (string order suffices).
  return input.letterDate < eighteenth;
}

export type Input = z.infer<typeof schema>;
