/**
 * The Danish a stale translation was made from. The meta file records only its hash (`daHash`); the
 * text itself is in the repository's history of the Danish file, where this looks it up (git, the
 * versions of `locales/da/<namespace>.json`, newest first). Outside a git checkout, or when no
 * version has a string with that hash, the old Danish is unknown (null) and the export says so.
 */
import { execFileSync } from 'node:child_process';
import { basename, dirname } from 'node:path';
import { MASTER_LANGUAGE } from '../domain/languages.ts';
import { flatten } from './key-paths.ts';
import { sourceHash } from './meta.ts';

/** The Danish text of `namespace` whose hash is `daHash`, or null. */
export type PreviousDanish = (namespace: string, daHash: string) => string | null;

/** Old versions are looked up once per namespace; a git call costs tens of milliseconds. */
export function danishHistory(localesDir: string): PreviousDanish {
  const byHash = new Map<string, Map<string, string>>();
  return (namespace, daHash) => {
    let hashes = byHash.get(namespace);
    if (!hashes) {
      hashes = historyOf(`${localesDir}/${MASTER_LANGUAGE}/${namespace}.json`);
      byHash.set(namespace, hashes);
    }
    return hashes.get(daHash) ?? null;
  };
}

function historyOf(file: string): Map<string, string> {
  const hashes = new Map<string, string>();
  const git = (args: string[]) =>
    execFileSync('git', args, { cwd: dirname(file), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20 });
  try {
    // at most the last 200 versions: a git call each, on the service's main thread too
    const commits = git(['log', '--max-count=200', '--format=%H', '--', basename(file)])
      .split('\n')
      .filter(Boolean);
    for (const commit of commits) {
      const flat = flatten(JSON.parse(git(['show', `${commit}:./${basename(file)}`])));
      if (!flat.ok) continue;
      for (const text of flat.strings.values()) if (!hashes.has(sourceHash(text))) hashes.set(sourceHash(text), text);
    }
  } catch {
    // not a git checkout, git missing, or a version that is not JSON: what was found so far stands
  }
  return hashes;
}
