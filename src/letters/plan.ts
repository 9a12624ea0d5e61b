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
  readonly address: DanishPostalAddress | null;
}

/** Appeal guidance of a decision (klagevejledning). Info letters carry none (anatomy.md). */
export interface AppealGuidance {
  readonly body: Authority;
  readonly deadline: CivilDate | null;
  readonly suspensive: boolean;
  readonly feeKroner: number | null;
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
  /** Authorities the letter names as recipients of a copy (Kopi til). */
  readonly copies: readonly Authority[];
  readonly fields: TemplateFields;
}

export type Outcome<Variant extends string = string> =
  | { readonly due: true; readonly plan: Plan<Variant> }
  | { readonly due: false; readonly why: readonly Reason[]; readonly answer: string };
