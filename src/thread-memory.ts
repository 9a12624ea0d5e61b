/**
 * What one render thread holds: its V8 heap (committed), the memory its objects keep outside the heap
 * (font files, PDF buffers) and V8's own allocations. Threads share one process, so RSS cannot be split
 * by thread; this is the thread's part of it. Each thread notes its peak after every task and announces
 * it on a broadcast channel when it has grown by a step; a benchmark (or an operator's probe) listens.
 * Costs one `getHeapStatistics` call per task (microseconds), and a message only when the peak grows.
 */
import { getHeapStatistics } from 'node:v8';
import { BroadcastChannel, threadId } from 'node:worker_threads';

const CHANNEL = 'letters:render-thread-memory';
const STEP_BYTES = 2 * 1024 * 1024;
const MB = 1024 * 1024;

export interface ThreadMemory {
  readonly threadId: number;
  /** Peak of heap + external + malloced memory, MB. */
  readonly peakMb: number;
  /** The V8 heap alone at that moment, MB (committed). */
  readonly heapMb: number;
}

let peak = 0;
let channel: BroadcastChannel | undefined;

/** After a task, in a render thread. */
export function noteThreadMemory(): void {
  const stats = getHeapStatistics();
  const bytes = stats.total_heap_size + stats.external_memory + stats.malloced_memory;
  if (bytes < peak + STEP_BYTES) return;
  peak = bytes;
  channel ??= new BroadcastChannel(CHANNEL);
  (channel as unknown as { unref(): void }).unref();
  const note: ThreadMemory = { threadId, peakMb: Math.round(bytes / MB), heapMb: Math.round(stats.total_heap_size / MB) };
  channel.postMessage(note);
}

/** Listens to every render thread's peak until `close()`: the highest announced per thread. */
export function watchThreadMemory() {
  const peaks = new Map<number, ThreadMemory>();
  const listener = new BroadcastChannel(CHANNEL);
  listener.onmessage = (event: unknown) => {
    const note = (event as { data: ThreadMemory }).data;
    if ((peaks.get(note.threadId)?.peakMb ?? 0) < note.peakMb) peaks.set(note.threadId, note);
  };
  return {
    peaks: (): ThreadMemory[] => [...peaks.values()].sort((a, b) => b.peakMb - a.peakMb),
    close: () => listener.close(),
  };
}
