/**
 * Input of the § 21 b decisions (shared/domain/letters/conflict-zone-lapse.md; Familiesammenføringsmeddelelse
 * 3/15): the finding that a permit has lapsed after activities abroad, with the entry ban (§ 32, stk. 11), or
 * the refusal of dispensation (§ 21 b, stk. 2). The police's assessment and US's findings are inputs.
 */
import { z } from 'zod';
import { civilDate, toTheApplicantFields } from '../common-schema.ts';
import { areDates } from '../date-checks.ts';
import { removal } from '../removal-schema.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * The basis of stay decides the sending centre (R-ASY-092) and the appeal body (R-ASY-097). EU-law persons and
 * Nordic citizens (own suspensive rule, the courts under § 52) are not built yet: refused as unknown values.
 */
export const permitBasis = z.enum(['7', '8-1', '8-2', 'asylum-office', 'other']);

const common = {
  ...toTheApplicantFields,
  permitBasis,
  /** Where the person is at the decision: abroad means no removal decision and no departure deadline (R-ASY-095). */
  abroadAtDecision: z.boolean(),
  /** The stay abroad during which the activities took place (R-ASY-090: on or after 1 March 2015). */
  stayAbroad: z.strictObject({ country: text(100), from: civilDate, to: civilDate.optional() }),
  /** The police's assessment that there is reason to believe ("grund til at antage", R-ASY-091). */
  policeAssessmentDate: civilDate,
  /** The officer's reasons in their own words, paragraph by paragraph (forvaltningsloven §§ 22–24). */
  assessment: z.array(text(3000)).min(1).max(12),
};

export const schema = z
  .discriminatedUnion('decision', [
    z.strictObject({
      decision: z.literal('lapse'),
      ...common,
      /** R-ASY-093: the hearing, or why it was omitted (forvaltningslovens § 19, stk. 2, nr. 5, 2. led). */
      hearing: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('sent'), date: civilDate }),
        z.strictObject({ kind: z.literal('omitted'), reason: z.enum(['whereabouts-unknown', 'left-for-unknown-place']) }),
      ]),
      /** US's finding: lapse would breach Denmark's international obligations (then no lapse, R-ASY-091). */
      lapseBreachesObligations: z.boolean(),
      /** R-ASY-094: for ever; shorter (in years; the source gives no lengths) only where for ever breaches obligations. */
      entryBan: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('permanent') }),
        z.strictObject({ kind: z.literal('shorter'), years: z.number().int().min(1).max(99) }),
      ]),
      /** R-ASY-001: §§ 7–8 holders in Denmark only. */
      removal: removal.optional(),
      /** R-ASY-002: the departure date (udrejsedato) the municipality registers in CPR. */
      departureDate: civilDate,
    }),
    z.strictObject({
      decision: z.literal('dispensation-refused'),
      ...common,
      /** The decision that found the lapse, and the application under § 21 b, stk. 2 (form BF2). */
      lapseDecisionDate: civilDate,
      applicationDate: civilDate,
      /** The purpose the person gave for the stay abroad. */
      statedPurpose: text(500),
    }),
  ])
  .superRefine((input, ctx) => {
    const rule = 'letters/conflict-zone-lapse.md';
    const notBefore = (path: (string | number)[], later: unknown, other: string, earlier: unknown, why = rule) => {
      if (later === undefined || earlier === undefined || !areDates(later, earlier) || String(later) >= String(earlier)) return;
      ctx.addIssue({ code: 'custom', path, params: { code: 'RULE_DATE_BEFORE', field: path.join('.'), other, rule: why } });
    };
    // R-ASY-090: § 21 b covers only circumstances on or after its entry into force.
    notBefore(['stayAbroad', 'from'], input.stayAbroad.from, '1 March 2015', SECTION_21B_IN_FORCE, 'R-ASY-090');
    notBefore(['stayAbroad', 'to'], input.stayAbroad.to, 'stayAbroad.from', input.stayAbroad.from);
    notBefore(['letterDate'], input.letterDate, 'policeAssessmentDate', input.policeAssessmentDate, 'R-ASY-091');
    notBefore(['policeAssessmentDate'], input.policeAssessmentDate, 'stayAbroad.from', input.stayAbroad.from);
    if (input.decision === 'lapse') {
      if (input.hearing.kind === 'sent')
        notBefore(['letterDate'], input.letterDate, 'hearing.date', input.hearing.date, 'R-ASY-093');
      // R-ASY-001: a removal decision for §§ 7–8 holders in Denmark; none for a person abroad or another basis.
      const wanted = isRefugee(input.permitBasis) && !input.abroadAtDecision;
      if (wanted !== (input.removal !== undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: ['removal'],
          params: { code: wanted ? 'RULE_REMOVAL_DECISION_REQUIRED' : 'RULE_REMOVAL_DECISION_NOT_ALLOWED', rule: 'R-ASY-001' },
        });
      }
    } else {
      notBefore(['applicationDate'], input.applicationDate, 'lapseDecisionDate', input.lapseDecisionDate, 'R-ASY-099');
      notBefore(['letterDate'], input.letterDate, 'applicationDate', input.applicationDate, 'R-ASY-099');
      notBefore(['lapseDecisionDate'], input.lapseDecisionDate, 'policeAssessmentDate', input.policeAssessmentDate);
    }
  });

/** R-ASY-090: § 21 b, stk. 1 in force (lov nr. 176 af 24. februar 2015). */
export const SECTION_21B_IN_FORCE = '2015-03-01';

/** §§ 7–8 holders (§ 7, § 8, stk. 1 or 2): Flygtningenævnet, removal decision (R-ASY-097, R-ASY-001). */
export const isRefugee = (basis: z.infer<typeof permitBasis>): boolean => basis === '7' || basis === '8-1' || basis === '8-2';

export type Input = z.infer<typeof schema>;
