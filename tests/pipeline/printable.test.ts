/**
 * A character no bundled font covers is refused at validation with a code (issue 17): it would print as
 * an empty box, and the PDF's text layer for it depended on what the process had rendered before. A
 * character one of the bundled fonts has is printed in that font, in every part (issue 16).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../../src/domain/project-path.ts';
import { createWorld, planLetter } from '../../src/engine.ts';

const world = createWorld();
const sample = JSON.parse(readFileSync(projectPath('samples/humanitarian-permit-info/sent.json'), 'utf8'));
const withName = (name: string, languages: string[] = ['da', 'en']) => {
  const envelope = structuredClone(sample);
  envelope.data.applicant.name = name;
  envelope.languages = languages;
  return envelope;
};

describe('characters the fonts cannot print', () => {
  it.each([
    ['Chinese', '法里达 艾哈迈迪'],
    ['Thai', 'Farida \u0e01 Ahmadi'],
    ['an emoji', 'Farida 🙂 Ahmadi'],
    ['a control character', 'Farida\u0007Ahmadi'],
  ])('%s: refused by field path, the character never shown', (_what, name) => {
    const planned = planLetter(withName(name), world);
    expect(planned.ok).toBe(false);
    if (planned.ok) return;
    expect(planned.diagnostics).toEqual([{ code: 'INPUT_CHARACTER_NOT_PRINTABLE', path: 'data.applicant.name' }]);
  });

  it.each([
    ['Danish letters', 'Søren Ærø Åberg'],
    ['Latin diacritics', 'Zoë Çelik-Nguyễn'],
    ['Cyrillic', 'Фарида Ахмади'],
  ])('%s: accepted', (_what, name) => {
    expect(planLetter(withName(name), world).ok).toBe(true);
  });

  it.each([
    ['Arabic script in the Danish and English parts', 'فريدة أحمدي', ['da', 'en']],
    ['Ethiopic in the Danish and Arabic parts', 'ሰላም ተስፋይ', ['da', 'ar']],
    ['Cyrillic in the Tigrinya part', 'Фарида Ахмади', ['da', 'ti']],
  ])('%s: accepted, drawn with the bundled font that has them (review D2)', (_what, name, languages) => {
    expect(planLetter(withName(name, languages), world).ok).toBe(true);
  });
});
