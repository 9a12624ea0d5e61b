/**
 * Input of the information on procedural stay (shared/domain/letters/procedural-stay-info.md; handbook 2.3,
 * src:4721–4745): an application filed during lawful stay in Denmark. Procedural stay itself is not lawful stay for
 * this purpose (R-FAM-017), and a stay that had ended by the filing date gives none.
 */
import { z } from 'zod';
import { aboutTheCaseFields, civilDate, danishPostalAddress } from '../common-schema.ts';
import { areDates, dateNotBefore } from '../date-checks.ts';
import { representative } from '../family-schema.ts';

export const LAWFUL_STAY_BASES = ['visa', 'visa-free-stay', 'residence-permit', 'procedural-stay'] as const;

export const schema = z
  .strictObject({
    ...aboutTheCaseFields,
    /** The applicant is in Denmark: procedural stay is a stay here. */
    address: danishPostalAddress,
    representative,
    filingDate: civilDate,
    /** The basis of the applicant's stay on the filing date and its last day (R-FAM-017). */
    stayAtFiling: z.strictObject({ basis: z.enum(LAWFUL_STAY_BASES), validUntil: civilDate }),
  })
  .superRefine((input, ctx) => {
    dateNotBefore(ctx, input, 'letterDate', 'filingDate', 'R-FAM-017');
    const noLawfulStay = (path: string[]) =>
      ctx.addIssue({ code: 'custom', path, params: { code: 'RULE_FAM_PROCEDURAL_STAY_NO_LAWFUL_STAY', rule: 'R-FAM-017' } });
    // A procedural stay from an earlier application is not lawful stay (src:4921–4945).
    if (input.stayAtFiling.basis === 'procedural-stay') noLawfulStay(['stayAtFiling', 'basis']);
    // The stay must still run on the filing date (its last day included).
    if (areDates(input.stayAtFiling.validUntil, input.filingDate) && input.stayAtFiling.validUntil < input.filingDate)
      noLawfulStay(['stayAtFiling', 'validUntil']);
  });

export type Input = z.infer<typeof schema>;
