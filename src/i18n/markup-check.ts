/**
 * The markup a locale string may carry: the letter markup subset that the parse stage accepts
 * (README, src/pipeline/parse.ts), balanced. The parse stage itself judges tags, attributes and
 * nesting; tag balance of inline tags (which HTML parsing forgives) is counted here.
 */
import { BLOCK, INLINE, parse } from '../pipeline/parse.ts';

const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;
const VOID = new Set(['br']);

/** null when the string's markup is fine, else what is wrong (names tags, never the text). */
export function markupProblem(text: string): string | null {
  const tags = [...text.matchAll(TAG)];
  if (tags.length === 0) return text.includes('<') ? 'a "<" that is not a tag: write &lt;' : null;
  const unknown = tags.map((t) => (t[2] ?? '').toLowerCase()).find((name) => !INLINE.has(name) && !BLOCK.has(name));
  if (unknown) return `<${unknown}> is not in the letter markup subset`;
  const balance = balanceProblem(tags);
  if (balance) return balance;
  // Inline-only strings sit inside a paragraph; strings with blocks stand at the top of the body.
  const hasBlock = tags.some((t) => BLOCK.has((t[2] ?? '').toLowerCase()));
  const parsed = parse(hasBlock ? text : `<p>${text}</p>`, 'string');
  if (parsed.ok) return null;
  const first = parsed.diagnostics[0];
  return String(first?.params?.detail ?? first?.params?.tag ?? 'invalid markup');
}

function balanceProblem(tags: RegExpMatchArray[]): string | null {
  const open: string[] = [];
  for (const tag of tags) {
    const name = (tag[2] ?? '').toLowerCase();
    if (VOID.has(name)) continue;
    if (tag[3] === '/') return `<${name}/> written as self-closing: write <${name}>…</${name}>`;
    if (tag[1] !== '/') open.push(name);
    else if (open.pop() !== name) return `unbalanced </${name}>`;
  }
  return open.length ? `<${open[open.length - 1]}> is never closed` : null;
}

/** The tags a string uses, sorted: a translation carries the same emphasis and structure as the Danish. */
export const tagSignature = (text: string): string[] =>
  [...text.matchAll(TAG)]
    .filter((t) => t[1] !== '/')
    .map((t) => (t[2] ?? '').toLowerCase())
    .sort();
