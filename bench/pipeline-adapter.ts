/**
 * The two places where the bench reaches inside the pipeline, kept in one file: the document model
 * of a letter (everything before layout, for the references' content and the experiments), and
 * layout + output of a document model (for the experiments).
 */
import { ok, type Result } from '../src/diagnostics/diagnostic.ts';
import type { World } from '../src/engine.ts';
import type { LetterDocument } from '../src/pipeline/document.ts';
import { composeLetter } from '../src/pipeline/index.ts';
import { layout } from '../src/pipeline/layout.ts';
import { toBytes } from '../src/pipeline/output.ts';

/** The letter's document model, or null when no letter is due; as renderLetter builds it before layout. */
export function composeDocument(raw: unknown, world: World): Result<LetterDocument | null> {
  const composed = composeLetter(raw, world);
  return composed.ok ? ok(composed.value.kind === 'letter' ? composed.value.document : null) : composed;
}

/** layout + output of a document model: the PDF's bytes. */
export const drawDocument = (document: LetterDocument, world: World): Promise<Uint8Array> =>
  toBytes(layout(document, world.fonts).doc);
