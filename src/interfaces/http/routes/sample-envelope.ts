/**
 * A preview of a sample: `{ sample: "<name>", languages?: [...] }`. Translators see their words in a
 * real letter without ever handling personal data: the data is the sample's invented person.
 */
import type { Request, Response } from 'express';
import { diagnostic } from '../../../diagnostics/diagnostic.ts';
import { findLetter } from '../../../letters/catalogue.ts';
import { diagnosticsProblem, sendProblem } from '../problem.ts';
import type { ServiceDeps } from '../service-deps.ts';

const ALLOWED = new Set(['sample', 'languages', 'letter']);

export function sampleEnvelope(req: Request, res: Response, deps: ServiceDeps): Record<string, unknown> | null {
  const type = String(req.params.type);
  const body = req.body as Record<string, unknown>;
  const problems = Object.keys(body)
    .filter((key) => !ALLOWED.has(key))
    .map((key) => diagnostic('INPUT_UNKNOWN_FIELD', key));
  const letterKnown = findLetter(type) !== undefined;
  const sample = letterKnown ? deps.samples(type).find((s) => s.name === body.sample) : undefined;
  if (!letterKnown) problems.push(diagnostic('LETTER_UNKNOWN', 'letter', { letter: type.slice(0, 60) }));
  else if (!sample) problems.push(diagnostic('SAMPLE_UNKNOWN', 'sample', { letter: type }));
  if (body.letter !== undefined && body.letter !== type) problems.push(diagnostic('LETTER_MISMATCH', 'letter', { letter: type }));
  if (problems.length || !sample) {
    sendProblem(res, diagnosticsProblem(problems, deps.world));
    return null;
  }
  return { letter: type, languages: body.languages ?? sample.languages, data: sample.data };
}
