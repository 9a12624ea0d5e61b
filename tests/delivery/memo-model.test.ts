/**
 * The MeMo element model as a schema: one test per rule of every element (required, at most once, order,
 * length, type), each on a full message made from the model and then broken in exactly that one place.
 */
import { describe, expect, it } from 'vitest';
import { js2xml } from 'xml-js';
import { type ElementRule, MEMO_MODEL, MEMO_NAMESPACE, type TextType, validateMemo } from '../../src/delivery/memo-model.ts';

interface Node {
  type: 'element' | 'text';
  name?: string;
  text?: string;
  attributes?: Record<string, string>;
  elements?: Node[];
}

const validText = (type: TextType): string => {
  switch (type.kind) {
    case 'string':
      return 'x';
    case 'boolean':
      return 'true';
    case 'dateTimeUtc':
      return '2016-11-03T00:00:00Z';
    case 'uuid4':
      return '12345678-1234-4234-8234-123456789abc';
    case 'base64':
      return 'JVBERi0=';
    case 'enum':
      return type.values[0] as string;
  }
};

/** One of every element of the model, each with a valid value. */
function full(rule: ElementRule): Node {
  return {
    type: 'element',
    name: `memo:${rule.name}`,
    elements: rule.text ? [{ type: 'text', text: validText(rule.text) }] : (rule.children ?? []).map(full),
  };
}

function message(change?: (root: Node) => void, attributes?: Record<string, string>): string {
  const root = full(MEMO_MODEL);
  root.attributes = { 'xmlns:memo': MEMO_NAMESPACE, memoVersion: '1.1', memoSchVersion: '1.1.0', ...attributes };
  change?.(root);
  return js2xml({ elements: [root] });
}

/** Every element rule with its path and the path of indices to its node in `full`. */
function walk(
  rule: ElementRule,
  path: string,
  at: number[],
): { rule: ElementRule; path: string; at: number[]; parent: ElementRule | null }[] {
  return (rule.children ?? []).flatMap((child, index) => [
    { rule: child, path: `${path}/${child.name}`, at: [...at, index], parent: rule },
    ...walk(child, `${path}/${child.name}`, [...at, index]),
  ]);
}
const rules = walk(MEMO_MODEL, '/Message', []);
const nodeAt = (root: Node, at: number[]): Node => at.reduce((node, index) => (node.elements as Node[])[index] as Node, root);
const parentAt = (root: Node, at: number[]) => nodeAt(root, at.slice(0, -1));

it('a message with every element of the model conforms', () => {
  expect(validateMemo(message())).toEqual([]);
});

it('the root: the MeMo namespace and versions 1.1 / 1.1.0', () => {
  expect(validateMemo(message(undefined, { 'xmlns:memo': 'urn:other' }))).toContainEqual({ path: '/Message', rule: 'namespace' });
  expect(validateMemo(message(undefined, { memoVersion: '1.2' }))).toContainEqual({ path: '/Message', rule: 'version' });
  expect(validateMemo('<Other/>')).toEqual([{ path: '/', rule: 'root' }]);
});

describe.each(rules.filter((r) => r.rule.min >= 1).map((r) => [r.path, r] as const))('%s is required', (_path, r) => {
  it('is missing → too-few', () => {
    const xml = message((root) => {
      (parentAt(root, r.at).elements as Node[]).splice(r.at.at(-1) as number, 1);
    });
    expect(validateMemo(xml)).toContainEqual({ path: r.path, rule: 'too-few' });
  });
});

describe.each(rules.filter((r) => r.rule.max === 1).map((r) => [r.path, r] as const))('%s at most once', (_path, r) => {
  it('twice → too-many', () => {
    const xml = message((root) => {
      const siblings = parentAt(root, r.at).elements as Node[];
      siblings.splice(r.at.at(-1) as number, 0, structuredClone(siblings[r.at.at(-1) as number] as Node));
    });
    expect(validateMemo(xml)).toContainEqual({ path: r.path, rule: 'too-many' });
  });
});

describe.each(rules.filter((r) => (r.at.at(-1) as number) > 0).map((r) => [r.path, r] as const))(
  '%s comes after its predecessor in the sequence',
  (_path, r) => {
    it('swapped with it → out of order', () => {
      const xml = message((root) => {
        const siblings = parentAt(root, r.at).elements as Node[];
        const i = r.at.at(-1) as number;
        [siblings[i - 1], siblings[i]] = [siblings[i] as Node, siblings[i - 1] as Node];
      });
      expect(validateMemo(xml).length).toBeGreaterThan(0);
    });
  },
);

describe.each(rules.filter((r) => r.rule.text?.kind === 'string').map((r) => [r.path, r] as const))(
  '%s has a maximum length',
  (_path, r) => {
    it('one character more → length; empty → type', () => {
      const max = (r.rule.text as { maxLength: number }).maxLength;
      const set = (value: string) =>
        message((root) => {
          nodeAt(root, r.at).elements = [{ type: 'text', text: value }];
        });
      expect(validateMemo(set('é'.repeat(max)))).toEqual([]);
      expect(validateMemo(set('é'.repeat(max + 1)))).toEqual([{ path: r.path, rule: 'length' }]);
      expect(validateMemo(set(''))).toEqual([{ path: r.path, rule: 'type' }]);
    });
  },
);

const BAD: Record<Exclude<TextType['kind'], 'string'>, string> = {
  boolean: 'yes',
  dateTimeUtc: '2016-11-03T00:00:00+01:00',
  uuid4: '12345678-1234-1234-8234-123456789abc',
  base64: 'not base64!',
  enum: 'LETTER',
};
describe.each(rules.filter((r) => r.rule.text && r.rule.text.kind !== 'string').map((r) => [r.path, r] as const))(
  '%s has a type',
  (_path, r) => {
    it('a value of another form → type', () => {
      const xml = message((root) => {
        nodeAt(root, r.at).elements = [{ type: 'text', text: BAD[(r.rule.text as TextType).kind as keyof typeof BAD] }];
      });
      expect(validateMemo(xml)).toEqual([{ path: r.path, rule: 'type' }]);
    });
  },
);

it('an element the model does not have → unknown', () => {
  const xml = message((root) => {
    (nodeAt(root, [0]).elements as Node[]).push({ type: 'element', name: 'memo:Surprise', elements: [] });
  });
  expect(validateMemo(xml)).toEqual([{ path: '/Message/MessageHeader/Surprise', rule: 'unknown-or-out-of-order' }]);
});

it('an element of another namespace prefix → namespace', () => {
  const xml = message((root) => {
    (nodeAt(root, [0, 0]) as Node).name = 'other:messageType';
  });
  expect(validateMemo(xml).length).toBeGreaterThan(0);
});
