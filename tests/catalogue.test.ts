/**
 * One id in every tree: each letter in the catalogue has its folder (schema, rules, letter), its template,
 * Danish and English strings with metadata, samples for every variant and reviewed goldens; and no tree has
 * an orphan that no letter owns.
 */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../src/domain/project-path.ts';
import { catalogue } from '../src/letters/catalogue.ts';

const ids = catalogue.map((letter) => letter.id);
const list = (dir: string, suffix = '') =>
  readdirSync(projectPath(dir))
    .filter((name) => name.endsWith(suffix))
    .map((name) => name.slice(0, name.length - suffix.length));

describe.each(ids)('%s', (id) => {
  it.each([
    `src/letters/${id}/schema.ts`,
    `src/letters/${id}/rules.ts`,
    `src/letters/${id}/letter.ts`,
    `templates/letters/${id}.hbs`,
    `locales/da/${id}.json`,
    `locales/da/${id}.meta.json`,
    `locales/en/${id}.json`,
    `locales/en/${id}.meta.json`,
    `samples/${id}`,
    `tests/golden/text/${id}`,
  ])('has %s', (path) => {
    expect(existsSync(projectPath(path))).toBe(true);
  });

  it('has a golden text for every sample that renders a letter', () => {
    const samples = list(`samples/${id}`, '.json').filter((name) => !name.startsWith('no-letter-due'));
    expect(list(`tests/golden/text/${id}`, '.txt').sort()).toEqual(samples.sort());
  });
});

describe('titles', () => {
  it.each(catalogue.map((letter) => [letter.id, letter.titleDa] as const))('%s has a Danish title', (_, titleDa) => {
    expect(typeof titleDa).toBe('string');
    expect(titleDa.trim()).not.toBe('');
  });

  // The officers' page shows a variant by its Danish description when the page is Danish (the plan, the chooser).
  it.each(catalogue.flatMap((letter) => letter.variants.map((variant) => [`${letter.id}/${variant.id}`, variant] as const)))(
    '%s has a Danish description, not the English one',
    (_, variant) => {
      expect(typeof variant.descriptionDa).toBe('string');
      expect(variant.descriptionDa.trim()).not.toBe('');
      expect(variant.descriptionDa).not.toBe(variant.description);
    },
  );
});

describe('no orphans', () => {
  const letterFolders = readdirSync(projectPath('src/letters'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  it.each([
    ['src/letters/', letterFolders],
    ['templates/letters/', list('templates/letters', '.hbs')],
    ['samples/', list('samples').filter((name) => name !== 'batch')], // samples/batch: NDJSON/CSV inputs of the batch example
    ['tests/golden/text/', list('tests/golden/text')],
    ['locales/da/', list('locales/da', '.json').filter((ns) => !ns.endsWith('.meta') && ns !== 'common' && ns !== 'errors')],
  ])('%s holds only catalogue letters', (_, found) => {
    expect([...found].sort()).toEqual([...ids].sort());
  });
});
