/**
 * Render threads on all cores (piscina). `submit` waits while enough tasks are in flight, so a reader
 * streaming a million records never queues more than a few per thread: memory stays flat.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { RenderTask, RenderTaskResult } from './render-task.ts';

const THREAD_ENTRY = new URL('./render-thread.mjs', import.meta.url).href;
/** Tasks in flight per thread: enough to keep every thread busy between two completions. */
const IN_FLIGHT_PER_THREAD = 4;

export class RenderPool {
  readonly threads: number;
  readonly #pool: Piscina<RenderTask, RenderTaskResult>;
  readonly #limit: number;
  #inFlight = 0;
  #waiting: (() => void) | null = null;

  constructor(threads = availableParallelism()) {
    this.threads = Math.max(1, threads);
    this.#pool = new Piscina({ filename: THREAD_ENTRY, minThreads: this.threads, maxThreads: this.threads });
    this.#limit = this.threads * IN_FLIGHT_PER_THREAD;
  }

  /** Resolves once the task is accepted (not done): `onDone` gets the result later, in completion order. */
  async submit(task: RenderTask, onDone: (result: RenderTaskResult | Error) => void): Promise<void> {
    while (this.#inFlight >= this.#limit) await new Promise<void>((resolve) => (this.#waiting = resolve));
    this.#inFlight++;
    this.#pool.run(task).then(
      (result) => this.#settle(onDone, result),
      (error: unknown) => this.#settle(onDone, error instanceof Error ? error : new Error(String(error))),
    );
  }

  /** Runs one task and waits for it (the queue worker's way). */
  run(task: RenderTask): Promise<RenderTaskResult> {
    return this.#pool.run(task);
  }

  /** Waits until every submitted task has completed. */
  async drain(): Promise<void> {
    while (this.#inFlight > 0) await new Promise<void>((resolve) => (this.#waiting = resolve));
  }

  close(): Promise<void> {
    return this.#pool.destroy();
  }

  #settle(onDone: (result: RenderTaskResult | Error) => void, result: RenderTaskResult | Error) {
    this.#inFlight--;
    try {
      onDone(result);
    } finally {
      const wake = this.#waiting;
      this.#waiting = null;
      wake?.();
    }
  }
}
