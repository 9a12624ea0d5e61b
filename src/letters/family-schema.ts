/**
 * Schema pieces the family-reunification decisions share (handbook Feb 2017; rules.md "Family reunification"):
 * where the applicant is, the representative, the Danish mission, the delivery channel and the departure facts.
 * They decide who receives the letter (R-FAM-090..093) and the departure deadline (R-FAM-080..088).
 */
import { z } from 'zod';
import { addMonths, type CivilDate } from '../domain/civil-date.ts';
import { DELIVERY_CHANNELS } from '../domain/departure-deadline.ts';
import { birthCountryCode, caseNumber, civilDate, danishPostalAddress, nationalityCode, officer } from './common-schema.ts';
import { areDates } from './date-checks.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

/** An address abroad, as written, and its country. */
export const foreignAddress = z.strictObject({ lines: z.array(text(200)).min(1).max(5), country: text(100) });

/** A Danish or a foreign address: a Danish one has a postcode, a foreign one a country. */
export const postalAddress = z.union([danishPostalAddress, foreignAddress]);

/**
 * A representative's kind decides the routing (R-FAM-091..093, R-FAM-095). Their address is in Denmark (`address`) or
 * abroad (`addressAbroad`): exactly one, two plain objects rather than a union, so that the officers' page can fill it.
 */
const representativeOf = <K extends 'lawyer' | 'family-member' | 'other'>(kind: K) =>
  z
    .strictObject({
      kind: z.literal(kind),
      name: text(200),
      address: danishPostalAddress.optional(),
      addressAbroad: foreignAddress.optional(),
    })
    .superRefine((rep, ctx) => {
      if ((rep.address === undefined) === (rep.addressAbroad === undefined))
        ctx.addIssue({
          code: 'custom',
          path: ['address'],
          params: { code: 'RULE_FAM_REPRESENTATIVE_ONE_ADDRESS', rule: 'R-FAM-091' },
        });
    });

export const representative = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  representativeOf('lawyer'),
  representativeOf('family-member'),
  representativeOf('other'),
]);

/** The representative's one address (the schema requires exactly one). */
export function representativeAddress(
  rep: Exclude<z.infer<typeof representative>, { kind: 'none' }>,
): z.infer<typeof postalAddress> {
  const address = rep.address ?? rep.addressAbroad;
  if (!address) throw new Error('the schema requires one address of a representative');
  return address;
}

/** The Danish representation abroad (embassy, consulate-general) that notifies an applicant abroad (R-FAM-090). */
export const mission = z.strictObject({ name: text(200), address: foreignAddress });

/** The reference (den herboende): the gender gives han/hun where a text speaks of them. */
export const reference = z.strictObject({ name: text(200), dateOfBirth: civilDate, gender: z.enum(['male', 'female']) });

/**
 * Where the applicant is at the decision, and how the letter reaches them: in Denmark at a Danish address, or abroad
 * (through the Danish mission unless a lawyer represents them).
 */
export const whereabouts = z.discriminatedUnion('applicantIs', [
  z.strictObject({ applicantIs: z.literal('in-denmark'), address: danishPostalAddress }),
  z.strictObject({ applicantIs: z.literal('abroad'), mission: mission.optional() }),
]);

/**
 * The departure deadline's category (R-FAM-080, R-FAM-081, R-FAM-084, R-FAM-086): the officer's finding of which
 * situation applies; the rules compute the date.
 */
export const departure = z.discriminatedUnion('kind', [
  /** Had a residence permit, Nordic citizen who lived here, or § 2, stk. 4 (§ 33, stk. 2, 1. pkt.). */
  z.strictObject({ kind: z.literal('one-month') }),
  /** Victim of human trafficking staying unlawfully (as a rule). */
  z.strictObject({ kind: z.literal('thirty-days') }),
  /** Others (§ 33, stk. 2, 3. pkt.). */
  z.strictObject({ kind: z.literal('seven-days') }),
  /** Urgent (§ 33, stk. 2, 4. pkt.): "straks", no date printed. */
  z.strictObject({ kind: z.literal('immediately') }),
  /** Another right to stay (valid visa, visa-free stay): leave as the visa allows; no deadline. */
  z.strictObject({ kind: z.literal('other-right-to-stay') }),
  /** Another residence case or an appeal pending: no deadline. */
  z.strictObject({ kind: z.literal('other-case-pending') }),
  /** Has just given birth: birth + 2 months (src:10101–10103). */
  z.strictObject({ kind: z.literal('after-birth'), birthDate: civilDate }),
  /** Pregnant, expected birth less than 2 months after the decision: due date + 2 months (src:10104–10111). */
  z.strictObject({ kind: z.literal('expected-birth'), dueDate: civilDate }),
]);

/**
 * A hearing held before the decision (forvaltningslovens § 19): when it was sent, the answer date it gave, and when
 * the answer came, if it came. The decision may not be dated before the answer date unless the answer has come.
 */
export const priorHearing = z.strictObject({ sentOn: civilDate, answerBy: civilDate, answeredOn: civilDate.optional() });

