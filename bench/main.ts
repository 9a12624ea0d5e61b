/**
 * `npm run bench`: runs the bench modules in order and prints one table with the ratios.
 * Each module runs in a fresh child process (forked with this process's tsx loader), one after the
 * other: every module starts from a cold, clean heap, so its peak RSS is its own, and no module's
 * garbage or JIT state skews the next. Within a module, letters are rendered one at a time.
 *
 *   npm run bench                     full run (about 1–2 minutes)
 *   npm run bench -- --quick          a short smoke run
 *   npm run bench -- --only engine    one module (repeatable, or comma-separated)
 */
import { fork } from 'node:child_process';
import { cpus } from 'node:os';
import type { BenchModule, BenchResult, RunSize } from './harness.ts';
import { formatReport } from './report.ts';

interface Options {
  readonly quick: boolean;
  readonly only: readonly string[];
}

const CHILD_FLAG = '--child';

export async function main(modules: readonly BenchModule[], argv: readonly string[], entry: string): Promise<void> {
  const childIndex = argv.indexOf(CHILD_FLAG);
  if (childIndex >= 0) return runChild(modules, argv[childIndex + 1] ?? '', argv[childIndex + 2] ?? '');

  const options = parseOptions(argv, modules);
  const selected = modules.filter((module) => options.only.length === 0 || options.only.includes(module.name));
  console.log(`bench: ${selected.map((m) => m.name).join(', ')}${options.quick ? ' (quick)' : ''} · ${machineLine()}`);
  const results: BenchResult[] = [];
  for (const module of selected) {
    const size = options.quick ? module.sizes.quick : module.sizes.full;
    process.stdout.write(`  ${module.name}: ${size.warmup} warm-up + ${size.count} letters… `);
    const result = await runInChild(entry, module.name, size);
    console.log(`${result.lettersPerSecond.toFixed(1)} letters/s`);
    results.push(result);
  }
  console.log(`\n${formatReport(results, selected)}`);
}

function parseOptions(argv: readonly string[], modules: readonly BenchModule[]): Options {
  const only: string[] = [];
  let quick = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--quick') quick = true;
    else if (arg === '--only') only.push(...(argv[++i] ?? '').split(',').filter(Boolean));
    else if (arg.startsWith('--only=')) only.push(...arg.slice('--only='.length).split(',').filter(Boolean));
    else usage(`unknown argument ${arg}`, modules);
  }
  for (const name of only) if (!modules.some((m) => m.name === name)) usage(`no bench module named ${name}`, modules);
  return { quick, only };
}

function usage(problem: string, modules: readonly BenchModule[]): never {
  console.error(
    `${problem}\nusage: npm run bench -- [--quick] [--only <name>[,<name>…]]\nmodules: ${modules.map((m) => m.name).join(', ')}`,
  );
  process.exit(2);
}

function runInChild(entry: string, name: string, size: RunSize): Promise<BenchResult> {
  return new Promise((resolve, reject) => {
    const child = fork(entry, [CHILD_FLAG, name, JSON.stringify(size)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result: BenchResult | null = null;
    child.on('message', (message) => {
      result = message as BenchResult;
    });
    child.on('error', reject);
    child.on('exit', (code) => (result ? resolve(result) : reject(new Error(`bench module ${name} failed (exit ${code})`))));
  });
}

async function runChild(modules: readonly BenchModule[], name: string, size: string): Promise<void> {
  const module = modules.find((m) => m.name === name);
  if (!module || !process.send) throw new Error(`${CHILD_FLAG} needs a known module and an IPC channel`);
  const result = await module.run(JSON.parse(size) as RunSize);
  await new Promise<void>((resolve, reject) =>
    process.send?.(result, (error: Error | null) => (error ? reject(error) : resolve())),
  );
  process.disconnect();
}

const machineLine = () => `${cpus().length} cores, ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}`;
