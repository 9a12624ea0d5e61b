/**
 * Input of the extension of the time-limited permit (shared/domain/letters/temporary-permit-extension.md): the
 * part-decision sent with a refusal or rejection of permanent residence (R-PR-110). `companionInput` is what the
 * permanent-residence decision carries for it; the letter's own schema adds the letter fields and the decision it
 * goes with.
 */
import { z } from 'zod';
import { civilDate, toTheApplicantFields } from '../common-schema.ts';

/** V-PASSPORT-WAIVER (src:13855–13869): the four countries whose citizens need no valid passport. */
export const PASSPORT_WAIVER_COUNTRIES = ['iraq', 'somalia', 'burma', 'syria'] as const;

export const companionInput = z.strictObject({
  /** OPEN (the extension periods are in familiesammenføringsmeddelelse nr. 2/2016, not in the source): input. */
  extendedUntil: civilDate,
  /** The extension gives the period applied for, with no condition revived: no appeal guidance is needed. */
  asRequested: z.boolean(),
  passport: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('national'), expires: civilDate }),
    z.strictObject({ kind: z.literal('waived'), country: z.enum(PASSPORT_WAIVER_COUNTRIES) }),
  ]),
  /** V-DANISH-A1: a Danish test at A1 is required, its passing not registered and its deadline not expired. */
  danishA1Pending: z.boolean(),
  /** V-STUDENT-SPOUSE: the support requirement waived for a student spouse is revived. */
  studentSpouseSupportRevived: z.boolean(),
});

export const schema = z.strictObject({
  ...toTheApplicantFields,
  /** The refusal or rejection of permanent residence this part-decision goes with (R-PR-110). */
  withDecision: z.enum(['refusal', 'rejection']),
  temporaryPermitExpires: civilDate,
  ...companionInput.shape,
});

export type CompanionInput = z.infer<typeof companionInput>;
export type Input = z.infer<typeof schema>;
