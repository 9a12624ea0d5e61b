/**
 * Input of the hearings (partshøring, forvaltningslovens § 19) and procedural notices in family-reunification cases
 * (shared/domain/letters/family-hearing.md): the variant, the information US intends to rely on and where it comes
 * from, the answer date (OPEN: the source states none; the officer sets it) and who the letter goes to.
 */
import { z } from 'zod';
import { caseNumber, civilDate, danishPostalAddress, officer } from '../common-schema.ts';
import { areDates } from '../date-checks.ts';
import { familyNoticeFields } from '../family-addressee.ts';
import { mission } from '../family-schema.ts';
import { officerText } from '../officer-text.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

/** Hearings addressed to the reference (den herboende), who lives in Denmark (family-hearing.md, "to"). */
export const REFERENCE_HEARINGS = [
  'housing-occupants',
  'refugee-reference',
  'self-support-divergence',
  'separation-cause',
] as const;
/** Hearings addressed to the applicant (or the parties), routed by R-FAM-095. */
export const APPLICANT_HEARINGS = [
  'reference-not-in-cpr',
  'child-offence-bar',
  'child-revocation',
  'divergent-personal-data',
] as const;

/** What a hearing holds: the information to be heard on, its source, and the answer date. */
const hearing = {
  /** The information US intends to rely on, paragraph by paragraph (must say). */
  information: z.array(officerText(3000)).min(1).max(8),
  /** Where it comes from, e.g. "Det Centrale Personregister (CPR)" (must say). */
  informationSource: officerText(300),
  /** OPEN (family-hearing.md, Computed fields): the source states no answer period; the officer sets the date. */
  answerBy: civilDate,
};

const toReference = z.strictObject({ name: text(200), address: danishPostalAddress });

export const variant = z.discriminatedUnion('variant', [
  z.strictObject({ variant: z.literal('housing-occupants'), ...hearing, reference: toReference }),
  z.strictObject({ variant: z.literal('refugee-reference'), ...hearing, reference: toReference }),
  z.strictObject({ variant: z.literal('self-support-divergence'), ...hearing, reference: toReference }),
  z.strictObject({ variant: z.literal('separation-cause'), ...hearing, reference: toReference }),
  z.strictObject({ variant: z.literal('reference-not-in-cpr'), ...hearing }),
  z.strictObject({
    variant: z.literal('child-offence-bar'),
    ...hearing,
    /** Circumvention or false information suspected: the police-report warning is added (src:9631–9633). */
    falseInformationSuspected: z.boolean(),
  }),
  z.strictObject({ variant: z.literal('child-revocation'), ...hearing }),
  z.strictObject({ variant: z.literal('divergent-personal-data'), ...hearing }),
  z.strictObject({
    variant: z.literal('notice-procedural'),
    /** The procedural step (src:10711–10726); never where the notice would defeat its purpose. */
    step: z.enum(['other-authority-consulted', 'processing-delayed', 'case-reopened', 'postponement-refused']),
    /** The authority consulted (other-authority-consulted). */
    authority: text(200).optional(),
  }),
]);

export const schema = z
  .strictObject({
    letterDate: civilDate,
    caseNumber,
    applicant: z.strictObject({ name: text(200), dateOfBirth: civilDate }),
    ...familyNoticeFields,
    /**
     * OPEN (family-hearing.md: whether hearings follow the notice table is not said): a hearing of an applicant abroad
     * without a representative goes through the Danish mission, as a decision would (R-FAM-090): the party is heard.
     */
    mission: mission.optional(),
    officer,
    hearing: variant,
  })
  .superRefine((input, ctx) => {
    const h = input.hearing;
    // The party must have time to answer: an answer date on or before the letter's date is a contradiction.
    if ('answerBy' in h && areDates(h.answerBy, input.letterDate) && h.answerBy <= input.letterDate)
      ctx.addIssue({
        code: 'custom',
        path: ['hearing', 'answerBy'],
        params: { code: 'RULE_FAM_HEARING_ANSWER_NOT_AFTER_LETTER', rule: 'family-hearing.md' },
      });
    const toApplicant = (APPLICANT_HEARINGS as readonly string[]).includes(h.variant);
    if (toApplicant && input.whereabouts.applicantIs === 'abroad' && input.representative.kind === 'none' && !input.mission)
      ctx.addIssue({ code: 'custom', path: ['mission'], params: { code: 'RULE_FAM_MISSION_REQUIRED', rule: 'R-FAM-090' } });
    if (h.variant === 'notice-procedural' && (h.step === 'other-authority-consulted') !== (h.authority !== undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['hearing', 'authority'],
        params: { code: 'RULE_FAM_NOTICE_AUTHORITY', rule: 'family-hearing.md' },
      });
  });

export type Input = z.infer<typeof schema>;
export type Hearing = z.infer<typeof variant>;
