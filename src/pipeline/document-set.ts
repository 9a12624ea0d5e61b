/**
 * The documents one request produces, in the order they appear in the PDF: the letter (in every requested
 * language), each companion letter that must go with it (e.g. the re-opening guidance with a § 9 c, stk. 2
 * extension decision), then one copy per "Kopi til" recipient (e.g. the police, UCN: R-ASY-038), in Danish,
 * addressed to that authority. Pure: the plan decides, this only lists.
 */
import { type LanguageCode, MASTER_LANGUAGE } from '../domain/languages.ts';
import type { Companion, Copy, Plan } from '../letters/plan.ts';
import { isEnclosure } from './enclosures.ts';

export type DocumentRole = 'letter' | 'companion' | 'copy';

export interface DocumentSpec {
  readonly role: DocumentRole;
  /** The letter id whose template and strings make the document. */
  readonly letter: string;
  readonly plan: Plan;
  readonly languages: readonly LanguageCode[];
  /** A copy's recipient; null for the applicant's own documents and companions. */
  readonly copyTo: Copy['recipient'] | null;
  /** Who reads the document: a companion to an authority (the municipality notice) is not the applicant's. */
  readonly reader: Companion['reader'];
  /** A companion in the applicant's envelope: the letter lists it under "Bilag" (enclosures.ts). */
  readonly enclosure: boolean;
}

export function documentSet(letter: string, plan: Plan, languages: readonly LanguageCode[]): DocumentSpec[] {
  const companions = (plan.companions ?? []).map(
    (companion): DocumentSpec => ({
      role: 'companion',
      letter: companion.letter,
      plan: companion.plan,
      languages: companion.reader === 'authority' ? [MASTER_LANGUAGE] : languages,
      copyTo: null,
      reader: companion.reader,
      enclosure: isEnclosure(plan, companion),
    }),
  );
  // A copy informs another authority: it carries the binding Danish text only.
  const copies = plan.copies.map(
    (copy): DocumentSpec => ({
      role: 'copy',
      letter,
      plan,
      languages: [MASTER_LANGUAGE],
      copyTo: copy.recipient,
      reader: 'authority',
      enclosure: false,
    }),
  );
  return [
    { role: 'letter', letter, plan, languages, copyTo: null, reader: 'applicant', enclosure: false },
    ...companions,
    ...copies,
  ];
}

/** What a caller is told about each document in the PDF (no personal data: the applicant is "applicant"). */
export interface DocumentDescription {
  readonly role: DocumentRole;
  readonly letter: string;
  readonly variant: string;
  /** "applicant"; the authority id of a copy's recipient ("representative" for a person); "authority" for a notice to one. */
  readonly recipient: string;
  readonly languages: readonly LanguageCode[];
  /** The languages of this document printed as a draft translation (not approved by review). */
  readonly draftLanguages: readonly LanguageCode[];
  readonly pages: number;
  /** Each language part's pages, in print order (the Danish, then its translation): a print file's page ranges. */
  readonly parts: readonly { readonly language: LanguageCode; readonly pages: number }[];
}

export const describeDocument = (
  spec: DocumentSpec,
  parts: DocumentDescription['parts'],
  draftLanguages: readonly LanguageCode[],
): DocumentDescription => ({
  role: spec.role,
  letter: spec.letter,
  variant: spec.plan.variant,
  recipient: spec.copyTo ? spec.copyTo.id : spec.reader,
  languages: spec.languages,
  draftLanguages,
  pages: parts.reduce((sum, part) => sum + part.pages, 0),
  parts,
});
