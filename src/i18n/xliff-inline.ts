/**
 * Placeholders as XLIFF 1.2 inline codes: `{{date}}` travels as `<x id="1" equiv-text="{{date}}"/>`,
 * so a translation tool shows it as a protected tag the translator places but cannot type over.
 * The ids number the placeholders of the Danish source; a target's code means the source's code with
 * that id. On the way back every code becomes its placeholder again, exactly as the Danish writes it.
 * Letter markup (`<strong>`) stays escaped text, as before: the checks judge it.
 */
import { placeholderSpans } from './placeholders.ts';
import { localName, textOf, type XmlElement } from './xml-tree.ts';

export type InlinePart = string | { readonly id: string; readonly code: string };

/** The Danish source split into text and numbered codes. */
export function sourceParts(source: string): InlinePart[] {
  return split(source, (_code, index) => String(index + 1));
}

/** A translation split the same way: a placeholder written as in the source takes that code's id. */
export function targetParts(target: string, source: string): InlinePart[] {
  const unused = placeholderSpans(source).map((span, index) => ({ id: String(index + 1), code: span.text }));
  return split(target, (code) => {
    const at = unused.findIndex((u) => u.code === code);
    if (at < 0) return null; // not a code of the source: stays text, and the checks name it
    const [found] = unused.splice(at, 1);
    return found?.id ?? null;
  });
}

function split(text: string, idOf: (code: string, index: number) => string | null): InlinePart[] {
  const parts: InlinePart[] = [];
  let at = 0;
  placeholderSpans(text).forEach((span, index) => {
    const id = idOf(span.text, index);
    if (id === null) return;
    if (span.start > at) parts.push(text.slice(at, span.start));
    parts.push({ id, code: span.text });
    at = span.end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

export type ReadInline = { ok: true; source: string; target: string | null } | { ok: false; detail: string };

const CODE_ELEMENTS = new Set(['x', 'ph']);

/** A unit's source and target as i18next strings, every inline code back as its placeholder. */
export function readInline(source: XmlElement, target: XmlElement | undefined): ReadInline {
  const codes = new Map<string, string>();
  let sourceText = '';
  for (const child of source.children) {
    if (typeof child === 'string') {
      sourceText += child;
      continue;
    }
    const name = localName(child.name);
    const code = name === 'x' ? child.attributes['equiv-text'] : name === 'ph' ? textOf(child) : undefined;
    if (!CODE_ELEMENTS.has(name)) return { ok: false, detail: unknownElement(name) };
    const id = child.attributes.id;
    if (!id || !code) return { ok: false, detail: `the source's inline code <${name}> has no id or placeholder: export again` };
    codes.set(id, code);
    sourceText += code;
  }
  if (!target) return { ok: true, source: sourceText, target: null };
  let targetText = '';
  for (const child of target.children) {
    if (typeof child === 'string') {
      targetText += child;
      continue;
    }
    const name = localName(child.name);
    if (!CODE_ELEMENTS.has(name)) return { ok: false, detail: unknownElement(name) };
    const code = codes.get(child.attributes.id ?? '');
    if (code === undefined)
      return {
        ok: false,
        detail: `the target has an inline code (id ${child.attributes.id ?? 'none'}) the source does not have`,
      };
    const written = name === 'x' ? child.attributes['equiv-text'] : textOf(child) || undefined;
    if (written !== undefined && written !== code)
      return {
        ok: false,
        detail: `the target changes the inline code ${code} into ${written}: place the source's code unchanged`,
      };
    targetText += code;
  }
  return { ok: true, source: sourceText, target: targetText };
}

const unknownElement = (name: string) =>
  `inline element <${name}>: only the placeholder codes <x/> of the export may stand in a unit; keep the text plain`;
