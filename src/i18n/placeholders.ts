/**
 * The placeholders of an i18next string: `{{name}}`, `{{- name}}` (unescaped: markup in the value
 * survives, so a translation must never switch to it) and `{{name, format}}` (the value's type, e.g.
 * `number`), plus nested strings `$t(key)`. A translation must have exactly the Danish set: a dropped
 * placeholder loses a fact (a date, an authority), an added one prints a value the Danish never says.
 */

const INTERPOLATION = /\{\{\s*(-)?\s*([^,}\s]+)\s*(?:,\s*([^}]*?))?\s*\}\}/g;
const NESTING = /\$t\(\s*([^,)\s]+)[^)]*\)/g;

/**
 * Where each placeholder is written, in order, as written: `$t(…)` whole (with the interpolations
 * in its options), `{{…}}` outside it. These are the spans XLIFF carries as inline codes.
 */
export function placeholderSpans(text: string): { start: number; end: number; text: string }[] {
  const nested = [...text.matchAll(NESTING)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  const inside = (at: number) => nested.some((n) => at >= n.start && at < n.end);
  const interpolations = [...text.matchAll(INTERPOLATION)]
    .filter((m) => !inside(m.index))
    .map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  return [...nested, ...interpolations].sort((a, b) => a.start - b.start);
}

export interface Placeholder {
  readonly name: string;
  /** The format (type) after the comma, '' when none. */
  readonly format: string;
  readonly unescaped: boolean;
}

export function placeholdersOf(text: string): Placeholder[] {
  const found: Placeholder[] = [];
  for (const match of text.matchAll(INTERPOLATION))
    found.push({ name: match[2] ?? '', format: (match[3] ?? '').trim(), unescaped: match[1] === '-' });
  for (const match of text.matchAll(NESTING)) found.push({ name: `$t(${match[1] ?? ''})`, format: '', unescaped: false });
  return found;
}

/** How a placeholder is written, canonically: `{{date}}`, `{{- name}}`, `{{count, number}}`, `$t(key)`. */
export function spell(placeholder: Placeholder): string {
  if (placeholder.name.startsWith('$t(')) return placeholder.name;
  return `{{${placeholder.unescaped ? '- ' : ''}${placeholder.name}${placeholder.format ? `, ${placeholder.format}` : ''}}}`;
}

/** The placeholders as a sorted multiset, for comparison and for messages. */
export const placeholderSignature = (text: string): string[] => placeholdersOf(text).map(spell).sort();

/**
 * The `number` format only says how the value is written: `{{count, number}}` prints the same count in the
 * language's own digits (Persian "۸", Sorani "٨") and grouping, so a translation may add it where the Danish has none.
 */
const sameValue = (text: string): string[] =>
  placeholdersOf(text)
    .map((p) => spell(p.format === 'number' ? { ...p, format: '' } : p))
    .sort();

/** null when both strings hold the same placeholders (names, formats other than `number`, escaping, counts). */
export function placeholderDifference(danish: string, translation: string): { expected: string; found: string } | null {
  const expected = sameValue(danish);
  const found = sameValue(translation);
  if (expected.length === found.length && expected.every((p, i) => p === found[i])) return null;
  return { expected: expected.join(' ') || '(none)', found: found.join(' ') || '(none)' };
}
