/**
 * Reads XLIFF 1.2 back with a strict XML parser (`xml-tree.ts`): a file that is not well-formed XML,
 * a truncated one above all, is refused whole. Per `<file>` its namespace, per `<trans-unit>` its
 * id, source, target, target state and approval; placeholders come back from their inline codes
 * (`xliff-inline.ts`). A unit whose inline codes were dropped in, changed or replaced by other
 * inline elements is reported with its key, and the file is refused.
 */
import { readInline } from './xliff-inline.ts';
import type { XliffDocument, XliffFile, XliffUnit } from './xliff-model.ts';
import { childrenNamed, descendantsNamed, localName, readXml, type XmlElement } from './xml-tree.ts';

export interface UnitProblem {
  readonly namespace: string;
  readonly id: string;
  readonly detail: string;
}
export type ReadXliff =
  | { ok: true; document: XliffDocument; unitProblems: readonly UnitProblem[] }
  | { ok: false; detail: string };

/** XLIFF 1.2 as exported nests 7 elements deep (with inline codes); a file nested far deeper is refused while it is read. */
export const MAX_XLIFF_DEPTH = 32;

export function readXliff(text: string): ReadXliff {
  const xml = readXml(text, MAX_XLIFF_DEPTH);
  if (!xml.ok) return xml;
  const root = xml.root;
  if (localName(root.name) !== 'xliff') return { ok: false, detail: 'no <xliff> element' };
  if (root.attributes.version !== '1.2')
    return { ok: false, detail: `XLIFF version ${root.attributes.version ?? '(none)'}, expected 1.2` };
  const fileElements = childrenNamed(root, 'file');
  if (fileElements.length === 0) return { ok: false, detail: 'no <file> element' };
  const sourceLanguage = fileElements[0]?.attributes['source-language'] ?? '';
  const targetLanguage = fileElements[0]?.attributes['target-language'] ?? '';
  const files: XliffFile[] = [];
  const unitProblems: UnitProblem[] = [];
  for (const element of fileElements) {
    if ((element.attributes['target-language'] ?? '') !== targetLanguage)
      return { ok: false, detail: 'files for different languages' };
    const original = element.attributes.original;
    if (!original) return { ok: false, detail: '<file> without original (the namespace)' };
    const units: XliffUnit[] = [];
    for (const unit of descendantsNamed(element, 'trans-unit')) {
      const read = readUnit(unit);
      if (typeof read === 'string') return { ok: false, detail: `${original}: ${read}` };
      if ('detail' in read) unitProblems.push({ namespace: original, ...read });
      else units.push(read);
    }
    files.push({ original, units });
  }
  return { ok: true, document: { sourceLanguage, targetLanguage, files }, unitProblems };
}

function readUnit(unit: XmlElement): XliffUnit | { id: string; detail: string } | string {
  const id = unit.attributes.id;
  if (!id) return '<trans-unit> without id';
  const source = childrenNamed(unit, 'source')[0];
  const target = childrenNamed(unit, 'target')[0];
  if (!source) return `unit ${id} has no <source>`;
  const inline = readInline(source, target);
  if (!inline.ok) return { id, detail: inline.detail };
  return {
    id,
    source: inline.source,
    target: inline.target,
    state: target?.attributes.state ?? null,
    approved: unit.attributes.approved === 'yes',
    notes: [],
  };
}

/**
 * The text of an XLIFF file as bytes: UTF-8 (with or without a byte order mark), or UTF-16 in
 * either byte order when the file starts with its byte order mark (some Windows tools save so).
 */
export function decodeXliff(bytes: Uint8Array): string {
  const [first, second] = bytes;
  if (first === 0xff && second === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (first === 0xfe && second === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}
