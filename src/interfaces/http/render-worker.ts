/**
 * Runs in a worker thread of the render pool: one World per worker (fonts parsed once per thread),
 * the whole pipeline for one request. Answers plain data that crosses the thread boundary.
 */
import { renderMemo } from '../../delivery/render-memo.ts';
import { createWorld, renderLetter } from '../../engine.ts';
import type { RenderTask, WorkerAnswer } from './render-pool.ts';

const world = createWorld();

export default async function render({ raw, format }: RenderTask): Promise<WorkerAnswer> {
  const rendered = format === 'memo' ? await renderMemo(raw, world) : await renderLetter(raw, world);
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
    draftLanguages: result.draftLanguages,
    ...('memo' in result ? { memo: result.memo as string } : {}),
  };
}
