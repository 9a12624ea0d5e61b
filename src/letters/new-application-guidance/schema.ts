/**
 * Input of the guidance to file a new application (standard 936; letters/new-application-guidance.md; R-PR-140):
 * information received after a refusal of permanent residence that cannot lead to re-opening, and why.
 */
import { z } from 'zod';
import { civilDate, toTheApplicantFields } from '../common-schema.ts';
import { dateNotBefore } from '../date-checks.ts';
import { officerText } from '../officer-text.ts';

export const schema = z
  .strictObject({
    ...toTheApplicantFields,
    /** The date of the refusal letter. */
    refusalDate: civilDate,
    information: z.strictObject({
      receivedOn: civilDate,
      /** What was received, e.g. "en kopi af din nye ansættelseskontrakt" (the officer's text, per language). */
      what: officerText(300),
      /** Why it cannot lead to re-opening (src:17003–17005). */
      reason: z.discriminatedUnion('kind', [
        /** It does not concern the requirement the refusal rests on. */
        z.strictObject({ kind: z.literal('unrelated'), refusedRequirement: officerText(300) }),
        /** It dates from after the decision. */
        z.strictObject({ kind: z.literal('after-decision'), informationDate: civilDate }),
      ]),
    }),
  })
  .superRefine((input, ctx) => {
    const { information } = input;
    dateNotBefore(
      ctx,
      { 'information.receivedOn': information.receivedOn, refusalDate: input.refusalDate },
      'information.receivedOn',
      'refusalDate',
      'R-PR-140',
    );
    dateNotBefore(
      ctx,
      { letterDate: input.letterDate, 'information.receivedOn': information.receivedOn },
      'letterDate',
      'information.receivedOn',
      'R-PR-140',
    );
    // "Dating from after the decision": the decision's own day is not after it; such information may have
    // existed before the decision, and then the re-opening criteria decide (pr-reopening-decision).
    if (information.reason.kind === 'after-decision') {
      const { informationDate } = information.reason;
      if (
        civilDate.safeParse(informationDate).success &&
        civilDate.safeParse(input.refusalDate).success &&
        informationDate <= input.refusalDate
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['information', 'reason', 'informationDate'],
          params: {
            code: 'RULE_DATE_NOT_AFTER',
            field: 'information.reason.informationDate',
            other: 'refusalDate',
            rule: 'R-PR-140',
          },
        });
      }
    }
  });

export type Input = z.infer<typeof schema>;
