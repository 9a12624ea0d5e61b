/**
 * The opening paragraph of the first letter after a permanent-residence case is re-opened (V-REOPEN-INTRO,
 * pr-reopening-decision.md) or remitted by Udlændingenævnet (V-REMITTAL-INTRO, pr-remittal-intro.md): its input,
 * its date checks and its template fields. Printed by templates/partials/pr-opening.hbs in a documentation request,
 * a hearing, or the decision (R-PR-140, R-PR-141).
 */
import { z } from 'zod';
import type { CivilDate } from '../domain/civil-date.ts';
import { civilDate } from './common-schema.ts';
import { areDates } from './date-checks.ts';
import { officerText } from './officer-text.ts';
import { ruleSetFor } from './permanent-residence-decision/rule-set.ts';
import type { Reason, TemplateFields } from './plan.ts';

/**
 * The refused requirement(s) as the refusal named them: "kravet om {requirement}". The officer's text (Danish, or
 * per language): a translated part without its translation prints the Danish in the marked box (issue 15).
 */
const requirement = officerText(300);

export const reopeningOpening = z.strictObject({
  kind: z.literal('after-reopening'),
  refusalDate: civilDate,
  refusedRequirement: requirement,
  /** The filing date of the original application: its rules decide the new assessment (R-PR-141). */
  originalFilingDate: civilDate,
  documentationReceivedOn: civilDate,
  /** "dokumentation for …": what was documented (the officer's text, per language). */
  documented: officerText(300),
  /** [VÆLG] 1: the applicant asked to re-open, or the enquiry was treated as a request. */
  request: z.enum(['asked', 'treated-as-request']),
  /** [VÆLG] 2: the decision rests on the documentation sent, or on the enquiry. */
  decidedOn: z.enum(['documentation', 'enquiry']),
});

/** Udlændingenævnet's finding (src:16921–16940): not considered; pre-existing new information; nova. */
export const REMITTAL_TYPES = ['not-considered', 'pre-existing', 'nova'] as const;

export const remittalOpening = z.strictObject({
  kind: z.literal('after-remittal'),
  remittalType: z.enum(REMITTAL_TYPES),
  refusalDate: civilDate,
  refusedRequirement: requirement,
  appealDate: civilDate,
  remittalDate: civilDate,
  /** Requirements Udlændingenævnet found met ("omgørelse"), each printed as "Kravet om … anses nu for opfyldt." */
  requirementsFoundMet: z.array(requirement).max(12).default([]),
});

export const opening = z.discriminatedUnion('kind', [reopeningOpening, remittalOpening]);
export type Opening = z.infer<typeof opening>;

/**
 * The opening's facts agree: each date in order and none after the letter (RULE_DATE_BEFORE at the later date);
 * a remittal's findings fit its type (RULE_PR_REMITTAL_FINDINGS_CONTRADICT, src:16921–16940).
 */
export function checkOpening(ctx: z.RefinementCtx, letterDate: unknown, value: Opening, path: readonly string[]) {
  if (value.kind === 'after-remittal') {
    const met = value.requirementsFoundMet.length;
    // Not considered: "no view on the requirements"; nova: the information "now meets the refused requirement".
    if ((value.remittalType === 'not-considered' && met > 0) || (value.remittalType === 'nova' && met === 0))
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'requirementsFoundMet'],
        params: { code: 'RULE_PR_REMITTAL_FINDINGS_CONTRADICT', remittalType: value.remittalType, rule: 'R-PR-141' },
      });
  }
  const chain: [string, unknown][] =
    value.kind === 'after-reopening'
      ? [
          ['refusalDate', value.refusalDate],
          ['documentationReceivedOn', value.documentationReceivedOn],
        ]
      : [
          ['refusalDate', value.refusalDate],
          ['appealDate', value.appealDate],
          ['remittalDate', value.remittalDate],
        ];
  if (value.kind === 'after-reopening') chain.unshift(['originalFilingDate', value.originalFilingDate]);
  const steps: [string[], unknown][] = [
    ...chain.map(([name, date]): [string[], unknown] => [[...path, name], date]),
    [['letterDate'], letterDate],
  ];
  for (let i = 1; i < steps.length; i++) {
    const [laterPath, later] = steps[i] as [string[], unknown];
    const [earlierPath, earlier] = steps[i - 1] as [string[], unknown];
    if (areDates(later, earlier) && (later as string) < (earlier as string))
      ctx.addIssue({
        code: 'custom',
        path: laterPath,
        params: {
          code: 'RULE_DATE_BEFORE',
          field: laterPath.join('.'),
          other: earlierPath.join('.'),
          rule: value.kind === 'after-reopening' ? 'R-PR-140' : 'R-PR-141',
        },
      });
  }
}

/** Udlændingenævnet's remittals: a case first decided before this day may also be assessed under the current rules (R-PR-141). */
export const REMITTAL_TRANSITION = '2012-07-01' as CivilDate;

/** Why the opening is there, and which rules the new assessment follows (R-PR-140, R-PR-141), for the plan. */
export function openingReasons(value: Opening): Reason[] {
  if (value.kind === 'after-reopening') {
    const set = ruleSetFor(value.originalFilingDate);
    return [
      { rule: 'R-PR-140', because: 're-opened: the first letter opens with V-REOPEN-INTRO' },
      {
        rule: 'R-PR-141',
        because: `new assessment under the rules at the original filing (${value.originalFilingDate}${set ? `, rule set ${set.id}` : ', no rule set in the table'}); also the current rules if no grant`,
      },
    ];
  }
  const early = value.refusalDate < REMITTAL_TRANSITION;
  return [
    {
      rule: 'R-PR-141',
      because: `remitted by Udlændingenævnet on ${value.remittalDate}: the first letter opens with V-REMITTAL-INTRO${value.requirementsFoundMet.length ? `, ${value.requirementsFoundMet.length} requirement(s) found met` : ''}`,
    },
    {
      rule: 'R-PR-141',
      because: early
        ? `decided before 1 July 2012 (${value.refusalDate}): the rules at the original decision date; if no grant, the current rules`
        : `decided on or after 1 July 2012 (${value.refusalDate}): the rules at the original decision date, as other cases`,
    },
  ];
}

/** The template's fields (every one present, null where not used: Handlebars runs strict). */
export const openingFields = (value: Opening | undefined): TemplateFields | null =>
  value === undefined
    ? null
    : value.kind === 'after-reopening'
      ? {
          kind: value.kind,
          refusalDate: value.refusalDate,
          refusedRequirement: value.refusedRequirement,
          documentationReceivedOn: value.documentationReceivedOn,
          documented: value.documented,
          request: value.request,
          decidedOn: value.decidedOn,
          appealDate: null,
          remittalDate: null,
          requirementsFoundMet: [],
        }
      : {
          kind: value.kind,
          refusalDate: value.refusalDate,
          refusedRequirement: value.refusedRequirement,
          documentationReceivedOn: null,
          documented: null,
          request: null,
          decidedOn: null,
          appealDate: value.appealDate,
          remittalDate: value.remittalDate,
          requirementsFoundMet: [...value.requirementsFoundMet],
        };
