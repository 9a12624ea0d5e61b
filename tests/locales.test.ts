/**
 * Locale files complete and traceable (languages.md): every Danish string has its origin (verbatim, composed,
 * structural); English has exactly the Danish keys, each recording the hash of the Danish string it was made
 * from (a changed Danish text makes the translation stale and fails here until the translation is redone).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../src/domain/project-path.ts';
import { readMeta, sourceHash } from '../src/i18n/meta.ts';

const namespaces = readdirSync(projectPath('locales/da'))
  .filter((file) => file.endsWith('.json') && !file.endsWith('.meta.json') && file !== 'errors.json')
  .map((file) => file.slice(0, -5));

const read = (path: string) => JSON.parse(readFileSync(projectPath(path), 'utf8')) as Record<string, unknown>;

function flatten(tree: Record<string, unknown>, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string'
        ? [[`${prefix}${key}`, value]]
        : Object.entries(flatten(value as Record<string, unknown>, `${prefix}${key}.`)),
    ),
  );
}

describe.each(namespaces)('%s', (namespace) => {
  const danish = flatten(read(`locales/da/${namespace}.json`));
  const keys = Object.keys(danish).sort();

  it('every Danish string says where its wording comes from', () => {
    const meta = readMeta(projectPath(`locales/da/${namespace}.meta.json`));
    expect(Object.keys(meta).sort()).toEqual(keys);
    for (const [key, entry] of Object.entries(meta)) {
      expect('origin' in entry, key).toBe(true);
      if ('origin' in entry && entry.origin !== 'structural') expect(entry.source, `${key}: source`).toBeTruthy();
    }
  });

  it('English has exactly the Danish keys, each made from the current Danish string', () => {
    const english = flatten(read(`locales/en/${namespace}.json`));
    expect(Object.keys(english).sort()).toEqual(keys);
    const meta = readMeta(projectPath(`locales/en/${namespace}.meta.json`));
    expect(Object.keys(meta).sort()).toEqual(keys);
    for (const key of keys) expect(meta[key], key).toMatchObject({ daHash: sourceHash(danish[key] ?? '') });
  });
});
