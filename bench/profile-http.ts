/**
 * Where a letter's server CPU goes over HTTP: the service (one render thread, SQLite journal) in this
 * process, the client in a child process so its CPU is not counted. Prints the service process's CPU per
 * letter (main thread and render thread together), and the main thread's CPU profile summarised (the
 * render thread's work is the engine's, profiled by bench/profile.ts).
 *
 *   npx tsx bench/profile-http.ts [letters=300] [--save main.cpuprofile]
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createWorld, renderLetter } from '../src/engine.ts';
import { readConfig } from '../src/interfaces/http/config.ts';
import { keyRing, keysFromEnv } from '../src/interfaces/http/keys.ts';
import { createService } from '../src/interfaces/http/service.ts';
import { summarise } from './profile.ts';

const KEY = 'bench-profile-key-0001';

/** The client: `count` renders one after another, every answer read whole and checked. */
const CLIENT = `
const [url, key, count, body] = process.argv.slice(1);
for (let i = 0; i < Number(count); i++) {
  const res = await fetch(url, { method: 'POST', headers: { Authorization: 'Bearer ' + key, 'Content-Type': 'application/json' }, body });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error('render answered ' + res.status);
}`;

/** CPU ms of each thread of this process (Linux /proc: utime + stime, 100 ticks a second), by thread id. */
function threadCpuMs(): Map<string, number> {
  const threads = new Map<string, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    const fields = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    threads.set(tid, (Number(fields[11]) + Number(fields[12])) * 10);
  }
  return threads;
}

/** The engine's CPU per letter for the same request, in this process, after a warm-up. */
async function engineCpuMs(sample: { letter: string }, count: number): Promise<number> {
  const world = createWorld();
  for (let i = 0; i < 20; i++) await renderLetter(sample, world);
  const cpu = process.cpuUsage();
  for (let i = 0; i < count; i++) await renderLetter(sample, world);
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / 1000 / count;
}

export async function profileHttp(count: number, save?: string) {
  const sample = JSON.parse(readFileSync(new URL('../samples/humanitarian-permit-info/sent.json', import.meta.url), 'utf8'));
  const body = JSON.stringify({ languages: sample.languages, data: sample.data });
  const dataDir = mkdtempSync(join(tmpdir(), 'letters-profile-http-'));
  const service = await createService({
    config: { ...readConfig({}), dataDir, renderQueue: 1000, renderThreads: 1 },
    keys: keyRing(keysFromEnv(`bench:officer:${KEY}`)),
    logDestination: { write: () => true },
  });
  const server = service.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/letters/humanitarian-permit-info/render`;
  const client = (n: number) =>
    promisify(execFile)(process.execPath, ['--input-type=module', '-e', CLIENT, url, KEY, String(n), body]);
  try {
    await client(60); // warm: the JIT, the render thread's caches
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 500 });
    const cpu = process.cpuUsage();
    const threadsBefore = threadCpuMs();
    const wall = performance.now();
    await session.post('Profiler.start');
    await client(count);
    const { profile } = (await session.post('Profiler.stop')) as { profile: Parameters<typeof summarise>[0] };
    const used = process.cpuUsage(cpu);
    const perThread = [...threadCpuMs()]
      .map(([tid, ms]) => ({ tid, ms: ms - (threadsBefore.get(tid) ?? 0) }))
      .filter((thread) => thread.ms > 0)
      .sort((a, b) => b.ms - a.ms);
    const main = perThread.find((thread) => thread.tid === String(process.pid))?.ms ?? 0;
    const seconds = (performance.now() - wall) / 1000;
    session.disconnect();
    if (save) writeFileSync(save, JSON.stringify(profile));
    const busy = profile.nodes
      .filter((node) => !['(idle)', '(program)'].includes(node.callFrame.functionName))
      .reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
    const samples = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
    const mainMs = ((busy / samples) * seconds * 1000) / count;
    const others = perThread.filter((thread) => thread.tid !== String(process.pid)).map((thread) => thread.ms / count);
    const serviceMs = (used.user + used.system) / 1000 / count;
    const engineMs = await engineCpuMs(sample, Math.min(count, 100));
    console.log(
      [
        `${count} letters at concurrency 1, ${(count / seconds).toFixed(1)} letters/s, load ${loadavg()[0]?.toFixed(1)}`,
        `service CPU ${serviceMs.toFixed(1)} ms/letter: main thread ${(main / count).toFixed(1)} ms, other threads ${others.map((ms) => ms.toFixed(1)).join(', ')} ms`,
        `engine in this process, same letter, same minute: ${engineMs.toFixed(1)} CPU ms/letter; service / engine ${(serviceMs / engineMs).toFixed(2)}`,
        `(the profiler's busy share of the main thread, inflated by waiting for a core: ≈ ${mainMs.toFixed(1)} ms)`,
        '',
      ].join('\n'),
    );
    console.log(summarise(profile, 40));
  } finally {
    server.close();
    await service.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const argv = process.argv.slice(2);
const saveAt = argv.indexOf('--save');
const count = argv.find((arg, i) => !arg.startsWith('--') && (saveAt < 0 || i !== saveAt + 1));
await profileHttp(Number(count ?? 300), saveAt >= 0 ? argv[saveAt + 1] : undefined);
