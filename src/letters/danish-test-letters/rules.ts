/**
 * Rules of the Danish-test letters (handbook 4.6, src:8006–8334; R-FAM-036, R-FAM-037, R-FAM-080, R-FAM-090..095,
 * R-FAM-100, R-FAM-101). Pure: the input, the authority data, the appeal configuration and the dated amounts decide.
 * The result is a notice (R-FAM-095); every other variant is a decision (R-FAM-090..093): a favourable one grants
 * all that was asked for and needs no appeal guidance, an adverse one is refused until legal review configures its
 * appeal guidance (R-FAM-101; the reference gives none).
 */
import { diagnostic, fail, ok, type Result } from '../../diagnostics/diagnostic.ts';
import type { Authority } from '../../domain/authorities.ts';
import type { CivilDate } from '../../domain/civil-date.ts';
import { amountOn, kroner } from '../../domain/family-amounts.ts';
import { configuredAppeal } from '../configured-appeal.ts';
import type { RulesWorld } from '../define-letter.ts';
import {
  noNoticeAbroadWithoutRepresentative,
  noticePlan,
  noticeRecipients,
  noticeRoutingReasons,
  onePlanPerRecipient,
} from '../family-addressee.ts';
import { departureSection } from '../family-departure.ts';
import { routeDecision, routedDecisionPlan, withMissionNotice } from '../family-routing.ts';
import type { AppealGuidance, Outcome, Reason, TemplateFields } from '../plan.ts';
import { LEVEL_MONTHS, lastDayInTime, suspension, testDeadline } from './limits.ts';
import type { Input, Letter } from './schema.ts';

export const LETTER = 'danish-test-letters';
export type Variant = Letter['variant'];

/** The decisions that grant all the applicant asked for: no appeal guidance (forvaltningsloven § 25; anatomy.md). */
export const FULLY_GRANTED: readonly Variant[] = [
  'substitute-accepted',
  'postponement-granted',
  'exemption-granted',
  'turkish-exemption-granted',
];

/** R-FAM-037 (src:8054–8056): a test is passed with at least 21 of 30 correct answers. */
export const PASS_MARK = 21;

export const passed = (correctAnswers: number): boolean => correctAnswers >= PASS_MARK;

type Facts = { readonly fields: TemplateFields; readonly why: readonly Reason[] };

function result(input: Input, l: Extract<Letter, { variant: 'result' }>, world: RulesWorld): Result<Outcome<Variant>> {
  const { recipients, routing } = noticeRecipients(input);
  const pass = passed(l.test.correctAnswers);
  const why: Reason[] = [
    {
      rule: 'R-FAM-037',
      because: `${l.test.correctAnswers} of 30 correct: ${pass ? 'passed' : 'not passed'} (pass mark ${PASS_MARK})`,
    },
    { rule: 'R-FAM-100', because: 'a complaint about the assessment goes to SIRI within 7 days: the rule is printed' },
    ...noticeRoutingReasons(routing),
  ];
  const [first, ...others] = recipients;
  if (!first) return ok(noNoticeAbroadWithoutRepresentative(why));
  const sender = world.authorities.on('immigration-service/spouses-children', input.letterDate, 'data.letterDate');
  if (!sender.ok) return sender;
  const plan = noticePlan(input, {
    variant: 'result',
    why,
    sender: sender.value,
    fields: { level: l.test.level, testDate: l.test.date, correctAnswers: l.test.correctAnswers, passed: pass },
  });
  return ok({ due: true, plan: onePlanPerRecipient(LETTER, first, others, plan) });
}

/** The deadline of a level, as the letter prints it, with its reason. */
function deadlineOf(l: { testPeriodStart: Parameters<typeof testDeadline>[0]; level: 'A1' | 'A2' }): Facts & { date: CivilDate } {
  const date = testDeadline(l.testPeriodStart, l.level);
  return {
    date,
    fields: {
      level: l.level,
      months: LEVEL_MONTHS[l.level],
      deadline: date,
      periodFrom: l.testPeriodStart.from,
      periodStart: l.testPeriodStart.date,
    },
    why: [
      { rule: 'R-FAM-037', because: `${l.level} deadline ${date} (from ${l.testPeriodStart.from} ${l.testPeriodStart.date})` },
    ],
  };
}

