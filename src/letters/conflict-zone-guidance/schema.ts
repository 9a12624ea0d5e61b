/**
 * Input of the guidance letter under § 21 b, stk. 3 (shared/domain/letters/conflict-zone-lapse.md,
 * guidance-letter; R-ASY-100): US has information that the person intends to go abroad to take part in
 * an armed conflict or similar. Who gave the information is not an input: the letter never says.
 */
import { z } from 'zod';
import { civilDate, toTheApplicantFields } from '../common-schema.ts';
import { dateNotBefore } from '../date-checks.ts';

export const schema = z
  .strictObject({
    ...toTheApplicantFields,
    /** R-ASY-092: §§ 7–8 and asylum-office permits → Center for Asyl; everyone else → Center for Familie og Besøg. */
    permitBasis: z.enum(['7', '8-1', '8-2', 'asylum-office', 'other', 'eu-law', 'nordic']),
    /** R-ASY-100: the Schengen clause of the entry ban only for third-country nationals. */
    thirdCountryNational: z.boolean(),
    informationReceivedDate: civilDate,
  })
  .superRefine((input, ctx) => {
    dateNotBefore(ctx, input, 'letterDate', 'informationReceivedDate', 'R-ASY-100');
  });

export type Input = z.infer<typeof schema>;
