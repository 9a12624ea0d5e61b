/**
 * Input of the Danish-test letters (shared/domain/letters/danish-test-letters.md; handbook 4.6, src:8006–8334;
 * R-FAM-037): the case, who receives it, and `letter`, one branch per variant with the facts the officer knows. What
 * follows from the facts (pass or fail, the deadlines, the new deadline after a leave) is computed, never typed.
 */
import { z } from 'zod';
import { DELIVERY_CHANNELS } from '../../domain/departure-deadline.ts';
import { aboutTheCaseFields, civilDate } from '../common-schema.ts';
import { areDates } from '../date-checks.ts';
import { decisionRoutingFields, missionIssues } from '../family-schema.ts';
import { a1PassedInTime, earliestLeaveStart, earliestRevocationDate, testDeadline, turkishActivityInTime } from './limits.ts';

/** The number of questions in a test (src:8054–8056: "21 ud af 30"). */
export const QUESTIONS = 30;

const text = (max: number) => z.string().trim().min(1).max(max);
/** The officer's reasons, one paragraph each. */
const reasons = z.array(text(3000)).min(1).max(8);
const level = z.enum(['A1', 'A2']);

/** Where the test periods start (limits.ts `TestPeriodStart`, src:8011–8018). */
const testPeriodStart = z.discriminatedUnion('from', [
  z.strictObject({ from: z.literal('cpr-registration'), date: civilDate }),
  z.strictObject({ from: z.literal('grant-while-holding-permit'), date: civilDate }),
]);

/**
 * Another test the applicant documents (src:8081–8093): one of the tests of bilag 1 og 2 til bek. nr. 180 af
 * 26. februar 2013 can replace A1/A2; a module test never can.
 */
const substituteTest = z.strictObject({
  name: text(200),
  kind: z.enum(['annex-test', 'module-test']),
  passedOn: civilDate,
});

/** The grounds for postponement (src:8094–8158). */
export const POSTPONEMENT_GROUNDS = ['childbirth', 'own-illness', 'child-illness', 'transport'] as const;
/** The documentation the request came with (src:8094–8104): one line per document. */
const documents = z.array(text(300)).min(1).max(12);

const postponementGround = z.discriminatedUnion('ground', [
  /** Maternity or paternity leave (barsel): the new deadline is computed (limits.ts `suspension`). */
  z.strictObject({
    ground: z.literal('childbirth'),
    birthDate: civilDate,
    /** The due date in the "vandrejournal" sent before the birth, if one was: the leave may start 4 weeks before it. */
    vandrejournalDueDate: civilDate.optional(),
    leave: z.strictObject({ from: civilDate, to: civilDate }),
    birthCertificateReceived: civilDate,
  }),
  /** Illness or extraordinary transport problems: the source gives no computation, the officer sets the new deadline. */
  z.strictObject({ ground: z.literal('own-illness'), newDeadline: civilDate }),
  z.strictObject({ ground: z.literal('child-illness'), newDeadline: civilDate }),
  z.strictObject({ ground: z.literal('transport'), newDeadline: civilDate }),
]);

/**
 * The waiver grounds (src:8159–8180, 8569–8585). The special reason is the officer's finding for the plan; the letter
 * says "ganske særlige grunde" and prints the officer's reasons, since the reference gives no wording per reason.
 */
const specialReasons = z.enum([
  'refugee-reference-at-risk',
  'contact-with-children-elsewhere',
  'children-with-independent-ties',
  'serious-health-problems',
]);
const exemptionGround = z.discriminatedUnion('ground', [
  z.strictObject({ ground: z.literal('special-reasons'), reason: specialReasons }),
  /** The applicant's documented handicap that prevents the computer/headphone test (src:8569–8585). */
  z.strictObject({ ground: z.literal('handicap'), handicap: z.enum(['sight', 'hearing', 'speech']) }),
]);

/** What A1 came to, for a revocation or refusal to extend (limits.ts `A1Status`). */
const a1Status = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('not-taken') }),
  z.strictObject({ status: z.literal('not-passed'), firstAttemptOn: civilDate }),
  z.strictObject({ status: z.literal('passed-late'), firstAttemptOn: civilDate.optional(), passedOn: civilDate }),
]);

/** The facts of a revocation and of a refusal to extend (src:8262–8305). */
const missedTestFacts = {
  testPeriodStart,
  a1: a1Status,
  /** A complaint to SIRI about the assessment is awaited before the case is decided (src:8262–8301). */
  siriComplaintPending: z.boolean(),
  /** The § 26, stk. 1 assessment: ties to Denmark and people here, consequences for close family, ties to the home country. */
  assessment: reasons,
  deliveryChannel: z.enum(DELIVERY_CHANNELS),
};

