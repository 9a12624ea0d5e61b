/**
 * A letter's bytes depend on its input only, never on what the process rendered before: the journal
 * re-renders a letter and compares its SHA-256. fontkit keeps one glyph object per glyph id with the
 * characters of its first use, and pdfkit writes those characters into the font's ToUnicode map. A glyph
 * reached from different characters (the ligature "ﬁ", U+FB01, and the letters "fi" shaped into it) took
 * the characters of whichever came first in the thread: the same letter differed between a fresh and a
 * warm render thread, and after a name with "ﬁ" every later letter's "fi" was copied out as "ﬁ".
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createWorld, renderLetter, type World } from '../../src/engine.ts';
import { RenderPool } from '../../src/render-pool.ts';
import { flatText, readPdf } from '../support/pdf-text.ts';
import { type Envelope, sample } from '../support/requests.ts';

const plain = sample('humanitarian-permit-info', 'sent');
const ligature: Envelope = {
  ...plain,
  data: { ...plain.data, applicant: { ...(plain.data.applicant as object), name: 'Seraﬁna Ahmadi' } },
};

async function pdfOf(request: Envelope, world: World): Promise<Uint8Array> {
  const result = await renderLetter(request, world);
  if (!result.ok || result.value.kind !== 'letter') throw new Error(JSON.stringify(result));
  return result.value.pdf;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('a letter is byte-identical whatever the process rendered before', () => {
  it('the body\'s "fi" and a name\'s "ﬁ" (one glyph) in either order, in fresh and warm worlds', async () => {
    const freshPlain = await pdfOf(plain, createWorld());
    const freshLigature = sha256(await pdfOf(ligature, createWorld()));

    const warm = createWorld();
    expect(sha256(await pdfOf(ligature, warm))).toBe(freshLigature);
    expect(sha256(await pdfOf(plain, warm))).toBe(sha256(freshPlain));
    expect(sha256(await pdfOf(ligature, warm))).toBe(freshLigature);

    const text = flatText(await readPdf(freshPlain));
    expect(text).toContain('fi');
    expect(text).not.toContain('ﬁ');
  });

  it('in a fresh and a warm render thread', async () => {
    const pool = new RenderPool({ threads: 1, timeoutMs: 120_000 });
    try {
      const bytes = async (request: Envelope) => {
        const answer = await pool.render(request);
        if (answer.ok !== true || answer.kind !== 'letter') throw new Error(JSON.stringify(answer));
        return answer.pdf;
      };
      const fresh = sha256(await bytes(ligature));
      await bytes(plain);
      expect(sha256(await bytes(ligature))).toBe(fresh);
      expect(sha256(await bytes(plain))).toBe(sha256(await pdfOf(plain, createWorld())));
    } finally {
      await pool.close();
    }
  });
});
