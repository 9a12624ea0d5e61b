/**
 * README's language table, generated from the locale files (never typed): per language, how many
 * letter types it has, how many of its strings are translated, and how they are reviewed. It sits
 * in README.md between two marker comments; `npm run readme:languages` rewrites it there, and
 * tests/i18n/language-table.test.ts fails when README's table is not what the files say.
 */
import { isLanguageCode, LANGUAGES } from '../domain/languages.ts';
import type { LocaleTree } from './locale-tree.ts';
import { languageSummaries } from './status.ts';

export const TABLE_START = '<!-- languages:start (generated from locales/ by npm run readme:languages; do not edit) -->';
export const TABLE_END = '<!-- languages:end -->';

const SCRIPTS: Readonly<Record<string, string>> = { Latn: 'Latin', Arab: 'Arabic', Ethi: 'Ethiopic', Cyrl: 'Cyrillic' };

export function languageTable(tree: LocaleTree): string {
  const rows = languageSummaries(tree).map((s) => {
    const info = isLanguageCode(s.language) ? LANGUAGES[s.language] : null;
    const script = info ? `${SCRIPTS[info.script] ?? info.script}${info.direction === 'rtl' ? ', right to left' : ''}` : '?';
    const translated = s.strings - s.missing;
    const review = [
      [s.draft + s.stale, 'draft'],
      [s.reviewed, 'reviewed'],
      [s.approved, 'approved'],
    ] as const;
    const reviewed = review
      .filter(([n]) => n > 0)
      .map(([n, word]) => (n === translated ? `all ${word}` : `${n} ${word}`))
      .join(' · ');
    return `| \`${s.language}\` | ${info?.name ?? s.language} | ${script} | ${s.letters} of ${s.ofLetters} | ${translated} of ${s.strings} | ${reviewed || '–'} |`;
  });
  return [
    '| code | language | script | letter types | strings translated | review |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** The README with the table between the markers replaced, or null when the markers are missing. */
export function withLanguageTable(readme: string, table: string): string | null {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END, start);
  if (start < 0 || end < 0) return null;
  return `${readme.slice(0, start + TABLE_START.length)}\n${table}\n${readme.slice(end)}`;
}
