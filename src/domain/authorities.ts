/**
 * Authorities as data with validity periods (data/authorities.json). Letters and templates never
 * hard-code a name or address: they ask for the authority in force on the letter date.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { type Diagnostic, diagnostic, fail, ok, type Result } from '../diagnostics/diagnostic.ts';
import type { CivilDate } from './civil-date.ts';
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
  'immigration-service/spouses-children',
] as const;
export type AuthorityId = (typeof AUTHORITY_IDS)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const periodSchema = z.strictObject({
  validFrom: isoDate,
  validTo: isoDate.nullable(),
  name: z.string().min(1),
  unit: z.string().min(1).nullable(),
  address: z.array(z.string().min(1)).min(1).nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  web: z.string().nullable(),
  source: z.string(),
  open: z.string().optional(),
});
const fileSchema = z.object({ $comment: z.string().optional() }).catchall(z.array(periodSchema).min(1));

export type Authority = Readonly<Omit<z.infer<typeof periodSchema>, 'source' | 'open' | 'validFrom' | 'validTo'>> & {
  readonly id: AuthorityId;
};

export interface AuthorityRegistry {
  /** The authority as in force on `date`, or AUTHORITY_UNKNOWN_FOR_DATE. `path` names the input field that set the date. */
  on(id: AuthorityId, date: CivilDate, path: string): Result<Authority>;
}

export function loadAuthorities(file = projectPath('data/authorities.json')): AuthorityRegistry {
  const parsed = fileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  for (const id of AUTHORITY_IDS) {
    if (!parsed[id]) throw new Error(`data/authorities.json lacks "${id}"`);
  }
  return {
    on(id, date, path) {
      const periods = (parsed[id] ?? []) as z.infer<typeof periodSchema>[];
      const period = periods.find((p) => p.validFrom <= date && (p.validTo === null || date <= p.validTo));
      if (!period) return fail(unknownOn(id, date, path));
      const { source: _s, open: _o, validFrom: _f, validTo: _t, ...rest } = period;
      return ok({ id, ...rest });
    },
  };
}

const unknownOn = (id: AuthorityId, date: CivilDate, path: string): Diagnostic =>
  diagnostic('AUTHORITY_UNKNOWN_FOR_DATE', path, { authority: id, date });