/** R-FAM-036 (src:8019–8030, 8177–8180): the reductions a handicap exemption makes available, by the filing date. */
function securityReductions(applicationDate: CivilDate): Result<Facts> {
  const at = 'data.letter.applicationDate';
  const a1 = amountOn('security/reduction-a1', applicationDate, at);
  if (!a1.ok) return a1;
  const a2 = amountOn('security/reduction-a2', applicationDate, at);
  if (!a2.ok) return a2;
  const finalExam = amountOn('security/reduction-final-exam', applicationDate, at);
  if (!finalExam.ok) return finalExam;
  return ok({
    fields: { a1: kroner(a1.value.value), a2: kroner(a2.value.value), finalExam: kroner(finalExam.value.value) },
    why: [
      {
        rule: 'R-FAM-036',
        because: `handicap exemption: the security may be reduced by ${kroner(a1.value.value)} kr. (A1) and ${kroner(a2.value.value)} kr. (A2); the municipality for the final exam (${a1.value.table}, by the filing date)`,
      },
    ],
  });
}

/** The exemption's ground with every key present (the templates run in strict mode). */
const exemptionFields = (e: Extract<Letter, { variant: 'exemption-granted' }>['exemption']): TemplateFields => ({
  ground: e.ground,
  reason: e.ground === 'special-reasons' ? e.reason : null,
  handicap: e.ground === 'handicap' ? e.handicap : null,
});

/** The variant's own facts for the template, and why. */
function variantFacts(input: Input, l: Exclude<Letter, { variant: 'result' }>): Result<Facts> {
  switch (l.variant) {
    case 'substitute-accepted':
    case 'substitute-refused': {
      const d = deadlineOf(l);
      const accepted = l.variant === 'substitute-accepted';
      return ok({
        fields: { ...d.fields, test: l.substituteTest, reasons: accepted ? [] : l.reasons },
        why: [
          ...d.why,
          {
            rule: 'R-FAM-037',
            because: accepted
              ? `${l.substituteTest.kind} passed ${l.substituteTest.passedOn}, in time: it replaces ${l.level}`
              : `the documented test does not replace ${l.level} (the officer's reasons)`,
          },
        ],
      });
    }
    case 'postponement-granted': {
      const d = deadlineOf(l);
      const p = l.postponement;
      if (p.ground !== 'childbirth')
        return ok({
          fields: {
            ...d.fields,
            ground: p.ground,
            requestReceived: l.requestReceived,
            lateRequestReasons: l.lateRequestReasons ?? null,
            documents: l.documents,
            newDeadline: p.newDeadline,
            leave: null,
          },
          why: [...d.why, { rule: 'R-FAM-037', because: `${p.ground}: the officer's new deadline ${p.newDeadline}` }],
        });
      const s = suspension({ ...p, requestReceived: l.requestReceived }, d.date);
      if (!s)
        return fail(
          diagnostic('RULE_FAM_DANISH_TEST_NOTHING_TO_SUSPEND', 'data.letter.postponement.leave', { rule: 'R-FAM-037' }),
        );
      return ok({
        fields: {
          ...d.fields,
          ground: p.ground,
          requestReceived: l.requestReceived,
          lateRequestReasons: l.lateRequestReasons ?? null,
          documents: l.documents,
          newDeadline: s.newDeadline,
          leave: { from: s.from, to: s.to, days: s.days, capped: s.to < p.leave.to },
        },
        why: [
          ...d.why,
          {
            rule: 'R-FAM-037',
            because: `barsel: suspended ${s.from}–${s.to} (${s.days} days${s.daysBeforeRequestDeducted ? '; counted from the request: the birth certificate came later than 14 days after the birth' : ''}); new deadline ${s.newDeadline}`,
          },
        ],
      });
    }
    case 'postponement-refused': {
      const d = deadlineOf(l);
      return ok({
        fields: {
          ...d.fields,
          ground: l.ground,
          requestReceived: l.requestReceived,
          lateRequestReasons: null,
          documents: l.documents,
          reasons: l.reasons,
        },
        why: [...d.why, { rule: 'R-FAM-037', because: `${l.ground}: postponement refused (the officer's reasons)` }],
      });
    }
    case 'exemption-granted': {
      const e = l.exemption;
      const exemption = exemptionFields(e);
      const why: Reason[] = [
        { rule: 'R-FAM-037', because: `exemption granted: ${e.ground === 'handicap' ? `handicap (${e.handicap})` : e.reason}` },
      ];
      if (e.ground !== 'handicap') return ok({ fields: { exemption, reasons: l.reasons, security: null }, why });
      const security = securityReductions(l.applicationDate);
      if (!security.ok) return security;
      return ok({
        fields: { exemption, reasons: l.reasons, security: security.value.fields },
        why: [...why, ...security.value.why],
      });
    }
    case 'exemption-refused':
      return ok({
        fields: { exemption: exemptionFields(l.exemption), reasons: l.reasons, security: null },
        why: [{ rule: 'R-FAM-037', because: `exemption refused (${l.exemption.ground}; the officer's reasons)` }],
      });
    case 'turkish-exemption-granted':
      return ok({
        fields: { cprRegistrationDate: l.cprRegistrationDate, activity: l.activity, activeFrom: l.activeFrom },
        why: [
          {
            rule: 'R-FAM-037',
            because: `Turkish national, ${l.activity} from ${l.activeFrom}: within 6 months of the CPR registration`,
          },
        ],
      });
    case 'turkish-exemption-refused':
      return ok({
        fields: { cprRegistrationDate: l.cprRegistrationDate, reasons: l.reasons },
        why: [{ rule: 'R-FAM-037', because: 'Turkish national: no exemption (the officer’s reasons)' }],
      });
    case 'revocation':
    case 'refusal-to-extend': {
      const deadline = testDeadline(l.testPeriodStart, 'A1');
      const departure =
        input.whereabouts.applicantIs === 'in-denmark'
          ? // OPEN (reference, Must say): the holder "har hidtil haft en opholdstilladelse" → 1 month (src:10049).
            departureSection({ kind: 'one-month' }, input.letterDate, l.deliveryChannel, LETTER)
          : null;
      return ok({
        fields: {
          level: 'A1',
          months: LEVEL_MONTHS.A1,
          deadline,
          periodFrom: l.testPeriodStart.from,
          periodStart: l.testPeriodStart.date,
          a1: l.a1,
          lastDayInTime: lastDayInTime(l.a1, deadline),
          assessment: l.assessment,
          departure: departure?.fields ?? null,
        },
        why: [
          { rule: 'R-FAM-037', because: `A1 not passed by ${lastDayInTime(l.a1, deadline)} (${l.a1.status})` },
          ...(departure?.why ?? [
            { rule: 'R-FAM-080', because: 'the applicant is abroad: no departure deadline (OPEN reading)' },
          ]),
        ],
      });
    }
  }
}

