/** Every diagnostic code has its message in Danish and English (the `errors` namespace) and its row in docs/errors.md. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CODES } from '../../src/diagnostics/codes.ts';

const messages = (language: string) =>
  JSON.parse(readFileSync(`locales/${language}/errors.json`, 'utf8')) as Record<string, unknown>;
const documented = new Set(
  [...readFileSync('docs/errors.md', 'utf8').matchAll(/^\| ([A-Z0-9_]+) \|/gm)].map((m) => m[1] as string),
);

describe('the error catalogue', () => {
  it.each(Object.keys(CODES))('%s has a Danish and an English message and a row in docs/errors.md', (code) => {
    expect(typeof messages('da')[code]).toBe('string');
    expect(typeof messages('en')[code]).toBe('string');
    expect(documented.has(code)).toBe(true);
  });

  it('documents no code that does not exist', () => {
    expect([...documented].filter((code) => !(code in CODES))).toEqual([]);
  });
});
