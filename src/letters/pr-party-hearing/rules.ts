/**
 * Rules of the hearing in a permanent-residence case (R-PR-107, R-PR-047, R-PR-054, R-PR-042, R-PR-150, R-PR-031).
 * Pure.
 */
import { type Diagnostic, diagnostic, fail, ok, type Result } from '../../diagnostics/diagnostic.ts';
import type { CivilDate } from '../../domain/civil-date.ts';
import type { RulesWorld } from '../define-letter.ts';
import { type Outcome, type Reason, type TemplateFields, toTheApplicant } from '../plan.ts';
import { type AnswerDate, chosenAnswer, fixedAnswer } from '../pr-answer-date.ts';
import { openingFields, openingReasons } from '../pr-opening.ts';
import type { Input, Judgment } from './schema.ts';

export type Variant = 'hearing' | 'public-help' | 'police-report';

/**
 * R-PR-042: the hearing names the judgment whose waiting period ends last; one that excludes permanently
 * (no end) before any other; judgments are not added. Ties: the later judgment.
 */
export function judgmentToHear(judgments: readonly Judgment[]): Judgment {
  const endOf = (j: Judgment) => j.waitingPeriodEnds ?? '9999-12-31';
  return judgments.reduce((chosen, j) => {
    const [a, b] = [endOf(j), endOf(chosen)];
    return a > b || (a === b && j.judgmentDate > chosen.judgmentDate) ? j : chosen;
  });
}

type Hearing = Input['hearing'];

/** The answer date: the reference's period (public help, departure), else the officer's, never under the minimum. */
function answerDate(letterDate: CivilDate, hearing: Hearing): Result<AnswerDate> {
  if (hearing.trigger === 'public-help') return ok(fixedAnswer(letterDate, 'publicHelpHearing'));
  if (hearing.trigger === 'departure') return ok(fixedAnswer(letterDate, 'departureHearing'));
  return chosenAnswer(letterDate, hearing.answerBy, 'data.hearing.answerBy');
}

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const { hearing } = input;
  if (hearing.trigger === 'employment' && !hearing.applicantDataMeetRequirement) {
    const why = [{ rule: 'R-PR-054', because: "the applicant's own data do not meet the employment requirement" }];
    return ok({ due: false, why, answer: "No hearing: the applicant's own data do not meet the requirement; refuse on them." });
  }
  if (hearing.trigger === 'departure') {
    // R-PR-031: the hearing also guides on lapse (§ 17) and permanent residence; the source gives no wording for
    // that legal content, so the letter cannot go out until legal review supplies it.
    return fail(diagnostic('PR_LAPSE_GUIDANCE_NOT_CONFIGURED', 'data.hearing.trigger', { rule: 'R-PR-031' }));
  }
  const diagnostics: Diagnostic[] = [];
  const answer = answerDate(input.letterDate, hearing);
  const sender = world.authorities.on('immigration-service/permanent-residence', input.letterDate, 'data.letterDate');
  if (!answer.ok) diagnostics.push(...answer.diagnostics);
  if (!sender.ok) diagnostics.push(...sender.diagnostics);
  if (!answer.ok || !sender.ok) return fail(...diagnostics);

  const variant: Variant =
    hearing.trigger === 'public-help' ? 'public-help' : hearing.trigger === 'false-information' ? 'police-report' : 'hearing';
  const why: Reason[] = [triggerReason(hearing), answer.value.why];
  if (input.opening) why.push(...openingReasons(input.opening));
  if (input.noPoliceReport)
    why.push({ rule: 'R-PR-152', because: 'no police report after the earlier hearing: the paragraph is in this letter' });
  const judgment = hearing.trigger === 'criminal-record' ? judgmentToHear(hearing.judgments) : null;
  if (hearing.trigger === 'criminal-record' && judgment && hearing.judgments.length > 1) {
    why.push({
      rule: 'R-PR-042',
      because: `${hearing.judgments.length} judgments: the one of ${judgment.judgmentDate}, whose waiting period ends last${judgment.waitingPeriodEnds ? ` (${judgment.waitingPeriodEnds})` : ' (excludes)'}`,
    });
  }
  const fields: TemplateFields = {
    trigger: hearing.trigger,
    information:
      hearing.trigger === 'criminal-record'
        ? []
        : hearing.information.map((item) => ({ source: item.source, says: item.says, concerns: item.concerns })),
    judgment: judgment ? { judgmentDate: judgment.judgmentDate, court: judgment.court, sentence: judgment.sentence } : null,
    judgmentConcerns: hearing.trigger === 'criminal-record' ? hearing.concerns : null,
    answerBy: answer.value.answerBy,
    warnOfPunishability: input.warnOfPunishability && variant !== 'police-report',
    opening: openingFields(input.opening),
    noPoliceReport: input.noPoliceReport ? { applicantInformationDate: input.noPoliceReport.applicantInformationDate } : null,
  };
  return ok({
    due: true,
    plan: { variant, why, ...toTheApplicant(input), sender: sender.value, appeal: null, copies: [], fields },
  });
}

function triggerReason(hearing: Exclude<Hearing, { trigger: 'departure' }>): Reason {
  switch (hearing.trigger) {
    case 'public-help':
      return {
        rule: 'R-PR-047',
        because: `public help in eIndkomst though declared none; municipality contacted ${hearing.municipalityContactedOn}`,
      };
    case 'employment':
      return {
        rule: 'R-PR-054',
        because: "employment declared differs from eIndkomst; the applicant's own data meet the requirement",
      };
    case 'criminal-record':
      return { rule: 'R-PR-042', because: 'a judgment in the criminal register' };
    case 'false-information':
      return {
        rule: 'R-PR-150',
        because: 'false or withheld information in the signed form: a police report is considered (straffelovens § 161)',
      };
    case 'other':
      return { rule: 'R-PR-107', because: 'information against the applicant that the applicant may not know we hold' };
  }
}