export const letter = z.discriminatedUnion('variant', [
  z.strictObject({
    variant: z.literal('result'),
    test: z.strictObject({
      level,
      date: civilDate,
      /** Correct answers out of 30, as US finally assessed them: pass or fail follows from it, never typed. */
      correctAnswers: z.number().int().min(0).max(QUESTIONS),
    }),
  }),
  z.strictObject({ variant: z.literal('substitute-accepted'), testPeriodStart, level, substituteTest }),
  z.strictObject({ variant: z.literal('substitute-refused'), testPeriodStart, level, substituteTest, reasons }),
  z.strictObject({
    variant: z.literal('postponement-granted'),
    testPeriodStart,
    level,
    requestReceived: civilDate,
    documents,
    postponement: postponementGround,
    /**
     * The request must "as a rule" arrive before the deadline expires (src:8119–8121): a request received after it is
     * granted only with the officer's reasons for the exception, printed in the letter; none on a timely request.
     */
    lateRequestReasons: reasons.optional(),
  }),
  z.strictObject({
    variant: z.literal('postponement-refused'),
    testPeriodStart,
    level,
    requestReceived: civilDate,
    ground: z.enum(POSTPONEMENT_GROUNDS),
    documents,
    reasons,
  }),
  z.strictObject({
    variant: z.literal('exemption-granted'),
    exemption: exemptionGround,
    /** The filing date of the residence application: it picks the security amounts (R-FAM-036). */
    applicationDate: civilDate,
    reasons,
  }),
  z.strictObject({ variant: z.literal('exemption-refused'), exemption: exemptionGround, reasons }),
  z.strictObject({
    variant: z.literal('turkish-exemption-granted'),
    turkishNational: z.literal(true),
    cprRegistrationDate: civilDate,
    activity: z.enum(['worker', 'self-employed', 'service-provider']),
    activeFrom: civilDate,
  }),
  z.strictObject({
    variant: z.literal('turkish-exemption-refused'),
    turkishNational: z.literal(true),
    cprRegistrationDate: civilDate,
    reasons,
  }),
  z.strictObject({ variant: z.literal('revocation'), ...missedTestFacts }),
  z.strictObject({ variant: z.literal('refusal-to-extend'), ...missedTestFacts }),
]);

