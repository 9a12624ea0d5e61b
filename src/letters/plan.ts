/**
 * What a letter's rules decide: the plan the rest of the pipeline renders, or the clear answer
 * that no letter is due. Plans hold facts only; the words come from templates and locale files.
 */
import type { Authority, AuthorityId } from '../domain/authorities.ts';
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
      /**
       * e.g. "§ 46 a, stk. 1": the provision that makes the decision appealable to that body. Null where the source
       * names none (the letter then says only that the decision can be appealed to the body, citing nothing):
       * a provision is never cited for a statement it does not make (issue 11, point 6).
       */
      readonly legalBasis: string | null;
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

/**
 * Each statement of the appeal guidance carries the provision the source attaches to it (`basis`, e.g.
 * "§ 33, stk. 3, 4. pkt."), printed as "jf. udlændingelovens …" after that statement. `null` only where the
 * source states the rule without a provision: the statement is then printed uncited, never with a borrowed one.
 */
export type AppealDeadline =
  | { readonly kind: 'date'; readonly date: CivilDate }
  /**
   * e.g. § 52 b, stk. 6: "skal som udgangspunkt være indgivet inden 8 uger efter …": `asAStartingPoint` keeps the
   * source's qualification (a deadline the law allows exceptions to is never printed as absolute).
   */
  | {
      readonly kind: 'weeks-after-notification';
      readonly weeks: number;
      readonly basis: string;
      readonly asAStartingPoint: boolean;
    }
  /** The law sets no deadline (e.g. § 53 a, stk. 2): the letter says so, citing it. */
  | { readonly kind: 'none'; readonly basis: string }
  /** The source states none and none is configured (OPEN): nothing is printed, never a guess. */
  | { readonly kind: 'not-stated' };

export type Suspensive =
  | { readonly kind: 'yes'; readonly basis: string }
  | { readonly kind: 'no'; readonly basis: string | null }
  /** "En klage kan kun tillægges opsættende virkning, hvis særlige grunde taler derfor" (e.g. § 33, stk. 3, 4. pkt.). */
  | { readonly kind: 'special-reasons-only'; readonly basis: string | null }
  /**
   * Suspensive if lodged within `days` of notification (`basis`, e.g. § 33, stk. 3, 1. pkt.); later it can only be
   * given suspensive effect for special reasons (the source attaches no provision to that sentence).
   */
  | { readonly kind: 'within-days'; readonly days: number; readonly basis: string }
  | { readonly kind: 'unless-abroad'; readonly basis: string }
  /** EU-law persons: suspensive unless the appeal body finds the decision imperative on grounds of public security (R-ASY-097). */
  | { readonly kind: 'unless-imperative-public-security'; readonly basis: string | null }
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
  /**
   * Who reads it. The applicant's companion goes out in the letter's languages; a notice to an authority (e.g. the
   * municipality notice sent with a financial-security request) carries the binding Danish text only, as a copy does.
   */
  readonly reader: 'applicant' | 'authority';
}

/**
 * A step the rules require of the office besides sending the letter, e.g. referring the case to Flygtningenævnet
 * as a test case (R-ASY-048). Facts only: who acts, towards whom, what, by when, and the R-ID; the words for each
 * kind are in locales/<da|en>/errors.json under `followUp` (staff words, like the messages), see follow-up-words.ts.
 */
export interface FollowUpAction {
  readonly action: FollowUpActionKind;
  /** Who must act: the deciding office (the letter's sender). */
  readonly actor: Authority;
  /** Who receives the step. */
  readonly to: FollowUpParty;
  readonly due: FollowUpDue;
  readonly rule: string;
}

export const FOLLOW_UP_ACTION_KINDS = [
  /** R-ASY-048: "forelægges som prøvesag" (src:93–95). */
  'refer-test-case',
  /** R-ASY-065: the expulsion judgment, for EstherH and the expulsion database (src:892–903). */
  'send-judgment-copy-for-registers',
  /** R-ASY-065: a copy of the expulsion judgment to Flygtningenævnet (src:892–903). */
  'send-judgment-copy',
  /** R-ASY-065: the permit has lapsed, § 32, stk. 1, jf. § 44 a, stk. 1, nr. 4 (src:892–903). */
  'notify-permit-lapsed',
  /** R-ASY-083: "hasteberamme", with reference to the operator's request on health grounds (src:1395–1397). */
  'ask-urgent-scheduling',
  /** § 21 b: every decision, at once to the police district and PET, by phone (3/15, src:2105–2108, 2162–2163, 2521–2524). */
  'notify-section-21b-decision',
  /** R-ASY-094: NEC registers the § 32, stk. 11 entry ban in KR and, for non-EU/Schengen nationals, SIS II (src:2319–2342). */
  'ask-register-entry-ban',
  /** R-ASY-099: on a grant of dispensation, NEC deletes the entry ban in KR and SIS II (src:2164–2167, 2343–2348). */
  'ask-delete-entry-ban',
] as const;
export type FollowUpActionKind = (typeof FOLLOW_UP_ACTION_KINDS)[number];

