// Whether the built CLI (dist/cli/letters.mjs) is at least as new as every file under src/: only then is it
// used; an edited source falls back to tsx until the next `npm run build`. About 300 stat calls.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function isFresh(bundle, sourceDir) {
  let built;
  try {
    built = statSync(bundle).mtimeMs;
  } catch {
    return false;
  }
  for (const entry of readdirSync(sourceDir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs > built) return false;
  }
  return true;
}