/** The appeal guidance and, for a revocation or refusal to extend, the decision's own legal basis (OPEN). */
function appealAndBasis(
  input: Input,
  variant: Exclude<Variant, 'result'>,
  world: RulesWorld,
): Result<{ appeal: AppealGuidance; decisionLegalBasis: string | null }> {
  if (FULLY_GRANTED.includes(variant))
    return ok({ appeal: { kind: 'fully-granted', rules: ['R-FAM-100'] }, decisionLegalBasis: null });
  const appeal = configuredAppeal(world, { letter: LETTER, variant, openRule: 'R-FAM-101', letterDate: input.letterDate });
  if (!appeal.ok) return appeal;
  if (variant !== 'revocation' && variant !== 'refusal-to-extend') return ok({ appeal: appeal.value, decisionLegalBasis: null });
  // OPEN (reference, Must say): the handbook cites § 19, stk. 6, 1. pkt. (src:8267) and § 19, stk. 7, 1. pkt. (src:8305).
  const entry = world.appealConfiguration.for(LETTER, variant, 'R-FAM-101');
  const basis = entry.ok ? entry.value.decisionLegalBasis : undefined;
  if (basis === undefined) return fail(diagnostic('RULE_FAM_DANISH_TEST_LEGAL_BASIS_NOT_CONFIGURED', '', { rule: 'R-FAM-037' }));
  return ok({ appeal: appeal.value, decisionLegalBasis: basis });
}

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const l = input.letter;
  if (l.variant === 'result') return result(input, l, world);
  const routed = routeDecision(input);
  if (!routed) return fail(diagnostic('RULE_FAM_MISSION_REQUIRED', 'data.whereabouts.mission', { rule: 'R-FAM-090' }));
  const configured = appealAndBasis(input, l.variant, world);
  if (!configured.ok) return configured;
  const facts = variantFacts(input, l);
  if (!facts.ok) return facts;
  const sender: Result<Authority> = world.authorities.on(
    'immigration-service/spouses-children',
    input.letterDate,
    'data.letterDate',
  );
  if (!sender.ok) return sender;
  const fields: TemplateFields = { ...facts.value.fields, decisionLegalBasis: configured.value.decisionLegalBasis };
  const plan = routedDecisionPlan(input, routed, {
    variant: l.variant,
    why: [...facts.value.why, ...routed.why],
    sender: sender.value,
    appeal: configured.value.appeal,
    fields,
  });
  return ok({ due: true, plan: withMissionNotice(plan, routed, input.applicant.name, fields) });
}
