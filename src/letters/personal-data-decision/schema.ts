/**
 * Input of the decision on a request to correct personal data (shared/domain/letters/personal-data-decision.md;
 * handbook ch. 10, src:10217–10434; § 40 e): the data asked for, the documents, the outcome, and whether the person is
 * a Danish citizen or asks for a change of name (both referred elsewhere, src:10274–10290).
 */
import { z } from 'zod';
import { aboutTheCaseFields, civilDate } from '../common-schema.ts';
import { areDates } from '../date-checks.ts';
import { decisionRoutingFields, missionIssues } from '../family-schema.ts';
import { officerText } from '../officer-text.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

export const PERSONAL_DATA = ['name', 'date-of-birth', 'age', 'country-of-birth', 'nationality', 'civil-status', 'sex'] as const;
export type PersonalData = (typeof PERSONAL_DATA)[number];

export const schema = z
  .strictObject({
    ...aboutTheCaseFields,
    ...decisionRoutingFields,
    /** A Danish citizen's name and date of birth are not US's to correct (src:10285–10290). */
    danishCitizen: z.boolean(),
    request: z.strictObject({
      date: civilDate,
      /** "rettelse" (a wrong registration) or "ændring" (a new name): a change goes to the municipality (src:10274–10283). */
      kind: z.enum(['correction', 'change']),
      data: z.enum(PERSONAL_DATA),
      /** As registered, and as asked for: printed in the decision ("the data decided"). */
      registered: text(200),
      requested: text(200),
    }),
    outcome: z.discriminatedUnion('kind', [
      /** Documented: the documents relied on (src:10327–10337). */
      z.strictObject({ kind: z.literal('granted'), documents: z.array(officerText(300)).min(1).max(10) }),
      /** Not documented: the reasons, paragraph by paragraph (src:10320–10326). */
      z.strictObject({ kind: z.literal('refused'), reasons: z.array(officerText(3000)).min(1).max(10) }),
      /** Referred elsewhere (a change of name; a Danish citizen). */
      z.strictObject({ kind: z.literal('referred') }),
    ]),
  })
  .superRefine((input, ctx) => {
    for (const i of missionIssues(input.whereabouts, input.representative, input.filedViaMission))
      ctx.addIssue({ code: 'custom', path: i.path, params: { code: i.code, ...i.params } });
    if (areDates(input.letterDate, input.request?.date) && input.letterDate < input.request.date)
      ctx.addIssue({
        code: 'custom',
        path: ['letterDate'],
        params: { code: 'RULE_DATE_BEFORE', field: 'letterDate', other: 'request.date', rule: 'R-FAM-100' },
      });
    if (input.request?.kind === 'change' && input.request.data !== 'name')
      ctx.addIssue({
        code: 'custom',
        path: ['request', 'kind'],
        params: { code: 'RULE_FAM_PERSONAL_DATA_CHANGE_ONLY_NAME', rule: 'R-FAM-100' },
      });
    if (input.request && input.request.registered === input.request.requested)
      ctx.addIssue({
        code: 'custom',
        path: ['request', 'requested'],
        params: { code: 'RULE_FAM_PERSONAL_DATA_UNCHANGED', rule: 'R-FAM-100' },
      });
  });

export type Input = z.infer<typeof schema>;
