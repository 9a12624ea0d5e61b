/**
 * /api/journal: a case's letters, one letter with its stored input, and a journalled letter re-rendered from that input. The
 * re-render says whether it reproduced the recorded PDF byte for byte (X-Reproduced, and both
 * hashes), and whether the letter's content (templates, words, authorities) has changed since.
 */
import { Router } from 'express';
import { contentVersion } from '../../../journal/content-version.ts';
import { sha256 } from '../../../journal/journal.ts';
import { allow } from '../access.ts';
import { plainProblem, sendProblem } from '../problem.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { answerPoolProblem } from './render.ts';

const JOURNAL_ID = /^[0-9a-f-]{36}$/;

export function journalRouter(deps: ServiceDeps): Router {
  const router = Router();

  router.get('/', allow('journalRead'), async (req, res) => {
    const caseNumber = req.query.case;
    if (typeof caseNumber !== 'string' || !caseNumber.trim()) {
      return sendProblem(res, plainProblem('missing-case', 'GET /api/journal?case=<case number>'));
    }
    res.json({ letters: await deps.journal.byCase(caseNumber.trim()) });
  });

  // One journalled letter with the input it was made from: the officers' page starts the next letter of the case from it.
  router.get('/:id', allow('journalRead'), async (req, res) => {
    const id = String(req.params.id);
    const stored = JOURNAL_ID.test(id) ? await deps.journal.get(id) : null;
    if (!stored) return sendProblem(res, plainProblem('journal-entry-not-found'));
    const { input, ...entry } = stored;
    res.json({ ...entry, input: JSON.parse(input) });
  });

  router.get('/:id/pdf', allow('journalRerender'), async (req, res) => {
    const id = String(req.params.id);
    const stored = JOURNAL_ID.test(id) ? await deps.journal.get(id) : null;
    if (!stored) return sendProblem(res, plainProblem('journal-entry-not-found'));
    const letter = answerPoolProblem(await deps.pool.render(JSON.parse(stored.input)), res, deps);
    if (!letter) return;
    const pdfSha256 = sha256(letter.pdf);
    res
      .type('application/pdf')
      .set({
        'Content-Disposition': `attachment; filename="${stored.letter}-${stored.id}.pdf"`,
        'X-Journal-Id': stored.id,
        'X-Pdf-Sha256': pdfSha256,
        'X-Journal-Pdf-Sha256': stored.pdfSha256,
        'X-Reproduced': String(pdfSha256 === stored.pdfSha256),
        'X-Content-Changed': String(contentVersion(stored.letter, stored.languages) !== stored.contentVersion),
      })
      .send(Buffer.from(letter.pdf));
  });

  return router;
}
