/**
 * Input of the request for documentation ("Andok") in a permanent-residence case (letters/pr-documentation-request.md;
 * R-PR-107): what is requested and why, and the kind of request, which decides the answer date and the consequence.
 */
import { z } from 'zod';
import { civilDate, toTheApplicantFields } from '../common-schema.ts';
import { checkNoPoliceReportParagraph, noPoliceReportParagraph } from '../no-police-report-notice/schema.ts';
import { officerText } from '../officer-text.ts';
import { checkOpening, opening } from '../pr-opening.ts';

/** The named uses of a documentation request other than a § 11, stk. 10 defect (the table in the letter file). */
export const DOCUMENTATION_USES = {
  'disability-medical': 'R-PR-073',
  'young-education-employment': 'R-PR-070',
  'employer-tie': 'R-PR-057',
  'employment-paid-abroad': 'R-PR-053',
  'unsigned-integration-declaration': 'R-PR-048',
  nationality: 'R-PR-107',
  'temporary-permit-documents': 'R-PR-110',
  'other-information': 'R-PR-107',
} as const;
export type DocumentationUse = keyof typeof DOCUMENTATION_USES;

export const schema = z
  .strictObject({
    ...toTheApplicantFields,
    /** What is requested and why ("oplysninger om, hvad vi anmoder om, og hvorfor", src:16574–16575), item by item. */
    items: z
      .array(z.strictObject({ what: officerText(500), why: officerText(1500) }))
      .min(1)
      .max(12),
    request: z.discriminatedUnion('kind', [
      /**
       * A non-fundamental defect of the application (§ 11, stk. 10): the period is the reference's (R-PR-102), and the
       * application may be rejected. A fundamental defect gets no request: it is rejected at once (src:16455–16458).
       */
      z.strictObject({ kind: z.literal('incomplete-application') }),
      /** Any other use: the officer chooses the answer date, at least the minimum period (R-PR-107, OPEN). */
      z.strictObject({
        kind: z.literal('documentation'),
        use: z.enum(Object.keys(DOCUMENTATION_USES) as [DocumentationUse, ...DocumentationUse[]]),
        answerBy: civilDate,
      }),
    ]),
    /** After a hearing on a police report, the decision not to report (V-NO-POLICE-REPORT, R-PR-152). */
    noPoliceReport: noPoliceReportParagraph.optional(),
    /** The first letter after a re-opening (V-REOPEN-INTRO) or a remittal (V-REMITTAL-INTRO) opens with it (R-PR-140, R-PR-141). */
    opening: opening.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.opening) checkOpening(ctx, input.letterDate, input.opening, ['opening']);
    checkNoPoliceReportParagraph(ctx, input);
  });

export type Input = z.infer<typeof schema>;
