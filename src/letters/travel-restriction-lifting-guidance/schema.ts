/**
 * Input of the advice before lifting the travel restriction in a refugee's travel document
 * (shared/domain/letters/travel-restriction-lifting-guidance.md; R-ASY-050, R-ASY-051).
 */
import { z } from 'zod';
import { civilDate, toTheApplicantFields } from '../common-schema.ts';
import { dateNotBefore } from '../date-checks.ts';

const RULE = 'letters/travel-restriction-lifting-guidance.md';

/** The § 7 permit: its first grant (R-ASY-050 counts 10 years from it) and, if permanent, since when. */
const permit = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('permanent'), firstGrantDate: civilDate, permanentSince: civilDate }),
  z.strictObject({ kind: z.literal('time-limited'), firstGrantDate: civilDate }),
]);

export const schema = z
  .strictObject({
    ...toTheApplicantFields,
    /** When US received the application to lift the restriction. */
    applicationDate: civilDate,
    document: z.enum(['refugee-travel-document', 'aliens-passport']),
    /** R-ASY-051: the application meets the requirements of udlændingebekendtgørelsen (the officer's finding). */
    meetsRequirements: z.boolean(),
    permit,
    /** By when the person confirms or withdraws the application: the source gives none, the officer sets it. */
    replyBy: civilDate,
  })
  .superRefine((input, ctx) => {
    dateNotBefore(ctx, input, 'letterDate', 'applicationDate', RULE);
    dateNotBefore(ctx, input, 'replyBy', 'letterDate', RULE);
    const { permit } = input;
    if (civilDate.safeParse(permit.firstGrantDate).success && input.applicationDate < permit.firstGrantDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['applicationDate'],
        params: { code: 'RULE_DATE_BEFORE', field: 'applicationDate', other: 'permit.firstGrantDate', rule: 'R-ASY-050' },
      });
    }
    if (
      permit.kind === 'permanent' &&
      civilDate.safeParse(permit.permanentSince).success &&
      permit.permanentSince < permit.firstGrantDate
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['permit', 'permanentSince'],
        params: { code: 'RULE_DATE_BEFORE', field: 'permit.permanentSince', other: 'permit.firstGrantDate', rule: 'R-ASY-050' },
      });
    }
  });

export type Input = z.infer<typeof schema>;
