/**
 * The one pool of render threads (piscina), for the service and for batch runs alike. The service asks
 * for an answer (`render`): a full queue or a render over its time is an answer (`busy`, `timeout`),
 * never a hang, and `full()` lets it refuse before reading a request. Batch runs `submit`, which waits
 * while enough tasks are in flight, so a reader streaming a million records never queues more than a few
 * per thread: memory stays flat. Queue workers `run` one record at a time.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { RenderFormat, RenderTask, RenderTaskResult, ServiceAnswer } from './render-task.ts';

export type { RenderFormat, RenderTask, RenderTaskResult, ServiceAnswer } from './render-task.ts';

/** Worker threads do not inherit tsx's loader: the entry registers it, then loads render-task.ts. */
const THREAD_ENTRY = new URL('./render-thread.mjs', import.meta.url).href;
/** Batch runs: tasks in flight per thread, enough to keep every thread busy between two completions. */
const IN_FLIGHT_PER_THREAD = 4;

export type PoolAnswer = ServiceAnswer | { readonly ok: 'busy' } | { readonly ok: 'timeout' };

export interface RenderPoolOptions {
  readonly threads?: number;
  /** Service: requests waiting beyond the running ones; more are refused at once. */
  readonly maxQueue?: number;
  /** Service: a render that takes longer is answered `timeout`. */
  readonly timeoutMs?: number;
}

export class RenderPool {
  readonly threads: number;
  readonly #pool: Piscina<RenderTask, RenderTaskResult | ServiceAnswer>;
  readonly #limit: number;
  readonly #maxQueue: number;
  readonly #timeoutMs: number;
  #inFlight = 0;
  #waiting: (() => void) | null = null;

  constructor(options: RenderPoolOptions = {}) {
    this.threads = Math.max(1, options.threads ?? availableParallelism());
    this.#maxQueue = options.maxQueue ?? this.threads * 8;
    this.#timeoutMs = options.timeoutMs ?? 20_000;
    this.#limit = this.threads * IN_FLIGHT_PER_THREAD;
    this.#pool = new Piscina({
      filename: THREAD_ENTRY,
      minThreads: this.threads,
      maxThreads: this.threads,
      maxQueue: this.#maxQueue,
    });
  }

  /** True when a render now would be refused as busy: the service checks it before a request's body is read. */
  full(): boolean {
    return this.#pool.queueSize >= this.#maxQueue;
  }

  stats() {
    return { threads: this.#pool.threads.length, queued: this.#pool.queueSize };
  }

  /** The service's render: the answer, or `busy`/`timeout`. */
  async render(envelope: unknown, format: RenderFormat = 'pdf'): Promise<PoolAnswer> {
    if (this.full()) return { ok: 'busy' };
    try {
      const task = { mode: 'service', envelope, format } as const;
      return (await this.#pool.run(task, { signal: AbortSignal.timeout(this.#timeoutMs) })) as ServiceAnswer;
    } catch (error) {
      const name = (error as Error).name;
      if (name === 'AbortError' || name === 'TimeoutError') return { ok: 'timeout' };
      if (/queue is at limit/i.test(String((error as Error).message))) return { ok: 'busy' };
      throw error;
    }
  }

  /** Runs one record and waits for it (the queue worker's way). */
  run(task: { envelope: unknown; file?: string; memo?: boolean }): Promise<RenderTaskResult> {
    return this.#pool.run(task) as Promise<RenderTaskResult>;
  }

  /** Batch runs: resolves once the task is accepted (not done); `onDone` gets the result later, in completion order. */
  async submit(
    task: { envelope: unknown; file?: string; memo?: boolean },
    onDone: (result: RenderTaskResult | Error) => void,
  ): Promise<void> {
    while (this.#inFlight >= this.#limit) await new Promise<void>((resolve) => (this.#waiting = resolve));
    this.#inFlight++;
    (this.#pool.run(task) as Promise<RenderTaskResult>).then(
      (result) => this.#settle(onDone, result),
      (error: unknown) => this.#settle(onDone, error instanceof Error ? error : new Error(String(error))),
    );
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
