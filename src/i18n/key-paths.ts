/**
 * Locale files nest their keys (`{"reference": {"date": "Dato"}}`); i18next addresses them as dotted
 * paths (`reference.date`, its default key separator). The translators' tools work on the flat form
 * and write the nested form back, in the Danish master's key order so that diffs stay small.
 */

export type FlatStrings = ReadonlyMap<string, string>;

export type Flattened = { ok: true; strings: FlatStrings } | { ok: false; detail: string };

export function flatten(tree: unknown): Flattened {
  if (!isPlainObject(tree)) return { ok: false, detail: 'the file is not a JSON object of strings' };
  const strings = new Map<string, string>();
  const walk = (node: Record<string, unknown>, prefix: string): string | null => {
    for (const [name, value] of Object.entries(node)) {
      const key = prefix ? `${prefix}.${name}` : name;
      if (typeof value === 'string') strings.set(key, value);
      else if (isPlainObject(value)) {
        const problem = walk(value, key);
        if (problem) return problem;
      } else return `${key} is not a string`;
    }
    return null;
  };
  const problem = walk(tree, '');
  return problem ? { ok: false, detail: problem } : { ok: true, strings };
}

/** The nested form of flat strings, keys in the given order (unknown keys last, as they come). */
export function unflatten(strings: FlatStrings, order: readonly string[] = []): Record<string, unknown> {
  const rank = new Map(order.map((key, index) => [key, index]));
  const keys = [...strings.keys()].sort(
    (a, b) => (rank.get(a) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b) ?? Number.MAX_SAFE_INTEGER),
  );
  const root: Record<string, unknown> = {};
  for (const key of keys) {
    const parts = key.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      if (!isPlainObject(node[part])) node[part] = {};
      node = node[part] as Record<string, unknown>;
    }
    node[parts[parts.length - 1] as string] = strings.get(key);
  }
  return root;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
