#!/usr/bin/env node
// The `letters` command (package.json "bin"): runs the TypeScript CLI through tsx's loader, so
// `npx letters …` works right after `npm install`, with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/interfaces/cli/main.ts');
