/**
 * A well-formed XML document as a small element tree, read with sax in strict mode (the XML parser
 * the `xml-js` dependency is built on). Anything that is not well-formed XML 1.0 is refused with
 * where it broke: a truncated file ("unclosed root tag"), a tag closed out of order, an unknown
 * entity, a character XML does not allow, a second root element. A
 * lenient HTML parser would have read a cut file up to the cut and imported the cut text.
 */
import sax from 'sax';

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** Text (entities decoded, CDATA as text) and child elements, in document order. */
  readonly children: readonly (XmlElement | string)[];
}

export type ReadXml = { ok: true; root: XmlElement } | { ok: false; detail: string };

/** C0 controls other than tab, line feed and carriage return are not XML 1.0 characters (nor are U+FFFE, U+FFFF). */
const NOT_XML_CHARACTER = /(?![\t\n\r\u007F-\u009F])\p{Cc}|[\uFFFE\uFFFF]/u;

class NotWellFormed extends Error {}

/** `maxDepth` bounds the nesting while reading (a deeply nested upload costs nothing beyond the limit). */
export function readXml(text: string, maxDepth: number): ReadXml {
  // XML parsers see every line break as LF; a byte order mark is not part of the document.
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (source.includes('\u0000') || source.startsWith('\uFFFD'))
    return { ok: false, detail: 'not UTF-8 text (UTF-16 without its byte order mark?): save the file as UTF-8' };
  const bad = NOT_XML_CHARACTER.exec(source);
  if (bad) return { ok: false, detail: `not XML: character U+${hex(bad[0])} at line ${lineOf(source, bad.index)}` };

  const parser = sax.parser(true, { strictEntities: true });
  const stack: { name: string; attributes: Record<string, string>; children: (XmlElement | string)[] }[] = [];
  let root: XmlElement | null = null;
  const fail = (what: string): never => {
    throw new NotWellFormed(`not well-formed XML: ${what} at line ${parser.line + 1}, column ${parser.column}`);
  };
  const text_ = (value: string) => {
    const top = stack[stack.length - 1];
    if (top) top.children.push(value);
    else if (value.trim()) fail('text outside the root element');
  };
  parser.onopentag = (tag) => {
    if (stack.length === 0 && root) fail(`a second root element <${tag.name}>`);
    if (stack.length >= maxDepth) fail(`elements nested deeper than ${maxDepth}`);
    stack.push({ name: tag.name, attributes: { ...tag.attributes }, children: [] });
  };
  parser.onclosetag = () => {
    const element = stack.pop();
    if (!element) return;
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
  };
  parser.ontext = text_;
  parser.oncdata = text_;
  parser.onerror = (error) => fail(error.message.split('\n')[0] ?? 'error');
  try {
    parser.write(source).close();
  } catch (error) {
    if (error instanceof NotWellFormed) return { ok: false, detail: error.message };
    throw error;
  }
  return root ? { ok: true, root } : { ok: false, detail: 'not XML: no root element' };
}

const hex = (character: string) => (character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** The child elements named `name` (namespace prefixes ignored). */
export const childrenNamed = (element: XmlElement, name: string): XmlElement[] =>
  element.children.filter((c): c is XmlElement => typeof c !== 'string' && localName(c.name) === name);

export const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** Every descendant element named `name`, depth first. */
export function descendantsNamed(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    if (localName(child.name) === name) found.push(child);
    else found.push(...descendantsNamed(child, name));
  }
  return found;
}

/** The text content of an element and its descendants. */
export const textOf = (element: XmlElement): string =>
  element.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
