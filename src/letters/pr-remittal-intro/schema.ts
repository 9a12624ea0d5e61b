/**
 * Input of the first letter after Udlændingenævnet remits a permanent-residence case (letters/pr-remittal-intro.md;
 * R-PR-141): the refusal, the appeal, the remittal and the requirements the board found met (V-REMITTAL-INTRO).
 */
import { z } from 'zod';
import { toTheApplicantFields } from '../common-schema.ts';
import { checkOpening, remittalOpening } from '../pr-opening.ts';

export const schema = z
  .strictObject({
    ...toTheApplicantFields,
    remittal: remittalOpening.omit({ kind: true }),
  })
  .superRefine((input, ctx) => checkOpening(ctx, input.letterDate, { kind: 'after-remittal', ...input.remittal }, ['remittal']));

export type Input = z.infer<typeof schema>;
