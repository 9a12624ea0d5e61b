#!/usr/bin/env node
// The `letters` command (package.json "bin"): the built CLI (dist/cli/, `npm run build`, run by `npm install`)
// when it is as new as src/, else the TypeScript CLI through tsx's loader, so `npx letters …` works either way.
import { fileURLToPath } from 'node:url';
import { isFresh } from './fresh-build.mjs';

const bundle = new URL('../dist/cli/letters.mjs', import.meta.url);
if (isFresh(fileURLToPath(bundle), fileURLToPath(new URL('../src/', import.meta.url)))) {
  await import(bundle.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/interfaces/cli/main.ts');
}
