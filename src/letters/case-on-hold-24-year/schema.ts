/**
 * Input of the letter that puts a spouse case on hold until the younger spouse turns 24, with an indication of the
 * outcome (shared/domain/letters/case-on-hold-24-year.md; handbook 3.6.2.1, src:6013–6033; R-FAM-027).
 */
import { z } from 'zod';
import { aboutTheCaseFields, civilDate } from '../common-schema.ts';
import { areDates, dateNotBefore } from '../date-checks.ts';
import { familyNoticeFields } from '../family-addressee.ts';
import { dateTurns23AndAHalf, dateTurns24, laterDate } from './age.ts';

export const schema = z
  .strictObject({
    ...aboutTheCaseFields,
    ...familyNoticeFields,
    /** The spouse living in Denmark (the reference): only the date of birth is used, to find the younger spouse. */
    reference: z.strictObject({ dateOfBirth: civilDate }),
    filingDate: civilDate,
    /** The officer's finding that every condition except the security is met, the 24-year rule aside (src:6029–6031). */
    allOtherConditionsMet: z.boolean(),
  })
  .superRefine((input, ctx) => {
    dateNotBefore(ctx, input, 'letterDate', 'filingDate', 'R-FAM-027');
    if (!areDates(input.applicant.dateOfBirth, input.reference.dateOfBirth, input.filingDate, input.letterDate)) return;
    const rule = (path: string[], code: string) => ctx.addIssue({ code: 'custom', path, params: { code, rule: 'R-FAM-027' } });
    if (!input.allOtherConditionsMet) rule(['allOtherConditionsMet'], 'RULE_FAM_HOLD_CONDITIONS_NOT_MET');
    const youngest = laterDate(input.applicant.dateOfBirth, input.reference.dateOfBirth);
    // The hold is for a younger spouse who was at least 23½ when the application was filed (src:6014) …
    if (input.filingDate < dateTurns23AndAHalf(youngest)) rule(['filingDate'], 'RULE_FAM_HOLD_UNDER_23_AND_A_HALF');
    // … and who has not turned 24 yet: from the 24th birthday the 24-year rule is met and the case is decided.
    if (input.letterDate >= dateTurns24(youngest)) rule(['letterDate'], 'RULE_FAM_HOLD_ALREADY_24');
  });

export type Input = z.infer<typeof schema>;