/** An authority from data/authorities.json, or a party the reference names but the authority data cannot hold. */
export type FollowUpParty =
  | { readonly kind: 'authority'; readonly authority: Authority }
  /** The person's municipality (kommune): which one is a fact of the case, not reference data. */
  | { readonly kind: 'municipality' }
  /** The office keeping EstherH and the expulsion database: the source shows its address illegibly (OPEN). */
  | { readonly kind: 'expulsion-register' }
  /** The person's police district: which one is a fact of the case (its 2015 duty line: 3/15, Bilag 1, src:2529–2555). */
  | { readonly kind: 'police-district' };

export type FollowUpDue =
  /** The reference ties the step to the decision and names no later day: it goes with the letter, on its date. */
  | { readonly kind: 'with-the-letter'; readonly date: CivilDate }
  /** When the case is sent to Flygtningenævnet: a later event the letter cannot date. */
  | { readonly kind: 'when-sent-to-board' };

/** A follow-up action as stored data (journal, JSON answers): authorities by id, so no address is copied around. */
export interface FollowUpRecord {
  readonly action: FollowUpActionKind;
  readonly actor: AuthorityId;
  readonly to: { readonly kind: 'authority'; readonly authority: AuthorityId } | Exclude<FollowUpParty, { kind: 'authority' }>;
  readonly due: FollowUpDue;
  readonly rule: string;
}

export const followUpRecord = (action: FollowUpAction): FollowUpRecord => ({
  action: action.action,
  actor: action.actor.id,
  to: action.to.kind === 'authority' ? { kind: 'authority', authority: action.to.authority.id } : action.to,
  due: action.due,
  rule: action.rule,
});

/** Every follow-up action of a plan and of the companion letters it goes out with, in document order. */
export const followUpOf = (plan: Plan): readonly FollowUpAction[] => [
  ...(plan.followUp ?? []),
  ...(plan.companions ?? []).flatMap((companion) => followUpOf(companion.plan)),
];

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
  /** What the office must do besides sending the letter (absent: nothing). Never printed in the letter. */
  readonly followUp?: readonly FollowUpAction[];
  readonly fields: TemplateFields;
}

/**
 * When no letter of this type is due but the officer must write another one instead: a letter this service
 * produces (its id and variant), or one the officer writes, because the reference gives no content for it (what
 * it is, and what it must contain by law). Shown by `letters validate`, the API and the officers' page.
 */
export type InsteadLetter =
  | { readonly kind: 'service-letter'; readonly letter: string; readonly variant: string; readonly rule: string }
  | {
      readonly kind: 'written-by-officer';
      readonly what: string;
      readonly mustContain: readonly string[];
      readonly rule: string;
    };

export type Outcome<Variant extends string = string> =
  | { readonly due: true; readonly plan: Plan<Variant> }
  | {
      readonly due: false;
      readonly why: readonly Reason[];
      readonly answer: string;
      /** Absent: nothing else is due. */
      readonly instead?: InsteadLetter;
    };

/**
 * What every plan takes from its input about the case: the date, the case, the applicant (name and date of birth
 * only, whatever else the schema holds about them) and the officer. Shared so that every letter prints them alike.
 */
export const aboutTheCase = (input: {
  readonly letterDate: CivilDate;
  readonly caseNumber: string;
  readonly applicant: { readonly name: string; readonly dateOfBirth: CivilDate };
  readonly officer: Officer;
}): Pick<Plan, 'letterDate' | 'caseNumber' | 'applicant' | 'officer'> => ({
  letterDate: input.letterDate,
  caseNumber: input.caseNumber,
  applicant: { name: input.applicant.name, dateOfBirth: input.applicant.dateOfBirth },
  officer: input.officer,
});

/** What every letter sent to the applicant takes from its input: the date, the case, the applicant, the officer, and the applicant at their address as recipient. */
export const toTheApplicant = (input: {
  readonly letterDate: CivilDate;
  readonly caseNumber: string;
  readonly applicant: { readonly name: string; readonly dateOfBirth: CivilDate };
  readonly officer: Officer;
  readonly address: DanishPostalAddress;
}): Pick<Plan, 'letterDate' | 'caseNumber' | 'applicant' | 'officer' | 'recipient'> => ({
  ...aboutTheCase(input),
  recipient: { name: input.applicant.name, address: input.address },
});
