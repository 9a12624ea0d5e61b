/**
 * Runs in a worker thread of the render pool: one World per worker (fonts parsed once per thread),
 * the whole pipeline for one request. Answers plain data that crosses the thread boundary.
 */
import { createWorld, renderLetter } from '../../engine.ts';
import { followUpOf, followUpRecord } from '../../letters/plan.ts';
import type { WorkerAnswer } from './render-pool.ts';

const world = createWorld();

export default async function render(raw: unknown): Promise<WorkerAnswer> {
  const rendered = await renderLetter(raw, world);
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
  };
}
