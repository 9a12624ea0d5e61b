/**
 * Input of the humanitarian-permit info letter (shared/domain/letters/humanitarian-permit-info.md).
 * Delivery decides the shape: a letter handed over at the interview needs no postal address.
 */
import { z } from 'zod';
import { applicant, caseNumber, civilDate, danishPostalAddress, officer } from '../common-schema.ts';
import { dateNotBefore, sameDay } from '../date-checks.ts';

const common = {
  letterDate: civilDate,
  caseNumber,
  applicant,
  officer,
  /** The day US decided that the asylum application is examined on its merits in Denmark (R-ASY-010). */
  decisionToExamineDate: civilDate,
};

export const schema = z
  .discriminatedUnion('delivery', [
    /** R-ASY-011: decided at the information-and-motive interview, letter handed over there. */
    z.strictObject({ delivery: z.literal('handed'), ...common }),
    /** R-ASY-011: decided after the interview, letter sent to the applicant's address. */
    z.strictObject({ delivery: z.literal('sent'), ...common, address: danishPostalAddress }),
  ])
  .superRefine((input, ctx) => {
    // R-ASY-010: the letter is due when US decides to examine the case, not before.
    dateNotBefore(ctx, input, 'letterDate', 'decisionToExamineDate', 'R-ASY-010');
    // R-ASY-011: "handed" means the decision was made, and the letter handed over, at the interview.
    if (input.delivery === 'handed') sameDay(ctx, input, 'letterDate', 'decisionToExamineDate', 'R-ASY-011');
  });

export type Input = z.infer<typeof schema>;
