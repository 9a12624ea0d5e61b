/**
 * One glossary per language, `locales/<lng>/glossary.json`, so that a legal term is translated the
 * same way in every letter of the language: `{ "<Danish term>": "<term>" | ["<term>", "<other form>", …] }`.
 * Wherever the Danish term begins a word of a Danish string (any ending: "opholdstilladelse" also
 * finds "opholdstilladelsen"), the language's string of the same key must contain the term or one of
 * its listed forms (inflections, a form with a possessive ending, a stem). Matching ignores case.
 * The glossary is not a namespace: the renderer and the namespace readers skip the file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.ts';
import type { FlatStrings } from './key-paths.ts';
import { GLOSSARY_FILE, shown } from './locale-tree.ts';
import { danishSourceKey } from './plurals.ts';

export interface GlossaryTerm {
  readonly danish: string;
  /** The term first, then the other forms the check accepts. */
  readonly forms: readonly string[];
}

export type Glossary = { ok: true; file: string; terms: readonly GlossaryTerm[] } | { ok: false; finding: Diagnostic };

/** The language's glossary, or null when it has none. */
export function readGlossary(dir: string, language: string): Glossary | null {
  const path = `${dir}/${language}/${GLOSSARY_FILE}`;
  if (!existsSync(path)) return null;
  const file = shown(path);
  const unreadable = (detail: string): Glossary => ({
    ok: false,
    finding: diagnostic('LOCALE_FILE_UNREADABLE', file, { detail }),
  });
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return unreadable('not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return unreadable('a glossary is one JSON object: { "<Danish term>": "<term>" | ["<term>", "<other form>", …] }');
  const terms: GlossaryTerm[] = [];
  for (const [danish, target] of Object.entries(value)) {
    const forms = typeof target === 'string' ? [target] : target;
    if (!Array.isArray(forms) || forms.length === 0 || !forms.every((f) => typeof f === 'string' && f.trim() !== ''))
      return unreadable(`"${danish}": the term is a non-empty string or a list of them`);
    terms.push({ danish, forms });
  }
  return { ok: true, file, terms };
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The Danish term at the start of a word, any ending. */
const danishPattern = (term: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escaped(term)}`, 'iu');

/** Every string of a namespace whose Danish has a glossary term that its translation lacks. */
export function glossaryFindings(danish: FlatStrings, strings: FlatStrings, file: string, glossary: Glossary): Diagnostic[] {
  if (!glossary.ok) return [];
  const patterns = glossary.terms.map((term) => ({ term, pattern: danishPattern(term.danish) }));
  const findings: Diagnostic[] = [];
  for (const [key, text] of strings) {
    const sourceKey = danishSourceKey(key, danish);
    const source = sourceKey === null ? undefined : danish.get(sourceKey);
    if (source === undefined) continue; // an extra key: reported by the key check
    const lowered = text.toLocaleLowerCase();
    for (const { term, pattern } of patterns) {
      if (!pattern.test(source)) continue;
      if (term.forms.some((form) => lowered.includes(form.toLocaleLowerCase()))) continue;
      findings.push(
        diagnostic('LOCALE_GLOSSARY_TERM', file, {
          key,
          term: term.danish,
          target: term.forms[0] as string,
          glossary: glossary.file,
        }),
      );
    }
  }
  return findings;
}
