/**
 * Renders one record's envelope with the engine: the PDF and its SHA-256, or the record's field errors,
 * or "no letter is due". With `memo`, a record that goes by Digital Post also gets its MeMo message (as
 * `letters render --memo`: src/delivery/render-memo.ts); a record for another channel gets its PDF only.
 * A throw inside the engine is a fault of the service (status `failed`), named by its error class only:
 * an exception message may quote input.
 */
import { createHash } from 'node:crypto';
import { postalSortOf } from '../delivery/postal-sort.ts';
import { renderComposedMemo } from '../delivery/render-memo.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { composeLetter, messageFor, type World } from '../engine.ts';
import type { DocumentDescription } from '../pipeline/document-set.ts';
import { renderComposed } from '../pipeline/index.ts';
import type { FieldError, RecordOutcome, SetDocument } from './outcome.ts';

export type Rendering = { readonly outcome: RecordOutcome; readonly pdf?: Uint8Array; readonly memo?: string };

export interface RecordOptions {
  /** Write a MeMo message for every record whose delivery is `digital-post`. */
  readonly memo?: boolean;
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

export async function renderRecord(envelope: unknown, world: World, options: RecordOptions = {}): Promise<Rendering> {
  try {
    const composed = composeLetter(envelope, world);
    if (!composed.ok) return { outcome: { status: 'invalid', errors: fieldErrors(composed.diagnostics, world) } };
    if (composed.value.kind === 'no-letter') return { outcome: { status: 'no-letter' } };
    const letter = composed.value;
    const channel = letter.request.delivery?.channel;
    const rendered =
      options.memo && channel === 'digital-post' ? await renderComposedMemo(letter, world) : await renderComposed(letter, world);
    if (!rendered.ok) return { outcome: { status: 'invalid', errors: fieldErrors(rendered.diagnostics, world) } };
    if (rendered.value.kind !== 'letter') return { outcome: { status: 'no-letter' } };
    const { pdf, pages, documents } = rendered.value;
    const memo = 'memo' in rendered.value ? (rendered.value.memo as string) : undefined;
    const post = postalSortOf(letter);
    const outcome: RecordOutcome = {
      status: 'ok',
      sha256: sha256(pdf),
      pages,
      bytes: pdf.byteLength,
      ...(channel ? { channel } : {}),
      ...(memo !== undefined ? { memoSha256: sha256(memo) } : {}),
      ...(post ? { post, documents: documents.map(setDocument) } : {}),
    };
    return { outcome, pdf, ...(memo !== undefined ? { memo } : {}) };
  } catch (error) {
    return { outcome: failed(error) };
  }
}

/** What the print file needs of a document: its role, its recipient's kind (an authority's id is left out), its parts' pages. */
const setDocument = ({ role, recipient, parts }: DocumentDescription): SetDocument => ({
  role,
  recipient: recipient === 'applicant' || recipient === 'representative' ? recipient : 'authority',
  parts: parts.map(({ language, pages }) => ({ language, pages })),
});

export const fieldErrors = (diagnostics: readonly Diagnostic[], world: World): FieldError[] =>
  diagnostics.map((d) => ({ path: d.path, code: d.code, message: messageFor(d, world) }));

export function failed(error: unknown): RecordOutcome {
  const kind = error instanceof Error ? error.name : typeof error;
  return {
    status: 'failed',
    errors: [{ path: '', code: 'BATCH_RENDER_FAILED', message: `the letter could not be rendered (${kind})` }],
  };
}
