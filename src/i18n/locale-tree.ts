/**
 * The locale tree as files on disk, for the translators' tools: locales/<lng>/<namespace>.json and
 * the sidecar <namespace>.meta.json, read without judging them (the check judges). Unreadable files
 * are recorded, not thrown, so that one broken file never hides the findings in the others.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { projectPath } from '../domain/project-path.ts';
import { type FlatStrings, flatten } from './key-paths.ts';

export interface NamespaceFiles {
  readonly language: string;
  readonly namespace: string;
  /** Paths as shown to people, relative to the working folder (see `shown`). */
  readonly file: string;
  readonly metaFile: string;
  /** null when the file cannot be read as JSON strings (see `unreadable`). */
  readonly strings: FlatStrings | null;
  /** null when there is no meta file or it cannot be read (see `unreadable`). */
  readonly meta: ReadonlyMap<string, unknown> | null;
  readonly unreadable: readonly { readonly file: string; readonly detail: string }[];
}

export interface LocaleTree {
  readonly dir: string;
  /** language folder → namespace → files; languages and namespaces sorted. */
  readonly languages: ReadonlyMap<string, ReadonlyMap<string, NamespaceFiles>>;
}

export const DEFAULT_LOCALES_DIR = projectPath('locales');

/** `locales/<lng>/glossary.json` is the language's glossary (`glossary.ts`), not a namespace. */
export const GLOSSARY_FILE = 'glossary.json';

/** A namespace's strings file: not its meta sidecar, not the glossary. */
export const isNamespaceFile = (file: string): boolean =>
  file.endsWith('.json') && !file.endsWith('.meta.json') && file !== GLOSSARY_FILE;

export function readLocaleTree(dir = DEFAULT_LOCALES_DIR): LocaleTree {
  const languages = new Map<string, Map<string, NamespaceFiles>>();
  for (const language of readdirSync(dir).sort()) {
    if (!statSync(`${dir}/${language}`).isDirectory()) continue;
    const namespaces = new Map<string, NamespaceFiles>();
    const names = readdirSync(`${dir}/${language}`)
      .filter(isNamespaceFile)
      .map((f) => f.slice(0, -'.json'.length))
      .sort();
    for (const namespace of names) namespaces.set(namespace, readNamespace(dir, language, namespace));
    languages.set(language, namespaces);
  }
  return { dir, languages };
}

export function readNamespace(dir: string, language: string, namespace: string): NamespaceFiles {
  const path = `${dir}/${language}/${namespace}.json`;
  const metaPath = `${dir}/${language}/${namespace}.meta.json`;
  const unreadable: { file: string; detail: string }[] = [];
  const file = shown(path);
  const metaFile = shown(metaPath);

  let strings: FlatStrings | null = null;
  const parsed = readJson(path);
  if (!parsed.ok) unreadable.push({ file, detail: parsed.detail });
  else {
    const flat = flatten(parsed.value);
    if (flat.ok) strings = flat.strings;
    else unreadable.push({ file, detail: flat.detail });
  }

  let meta: Map<string, unknown> | null = null;
  if (existsSync(metaPath)) {
    const parsedMeta = readJson(metaPath);
    if (!parsedMeta.ok) unreadable.push({ file: metaFile, detail: parsedMeta.detail });
    else if (typeof parsedMeta.value !== 'object' || parsedMeta.value === null || Array.isArray(parsedMeta.value))
      unreadable.push({ file: metaFile, detail: 'the file is not a JSON object of entries' });
    else meta = new Map(Object.entries(parsedMeta.value));
  }
  return { language, namespace, file, metaFile, strings, meta, unreadable };
}

/** A path as people see it in findings: relative to the working folder, never absolute. */
export const shown = (path: string): string => relative(process.cwd(), path) || path;

function readJson(path: string): { ok: true; value: unknown } | { ok: false; detail: string } {
  try {
    return { ok: true, value: JSON.parse(readFileSync(path, 'utf8')) };
  } catch (error) {
    // The parser's message may quote the text; a locale file holds no personal data, but keep it short.
    const position = /position (\d+)/.exec(String(error))?.[1];
    return { ok: false, detail: `not valid JSON${position ? ` (at character ${position})` : ''}` };
  }
}
