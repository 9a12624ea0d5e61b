/**
 * Input of the hearing (partshøring, forvaltningslovens § 19) in a permanent-residence case
 * (letters/pr-party-hearing.md; R-PR-107): the information against the applicant, where it comes from and which
 * matter it concerns, and the trigger, which decides the answer date and the variant.
 */
import { z } from 'zod';
import { civilDate, toTheApplicantFields } from '../common-schema.ts';
import { areDates, dateNotBefore } from '../date-checks.ts';
import { checkNoPoliceReportParagraph, noPoliceReportParagraph } from '../no-police-report-notice/schema.ts';
import { officerText } from '../officer-text.ts';
import { checkOpening, opening } from '../pr-opening.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

/** Where the information comes from (src:16579–16582): the letter names the source. */
export const INFORMATION_SOURCES = ['eindkomst', 'cpr', 'criminal-register', 'employer', 'municipality', 'other'] as const;

/** One piece of information the applicant may not know we hold, and the matter it concerns (src:16583–16584). */
const information = z.strictObject({
  source: z.enum(INFORMATION_SOURCES),
  /** What the information says, in the officer's words. */
  says: officerText(1500),
  /** Which matter (condition) of the application it concerns. */
  concerns: officerText(300),
});

const informationList = z.array(information).min(1).max(12);

/** A judgment in the criminal register, with the end of its waiting period (karens; R-PR-041, computed elsewhere). */
const judgment = z.strictObject({
  judgmentDate: civilDate,
  court: text(200),
  sentence: officerText(300),
  /** The end of the waiting period this judgment gives; absent where it excludes permanently (R-PR-040). */
  waitingPeriodEnds: civilDate.optional(),
});

export const schema = z
  .strictObject({
    ...toTheApplicantFields,
    hearing: z.discriminatedUnion('trigger', [
      /** Public help in eIndkomst though declared none, after phoning the municipality: 3 weeks (R-PR-047). */
      z.strictObject({
        trigger: z.literal('public-help'),
        municipalityContactedOn: civilDate,
        information: informationList,
      }),
      /** Employment declared vs eIndkomst (R-PR-054): a hearing only where the applicant's own data meet the requirement. */
      z.strictObject({
        trigger: z.literal('employment'),
        applicantDataMeetRequirement: z.boolean(),
        information: informationList,
        answerBy: civilDate,
      }),
      /** The criminal register: the hearing names the judgment whose waiting period ends last (R-PR-042). */
      z.strictObject({
        trigger: z.literal('criminal-record'),
        judgments: z.array(judgment).min(1).max(20),
        concerns: officerText(300),
        answerBy: civilDate,
      }),
      /** False or withheld information in the signed form, factually established: a police report is considered (R-PR-150). */
      z.strictObject({
        trigger: z.literal('false-information'),
        information: informationList,
        answerBy: civilDate,
      }),
      /** Departure to a former unknown address, now in CPR: 2 weeks, both applications withdrawn without a reply (R-PR-031). */
      z.strictObject({
        trigger: z.literal('departure'),
        departedOn: civilDate,
        information: informationList,
      }),
      /** Any other information against the applicant (income, an employer's statement, …) (R-PR-107). */
      z.strictObject({
        trigger: z.literal('other'),
        information: informationList,
        answerBy: civilDate,
      }),
    ]),
    /** Optional (src:16587–16588): that incorrect information can be punishable and lead to a police report. */
    warnOfPunishability: z.boolean().default(false),
    /** The first letter after a re-opening (V-REOPEN-INTRO) or a remittal (V-REMITTAL-INTRO) opens with it (R-PR-140, R-PR-141). */
    opening: opening.optional(),
    /** After an earlier police-report hearing, the decision not to report (V-NO-POLICE-REPORT, R-PR-152). */
    noPoliceReport: noPoliceReportParagraph.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.opening) checkOpening(ctx, input.letterDate, input.opening, ['opening']);
    checkNoPoliceReportParagraph(ctx, input);
    if (input.hearing.trigger === 'public-help') {
      // The municipality is phoned before the hearing (R-PR-047): the letter cannot precede the call.
      dateNotBefore(
        ctx,
        { letterDate: input.letterDate, 'hearing.municipalityContactedOn': input.hearing.municipalityContactedOn },
        'letterDate',
        'hearing.municipalityContactedOn',
        'R-PR-047',
      );
    }
    if (input.hearing.trigger === 'criminal-record') {
      input.hearing.judgments.forEach((j, index) => {
        if (areDates(j.judgmentDate, j.waitingPeriodEnds) && (j.waitingPeriodEnds as string) < j.judgmentDate) {
          ctx.addIssue({
            code: 'custom',
            path: ['hearing', 'judgments', index, 'waitingPeriodEnds'],
            params: { code: 'RULE_DATE_BEFORE', field: 'waitingPeriodEnds', other: 'judgmentDate', rule: 'R-PR-041' },
          });
        }
        if (areDates(j.judgmentDate, input.letterDate) && input.letterDate < j.judgmentDate) {
          ctx.addIssue({
            code: 'custom',
            path: ['letterDate'],
            params: {
              code: 'RULE_DATE_BEFORE',
              field: 'letterDate',
              other: `hearing.judgments[${index}].judgmentDate`,
              rule: 'R-PR-042',
            },
          });
        }
      });
    }
  });

export type Input = z.infer<typeof schema>;
export type Judgment = z.infer<typeof judgment>;
