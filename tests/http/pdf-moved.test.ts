/**
 * A render thread hands its PDF to the main thread (the buffer is transferred, not copied by the structured
 * clone): the service's and the batch's answers are marked movable with the PDF's own buffer in the transfer
 * list, and what arrives is the letter byte for byte.
 */
import { createHash } from 'node:crypto';
import { transferableSymbol, valueSymbol } from 'piscina';
import { describe, expect, it } from 'vitest';
import { createWorld, renderLetter } from '../../src/engine.ts';
import { RenderPool } from '../../src/render-pool.ts';
import renderTask, { movingPdf } from '../../src/render-task.ts';
import { sample } from '../support/requests.ts';

const request = sample('humanitarian-permit-info', 'sent');
type Moved = { [transferableSymbol]: ArrayBuffer[]; [valueSymbol]: { pdf: Uint8Array } };
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('the PDF is moved from the render thread, not copied', () => {
  it.each([
    ['service', { mode: 'service', envelope: request }],
    ['batch record', { envelope: request }],
  ] as const)("%s: the answer transfers the PDF's own buffer", async (_name, task) => {
    const moved = (await renderTask(task)) as unknown as Moved;
    const { pdf } = moved[valueSymbol];
    expect(moved[transferableSymbol]).toEqual([pdf.buffer]);
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
  });

  it('a PDF that is a view into a larger buffer is copied before it is handed over (its neighbours stay)', () => {
    const pool = new Uint8Array(64).fill(7);
    const moved = movingPdf({ pdf: pool.subarray(8, 16) }) as unknown as Moved;
    expect(moved[transferableSymbol][0]).not.toBe(pool.buffer);
    expect(moved[valueSymbol].pdf).toEqual(new Uint8Array(8).fill(7));
  });

  it('what arrives on the main thread is the letter, byte for byte', async () => {
    const threads = new RenderPool({ threads: 1, timeoutMs: 120_000 });
    try {
      const answer = await threads.render(request);
      if (answer.ok !== true || answer.kind !== 'letter') throw new Error(JSON.stringify(answer));
      const local = await renderLetter(request, createWorld());
      if (!local.ok || local.value.kind !== 'letter') throw new Error('no letter');
      expect(sha256(answer.pdf)).toBe(sha256(local.value.pdf));
    } finally {
      await threads.close();
    }
  });
});
