/**
 * Fonts from npm (@expo-google-fonts: complete TTFs, OFL), parsed once per process. Passing a file
 * to pdfkit per document re-parses it every time: 9× slower (shared/design/pdf-notes.md §5).
 * pdfkit embeds only the glyphs a letter uses (subset).
 *
 * One family per script, because pdfkit has no font fallback (a missing glyph becomes a box):
 * - Latin and Cyrillic: Noto Sans.
 * - Arabic script (ar, fa, ps, ckb): Vazirmatn. It shapes as well as Noto Sans Arabic, covers Farsi,
 *   Pashto and Sorani letters plus Latin and Danish letters, and, unlike the Noto Arabic fonts (which
 *   build dotted letters from a shared dotless glyph), every glyph maps back to one character, so
 *   copy-paste, search and screen readers get the right letters (pdf-notes.md §2).
 * - Ethiopic (ti): Noto Sans Ethiopic (contains Latin and digits too).
 * Arabic and Ethiopic have no italic in these families: italic falls back to the upright face.
 * A character the script's family cannot draw is drawn, character by character, in the first of the
 * other bundled families that has it (`FontSet.fallbacks`): a Cyrillic name in Arabic text in Noto Sans,
 * an Arabic name in the Danish window in Vazirmatn, an Ethiopic name in the English part in Noto Sans
 * Ethiopic (print review D2; text/pieces.ts). A character no bundled font has is refused before
 * anything is drawn (printable.ts, INPUT_CHARACTER_NOT_PRINTABLE).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import * as fontkit from 'fontkit';
import { LANGUAGES, type LanguageCode } from '../domain/languages.ts';
import { subsetFromReadGlyphs } from './font-subset.ts';

export type FontFace = 'regular' | 'bold' | 'italic' | 'boldItalic';
export type Script = 'Latn' | 'Cyrl' | 'Arab' | 'Ethi';
export type FamilyName = 'noto-sans' | 'vazirmatn' | 'noto-sans-ethiopic';

export interface FontFamily {
  readonly name: FamilyName;
  readonly faces: Readonly<Record<FontFace, fontkit.Font>>;
}

/** Every family the letters use, each face parsed once; `family(script)` picks one. */
export interface FontSet {
  family(script: Script): FontFamily;
  /** The family that draws what a script's family cannot: Noto Sans (Latin, Cyrillic, Greek, symbols). */
  readonly fallback: FontFamily;
  /** The families tried, in order, for a character the script's family lacks: every other bundled family, Noto Sans first. */
  fallbacks(script: Script): readonly FontFamily[];
  readonly all: readonly FontFamily[];
  /** Noto Sans's faces (the Latin family), for code that draws Latin text only (e.g. a plain pdfkit benchmark). */
  readonly regular: fontkit.Font;
  readonly bold: fontkit.Font;
  readonly italic: fontkit.Font;
  readonly boldItalic: fontkit.Font;
}

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`@expo-google-fonts/${name}/package.json`));

type Files = Record<FontFace, string>;

function files(family: FamilyName): Files {
  const dir = packageDir(family);
  if (family === 'noto-sans') {
    return {
      regular: `${dir}/400Regular/NotoSans_400Regular.ttf`,
      bold: `${dir}/700Bold/NotoSans_700Bold.ttf`,
      italic: `${dir}/400Regular_Italic/NotoSans_400Regular_Italic.ttf`,
      boldItalic: `${dir}/700Bold_Italic/NotoSans_700Bold_Italic.ttf`,
    };
  }
  const stem = family === 'vazirmatn' ? 'Vazirmatn' : 'NotoSansEthiopic';
  const regular = `${dir}/400Regular/${stem}_400Regular.ttf`;
  const bold = `${dir}/700Bold/${stem}_700Bold.ttf`;
  return { regular, bold, italic: regular, boldItalic: bold };
}

interface GlyphCache {
  getGlyph(id: number, codePoints?: number[]): { codePoints: number[] } | null;
}

/**
 * fontkit caches one glyph object per glyph id with the characters of its first use, and pdfkit writes
 * those characters into the font's ToUnicode map. So a glyph reached from different characters took the
 * characters of whichever came first in the thread: the ligature "ﬁ" (U+FB01) and the letters "fi" shaped
 * into it, or the missing-glyph box for any uncovered character. A letter's bytes then depended on what
 * the thread rendered before (the journal could not reproduce it), and after one name with "ﬁ" every
 * later letter's "fi" was copied out as "ﬁ". Here each use gets the characters it was asked for: the
 * cached glyph when they are its own, else a view of it that differs only in them (metrics and outlines
 * are read through to the cached glyph). Within one document pdfkit still keeps a glyph's first
 * characters, which depends on that document alone. A glyph first met as a subset's component (no
 * characters: Vazirmatn's initial ح) takes the characters of its first drawn use.
 */
