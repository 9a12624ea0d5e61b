/**
 * A letter's input JSON Schema with the officer's words on it (field-labels.ts): every property gets `title`
 * (Danish), `x-label` ({da, en}) and, where written, `x-help`; every enum gets `x-choices` ({da: {value: label},
 * en: …}); every `const` of a choice gets `x-choice` ({da, en}). Words that are missing are left out, and
 * `missingWords` names them (the test fails on any).
 */
import { choiceWords, fieldWords, type Words } from './field-labels.ts';

type JsonSchema = Record<string, unknown>;

const isSchema = (value: unknown): value is JsonSchema => value !== null && typeof value === 'object' && !Array.isArray(value);

export interface MissingWords {
  readonly fields: string[];
  readonly choices: string[];
}

/** Returns a labelled copy of `schema` (the generated schema is shared and never changed in place). */
export function labelSchema(letter: string, schema: JsonSchema, missing?: MissingWords): JsonSchema {
  const choicesOf = (values: unknown[]) => {
    const da: Record<string, string> = {};
    const en: Record<string, string> = {};
    for (const value of values) {
      if (typeof value === 'boolean') continue; // yes/no: the page's own words
      const words = choiceWords(letter, String(value));
      if (!words) missing?.choices.push(`${letter}: ${String(value)}`);
      else {
        da[String(value)] = words.da;
        en[String(value)] = words.en;
      }
    }
    return { da, en };
  };
  const walk = (node: unknown, path: string): unknown => {
    if (Array.isArray(node)) return node.map((item) => walk(item, path));
    if (!isSchema(node)) return node;
    const copy: JsonSchema = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties' && isSchema(value)) {
        copy.properties = Object.fromEntries(
          Object.entries(value).map(([name, child]) => {
            const childPath = path ? `${path}.${name}` : name;
            const labelled = walk(child, childPath) as JsonSchema;
            const words = fieldWords(letter, childPath);
            if (!words) {
              missing?.fields.push(`${letter}: ${childPath}`);
              return [name, labelled];
            }
            return [
              name,
              {
                title: words.da,
                'x-label': { da: words.da, en: words.en },
                ...(words.help ? { 'x-help': words.help } : {}),
                ...labelled,
              },
            ];
          }),
        );
      } else if (key === 'items' || key === 'prefixItems' || key === 'oneOf' || key === 'anyOf') copy[key] = walk(value, path);
      else copy[key] = value;
    }
    // A country code (common-schema.ts) brings its own words: CLDR's names, not 250 entries in field-labels.ts.
    if (Array.isArray(node.enum) && node['x-choices'] === undefined) copy['x-choices'] = choicesOf(node.enum);
    if (node.const !== undefined && typeof node.const !== 'boolean') {
      const words: Words | null = choiceWords(letter, String(node.const));
      if (words) copy['x-choice'] = words;
      else missing?.choices.push(`${letter}: ${String(node.const)}`);
    }
    return copy;
  };
  return walk(schema, '') as JsonSchema;
}
