/**
 * Locale metadata, beside each locale file as <namespace>.meta.json, one entry per key:
 * - Danish: where the wording comes from ("verbatim" from the source, "composed" from a must-say,
 *   "structural" for labels), with the source reference, so a legal reviewer can find composed text.
 * - Other languages: the hash of the Danish string the translation was made from (stale when it
 *   differs), the review status, and who approved it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export type ReviewStatus = 'draft' | 'reviewed' | 'approved';

export const masterEntry = z.strictObject({
  origin: z.enum(['verbatim', 'composed', 'structural']),
  source: z.string().optional(),
});

export const translationEntry = z.strictObject({
  daHash: z.string().regex(/^[0-9a-f]{12}$/),
  status: z.enum(['draft', 'reviewed', 'approved']),
  approvedBy: z.string().optional(),
});

export const metaFile = z.record(z.string(), z.union([masterEntry, translationEntry]));

export const readMeta = (file: string) => metaFile.parse(JSON.parse(readFileSync(file, 'utf8')));

/** The short hash a translation records of its Danish source. */
export const sourceHash = (danish: string): string => createHash('sha256').update(danish).digest('hex').slice(0, 12);
