/**
 * Renders one record's envelope with the engine: the PDF and its SHA-256, or the record's field errors,
 * or "no letter is due". A throw inside the engine is a fault of the service (status `failed`), named
 * by its error class only: an exception message may quote input.
 */
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { messageFor, renderLetter, type World } from '../engine.ts';
import type { FieldError, RecordOutcome } from './outcome.ts';

export type Rendering = { readonly outcome: RecordOutcome; readonly pdf?: Uint8Array };

export async function renderRecord(envelope: unknown, world: World): Promise<Rendering> {
  let rendered: Awaited<ReturnType<typeof renderLetter>>;
  try {
    rendered = await renderLetter(envelope, world);
  } catch (error) {
    return { outcome: failed(error) };
  }
  if (!rendered.ok) return { outcome: { status: 'invalid', errors: fieldErrors(rendered.diagnostics, world) } };
  if (rendered.value.kind === 'no-letter') return { outcome: { status: 'no-letter' } };
  const { pdf, pages } = rendered.value;
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  return { outcome: { status: 'ok', sha256, pages, bytes: pdf.byteLength }, pdf };
}

export const fieldErrors = (diagnostics: readonly Diagnostic[], world: World): FieldError[] =>
  diagnostics.map((d) => ({ path: d.path, code: d.code, message: messageFor(d, world) }));

export function failed(error: unknown): RecordOutcome {
  const kind = error instanceof Error ? error.name : typeof error;
  return {
    status: 'failed',
    errors: [{ path: '', code: 'BATCH_RENDER_FAILED', message: `the letter could not be rendered (${kind})` }],
  };
}
