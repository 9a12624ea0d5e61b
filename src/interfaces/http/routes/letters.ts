/**
 * /api/letters: the catalogue, and per letter type validate (the plan), preview (HTML), documents (what will be
 * sent: the set's documents and pages) and render (the PDF, journalled). Thin: each handler reads the request, calls the engine or the render pool,
 * and answers; "no letter is due" is a 200 JSON answer, never an error and never a PDF.
 */

import { type Request, type Response, Router } from 'express';
import { deliveryView } from '../../../delivery/delivery.ts';
import { diagnostic } from '../../../diagnostics/diagnostic.ts';
import { composeLetter, describeLetter, listLetters, type Planned, planLetter, type World } from '../../../engine.ts';
import { findLetter } from '../../../letters/catalogue.ts';
import { factWordsIn } from '../../../letters/fact-labels.ts';
import { followUpView } from '../../../letters/follow-up-words.ts';
import { followUpOf, type InsteadLetter } from '../../../letters/plan.ts';
import { authoritiesIn } from '../../../letters/plan-authorities.ts';
import { normaliseTemplateNumber, withTemplateNumber } from '../../../letters/template-numbers.ts';
import { allow, denied } from '../access.ts';
import { envelopeFor, requireJson } from '../body.ts';
import { letterHtml } from '../letter-html.ts';
import { diagnosticsProblem, plainProblem, sendProblem } from '../problem.ts';
import { may } from '../roles.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { answerPoolProblem, renderAndRecord } from './render.ts';
import { sampleEnvelope } from './sample-envelope.ts';

export function lettersRouter(deps: ServiceDeps): Router {
  const { world } = deps;
  const router = Router();

  router.get('/', allow('catalogue'), (req, res) => {
    let letters = listLetters(world);
    if (req.query.template !== undefined) {
      // ?template=705: the letter types an officer knows by the agency's template number (none: an empty list)
      const number = typeof req.query.template === 'string' ? normaliseTemplateNumber(req.query.template) : null;
      if (number === null) return sendProblem(res, plainProblem('bad-template-number', 'GET /api/letters?template=705'));
      letters = withTemplateNumber(letters, number);
    }
    res.json({ letters: letters.map((letter) => describeLetter(letter.id, world)) });
  });

  router.get('/:type', allow('catalogue'), (req, res) => {
    const letter = describeLetter(String(req.params.type), world);
    if (!letter) return notFound(res);
    res.json(letter);
  });

  router.get('/:type/samples', allow('catalogue'), (req, res) => {
    const type = String(req.params.type);
    if (!describeLetter(type, world)) return notFound(res);
    res.json({ samples: deps.samples(type) });
  });

  router.post('/:type/validate', allow('validate'), requireJson, (req, res) => {
    const envelope = readEnvelope(req, res, deps);
    if (!envelope) return;
    const planned = planLetter(envelope, world);
    if (!planned.ok) return sendProblem(res, diagnosticsProblem(planned.diagnostics, world, asked(envelope)));
    res.json(planView(planned.value, deps.world));
  });

  router.post('/:type/preview', requireJson, (req, res) => {
    const bySample = isObject(req.body) && 'sample' in req.body;
    const action = bySample ? 'previewSample' : 'preview';
    if (!req.caller || !may(req.caller.role, action)) return denied(res, action);
    const envelope = bySample ? sampleEnvelope(req, res, deps) : readEnvelope(req, res, deps);
    if (!envelope) return;
    const composed = composeLetter(envelope, world);
    if (!composed.ok) return sendProblem(res, diagnosticsProblem(composed.diagnostics, world, asked(envelope)));
    if (composed.value.kind === 'no-letter') return res.json(noLetter(composed.value));
    res.set('X-Letter-Variant', composed.value.plan.variant).type('text/html').send(letterHtml(composed.value.document));
  });

  // What will be sent, before it is: each document of the set with its recipient, languages, draft translations and
  // pages. Laid out in the render pool (page counts need the layout), never journalled, no PDF.
  router.post('/:type/documents', allow('preview'), requireJson, async (req, res) => {
    const envelope = readEnvelope(req, res, deps);
    if (!envelope) return;
    const planned = planLetter(envelope, world);
    if (!planned.ok) return sendProblem(res, diagnosticsProblem(planned.diagnostics, world, asked(envelope)));
    if (!planned.value.outcome.due) return res.json(noLetter(planned.value.outcome));
    const letter = answerPoolProblem(await deps.pool.render(envelope), res, deps);
    if (!letter) return;
    res.json({ due: true, variant: letter.variant, pages: letter.pages, documents: letter.documents });
  });

  router.post('/:type/render', allow('render'), requireJson, async (req, res) => {
    const envelope = readEnvelope(req, res, deps);
    if (!envelope) return;
    const planned = planLetter(envelope, world); // quick answer for bad input, before the pool is asked
    if (!planned.ok) return sendProblem(res, diagnosticsProblem(planned.diagnostics, world, asked(envelope)));
    if (!planned.value.outcome.due) return res.json(noLetter(planned.value.outcome));
    // Accept: application/xml asks for the Digital Post message (MeMo) instead of the PDF.
    const memo = req.accepts(['application/pdf', 'application/xml']) === 'application/xml';
    if (memo && planned.value.request.delivery?.channel !== 'digital-post')
      return sendProblem(res, diagnosticsProblem([diagnostic('MEMO_NOT_DIGITAL_POST', 'delivery')], world));
    await renderAndRecord(deps, envelope, req, res, memo ? 'memo' : 'pdf');
  });

  return router;
}

