/**
 * Input of the notice that no police report will be made for false information (letters/no-police-report-notice.md;
 * R-PR-152): the hearing that announced the report was considered, the date of the applicant's information that
 * decided it, and the next outcome, which decides where the text goes.
 */
import { z } from 'zod';
import type { CivilDate } from '../../domain/civil-date.ts';
import { civilDate, toTheApplicantFields } from '../common-schema.ts';
import { dateNotBefore } from '../date-checks.ts';

/** What the applicant receives next: a grant never carries the text, it gets a covering letter (src:16612–16619). */
export const NEXT_OUTCOMES = ['grant', 'refusal', 'documentation-request', 'other-letter'] as const;

/**
 * The paragraph form, for the next letter when it is not a grant (a refusal, a documentation request, …): the
 * date of the applicant's information (V-NO-POLICE-REPORT). Printed by templates/partials/no-police-report.hbs.
 */
export const noPoliceReportParagraph = z.strictObject({ applicantInformationDate: civilDate });

/**
 * For a letter that carries the paragraph: it is written after the applicant's information it names (R-PR-152).
 * The error names the paragraph's field as the letter's input has it (`noPoliceReport.…`).
 */
export function checkNoPoliceReportParagraph(
  ctx: z.RefinementCtx,
  input: { readonly letterDate: CivilDate; readonly noPoliceReport?: z.infer<typeof noPoliceReportParagraph> | undefined },
): void {
  if (!input.noPoliceReport) return;
  dateNotBefore(
    ctx,
    {
      letterDate: input.letterDate,
      'noPoliceReport.applicantInformationDate': input.noPoliceReport.applicantInformationDate,
    },
    'letterDate',
    'noPoliceReport.applicantInformationDate',
    'R-PR-152',
  );
}

export const schema = z
  .strictObject({
    ...toTheApplicantFields,
    /** The hearing (pr-party-hearing, police-report variant) in which a report was said to be considered (R-PR-150). */
    hearingLetterDate: civilDate,
    /** The date of the applicant's information ("dine oplysninger af xxxxx", V-NO-POLICE-REPORT). */
    applicantInformationDate: civilDate,
    nextOutcome: z.enum(NEXT_OUTCOMES),
  })
  .superRefine((input, ctx) => {
    // The applicant answers the hearing, and we write after the answer.
    dateNotBefore(ctx, input, 'applicantInformationDate', 'hearingLetterDate', 'R-PR-152');
    dateNotBefore(ctx, input, 'letterDate', 'applicantInformationDate', 'R-PR-152');
  });

export type Input = z.infer<typeof schema>;
