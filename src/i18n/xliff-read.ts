/**
 * Reads XLIFF 1.2 back (htmlparser2 in XML mode): per `<file>` its namespace, per `<trans-unit>` its
 * id, source, target, target state and approval. Targets must be plain text: a tool that turned
 * text into XLIFF inline elements (`<g>`, `<ph>`, …) would lose the letter markup, so it is refused.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import type { XliffDocument, XliffFile, XliffUnit } from './xliff-model.ts';

type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];
export type ReadXliff = { ok: true; document: XliffDocument } | { ok: false; detail: string };

/** XLIFF 1.2 as exported nests 5 elements deep; a file nested far deeper is refused before it is parsed. */
export const MAX_XLIFF_DEPTH = 32;

export function readXliff(text: string): ReadXliff {
  // The DOM parser's cost grows with the square of the nesting: a 700 kB file of 100,000 nested
  // elements took 21 s. One linear pass over the tags bounds the depth first.
  if (deeperThan(text, MAX_XLIFF_DEPTH)) return { ok: false, detail: `elements nested deeper than ${MAX_XLIFF_DEPTH}` };
  const dom = parseDocument(text, { xmlMode: true });
  const root = DomUtils.getElementsByTagName('xliff', dom.children, false)[0];
  if (!root) return { ok: false, detail: 'no <xliff> element' };
  if (root.attribs.version !== '1.2')
    return { ok: false, detail: `XLIFF version ${root.attribs.version ?? '(none)'}, expected 1.2` };
  const fileElements = DomUtils.getElementsByTagName('file', root.children, false);
  if (fileElements.length === 0) return { ok: false, detail: 'no <file> element' };
  const sourceLanguage = fileElements[0]?.attribs['source-language'] ?? '';
  const targetLanguage = fileElements[0]?.attribs['target-language'] ?? '';
  const files: XliffFile[] = [];
  for (const element of fileElements) {
    if ((element.attribs['target-language'] ?? '') !== targetLanguage)
      return { ok: false, detail: 'files for different languages' };
    const original = element.attribs.original;
    if (!original) return { ok: false, detail: '<file> without original (the namespace)' };
    const units: XliffUnit[] = [];
    for (const unit of DomUtils.getElementsByTagName('trans-unit', element.children, true)) {
      const read = readUnit(unit);
      if (typeof read === 'string') return { ok: false, detail: `${original}: ${read}` };
      units.push(read);
    }
    files.push({ original, units });
  }
  return { ok: true, document: { sourceLanguage, targetLanguage, files } };
}

function readUnit(unit: Element): XliffUnit | string {
  const id = unit.attribs.id;
  if (!id) return '<trans-unit> without id';
  const child = (name: string) => DomUtils.getElementsByTagName(name, unit.children, false)[0];
  const source = child('source');
  const target = child('target');
  if (!source) return `unit ${id} has no <source>`;
  if ([source, target].some((e) => e?.children.some((c) => c.type === 'tag')))
    return `unit ${id} holds XLIFF inline elements: keep the text plain (markup as written in the source)`;
  return {
    id,
    source: DomUtils.textContent(source),
    target: target ? DomUtils.textContent(target) : null,
    state: target?.attribs.state ?? null,
    approved: unit.attribs.approved === 'yes',
    notes: [],
  };
}

/** Whether elements nest deeper than `limit` (start tags minus end tags; comments, declarations and `/>` do not count). */
function deeperThan(text: string, limit: number): boolean {
  let depth = 0;
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
    const next = text[at + 1];
    if (next === '/') depth--;
    else if (next === '!' || next === '?') continue;
    else {
      const end = text.indexOf('>', at);
      if (end < 0) break;
      if (text[end - 1] !== '/' && ++depth > limit) return true;
    }
  }
  return false;
}
