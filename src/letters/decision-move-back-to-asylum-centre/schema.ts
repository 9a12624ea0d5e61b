/**
 * Input of the decision that an asylum seeker in own housing must move back to an asylum centre
 * (shared/domain/letters/decision-move-back-to-asylum-centre.md, R-ASY-110): the minimum inputs the reference lists.
 */
import { z } from 'zod';
import { addDays, type CivilDate } from '../../domain/civil-date.ts';
import { applicant, caseNumber, civilDate, danishPostalAddress, officer } from '../common-schema.ts';
import { dateNotBefore } from '../date-checks.ts';
import { officerText } from '../officer-text.ts';

const RULE = 'letters/decision-move-back-to-asylum-centre.md';

/**
 * OPEN (R-ASY-110; issue 11, point 8): the source gives no moving period. A decision must leave time to move: the
 * date to move by is at least this many days after the letter date (shorter is RULE_MOVE_BACK_TOO_SOON). Two weeks,
 * the reading that protects the person (time to arrange the move and to consider an appeal); legal review may
 * change it here.
 */
export const MINIMUM_DAYS_TO_MOVE = 14;

export const schema = z
  .strictObject({
    letterDate: civilDate,
    caseNumber,
    applicant,
    /** The own housing the person lives in now. */
    address: danishPostalAddress,
    officer,
    /** When US allowed the person to live outside an asylum centre in own housing. */
    ownHousingPermissionDate: civilDate,
    /** The facts showing that the person no longer supports themselves (forvaltningsloven §§ 22–24): one paragraph each. */
    facts: z.array(officerText(2000)).min(1).max(20),
    /** The centre to move to, and by when (inputs: the source gives no period). */
    centre: z.strictObject({
      name: z.string().trim().min(1).max(200),
      street: z.string().trim().min(1).max(200),
      postcode: danishPostalAddress.shape.postcode,
      city: z.string().trim().min(1).max(100),
    }),
    moveBy: civilDate,
  })
  .superRefine((input, ctx) => {
    // The permission came before the decision that ends it; the move comes after the decision.
    dateNotBefore(ctx, input, 'letterDate', 'ownHousingPermissionDate', RULE);
    dateNotBefore(ctx, input, 'moveBy', 'letterDate', RULE);
    const earliest = civilDate.safeParse(input.letterDate).success
      ? addDays(input.letterDate as CivilDate, MINIMUM_DAYS_TO_MOVE)
      : null;
    if (earliest && input.moveBy >= input.letterDate && input.moveBy < earliest) {
      ctx.addIssue({
        code: 'custom',
        path: ['moveBy'],
        params: { code: 'RULE_MOVE_BACK_TOO_SOON', days: MINIMUM_DAYS_TO_MOVE, other: 'letterDate', rule: 'R-ASY-110' },
      });
    }
  });

export type Input = z.infer<typeof schema>;