export const schema = z
  .strictObject({
    ...aboutTheCaseFields,
    ...decisionRoutingFields,
    letter,
  })
  .superRefine((input, ctx) => {
    const issue = (path: (string | number)[], code: string, params: Record<string, string | number>) =>
      ctx.addIssue({ code: 'custom', path, params: { code, ...params } });
    const l = input.letter;
    const at = ['letter'];
    /**
     * A fact dated after the letter cannot be known to it: the letter date is wrong, or the fact. The fact is
     * named by its full path under `letter` (the chosen variant's fields), so the page marks it beside the date.
     */
    const notAfterLetter = (date: unknown, field: string, rule: string) => {
      if (areDates(date, input.letterDate) && (date as string) > input.letterDate)
        issue(['letterDate'], 'RULE_DATE_BEFORE', { field: 'letterDate', other: `letter.${field}`, rule });
    };
    // A decision goes through the mission abroad (R-FAM-090); the result is a notice (R-FAM-095) and needs none.
    if (l.variant !== 'result')
      for (const i of missionIssues(input.whereabouts, input.representative, input.filedViaMission))
        issue(i.path, i.code, i.params);
    switch (l.variant) {
      case 'result':
        notAfterLetter(l.test.date, 'test.date', 'R-FAM-037');
        return;
      case 'substitute-accepted':
      case 'substitute-refused': {
        notAfterLetter(l.substituteTest.passedOn, 'substituteTest.passedOn', 'R-FAM-037');
        if (l.variant === 'substitute-refused') return;
        // src:8081–8093: a module test never replaces A1/A2.
        if (l.substituteTest.kind === 'module-test')
          issue([...at, 'substituteTest', 'kind'], 'RULE_FAM_DANISH_TEST_MODULE_TEST_NO_SUBSTITUTE', { rule: 'R-FAM-037' });
        if (areDates(l.testPeriodStart.date, l.substituteTest.passedOn)) {
          if (l.substituteTest.passedOn > testDeadline(l.testPeriodStart, l.level))
            issue([...at, 'substituteTest', 'passedOn'], 'RULE_FAM_DANISH_TEST_SUBSTITUTE_NOT_IN_TIME', { rule: 'R-FAM-037' });
        }
        return;
      }
      case 'postponement-granted':
      case 'postponement-refused': {
        notAfterLetter(l.requestReceived, 'requestReceived', 'R-FAM-037');
        if (l.variant === 'postponement-refused' || !areDates(l.testPeriodStart.date, l.requestReceived)) return;
        const deadline = testDeadline(l.testPeriodStart, l.level);
        // src:8119–8121: the request must as a rule arrive before the deadline expires; an exception needs its reasons.
        const late = l.requestReceived > deadline;
        if (late && !l.lateRequestReasons)
          issue([...at, 'requestReceived'], 'RULE_FAM_DANISH_TEST_POSTPONEMENT_REQUEST_LATE', { rule: 'R-FAM-037' });
        if (!late && l.lateRequestReasons)
          issue([...at, 'lateRequestReasons'], 'RULE_FAM_DANISH_TEST_REQUEST_NOT_LATE', { rule: 'R-FAM-037' });
        const p = l.postponement;
        if (p.ground === 'childbirth') {
          if (!areDates(p.birthDate, p.leave.from, p.leave.to, p.birthCertificateReceived)) return;
          if (p.vandrejournalDueDate !== undefined && !areDates(p.vandrejournalDueDate)) return;
          notAfterLetter(p.birthDate, 'postponement.birthDate', 'R-FAM-037');
          if (p.leave.to < p.leave.from)
            issue([...at, 'postponement', 'leave', 'to'], 'RULE_DATE_BEFORE', {
              field: 'leave.to',
              other: 'leave.from',
              rule: 'R-FAM-037',
            });
          if (p.leave.from < earliestLeaveStart(p.birthDate, p.vandrejournalDueDate))
            issue([...at, 'postponement', 'leave', 'from'], 'RULE_FAM_DANISH_TEST_LEAVE_TOO_EARLY', { rule: 'R-FAM-037' });
          if (p.birthCertificateReceived < p.birthDate)
            issue([...at, 'postponement', 'birthCertificateReceived'], 'RULE_DATE_BEFORE', {
              field: 'birthCertificateReceived',
              other: 'birthDate',
              rule: 'R-FAM-037',
            });
        } else if (areDates(p.newDeadline) && p.newDeadline <= deadline) {
          issue([...at, 'postponement', 'newDeadline'], 'RULE_FAM_DANISH_TEST_NEW_DEADLINE_NOT_LATER', { rule: 'R-FAM-037' });
        }
        return;
      }
      case 'exemption-granted':
        notAfterLetter(l.applicationDate, 'applicationDate', 'R-FAM-036');
        return;
      case 'exemption-refused':
        return;
      case 'turkish-exemption-granted':
        notAfterLetter(l.activeFrom, 'activeFrom', 'R-FAM-037');
        if (areDates(l.cprRegistrationDate, l.activeFrom) && !turkishActivityInTime(l.cprRegistrationDate, l.activeFrom))
          issue([...at, 'activeFrom'], 'RULE_FAM_DANISH_TEST_TURKISH_ACTIVITY_NOT_IN_TIME', { rule: 'R-FAM-037' });
        return;
      case 'turkish-exemption-refused':
        notAfterLetter(l.cprRegistrationDate, 'cprRegistrationDate', 'R-FAM-037');
        return;
      case 'revocation':
      case 'refusal-to-extend': {
        // src:8262–8301: a pending complaint to SIRI about the assessment is awaited.
        if (l.siriComplaintPending)
          issue([...at, 'siriComplaintPending'], 'RULE_FAM_DANISH_TEST_SIRI_COMPLAINT_PENDING', { rule: 'R-FAM-037' });
        const a1 = l.a1;
        const dates = [
          l.testPeriodStart.date,
          ...(a1.status === 'not-taken' ? [] : [a1.firstAttemptOn]),
          ...(a1.status === 'passed-late' ? [a1.passedOn] : []),
        ].filter((d) => d !== undefined);
        if (!areDates(...dates)) return;
        if (a1.status !== 'not-taken' && a1.firstAttemptOn !== undefined)
          notAfterLetter(a1.firstAttemptOn, 'a1.firstAttemptOn', 'R-FAM-037');
        if (a1.status === 'passed-late') {
          notAfterLetter(a1.passedOn, 'a1.passedOn', 'R-FAM-037');
          if (a1.firstAttemptOn !== undefined && a1.firstAttemptOn > a1.passedOn)
            issue([...at, 'a1', 'firstAttemptOn'], 'RULE_DATE_BEFORE', {
              field: 'a1.passedOn',
              other: 'a1.firstAttemptOn',
              rule: 'R-FAM-037',
            });
        }
        const deadline = testDeadline(l.testPeriodStart, 'A1');
        if (a1PassedInTime(a1, deadline))
          issue([...at, 'a1', 'passedOn'], 'RULE_FAM_DANISH_TEST_A1_PASSED_IN_TIME', { rule: 'R-FAM-037' });
        else if (input.letterDate < earliestRevocationDate(a1, deadline))
          issue(['letterDate'], 'RULE_FAM_DANISH_TEST_REVOCATION_TOO_EARLY', { rule: 'R-FAM-037' });
        return;
      }
    }
  });

export type Input = z.infer<typeof schema>;
export type Letter = z.infer<typeof letter>;