function glyphCharactersPerUse(font: fontkit.Font): fontkit.Font {
  const cache = font as unknown as GlyphCache;
  const getGlyph = cache.getGlyph.bind(font);
  cache.getGlyph = (id, codePoints = []) => {
    const glyph = getGlyph(id, codePoints);
    if (!glyph || codePoints.length === 0 || sameCharacters(glyph.codePoints, codePoints)) return glyph;
    if (glyph.codePoints.length === 0) {
      glyph.codePoints = codePoints;
      return glyph;
    }
    return Object.create(glyph, { codePoints: { value: codePoints, enumerable: true } });
  };
  return font;
}

interface LayoutEngineInternals {
  hideDefaultIgnorables(glyphs: { codePoints: number[] }[], positions: { xAdvance: number; yAdvance: number }[]): void;
  isDefaultIgnorable(code: number): boolean;
}

/**
 * fontkit draws an invisible character (the zero-width non-joiner U+200C of Persian "می‌توانید", the
 * joiner U+200D) as the font's space glyph with no advance, and the ToUnicode map then gives it back as
 * a space: copy-paste and search got "می توانید" (print review D9). Every bundled font has an empty,
 * zero-width glyph of its own for these characters: drawn with it, the character keeps its own glyph
 * and so its own ToUnicode entry. A character without such a glyph stays the space glyph.
 */
function invisiblesKeepTheirCharacters(font: fontkit.Font): fontkit.Font {
  const engine = (font as unknown as { _layoutEngine: LayoutEngineInternals })._layoutEngine;
  engine.hideDefaultIgnorables = (glyphs, positions) => {
    const space = font.glyphForCodePoint(0x20) as unknown as { codePoints: number[] };
    glyphs.forEach((glyph, index) => {
      const code = glyph.codePoints[0];
      if (code === undefined || !engine.isDefaultIgnorable(code)) return;
      const own = font.glyphForCodePoint(code);
      glyphs[index] = own.id !== 0 && own.path.commands.length === 0 ? (own as unknown as { codePoints: number[] }) : space;
      const position = positions[index];
      if (position) {
        position.xAdvance = 0;
        position.yAdvance = 0;
      }
    });
  };
  return font;
}

const sameCharacters = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((code, index) => code === b[index]);

function loadFamily(name: FamilyName): FontFamily {
  const parsed = new Map<string, fontkit.Font>();
  const load = (file: string) => {
    let font = parsed.get(file);
    if (!font) {
      font = subsetFromReadGlyphs(
        invisiblesKeepTheirCharacters(glyphCharactersPerUse(fontkit.create(readFileSync(file)) as fontkit.Font)),
      );
      parsed.set(file, font);
    }
    return font;
  };
  const f = files(name);
  return {
    name,
    faces: { regular: load(f.regular), bold: load(f.bold), italic: load(f.italic), boldItalic: load(f.boldItalic) },
  };
}

const FAMILY_OF_SCRIPT: Record<Script, FamilyName> = {
  Latn: 'noto-sans',
  Cyrl: 'noto-sans',
  Arab: 'vazirmatn',
  Ethi: 'noto-sans-ethiopic',
};

export function loadFonts(): FontSet {
  const families = new Map<FamilyName, FontFamily>();
  const get = (name: FamilyName) => {
    let family = families.get(name);
    if (!family) {
      family = loadFamily(name);
      families.set(name, family);
    }
    return family;
  };
  const fallback = get('noto-sans');
  const order: readonly FamilyName[] = ['noto-sans', 'vazirmatn', 'noto-sans-ethiopic'];
  return {
    family: (script) => get(FAMILY_OF_SCRIPT[script]),
    fallback,
    fallbacks: (script) => order.filter((name) => name !== FAMILY_OF_SCRIPT[script]).map(get),
    ...fallback.faces,
    get all() {
      return (Object.values(FAMILY_OF_SCRIPT) as FamilyName[]).filter((n, i, a) => a.indexOf(n) === i).map(get);
    },
  };
}

export const scriptOf = (language: LanguageCode): Script => LANGUAGES[language].script;

export const faceOf = (bold: boolean, italic: boolean): FontFace =>
  bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';
