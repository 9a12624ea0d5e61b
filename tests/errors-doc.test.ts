/** Every diagnostic code is documented in docs/errors.md and has a message in Danish and English; nothing extra. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { CODES } from '../src/diagnostics/codes.ts';
import { projectPath } from '../src/domain/project-path.ts';

const codes = Object.keys(CODES).sort();
const documented = [...readFileSync(projectPath('docs/errors.md'), 'utf8').matchAll(/^\| ([A-Z0-9_]+)\s+\|/gm)]
  .map((m) => m[1])
  .sort();

it('docs/errors.md lists exactly the codes', () => {
  expect(documented).toEqual(codes);
});

it.each(['da', 'en'])('locales/%s/errors.json has a message for exactly the codes', (language) => {
  const messages = JSON.parse(readFileSync(projectPath(`locales/${language}/errors.json`), 'utf8')) as Record<string, unknown>;
  const keys = Object.keys(messages)
    .filter((key) => typeof messages[key] === 'string')
    .sort();
  expect(keys).toEqual(codes);
});
