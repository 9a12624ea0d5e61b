/**
 * The task a render thread runs (src/render-pool.ts): one envelope in, plain data out. The World (fonts,
 * templates, locales) is loaded once per thread. Two answers from the one engine call:
 * - `record` (batch runs, queue workers): the record's outcome; with `file`, the PDF (and with `memo`, a
 *   Digital Post record's MeMo message beside it) is written there atomically and only the outcome travels
 *   back, without it the bytes (and the message) travel back for the queue store;
 * - `service` (the HTTP API): the PDF with its variant and case number, the diagnostics, or "no letter is due".
 */
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { writeFileAtomically } from './atomic-file.ts';
import type { RecordOutcome } from './batch/outcome.ts';
import { renderRecord } from './batch/render-record.ts';
import { memoPath, renderMemo } from './delivery/render-memo.ts';
import type { Diagnostic } from './diagnostics/diagnostic.ts';
import { createWorld, renderLetter } from './engine.ts';
import { type FollowUpRecord, followUpOf, followUpRecord, type Reason } from './letters/plan.ts';
import type { DocumentDescription } from './pipeline/document-set.ts';
import { noteThreadMemory } from './thread-memory.ts';

export type RenderTask =
  | { readonly mode?: 'record'; readonly envelope: unknown; readonly file?: string; readonly memo?: boolean }
  | { readonly mode: 'service'; readonly envelope: unknown; readonly format?: RenderFormat };

/** What the service renders: the PDF, or the PDF and its Digital Post (MeMo) message (src/delivery/render-memo.ts). */
export type RenderFormat = 'pdf' | 'memo';

export interface RenderTaskResult {
  readonly outcome: RecordOutcome;
  readonly pdf?: Uint8Array;
  /** A Digital Post record's MeMo message, when the task asked for one and wrote no file. */
  readonly memo?: string;
}

export type ServiceAnswer =
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: true; readonly kind: 'no-letter'; readonly why: readonly Reason[]; readonly answer: string }
  | {
      readonly ok: true;
      readonly kind: 'letter';
      readonly pdf: Uint8Array;
      readonly pages: number;
      readonly variant: string;
      readonly caseNumber: string;
      /** What the office must do besides sending the letter: journalled with it. */
      readonly followUp: readonly FollowUpRecord[];
      readonly draftLanguages: readonly string[];
      /** Each document of the set: role, recipient, languages, draft translations, pages. */
      readonly documents: readonly DocumentDescription[];
      /** The Digital Post message, when the task asked for one. */
      readonly memo?: string;
    };

const world = createWorld();

export default async function renderTask(task: RenderTask): Promise<RenderTaskResult | ServiceAnswer> {
  try {
    return await runTask(task);
  } finally {
    noteThreadMemory();
  }
}

async function runTask(task: RenderTask): Promise<RenderTaskResult | ServiceAnswer> {
  if (task.mode === 'service') {
    const answer = await serviceAnswer(task.envelope, task.format ?? 'pdf');
    return answer.ok && answer.kind === 'letter' ? movingPdf(answer) : answer;
  }
  const { outcome, pdf, memo } = await renderRecord(task.envelope, world, { memo: task.memo });
  if (!pdf) return { outcome };
  if (task.file) {
    // The PDF, then its message: the manifest line (written after both) commits the record, and resume checks both.
    writeFileAtomically(task.file, pdf);
    if (memo !== undefined) writeFileAtomically(memoPath(task.file), memo);
    return { outcome };
  }
  return movingPdf({ outcome, pdf, ...(memo !== undefined ? { memo } : {}) });
}

/**
 * The answer with its PDF moved to the main thread (its memory handed over) instead of copied by the
 * structured clone: one copy and one garbage buffer less per letter. Only a buffer the PDF owns whole can
 * be handed over (a view into a shared pool would take its neighbours along), so any other is copied first.
 */
export function movingPdf<T extends { readonly pdf: Uint8Array }>(answer: T): T {
  const pdf = answer.pdf;
  const owned = pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength ? pdf : pdf.slice();
  return move({ [transferableSymbol]: [owned.buffer], [valueSymbol]: { ...answer, pdf: owned } }) as unknown as T;
}

async function serviceAnswer(envelope: unknown, format: RenderFormat): Promise<ServiceAnswer> {
  const rendered = format === 'memo' ? await renderMemo(envelope, world) : await renderLetter(envelope, world);
  if (!rendered.ok) return { ok: false, diagnostics: rendered.diagnostics };
  const result = rendered.value;
  if (result.kind === 'no-letter') return { ok: true, kind: 'no-letter', why: result.why, answer: result.answer };
  return {
    ok: true,
    kind: 'letter',
    pdf: result.pdf,
    pages: result.pages,
    variant: result.plan.variant,
    caseNumber: result.plan.caseNumber,
    followUp: followUpOf(result.plan).map(followUpRecord),
    draftLanguages: result.draftLanguages,
    documents: result.documents,
    ...('memo' in result ? { memo: result.memo as string } : {}),
  };
}
