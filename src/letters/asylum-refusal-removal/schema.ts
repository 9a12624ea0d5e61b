/**
 * Input of the refusal of asylum with the decision on forced removal (shared/domain/letters/
 * asylum-refusal-removal.md; Asylmeddelelse 12/16 and 5/01): the situation that brought the case to US
 * and the officer's findings on § 7, § 10 and § 31. The rules choose the variant; they never make a finding.
 */
import { z } from 'zod';
import {
  applicant,
  caseNumber,
  civilDate,
  countryCode,
  danishPostalAddress,
  nationalityCode,
  officer,
} from '../common-schema.ts';
import { areDates } from '../date-checks.ts';
import { officerText } from '../officer-text.ts';
import { removal } from '../removal-schema.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

/** The three situations of 12/16 (src:603–619). */
const situation = z.discriminatedUnion('kind', [
  /** a: never applied for asylum, invokes § 31 at removal: the ordinary asylum procedure (R-ASY-060). */
  z.strictObject({ kind: z.literal('a-never-applied') }),
  /**
   * b: rejected, claims essentially changed circumstances; at US only where the final decision was
   * manifestly unfounded (§ 53 b), or where Flygtningenævnet remitted the case (R-ASY-062, R-ASY-063).
   */
  z.strictObject({
    kind: z.literal('b-changed-circumstances'),
    route: z.enum(['manifestly-unfounded', 'remitted-by-board']),
    /** Dansk Flygtningehjælp's veto against the manifestly-unfounded procedure (R-ASY-063). */
    refugeeCouncilVeto: z.boolean(),
  }),
  /** c: a former refugee expelled by judgment, no consent to removal: § 49 a (R-ASY-064). */
  z.strictObject({
    kind: z.literal('c-expelled'),
    judgment: z.strictObject({ court: text(200), date: civilDate }),
    /** forvaltningslovens § 19, stk. 1: as a starting point an interview before deciding (src:887–889). */
    interviewDate: civilDate.optional(),
    /** Removal possible: the position on a §§ 7–8 permit if Flygtningenævnet finds that § 31 bars removal (src:953–955). */
    permitIfBoardFindsRemovalBarred: z.enum(['permit', 'no-permit']).optional(),
  }),
]);

/**
 * The § 7 finding. "covered" is a grant: in situations a and b not this letter (R-ASY-060); in situation c the
 * exceptional §§ 7–8 permit for special reasons despite the expulsion (§ 10, stk. 3, 1. pkt.; src:942–945), which
 * names the provision the permit is given under (`coveredBy`).
 */
const section7 = z.discriminatedUnion('finding', [
  z.strictObject({ finding: z.literal('covered'), coveredBy: z.enum(['7-1', '7-2', '7-3']).optional() }),
  z.strictObject({ finding: z.literal('not-covered') }),
  z.strictObject({
    finding: z.literal('covered-excluded'),
    coveredBy: z.enum(['7-1', '7-2', '7-3']),
    /** § 10, stk. 1, 2 or 3 (src:652–717). */
    exclusion: z.enum(['10-1', '10-2', '10-3']),
  }),
]);

/** 5/01 (R-ASY-067): spouses of different nationality, married at entry and cohabiting in Denmark. */
const spouse = z.strictObject({
  nationality: countryCode,
  marriedAtEntry: z.boolean(),
  cohabitingInDenmark: z.boolean(),
  /** The two countries to which both could leave, in the order the officer gives (OPEN: the source's order). */
  commonCountries: z.tuple([countryCode, countryCode]),
});

export const schema = z
  .strictObject({
    letterDate: civilDate,
    caseNumber,
    applicant: applicant.extend({ nationality: nationalityCode }),
    address: danishPostalAddress,
    officer,
    /** The day UCN referred the case to US (src:779–783, 825–836, 877–881). */
    referralDate: civilDate,
    situation,
    section7,
    removal,
    /** The officer's reasons in their own words, paragraph by paragraph (forvaltningsloven §§ 22–24). */
    assessment: z.array(officerText(3000)).min(1).max(12),
    spouse: spouse.optional(),
  })
  .superRefine((input, ctx) => {
    const rule = 'letters/asylum-refusal-removal.md';
    const notBefore = (path: (string | number)[], later: unknown, other: string, earlier: unknown) => {
      if (later === undefined || earlier === undefined || !areDates(later, earlier) || String(later) >= String(earlier)) return;
      ctx.addIssue({ code: 'custom', path, params: { code: 'RULE_DATE_BEFORE', field: path.join('.'), other, rule } });
    };
    notBefore(['letterDate'], input.letterDate, 'referralDate', input.referralDate);
    const { situation: s } = input;
    if (s.kind === 'c-expelled') {
      notBefore(['referralDate'], input.referralDate, 'situation.judgment.date', s.judgment.date);
      notBefore(['letterDate'], input.letterDate, 'situation.interviewDate', s.interviewDate);
      notBefore(['situation', 'interviewDate'], s.interviewDate, 'situation.judgment.date', s.judgment.date);
      // R-ASY-064 (src:942–945, 946–955): US gives the exceptional permit only where § 31 bars removal, and names its §.
      if (input.section7.finding === 'covered') {
        if (input.removal.possible)
          ctx.addIssue({
            code: 'custom',
            path: ['section7', 'finding'],
            params: { code: 'RULE_EXPELLED_PERMIT_ONLY_IF_REMOVAL_BARRED', rule: 'R-ASY-064' },
          });
        else if (input.section7.coveredBy === undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['section7', 'coveredBy'],
            params: { code: 'RULE_EXPELLED_PERMIT_BASIS_REQUIRED', rule: 'R-ASY-064' },
          });
      }
      // src:948–955: where removal is possible the decision takes a position for the board; only then.
      const wanted = input.removal.possible;
      if (wanted !== (s.permitIfBoardFindsRemovalBarred !== undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: ['situation', 'permitIfBoardFindsRemovalBarred'],
          params: { code: wanted ? 'RULE_EXPELLED_POSITION_REQUIRED' : 'RULE_EXPELLED_POSITION_NOT_ALLOWED', rule: 'R-ASY-064' },
        });
      }
    }
    // R-ASY-063: a veto only exists in the manifestly-unfounded procedure.
    if (s.kind === 'b-changed-circumstances' && s.route === 'remitted-by-board' && s.refugeeCouncilVeto) {
      ctx.addIssue({
        code: 'custom',
        path: ['situation', 'refugeeCouncilVeto'],
        params: { code: 'RULE_VETO_NOT_IN_REMITTED_CASE', rule: 'R-ASY-063' },
      });
    }
  });

export type Input = z.infer<typeof schema>;
