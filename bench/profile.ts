/**
 * CPU profile of a bench module's loop, summarised: where the time goes, by function (self time) and
 * by source (our files, each npm package). The V8 sampling profiler through the inspector API, so
 * only the module's run is profiled, not tsx's start-up.
 *
 *   npx tsx bench/profile.ts [module=engine] [letters=1500] [--save file.cpuprofile]
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { fileURLToPath } from 'node:url';
import { engineBench } from './engine.ts';
import type { BenchModule } from './harness.ts';
import { plainPdfkitBench } from './plain-pdfkit.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
}

const PROFILABLE: readonly BenchModule[] = [engineBench, plainPdfkitBench];
const root = fileURLToPath(new URL('../', import.meta.url));

/** `node_modules/<pkg>` (scoped too), our file relative to the project, or the V8/Node bucket. */
export function sourceOf(url: string): string {
  if (!url) return '(native / GC / idle)';
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (packageMatch) return packageMatch[1] as string;
  if (path.startsWith(root)) return path.slice(root.length);
  return path.startsWith('node:') ? 'node (built-in)' : path;
}

export function summarise(profile: Profile, top = 25): string {
  const total = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
  const byFunction = new Map<string, number>();
  const bySource = new Map<string, number>();
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (!hits) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const source = sourceOf(url);
    const key = `${functionName || '(anonymous)'}  ${source}${url ? `:${lineNumber + 1}` : ''}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + hits);
    bySource.set(source, (bySource.get(source) ?? 0) + hits);
  }
  const rows = (map: Map<string, number>, n: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, hits]) => `${((100 * hits) / total).toFixed(1).padStart(5)} %  ${name}`);
  const ms = (profile.endTime - profile.startTime) / 1000;
  return [
    `${total} samples over ${ms.toFixed(0)} ms`,
    '',
    'self time by source:',
    ...rows(bySource, 15),
    '',
    `self time by function (top ${top}):`,
    ...rows(byFunction, top),
  ].join('\n');
}

async function main(argv: readonly string[]) {
  const saveAt = argv.indexOf('--save');
  const save = saveAt >= 0 ? argv[saveAt + 1] : undefined;
  const positional = argv.filter((arg, i) => !arg.startsWith('--') && (saveAt < 0 || i !== saveAt + 1));
  const [name = 'engine', count = '1500'] = positional;
  const module = PROFILABLE.find((m) => m.name === name);
  if (!module) throw new Error(`profile one of: ${PROFILABLE.map((m) => m.name).join(', ')}`);
  await module.run({ warmup: 100, count: 50 }); // warm the JIT before the profiler watches
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const result = await module.run({ warmup: 0, count: Number(count) });
  const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
  session.disconnect();
  if (save) writeFileSync(save, JSON.stringify(profile));
  console.log(`${module.name}: ${result.letters} letters, ${result.cpuMsPerLetter.toFixed(1)} CPU ms/letter while profiled\n`);
  console.log(summarise(profile));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main(process.argv.slice(2));
