/**
 * Part of validate: every character of the input must be drawable, in the regular and the bold face,
 * in every language part the letter is written in: by the script's family or one of the other bundled
 * families it falls back to (fonts.ts; a name in Arabic script in the Danish part is drawn in
 * Vazirmatn, an Ethiopic name in the English part in Noto Sans Ethiopic). pdfkit draws a character no font covers as an empty box: a recipient's name in boxes may not be
 * delivered, and the PDF's text layer for it would depend on what the process rendered before (the
 * journal could not reproduce the letter). Such input is refused with a code, by field path; the
 * message never shows the character.
 */
import { type Diagnostic, diagnostic, joinPath } from '../diagnostics/diagnostic.ts';
import { isLanguageCode, type LanguageCode, MASTER_LANGUAGE } from '../domain/languages.ts';
import { type FontSet, type Script, scriptOf } from './fonts.ts';

const FACES = ['regular', 'bold'] as const;
/** Line breaks and tabs in free text are layout, not glyphs. */
const LAYOUT = new Set([0x0a, 0x0d, 0x09]);

export function unprintableFields(data: unknown, languages: readonly LanguageCode[], fonts: FontSet): Diagnostic[] {
  const scripts = [...new Set(languages.map(scriptOf))];
  const known = new Map<number, boolean>(); // per request: names repeat their letters
  const printable = (code: number) => {
    let answer = known.get(code);
    if (answer === undefined) {
      answer = LAYOUT.has(code) || scripts.every((script) => drawable(fonts, script, code));
      known.set(code, answer);
    }
    return answer;
  };
  // The officer's text in one language (letters/officer-text.ts) is drawn in that language's part only: its script.
  const ownScript = (path: (string | number)[]) => {
    const key = path.at(-1);
    return typeof key === 'string' && key !== MASTER_LANGUAGE && isLanguageCode(key) ? scriptOf(key) : null;
  };
  const problems: Diagnostic[] = [];
  walkStrings(data, [], (text, path) => {
    const script = ownScript(path);
    for (const char of text) {
      const code = char.codePointAt(0) as number;
      if (script ? !(LAYOUT.has(code) || drawable(fonts, script, code)) : !printable(code)) {
        problems.push(diagnostic('INPUT_CHARACTER_NOT_PRINTABLE', joinPath(['data', ...path])));
        return;
      }
    }
  });
  return problems;
}

function drawable(fonts: FontSet, script: Script, code: number): boolean {
  const families = [fonts.family(script), ...fonts.fallbacks(script)];
  return FACES.every((face) => families.some((family) => family.faces[face].hasGlyphForCodePoint(code)));
}

function walkStrings(value: unknown, path: (string | number)[], visit: (text: string, path: (string | number)[]) => void) {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) walkStrings(item, [...path, index], visit);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) walkStrings(item, [...path, key], visit);
  }
}
