/**
 * Input of the letters on a request to re-open a refused permanent-residence case (letters/pr-reopening-decision.md;
 * R-PR-140): the refusal, the request and its new information, and the officer's findings on the two criteria.
 */
import { z } from 'zod';
import { civilDate, toTheApplicantFields } from '../common-schema.ts';
import { areDates } from '../date-checks.ts';
import { officerText } from '../officer-text.ts';

export const schema = z
  .strictObject({
    ...toTheApplicantFields,
    refusalDate: civilDate,
    /** "kravet om …": the requirement the refusal rests on (the officer's text, per language). */
    refusedRequirement: officerText(300),
    /** The original application's filing date: the re-opening fee applies from 1 March 2016 (R-PR-140). */
    originalFilingDate: civilDate,
    /** A permit granted by SIRI (the fee, 10.1.3; OPEN which holders pay). */
    siriPermit: z.boolean(),
    request: z.strictObject({
      receivedOn: civilDate,
      /** What the new information is, e.g. "lønsedler for perioden …" (the officer's text, per language). */
      information: officerText(500),
      feePaid: z.boolean(),
      /** The request asks to re-open a refusal to re-open (src:17041–17049). */
      againstRefusalToReopen: z.boolean(),
    }),
    /** An appeal to Udlændingenævnet is pending (src:17038–17040). */
    appealPending: z.boolean(),
    /** The officer's findings on the criteria (src:17006–17012), each yes or no. */
    criteria: z.strictObject({
      concernsRefusedRequirement: z.boolean(),
      existedBeforeDecision: z.boolean(),
      wouldHaveChangedDecision: z.boolean(),
    }),
    /** Why the information would not have changed the decision (905: the reasons, forvaltningsloven § 24). */
    reasons: z.array(officerText(3000)).max(12).default([]),
  })
  .superRefine((input, ctx) => {
    const order: [string[], unknown][] = [
      [['originalFilingDate'], input.originalFilingDate],
      [['refusalDate'], input.refusalDate],
      [['request', 'receivedOn'], input.request.receivedOn],
      [['letterDate'], input.letterDate],
    ];
    for (let i = 1; i < order.length; i++) {
      const [path, later] = order[i] as [string[], unknown];
      const [otherPath, earlier] = order[i - 1] as [string[], unknown];
      if (areDates(later, earlier) && (later as string) < (earlier as string))
        ctx.addIssue({
          code: 'custom',
          path,
          params: { code: 'RULE_DATE_BEFORE', field: path.join('.'), other: otherPath.join('.'), rule: 'R-PR-140' },
        });
    }
  });

export type Input = z.infer<typeof schema>;
