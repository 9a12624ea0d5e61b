/**
 * The task a render thread runs (piscina worker): one record in, its outcome out. The World (fonts,
 * templates, locales) is loaded once per thread. With `file`, the PDF is written there atomically and
 * only the outcome travels back; without, the bytes travel back (transferred, not copied) for the queue store.
 */

import { writeFileAtomically } from '../atomic-file.ts';
import { createWorld } from '../engine.ts';
import type { RecordOutcome } from './outcome.ts';
import { renderRecord } from './render-record.ts';

export interface RenderTask {
  readonly envelope: unknown;
  readonly file?: string;
}

export interface RenderTaskResult {
  readonly outcome: RecordOutcome;
  readonly pdf?: Uint8Array;
}

const world = createWorld();

export default async function renderTask({ envelope, file }: RenderTask): Promise<RenderTaskResult> {
  const { outcome, pdf } = await renderRecord(envelope, world);
  if (!pdf) return { outcome };
  if (file) {
    writeFileAtomically(file, pdf);
    return { outcome };
  }
  return { outcome, pdf };
}
