/**
 * The content version of a letter in given languages: one SHA-256 over the files its words and
 * structure come from (its template, the partials, the locale files and their review metadata for
 * those languages, the authorities). The journal records it, so a re-render can tell whether the
 * letter's content has changed since.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { projectPath } from '../domain/project-path.ts';
import { sha256 } from './journal.ts';

const versions = new Map<string, string>();

export function contentVersion(letter: string, languages: readonly string[]): string {
  const key = `${letter}:${languages.join(',')}`;
  let version = versions.get(key);
  if (!version) {
    version = sha256(
      filesOf(letter, languages)
        .map((file) => `${file}\n${sha256(readFileSync(projectPath(file)))}\n`)
        .join(''),
    );
    versions.set(key, version);
  }
  return version;
}

function filesOf(letter: string, languages: readonly string[]): string[] {
  const partials = readdirSync(projectPath('templates/partials'))
    .filter((file) => file.endsWith('.hbs'))
    .sort()
    .map((file) => `templates/partials/${file}`);
  const locales = languages.flatMap((language) =>
    ['common', letter].flatMap((ns) => [`locales/${language}/${ns}.json`, `locales/${language}/${ns}.meta.json`]),
  );
  return [`templates/letters/${letter}.hbs`, ...partials, ...locales, 'data/authorities.json'].filter((file) =>
    existsSync(projectPath(file)),
  );
}
