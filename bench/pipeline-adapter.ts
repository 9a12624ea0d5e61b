/**
 * The two places where the bench reaches inside the pipeline, kept in one file: the document model
 * of a letter (everything before layout, for the references' content and the experiments), and
 * layout + output of a document model (for the experiments).
 *
 * Merge note: main has `composeLetter(raw, world)` in src/engine.ts (the document model, as the web
 * preview uses it) and `layout()` returning `{ doc, pagesPerDocument }`. Once those are on this
 * branch, this file's body becomes, and nothing else in bench/ changes:
 *   const composed = composeLetter(raw, world);
 *   return composed.ok ? ok(composed.value.kind === 'letter' ? composed.value.document : null) : composed;
 *   …
 *   toBytes(layout(document, world.fonts).doc)
 */
import { fail, ok, type Result } from '../src/diagnostics/diagnostic.ts';
import { LANGUAGES, MASTER_LANGUAGE } from '../src/domain/languages.ts';
import { planLetter, type World } from '../src/engine.ts';
import { assemble } from '../src/pipeline/assemble.ts';
import { compose } from '../src/pipeline/compose.ts';
import type { LetterDocument, Part } from '../src/pipeline/document.ts';
import { fill } from '../src/pipeline/fill.ts';
import { layout } from '../src/pipeline/layout.ts';
import { toBytes } from '../src/pipeline/output.ts';
import { parse } from '../src/pipeline/parse.ts';

/** The letter's document model, or null when no letter is due; as renderLetter builds it before layout. */
export function composeDocument(raw: unknown, world: World): Result<LetterDocument | null> {
  const planned = planLetter(raw, world);
  if (!planned.ok) return planned;
  const { request, outcome } = planned.value;
  if (!outcome.due) return ok(null);
  const parts: Part[] = [];
  const tDanish = world.locales.translator(MASTER_LANGUAGE);
  for (const language of request.languages) {
    const t = world.locales.translator(language);
    const isTranslation = language !== MASTER_LANGUAGE;
    const draft = isTranslation && world.locales.status(language, ['common', request.letter.id]) !== 'approved';
    const { context, frame } = compose({ plan: outcome.plan, language, isTranslation, draft, t, tDanish });
    const markup = fill(world.templates, request.letter.id, context, language, t);
    const blocks = markup.ok ? parse(markup.value, request.letter.id) : markup;
    if (!blocks.ok) return fail(...blocks.diagnostics);
    parts.push({ language, direction: LANGUAGES[language].direction, frame, blocks: blocks.value });
  }
  return ok(assemble(outcome.plan, parts));
}

/** layout + output of a document model: the PDF's bytes. */
export const drawDocument = (document: LetterDocument, world: World): Promise<Uint8Array> =>
  toBytes(layout(document, world.fonts));