/** What `routeDecision` (family-routing.ts) takes besides the applicant's name: who gets a family decision (R-FAM-090..093). */
export const decisionRoutingFields = {
  whereabouts,
  representative,
  /** The application was filed through a Danish mission: it is told when a lawyer receives the decision (R-FAM-093). */
  filedViaMission: z.boolean(),
};

/** What every family-reunification decision takes besides its own facts. */
export const familyDecisionFields = {
  /** The date the letter is actually sent (R-FAM-086, src:10144–10147). */
  letterDate: civilDate,
  caseNumber,
  applicant: z.strictObject({
    name: text(200),
    dateOfBirth: civilDate,
    gender: z.enum(['male', 'female']),
    nationality: nationalityCode,
    countryOfBirth: birthCountryCode,
  }),
  ...decisionRoutingFields,
  deliveryChannel: z.enum(DELIVERY_CHANNELS),
  /** Filing date (R-FAM-015). */
  applicationDate: civilDate,
  /** A hearing held before the decision, if any. */
  hearing: priorHearing.optional(),
  officer,
};

export type FamilyDecisionFields = {
  [K in keyof typeof familyDecisionFields]: z.infer<(typeof familyDecisionFields)[K]>;
};
export type Departure = z.infer<typeof departure>;
export type Representative = z.infer<typeof representative>;

/** A contradiction found in the facts: where, which code, which rule. */
export interface FactIssue {
  readonly path: (string | number)[];
  readonly code: string;
  readonly params: Record<string, string | number>;
}

/**
 * The departure facts of a refusal against where the applicant is and the decision date (R-FAM-080, R-FAM-086):
 * required in Denmark, refused abroad (OPEN reading), a birth not after the decision, a due date after it and less
 * than 2 months after it (src:10104–10105). `at` is the path of the departure field.
 */
export function departureIssues(
  applicantIs: 'in-denmark' | 'abroad',
  dep: Departure | undefined,
  letterDate: string,
  at: (string | number)[],
): FactIssue[] {
  const issues: FactIssue[] = [];
  if (applicantIs === 'in-denmark' && !dep)
    issues.push({ path: at, code: 'RULE_FAM_DEPARTURE_REQUIRED', params: { rule: 'R-FAM-080' } });
  if (applicantIs === 'abroad' && dep)
    issues.push({ path: at, code: 'RULE_FAM_DEPARTURE_NOT_ALLOWED_ABROAD', params: { rule: 'R-FAM-080' } });
  if (!areDates(letterDate)) return issues;
  if (dep?.kind === 'after-birth' && areDates(dep.birthDate) && dep.birthDate > letterDate)
    issues.push({
      path: [...at, 'birthDate'],
      code: 'RULE_DATE_NOT_AFTER',
      params: { field: 'letterDate', other: 'birthDate', rule: 'R-FAM-086' },
    });
  if (
    dep?.kind === 'expected-birth' &&
    areDates(dep.dueDate) &&
    (dep.dueDate <= letterDate || dep.dueDate >= addMonths(letterDate as CivilDate, 2))
  )
    issues.push({ path: [...at, 'dueDate'], code: 'RULE_FAM_DUE_DATE_OUT_OF_RANGE', params: { rule: 'R-FAM-086' } });
  return issues;
}

/** An applicant abroad needs the mission, unless a lawyer receives the decision and nothing was filed through a mission (R-FAM-090, R-FAM-093). */
export function missionIssues(
  w: z.infer<typeof whereabouts>,
  representative: Representative,
  filedViaMission: boolean,
): FactIssue[] {
  const lawyer = representative.kind === 'lawyer';
  return w.applicantIs === 'abroad' && !w.mission && (!lawyer || filedViaMission)
    ? [
        {
          path: ['whereabouts', 'mission'],
          code: 'RULE_FAM_MISSION_REQUIRED',
          params: { rule: lawyer ? 'R-FAM-093' : 'R-FAM-090' },
        },
      ]
    : [];
}

/** Contradictions between a prior hearing and the decision date (family-hearing.md; issue 12). */
export function hearingIssues(hearing: z.infer<typeof priorHearing> | undefined, letterDate: string): FactIssue[] {
  if (!hearing || !areDates(hearing.sentOn, hearing.answerBy, letterDate)) return [];
  const at = ['hearing'];
  const issues: FactIssue[] = [];
  if (hearing.answerBy <= hearing.sentOn)
    issues.push({
      path: [...at, 'answerBy'],
      code: 'RULE_FAM_HEARING_ANSWER_NOT_AFTER_LETTER',
      params: { rule: 'family-hearing.md' },
    });
  const answered = hearing.answeredOn;
  if (answered !== undefined && areDates(answered) && answered < hearing.sentOn)
    issues.push({
      path: [...at, 'answeredOn'],
      code: 'RULE_DATE_BEFORE',
      params: { field: 'hearing.answeredOn', other: 'hearing.sentOn', rule: 'family-hearing.md' },
    });
  // Without an answer the party has until the answer date: the decision comes after it (the day itself is theirs).
  if (answered === undefined ? letterDate <= hearing.answerBy : areDates(answered) && letterDate < answered)
    issues.push({ path: ['letterDate'], code: 'RULE_FAM_DECISION_BEFORE_ANSWER_DATE', params: { rule: 'family-hearing.md' } });
  return issues;
}
