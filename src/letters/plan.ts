/**
 * What a letter's rules decide: the plan the rest of the pipeline renders, or the clear answer
 * that no letter is due. Plans hold facts only; the words come from templates and locale files.
 */
import type { Authority } from '../domain/authorities.ts';
import type { CivilDate } from '../domain/civil-date.ts';
import type { DanishPostalAddress, Officer } from './common-schema.ts';

/** Why the rules chose what they chose: an R-ID from shared/domain/rules.md and the deciding facts, in words. */
export interface Reason {
  readonly rule: string;
  readonly because: string;
}

export interface Recipient {
  readonly name: string;
  /** Absent for a letter handed over in person. */
  readonly address: DanishPostalAddress | ForeignAddress | null;
  /** Set where the letter goes to someone else on the applicant's behalf (a lawyer, a Danish mission): "Vedr. <name>". */
  readonly regarding?: string;
}

/** An address outside Denmark (a Danish mission, a representative abroad): the lines as written, then the country. */
export interface ForeignAddress {
  readonly lines: readonly string[];
  readonly country: string;
}

/** A person who receives a copy (e.g. the applicant's representative, R-FAM-091, R-FAM-092): shaped like an authority's window lines. */
export interface PersonCopyRecipient {
  readonly id: 'representative';
  readonly name: string;
  readonly unit: null;
  readonly address: readonly string[];
}

/**
 * Appeal guidance of a decision (klagevejledning, forvaltningsloven § 25; anatomy.md): which body, by when,
 * whether an appeal suspends the decision, the fee. Info letters carry none. Every fact says where it comes
 * from (`rule`: an R-ID, or `configured` for an OPEN fact supplied in data/appeal-guidance.json).
 */
export type AppealGuidance =
  | {
      readonly kind: 'appeal';
      readonly body: Authority;
      /** e.g. "§ 46 a, stk. 1": the provision that makes the decision appealable to that body. */
      readonly legalBasis: string;
      readonly deadline: AppealDeadline;
      readonly suspensive: Suspensive;
      readonly fee: AppealFee;
      readonly rules: readonly string[];
    }
  /** Automatically appealed: US sends the case to the board (e.g. R-ASY-061). */
  | {
      readonly kind: 'deemed-appealed';
      readonly body: Authority;
      readonly legalBasis: string;
      readonly suspensive: Suspensive;
      readonly rules: readonly string[];
    }
  /** e.g. "kan ikke påklages til Flygtningenævnet, jf. udlændingelovens § 53 b, stk. 1" (R-ASY-063). */
  | {
      readonly kind: 'not-appealable';
      readonly to: Authority | null;
      readonly legalBasis: string;
      readonly rules: readonly string[];
    }
  /** The decision gives the applicant all they asked for: no appeal guidance is needed (forvaltningsloven § 25; anatomy.md). */
  | { readonly kind: 'fully-granted'; readonly rules: readonly string[] };

export type AppealDeadline =
  | { readonly kind: 'date'; readonly date: CivilDate }
  | { readonly kind: 'weeks-after-notification'; readonly weeks: number }
  /** The law sets no deadline (e.g. § 53 a, stk. 2): the letter says so. */
  | { readonly kind: 'none' }
  /** The source states none and none is configured (OPEN): nothing is printed, never a guess. */
  | { readonly kind: 'not-stated' };

export type Suspensive =
  | { readonly kind: 'yes' }
  | { readonly kind: 'no' }
  | { readonly kind: 'special-reasons-only' }
  /** Suspensive if lodged within `days` of notification, later only for special reasons (e.g. § 33, stk. 3, 1. pkt.). */
  | { readonly kind: 'within-days'; readonly days: number }
  | { readonly kind: 'unless-abroad' }
  /** The source states no rule on suspensive effect (OPEN): nothing is printed, never a guess. */
  | { readonly kind: 'not-stated' };

export type AppealFee =
  | { readonly kind: 'none' }
  | { readonly kind: 'kroner'; readonly amount: number }
  | { readonly kind: 'not-stated' };

/** A copy of the letter to another authority (Kopi til), produced with it as its own document (e.g. R-ASY-038). */
export interface Copy {
  readonly recipient: Authority | PersonCopyRecipient;
  readonly rule: string;
}

/**
 * Another letter that must go out with this one, in the same PDF (e.g. the re-opening guidance with a § 9 c, stk. 2
 * extension decision, Asylmeddelelse 1/17): one request produces both, so one is never sent without the other.
 */
export interface Companion {
  /** The companion's letter id: its template and locale namespace. */
  readonly letter: string;
  readonly plan: Plan;
}

/** Values the template reads. Every optional value is present as null: Handlebars runs in strict mode. */
export type TemplateValue = string | number | boolean | null | Authority | readonly TemplateValue[] | TemplateFields;
export interface TemplateFields {
  readonly [name: string]: TemplateValue;
}

export interface Plan<Variant extends string = string> {
  readonly variant: Variant;
  readonly why: readonly Reason[];
  readonly letterDate: CivilDate;
  readonly caseNumber: string;
  readonly applicant: { readonly name: string; readonly dateOfBirth: CivilDate };
  readonly sender: Authority;
  readonly recipient: Recipient;
  readonly officer: Officer;
  readonly appeal: AppealGuidance | null;
  /** Authorities that receive a copy (Kopi til): listed in the letter and produced as their own documents. */
  readonly copies: readonly Copy[];
  /** Letters sent with this one (absent: none). Each is its own document in the set, after this letter. */
  readonly companions?: readonly Companion[];
  readonly fields: TemplateFields;
}

export type Outcome<Variant extends string = string> =
  | { readonly due: true; readonly plan: Plan<Variant> }
  | { readonly due: false; readonly why: readonly Reason[]; readonly answer: string };

/** What every letter sent to the applicant takes from its input: the date, the case, the applicant, the officer, and the applicant at their address as recipient. */
export const toTheApplicant = (input: {
  readonly letterDate: CivilDate;
  readonly caseNumber: string;
  readonly applicant: { readonly name: string; readonly dateOfBirth: CivilDate };
  readonly officer: Officer;
  readonly address: DanishPostalAddress;
}): Pick<Plan, 'letterDate' | 'caseNumber' | 'applicant' | 'officer' | 'recipient'> => ({
  letterDate: input.letterDate,
  caseNumber: input.caseNumber,
  applicant: { name: input.applicant.name, dateOfBirth: input.applicant.dateOfBirth },
  officer: input.officer,
  recipient: { name: input.applicant.name, address: input.address },
});
