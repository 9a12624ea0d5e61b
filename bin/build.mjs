#!/usr/bin/env node
// `npm run build` (also npm install's `prepare`): the `letters` command as two ES modules in dist/cli/
// (esbuild, which tsx brings; packages stay external), so `npx letters …` starts without compiling
// TypeScript on every call. bin/letters.js falls back to tsx while the build is missing or older than src/.
// dist/cli/ is two levels deep like src/domain/, so project paths resolve to the same folders.
import { build } from 'esbuild';

await build({
  entryPoints: { letters: 'src/interfaces/cli/main.ts', 'render-thread': 'src/render-task.ts' },
  outdir: new URL('../dist/cli/', import.meta.url).pathname,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
