/**
 * The XLIFF 1.2 exchange with translation tools, as data. XLIFF 1.2 because it is the version the
 * common tools read (Trados, memoQ, Phrase, OmegaT, Poedit, Weblate — Weblate reads 1.2 only, its
 * 2.0 support is marked experimental). Strings travel as plain text (markup escaped), the variant
 * Weblate calls "XLIFF 1.2 translation file". Review status travels in the standard places: the
 * `state` of `<target>` and `approved="yes"` on the unit.
 */
import type { ReviewStatus } from './meta.ts';

export interface XliffUnit {
  /** The key, dotted (`verbatim.heading`); plural forms as i18next writes them (`days_few`). */
  readonly id: string;
  readonly source: string;
  readonly target: string | null;
  readonly state: string | null;
  readonly approved: boolean;
  readonly notes: readonly { readonly from: string; readonly text: string }[];
  /** For a stale unit: the Danish its translation was made from, when known (written as `<alt-trans>`). */
  readonly previousSource?: string | null;
}

export interface XliffFile {
  /** The locale namespace: `common` or a letter id. */
  readonly original: string;
  readonly units: readonly XliffUnit[];
}

export interface XliffDocument {
  readonly sourceLanguage: string;
  readonly targetLanguage: string;
  readonly files: readonly XliffFile[];
}

/** A translation as it is today, for the export. */
export type UnitStanding = { kind: 'missing' } | { kind: 'stale' } | { kind: 'current'; status: ReviewStatus };

/** XLIFF 1.2 `state` values (the spec's list) for each standing. */
export function stateOf(standing: UnitStanding): string | null {
  if (standing.kind === 'missing') return null;
  if (standing.kind === 'stale') return 'needs-review-translation';
  return { draft: 'translated', reviewed: 'signed-off', approved: 'final' }[standing.status];
}

/** The review status a unit asks for on import: approved="yes" or final; signed-off; anything else is a draft. */
export function statusOf(unit: Pick<XliffUnit, 'state' | 'approved'>): ReviewStatus {
  if (unit.approved || unit.state === 'final') return 'approved';
  if (unit.state === 'signed-off') return 'reviewed';
  return 'draft';
}
