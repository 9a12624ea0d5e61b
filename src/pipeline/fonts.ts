/**
 * Fonts from npm (@expo-google-fonts: complete TTFs, OFL), parsed once per process. Passing a file
 * to pdfkit per document re-parses it every time: 9× slower (shared/design/pdf-notes.md §5).
 * pdfkit embeds only the glyphs a letter uses (subset).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import * as fontkit from 'fontkit';

export type FontFace = 'regular' | 'bold' | 'italic' | 'boldItalic';
export type FontSet = Readonly<Record<FontFace, fontkit.Font>>;

const require = createRequire(import.meta.url);
const notoSans = dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));

const FILES: Record<FontFace, string> = {
  regular: `${notoSans}/400Regular/NotoSans_400Regular.ttf`,
  bold: `${notoSans}/700Bold/NotoSans_700Bold.ttf`,
  italic: `${notoSans}/400Regular_Italic/NotoSans_400Regular_Italic.ttf`,
  boldItalic: `${notoSans}/700Bold_Italic/NotoSans_700Bold_Italic.ttf`,
};

export function loadFonts(): FontSet {
  const load = (file: string) => fontkit.create(readFileSync(file)) as fontkit.Font;
  return { regular: load(FILES.regular), bold: load(FILES.bold), italic: load(FILES.italic), boldItalic: load(FILES.boldItalic) };
}

export const faceOf = (bold: boolean, italic: boolean): FontFace =>
  bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';
