/**
 * Locale files as the repository keeps them: nested JSON strings and flat-keyed meta entries, both in
 * the Danish key order, two-space indented with a final newline (what `JSON.stringify` and Biome
 * agree on), so that an import's diff shows only what changed.
 */
import { type FlatStrings, unflatten } from './key-paths.ts';

export const serializeStrings = (strings: FlatStrings, order: readonly string[]): string =>
  `${JSON.stringify(unflatten(strings, order), null, 2)}\n`;

export function serializeMeta(meta: ReadonlyMap<string, unknown>, order: readonly string[]): string {
  const rank = new Map(order.map((key, index) => [key, index]));
  const keys = [...meta.keys()].sort(
    (a, b) => (rank.get(a) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b) ?? Number.MAX_SAFE_INTEGER),
  );
  return `${JSON.stringify(Object.fromEntries(keys.map((key) => [key, meta.get(key)])), null, 2)}\n`;
}
