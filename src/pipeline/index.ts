/**
 * The pipeline, in reading order:
 *   request → validate → decide → (per language: compose → fill → parse) → assemble → layout → output
 * Everything before layout is a pure function of the request and the World.
 */
import { type Diagnostic, fail, ok, type Result } from '../diagnostics/diagnostic.ts';
import { LANGUAGES, type LanguageCode, MASTER_LANGUAGE } from '../domain/languages.ts';
import type { Outcome, Plan, Reason } from '../letters/plan.ts';
import type { World } from '../world.ts';
import { assemble } from './assemble.ts';
import { compose } from './compose.ts';
import type { Part } from './document.ts';
import { fill } from './fill.ts';
import { layout } from './layout.ts';
import { toBytes } from './output.ts';
import { parse } from './parse.ts';
import { checkLanguages, type LetterRequest, readEnvelope } from './request.ts';
import { validate } from './validate.ts';

export interface Planned {
  readonly request: LetterRequest;
  readonly outcome: Outcome;
}

export type Rendered =
  | {
      readonly kind: 'letter';
      readonly pdf: Uint8Array;
      readonly pages: number;
      readonly plan: Plan;
      readonly draftLanguages: readonly string[];
    }
  | { readonly kind: 'no-letter'; readonly why: readonly Reason[]; readonly answer: string };

/** validate + decide: what the letter will be (variant, dates, reasons), or why there is none. */
export function planLetter(raw: unknown, world: World): Result<Planned> {
  const envelope = readEnvelope(raw);
  if (!envelope.ok) return envelope;
  const { letter, languages, data } = envelope.value;
  const languageProblems = checkLanguages(letter, languages, world.locales);
  const input = validate(letter.schema, data, ['data']);
  if (!input.ok || languageProblems.length) return fail(...languageProblems, ...(input.ok ? [] : input.diagnostics));
  const outcome = letter.decide(input.value, world);
  if (!outcome.ok) return outcome;
  return ok({ request: { letter, languages: languages as LanguageCode[], data }, outcome: outcome.value });
}

export async function renderLetter(raw: unknown, world: World): Promise<Result<Rendered>> {
  const planned = planLetter(raw, world);
  if (!planned.ok) return planned;
  const { request, outcome } = planned.value;
  if (!outcome.due) return ok({ kind: 'no-letter', why: outcome.why, answer: outcome.answer });

  const parts = composeParts(request, outcome.plan, world);
  if (!parts.ok) return parts;
  const document = assemble(outcome.plan, parts.value);
  const { doc } = layout(document, world.fonts);
  const pages = doc.bufferedPageRange().count;
  const pdf = await toBytes(doc);
  const draftLanguages = parts.value.filter((part) => part.frame.draftMark !== null).map((part) => part.language);
  return ok({ kind: 'letter', pdf, pages, plan: outcome.plan, draftLanguages });
}

/** compose → fill → parse for each language; every language's problems are reported together. */
function composeParts(request: LetterRequest, plan: Plan, world: World): Result<Part[]> {
  const parts: Part[] = [];
  const problems: Diagnostic[] = [];
  const tDanish = world.locales.translator(MASTER_LANGUAGE);
  for (const language of request.languages) {
    const t = world.locales.translator(language);
    const isTranslation = language !== MASTER_LANGUAGE;
    const draft = isTranslation && world.locales.status(language, ['common', request.letter.id]) !== 'approved';
    const { context, frame } = compose({ plan, language, isTranslation, draft, t, tDanish });
    const markup = fill(world.templates, request.letter.id, context, language, t);
    if (!markup.ok) {
      problems.push(...markup.diagnostics);
      continue;
    }
    const blocks = parse(markup.value, request.letter.id);
    if (!blocks.ok) problems.push(...blocks.diagnostics);
    else parts.push({ language, direction: LANGUAGES[language].direction, frame, blocks: blocks.value });
  }
  return problems.length ? fail(...problems) : ok(parts);
}
