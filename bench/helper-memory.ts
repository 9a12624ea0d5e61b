/**
 * Memory of the processes a module starts (Chromium: browser, GPU, renderer, zygote…): the sum of
 * their PSS (proportional set size), which shares the pages they have in common instead of counting
 * them once per process as a sum of RSS would; and their CPU time. Linux /proc only; elsewhere it reports nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Process ids descending from `root` (not `root` itself). */
export function descendantsOf(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of safeList('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const stat = safeRead(`/proc/${pid}/stat`);
    // The command name (2nd field) may contain spaces: the fields after its closing parenthesis are fixed.
    const parent = stat ? Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) : Number.NaN;
    if (Number.isInteger(parent)) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const found: number[] = [];
  const queue = [...(children.get(root) ?? [])];
  while (queue.length) {
    const pid = queue.shift() as number;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

/** Sum of PSS in MB of this process's descendants, or null where /proc cannot tell. */
export function helperPssMb(root = process.pid): number | null {
  let kb = 0;
  let seen = false;
  for (const pid of descendantsOf(root)) {
    const match = /^Pss:\s+(\d+) kB/m.exec(safeRead(`/proc/${pid}/smaps_rollup`) ?? '');
    if (match) {
      kb += Number(match[1]);
      seen = true;
    }
  }
  return seen ? kb / 1024 : null;
}

/** CPU ms (user + system) used so far by this process's descendants that are still running. */
export function helperCpuMs(root = process.pid): number {
  let ticks = 0;
  for (const pid of descendantsOf(root)) {
    const stat = safeRead(`/proc/${pid}/stat`);
    if (!stat) continue;
    // After the command name: state(0) ppid(1) … utime(11) stime(12), in clock ticks.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** USER_HZ: 100 on every Linux architecture Node runs on (sysconf(_SC_CLK_TCK) is not exposed to Node). */
const CLOCK_TICKS_PER_SECOND = 100;

/** Keeps the highest reading of `read` across calls. */
export function peakTracker(read: () => number | null) {
  let peak: number | null = null;
  return {
    sample() {
      const value = read();
      if (value !== null) peak = Math.max(peak ?? 0, value);
    },
    peak: () => peak,
  };
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function safeRead(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null; // the process ended between listing and reading
  }
}
