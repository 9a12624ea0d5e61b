/**
 * No missing-glyph boxes: every character of every string of every locale that goes on a page is in
 * the font family its language is drawn with (regular and bold), so no part of a letter depends on
 * the fallback font. Placeholders and markup tags are not drawn and are left out; the values that
 * fill placeholders come from the input and are covered at run time (the fallback font, text/line-break.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isLanguageCode } from '../../src/domain/languages.ts';
import { projectPath } from '../../src/domain/project-path.ts';
import { loadFonts, scriptOf } from '../../src/pipeline/fonts.ts';
import { withoutBidiControls } from '../../src/pipeline/text/isolate.ts';

const fonts = loadFonts();
const dir = projectPath('locales');
// errors.json holds the CLI's and API's messages: never drawn in a letter.
const NOT_DRAWN = new Set(['errors.json', 'glossary.json']);

function strings(value: unknown, path: string, out: [string, string][]) {
  if (typeof value === 'string') out.push([path, value]);
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) strings(inner, path ? `${path}.${key}` : key, out);
}

const drawnText = (text: string) =>
  withoutBidiControls(text.replace(/\{\{[^}]*\}\}/g, '').replace(/<[^>]*>/g, ''))
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s/g, '');

const languages = readdirSync(dir).filter(isLanguageCode);

describe.each(languages)('locale %s', (language) => {
  const family = fonts.family(scriptOf(language));
  const files = readdirSync(`${dir}/${language}`).filter(
    (f) => f.endsWith('.json') && !f.endsWith('.meta.json') && !NOT_DRAWN.has(f),
  );

  it.each(files)(`%s is covered by ${family.name}`, (file) => {
    const entries: [string, string][] = [];
    strings(JSON.parse(readFileSync(`${dir}/${language}/${file}`, 'utf8')), '', entries);
    expect(entries.length).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const [key, text] of entries) {
      for (const char of drawnText(text)) {
        const code = char.codePointAt(0) as number;
        for (const face of ['regular', 'bold'] as const) {
          if (!family.faces[face].hasGlyphForCodePoint(code))
            missing.push(`${key}: U+${code.toString(16).toUpperCase().padStart(4, '0')} (${face})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('the fonts', () => {
  it('Noto Sans (the fallback) draws Cyrillic, Danish letters and the symbols letters use', () => {
    const sample = 'ÆØÅæøå§€«»–·•Русский Українська ЁёЇїІіЄєҐґ';
    const missing = [...sample].filter((c) => !fonts.fallback.faces.regular.hasGlyphForCodePoint(c.codePointAt(0) as number));
    expect(missing).toEqual([]);
  });

  it('a character no font of the family has is detected (the check can fail)', () => {
    expect(fonts.family('Arab').faces.regular.hasGlyphForCodePoint('ሀ'.codePointAt(0) as number)).toBe(false);
  });
});
