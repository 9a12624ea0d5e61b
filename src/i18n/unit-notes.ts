/**
 * The notes a translator reads beside each string in the XLIFF: where the Danish wording comes from
 * (verbatim legal text must be rendered exactly), what each placeholder stands for, the markup to
 * keep, and the translation's review status. Notes are for people; import ignores them.
 */

import { tagSignature } from './markup-check.ts';
import { masterEntry } from './meta.ts';
import { placeholdersOf, spell } from './placeholders.ts';
import { pluralForm } from './plurals.ts';
import type { TranslationUnit } from './translation-units.ts';

/** What the system fills in for each placeholder the letters use. */
export const PLACEHOLDER_MEANINGS: Readonly<Record<string, string>> = {
  date: 'a date, written out by the system in the letter language (e.g. the date of a decision)',
  ministry: 'the name of the ministry that receives the application',
  office: "the ministry's office (unit)",
  address: 'a postal address, as in Danish',
  authority: 'the name of an authority (Udlændingestyrelsen or Flygtningenævnet), as in Danish',
  caseNumber: 'the case number, e.g. 2016/118230',
  phone: 'a phone number',
  web: 'a web address',
  x: 'the page number',
  y: 'the number of pages',
  count: 'a number; it also chooses the plural form',
  weeks: 'a number of weeks',
  days: 'a number of days',
  months: 'a number of months',
  years: 'a number of years',
};

/** A nested string (`$t(common:unit.weeks, {"count": …})`): another key's text, e.g. a counted noun in the form the number needs. */
const nestedMeaning = (name: string) =>
  `the text of ${name.slice(3, -1)} with the number (translated under that key, one form per plural category)`;

const ORIGIN_NOTES = {
  verbatim: 'Verbatim legal text. The Danish is the binding wording: translate it exactly, adding and leaving out nothing.',
  composed: 'Composed from the legal source: say exactly what the Danish says.',
  structural: 'A label or structural text of the letter.',
} as const;

export function unitNotes(
  unit: TranslationUnit,
  danishMeta: unknown,
  language: string,
  previousSource: string | null = null,
): { from: string; text: string }[] {
  const notes: { from: string; text: string }[] = [];
  const origin = masterEntry.safeParse(danishMeta);
  if (origin.success)
    notes.push({
      from: 'origin',
      text: `${ORIGIN_NOTES[origin.data.origin]}${origin.data.source ? ` Source: ${origin.data.source}.` : ''}`,
    });
  const placeholders = placeholdersOf(unit.source);
  if (placeholders.length)
    notes.push({
      from: 'placeholders',
      text: `Keep these exactly as written: ${placeholders
        .map(
          (p) =>
            `${spell(p)} = ${p.name.startsWith('$t(') ? nestedMeaning(p.name) : (PLACEHOLDER_MEANINGS[p.name] ?? 'a value filled in by the system')}`,
        )
        .join('; ')}.`,
    });
  const tags = [...new Set(tagSignature(unit.source))];
  if (tags.length)
    notes.push({ from: 'markup', text: `Keep the letter markup ${tags.map((t) => `<${t}>`).join(' ')} around the same words.` });
  const form = pluralForm(unit.key);
  if (form && unit.key !== unit.sourceKey)
    notes.push({
      from: 'plural',
      text: `Plural form "${form.category}" of ${language} (CLDR); the Danish shown is its "other" form.`,
    });
  notes.push({ from: 'status', text: standingNote(unit, previousSource) });
  return notes;
}

function standingNote(unit: TranslationUnit, previousSource: string | null): string {
  const { standing } = unit;
  if (standing.kind === 'missing') return 'Not translated yet.';
  if (standing.kind === 'stale')
    return `Stale: the Danish changed after this translation was made. ${
      previousSource === null
        ? 'The Danish it was made from is not known.'
        : `It was made from: «${previousSource}» (also in <alt-trans>); the Danish is now the source.`
    } Change the translation to say what the new Danish says, or confirm it (set its state).`;
  if (standing.status === 'approved') return `Approved${unit.approvedBy ? ` by ${unit.approvedBy}` : ''}.`;
  return standing.status === 'reviewed' ? 'Reviewed, not yet approved.' : 'Draft, not yet reviewed.';
}
