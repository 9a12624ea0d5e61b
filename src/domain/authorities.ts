/**
 * Authorities as data with validity periods (data/authorities.json). Letters and templates never
 * hard-code a name or address: they ask for the authority in force on the letter date.
 *
 * An entry is valid from its `validFrom` until the next entry of the same authority replaces it (the day
 * before that entry's `validFrom`); the latest entry stays valid. A letter is never refused only because it
 * is dated after the last change we know: names change by a new entry, not by an end date guessed in advance.
 * Before an authority's first attested entry nothing is known, and the letter is refused.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { type Diagnostic, diagnostic, fail, ok, type Result } from '../diagnostics/diagnostic.ts';
import { addDays, type CivilDate } from './civil-date.ts';
import { projectPath } from './project-path.ts';

export const AUTHORITY_IDS = [
  'immigration-service',
  'immigration-service/asylum',
  'immigration-service/family',
  'ministry/humanitarian-residence',
  'ministry/immigration',
  'refugee-appeals-board',
  'immigration-appeals-board',
  'police/ucn',
  'police/pet',
  'police/nec',
  'immigration-service/permanent-residence',
  'immigration-service/spouses-children',
] as const;
export type AuthorityId = (typeof AUTHORITY_IDS)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const entrySchema = z.strictObject({
  validFrom: isoDate,
  name: z.string().min(1),
  unit: z.string().min(1).nullable(),
  address: z.array(z.string().min(1)).min(1).nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  web: z.string().nullable(),
  source: z.string(),
  open: z.string().optional(),
});
const fileSchema = z.object({ $comment: z.string().optional() }).catchall(z.array(entrySchema).min(1));
type Entry = z.infer<typeof entrySchema>;

/**
 * Where an authority's name and address came from: the entry (`<authority id>@<validFrom>`), its validity
 * (until the next entry; null while no later entry replaces it) and its source. Shown in the plan and by
 * `letters validate`, so an officer or reviewer sees which data a letter printed.
 */
export interface AuthorityEntryRef {
  readonly entry: string;
  readonly validFrom: CivilDate;
  readonly validUntil: CivilDate | null;
  readonly source: string;
  /** A known change the data does not hold yet (see UNVERIFIED_CHANGES): the entry is used past it, visibly. */
  readonly caution: string | null;
}

export type Authority = Readonly<Omit<Entry, 'source' | 'open' | 'validFrom'>> & {
  readonly id: AuthorityId;
  readonly from: AuthorityEntryRef;
};

/**
 * OPEN (README, open legal questions): changes known only from public record, not from the source, so not
 * added as entries. The ministry was renamed Udlændinge- og Integrationsministeriet on 28 November 2016 by public
 * record; the source attests that name in 2017 (src:4821–4822, 16822–16829) but neither the date nor the office
 * and address for § 9 b applications. Reading chosen (protective and lawful): letters dated from that day keep
 * the last attested entry (name, office and address as the source gives them together, src:1034–1042): the
 * ministry is the same authority under a new name, so a letter or appeal sent there reaches it (and must be
 * forwarded, forvaltningsloven § 7, stk. 2); no address is invented, and the use is flagged in every plan.
 */
export const UNVERIFIED_CHANGES: readonly { readonly id: AuthorityId; readonly from: CivilDate; readonly note: string }[] = (
  ['ministry/humanitarian-residence', 'ministry/immigration'] as const
).map((id) => ({
  id,
  from: '2016-11-28' as CivilDate,
  note: 'renamed Udlændinge- og Integrationsministeriet on 2016-11-28 by public record (not in the source): the last attested entry is used until legal review adds a verified one',
}));

export interface AuthorityRegistry {
  /** The authority as in force on `date`, or AUTHORITY_UNKNOWN_FOR_DATE before its first entry. `path` names the input field that set the date. */
  on(id: AuthorityId, date: CivilDate, path: string): Result<Authority>;
}

export function loadAuthorities(file = projectPath('data/authorities.json')): AuthorityRegistry {
  const parsed = fileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  for (const id of AUTHORITY_IDS) {
    const entries = parsed[id] as Entry[] | undefined;
    if (!entries) throw new Error(`data/authorities.json lacks "${id}"`);
    for (const [i, entry] of entries.entries()) {
      const previous = entries[i - 1];
      if (previous && previous.validFrom >= entry.validFrom) {
        throw new Error(`data/authorities.json: "${id}" entries must be in order of validFrom, each later than the last`);
      }
    }
  }
  return {
    on(id, date, path) {
      const entries = parsed[id] as Entry[];
      // Entries are in order of validFrom: the one in force is the last that began on or before `date`.
      let index = -1;
      while (index + 1 < entries.length && (entries[index + 1] as Entry).validFrom <= date) index += 1;
      const entry = entries[index];
      if (!entry) return fail(unknownOn(id, date, path));
      const next = entries[index + 1];
      const change = next ? undefined : UNVERIFIED_CHANGES.find((c) => c.id === id && c.from > entry.validFrom && c.from <= date);
      const { source, open: _open, validFrom, ...rest } = entry;
      const from: AuthorityEntryRef = {
        entry: `${id}@${validFrom}`,
        validFrom: validFrom as CivilDate,
        validUntil: next ? addDays(next.validFrom as CivilDate, -1) : null,
        source,
        caution: change ? change.note : null,
      };
      return ok({ id, ...rest, from });
    },
  };
}

const unknownOn = (id: AuthorityId, date: CivilDate, path: string): Diagnostic =>
  diagnostic('AUTHORITY_UNKNOWN_FOR_DATE', path, { authority: id, date });
