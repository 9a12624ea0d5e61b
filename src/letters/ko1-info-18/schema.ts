/**
 * Input of the KO1 letters (letters/ko1-info-18.md; R-PR-120): an applicant who got permanent residence with a parent
 * as a child, now asking for a residence card (form KO1). What the register (UR) shows decides the letter: the
 * parent's permanent permit that covers the applicant (info letter, standard 705), or none although the applicant
 * ticked "Jeg har permanent opholdstilladelse" (guidance, skabelon 929).
 */
import { z } from 'zod';
import { civilDate, toTheApplicantFields } from '../common-schema.ts';
import { dateNotBefore } from '../date-checks.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

export const schema = z
  .strictObject({
    ...toTheApplicantFields,
    /** The day the KO1 application was screened: its age thresholds (17½, 18) are taken on this day (src:16163–16169). */
    screeningDate: civilDate,
    permit: z.discriminatedUnion('kind', [
      /** UR shows a permanent permit (TUB) of a parent that covers the applicant (src:16159–16165, 16198–16205). */
      z.strictObject({
        kind: z.literal('covered-by-parent'),
        /** The provision of the applicant's permit, as in UR, e.g. "udlændingelovens § 7, stk. 1". */
        provision: text(200),
        /** Asylum-based (src:16178–16180), or the former § 9, stk. 2, nr. 5–6 (src:14447–14448). */
        applicantBasis: z.enum(['asylum', 'former-9-2-5-6']),
        parent: z.enum(['mother', 'father', 'parents']),
        parentPermanentPermitDate: civilDate,
        /** The parent was first reunified (§ 9, stk. 1, nr. 1 or 2) and then got asylum: the asylum permit's date. */
        parentAsylumAfterReunification: z.strictObject({ asylumPermitDate: civilDate }).optional(),
      }),
      /** UR shows no such permit. */
      z.strictObject({
        kind: z.literal('none'),
        /** The applicant ticked "Jeg har permanent opholdstilladelse" (src:16170–16177). */
        tickedPermanentResidence: z.boolean(),
      }),
    ]),
    /** No biometrics registered: the info letter must request them (src:16203–16204, 16225–16226). */
    biometricsMissing: z.boolean(),
  })
  .superRefine((input, ctx) => {
    dateNotBefore(
      ctx,
      { screeningDate: input.screeningDate, 'applicant.dateOfBirth': input.applicant.dateOfBirth },
      'screeningDate',
      'applicant.dateOfBirth',
      'R-PR-120',
    );
    dateNotBefore(ctx, input, 'letterDate', 'screeningDate', 'R-PR-120');
    if (input.permit.kind === 'covered-by-parent') {
      const { parentPermanentPermitDate, parentAsylumAfterReunification } = input.permit;
      dateNotBefore(
        ctx,
        { letterDate: input.letterDate, 'permit.parentPermanentPermitDate': parentPermanentPermitDate },
        'letterDate',
        'permit.parentPermanentPermitDate',
        'R-PR-120',
      );
      if (parentAsylumAfterReunification)
        dateNotBefore(
          ctx,
          {
            'permit.parentPermanentPermitDate': parentPermanentPermitDate,
            'permit.parentAsylumAfterReunification.asylumPermitDate': parentAsylumAfterReunification.asylumPermitDate,
          },
          'permit.parentPermanentPermitDate',
          'permit.parentAsylumAfterReunification.asylumPermitDate',
          'R-PR-120',
        );
    }
  });

export type Input = z.infer<typeof schema>;
