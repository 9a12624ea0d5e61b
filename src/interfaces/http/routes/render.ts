/**
 * A letter leaves the service: rendered in the pool, recorded in the journal, then sent. A letter
 * that cannot be recorded is not sent (503). A busy pool or a timeout is 503 with Retry-After.
 */
import type { Request, Response } from 'express';
import { contentVersion } from '../../../journal/content-version.ts';
import { journalEntryFor } from '../../../journal/journal.ts';
import type { PoolAnswer, RenderFormat } from '../../../render-pool.ts';
import { diagnosticsProblem, plainProblem, sendProblem } from '../problem.ts';
import type { ServiceDeps } from '../service-deps.ts';

export const RETRY_AFTER_BUSY_SECONDS = 5;

function refuseBusy(reason: 'busy' | 'timeout', res: Response, deps: ServiceDeps) {
  deps.metrics.count('letters_render_refused_total', 'Renders refused because the pool was busy or too slow.', { reason });
  const detail = reason === 'busy' ? 'the render queue is full' : 'the letter took too long to render';
  sendProblem(res, plainProblem('overloaded', detail), { 'Retry-After': String(RETRY_AFTER_BUSY_SECONDS) });
}

/**
 * Refuse before the work: under overload a render request is answered 503 before its body is parsed or
 * validated, so a refusal costs next to nothing on the thread that serves everything else, and the
 * letters already admitted keep flowing. Mounted in front of the body parser.
 */
export const refuseWhenBusy = (deps: ServiceDeps) => (_req: Request, res: Response, next: () => void) => {
  if (deps.pool.full()) return refuseBusy('busy', res, deps);
  next();
};

/** Answers every pool outcome except a letter; returns the letter for the caller to send. */
export function answerPoolProblem(answer: PoolAnswer, res: Response, deps: ServiceDeps) {
  if (answer.ok === 'busy' || answer.ok === 'timeout') {
    refuseBusy(answer.ok, res, deps);
    return null;
  }
  if (!answer.ok) {
    sendProblem(res, diagnosticsProblem(answer.diagnostics, deps.world));
    return null;
  }
  if (answer.kind === 'no-letter') {
    res.json({ due: false, answer: answer.answer, why: answer.why });
    return null;
  }
  return answer;
}

export async function renderAndRecord(
  deps: ServiceDeps,
  envelope: Record<string, unknown>,
  req: Request,
  res: Response,
  format: RenderFormat = 'pdf',
) {
  const letter = answerPoolProblem(await deps.pool.render(envelope, format), res, deps);
  if (!letter || !req.caller) return;
  const languages = envelope.languages as string[];
  const entry = journalEntryFor({
    keyId: req.caller.keyId,
    role: req.caller.role,
    envelope: {
      letter: String(envelope.letter),
      languages,
      data: envelope.data,
      ...(envelope.delivery !== undefined ? { delivery: envelope.delivery } : {}),
    },
    variant: letter.variant,
    caseNumber: letter.caseNumber,
    contentVersion: contentVersion(String(envelope.letter), languages),
    pdf: letter.pdf,
    followUp: letter.followUp,
  });
  try {
    await deps.journal.record(entry);
  } catch (error) {
    Object.assign(res, { err: error }); // pino-http logs it (its type and stack frames, never its message)
    return sendProblem(res, plainProblem('journal-unavailable'), {
      'Retry-After': String(RETRY_AFTER_BUSY_SECONDS),
    });
  }
  deps.metrics.count('letters_rendered_total', 'Letters rendered and journalled.', {
    letter: entry.letter,
    variant: entry.variant,
  });
  // Digital Post (Accept: application/xml): the MeMo message, which holds the recipient's documents; the journal has the set's PDF.
  const memo = format === 'memo' ? (letter.memo ?? null) : null;
  res
    .status(200)
    .type(memo !== null ? 'application/xml' : 'application/pdf')
    .set({
      'Content-Disposition': `attachment; filename="${entry.letter}-${entry.id}.${memo !== null ? 'memo.xml' : 'pdf'}"`,
      'X-Journal-Id': entry.id,
      'X-Letter-Variant': entry.variant,
      'X-Letter-Pages': String(letter.pages),
      'X-Pdf-Sha256': entry.pdfSha256,
      ...(letter.draftLanguages.length ? { 'X-Draft-Languages': letter.draftLanguages.join(',') } : {}),
    })
    .send(memo !== null ? Buffer.from(memo, 'utf8') : asBuffer(letter.pdf));
}

/** The PDF moved from the render thread, sent as it is: a view of its bytes, not another copy. */
const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