/** The request a problem is about, so that a contradiction names every field it concerns. */
const asked = (envelope: Record<string, unknown>) => ({ letter: String(envelope.letter), input: envelope });

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function notFound(res: Response) {
  sendProblem(res, plainProblem('letter-type-not-found', 'GET /api/letters lists them'));
}

/** The path's letter type and the body as one envelope; answers 404 or 422 itself and returns null then. */
function readEnvelope(req: Request, res: Response, deps: ServiceDeps): Record<string, unknown> | null {
  const type = String(req.params.type);
  // a catalogue lookup: describing the letter (every language's completeness, its JSON Schema) was a third of
  // the main thread's time per render
  if (!findLetter(type)) {
    notFound(res);
    return null;
  }
  const envelope = envelopeFor(type, req.body);
  if (!envelope.ok) {
    sendProblem(res, diagnosticsProblem(envelope.diagnostics, deps.world));
    return null;
  }
  return envelope.value;
}

const noLetter = (outcome: { why: readonly unknown[]; answer: string; instead?: InsteadLetter }) => ({
  due: false,
  answer: outcome.answer,
  why: outcome.why,
  // The letter the officer must write instead, where one is due.
  instead: outcome.instead ?? null,
});

/** What the officer sees before rendering: the variant, the reasons (R-IDs), dates, authorities, appeal guidance, follow-up actions. */
function planView({ request, outcome }: Planned, world: World) {
  if (!outcome.due) return { letter: request.letter.id, languages: request.languages, ...noLetter(outcome) };
  const { plan } = outcome;
  return {
    letter: request.letter.id,
    languages: request.languages,
    due: true,
    variant: plan.variant,
    why: plan.why,
    letterDate: plan.letterDate,
    sender: plan.sender,
    delivery: plan.recipient.address ? 'sent' : 'handed',
    // The channel of the request (src/delivery/delivery.ts): never the CPR number itself.
    channel: deliveryView(request.delivery),
    appeal: plan.appeal,
    copies: plan.copies,
    // Steps the office must take besides sending the letter: typed, and in words (Danish and English).
    followUp: followUpOf(plan).map((action) => followUpView(action, world.locales)),
    facts: plan.fields,
    // The officer's words for the facts' names and values (src/letters/fact-labels.ts), for the plan panel.
    factWords: factWordsIn(request.letter.id, plan.fields),
    // Where every authority's name and address came from: the data entry and its validity.
    authorities: authoritiesIn(plan),
  };
}
