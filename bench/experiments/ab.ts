/**
 * A/B of two trees in one process: `npx tsx bench/experiments/ab.ts <treeA> <treeB> [rounds]`. Each tree's
 * engine renders every sample letter of tree A (the same inputs for both) (then the Danish + Arabic set), alternating A and B, best of the
 * rounds, CPU ms per letter (process.cpuUsage). Ratios are what to read on a shared machine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type Engine = {
  createWorld(): unknown;
  renderLetter(input: unknown, world: unknown): Promise<{ ok: boolean; value?: { kind: string } }>;
};

const [treeA, treeB, roundsArg] = process.argv.slice(2);
if (!treeA || !treeB) throw new Error('usage: ab.ts <treeA> <treeB> [rounds]');
const rounds = Number(roundsArg ?? 5);

function samplesOf(tree: string): unknown[] {
  const dir = join(tree, 'samples');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'batch')
    .flatMap((d) =>
      readdirSync(join(dir, d.name))
        .filter((f) => f.endsWith('.json'))
        .map((f) => JSON.parse(readFileSync(join(dir, d.name, f), 'utf8'))),
    );
}

async function load(tree: string) {
  const engine = (await import(join(tree, 'src/engine.ts'))) as Engine;
  const world = engine.createWorld();
  const letters: unknown[] = [];
  for (const input of samplesOf(treeA as string)) {
    const r = await engine.renderLetter(input, world);
    if (r.ok && r.value?.kind === 'letter') letters.push(input);
  }
  const arabic = letters.slice(0, 30).map((input) => ({ ...(input as object), languages: ['da', 'ar'] }));
  return { engine, world, letters, arabic };
}

async function cpuPerLetter(t: Awaited<ReturnType<typeof load>>, inputs: readonly unknown[]) {
  const start = process.cpuUsage();
  for (const input of inputs) await t.engine.renderLetter(input, t.world);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / inputs.length;
}

const a = await load(treeA);
const b = await load(treeB);
const best = {
  a: Number.POSITIVE_INFINITY,
  b: Number.POSITIVE_INFINITY,
  aAr: Number.POSITIVE_INFINITY,
  bAr: Number.POSITIVE_INFINITY,
};
for (let round = 0; round < rounds; round++) {
  best.a = Math.min(best.a, await cpuPerLetter(a, a.letters));
  best.b = Math.min(best.b, await cpuPerLetter(b, b.letters));
  best.aAr = Math.min(best.aAr, await cpuPerLetter(a, a.arabic));
  best.bAr = Math.min(best.bAr, await cpuPerLetter(b, b.arabic));
}
const ms = (x: number) => `${x.toFixed(2)} ms`;
console.log(`A ${treeA}: ${a.letters.length} letters ${ms(best.a)} · da+ar ${ms(best.aAr)}`);
console.log(
  `B ${treeB}: ${b.letters.length} letters ${ms(best.b)} (${(best.b / best.a).toFixed(2)}×) · da+ar ${ms(best.bAr)} (${(best.bAr / best.aAr).toFixed(2)}×)`,
);
