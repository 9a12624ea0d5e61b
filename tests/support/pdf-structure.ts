/**
 * The tagged structure of a PDF as assistive technology reads it, with pdfjs-dist: the structure tree
 * (roles, /Lang) and, for each element, the text of its marked content in content-stream order:
 * the order copy-paste and screen readers get, whatever the glyphs' positions on the page.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface StructNode {
  readonly role: string;
  readonly lang?: string;
  readonly children: readonly StructNode[];
  /** The element's own text (its marked content), for elements that hold content. */
  readonly text: string;
}

interface RawNode {
  role?: string;
  lang?: string;
  type?: string;
  id?: string;
  children?: RawNode[];
}

interface TextItem {
  str?: string;
  hasEOL?: boolean;
  type?: string;
  id?: string;
}

export async function readStructure(bytes: Uint8Array): Promise<StructNode> {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const textOfContent = new Map<string, string>();
  const roots: RawNode[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent({ includeMarkedContent: true, disableNormalization: true });
    collectMarkedText(content.items as TextItem[], textOfContent);
    const tree = (await page.getStructTree()) as RawNode | null;
    if (tree) roots.push(tree);
  }
  await pdf.destroy();
  // pdfjs gives each page the part of the tree that reaches it; merge pages by walking them in order.
  const merged = mergePages(roots);
  return toNode(merged, textOfContent);
}

function collectMarkedText(items: TextItem[], into: Map<string, string>) {
  const open: string[] = [];
  for (const item of items) {
    if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
      open.push(item.id ?? '');
    } else if (item.type === 'endMarkedContent') {
      open.pop();
    } else if (item.str !== undefined) {
      const id = open[open.length - 1];
      if (!id) continue;
      into.set(id, (into.get(id) ?? '') + item.str + (item.hasEOL ? '\n' : ''));
    }
  }
}

/** Pages' trees share the element path; children with the same position are the same element. */
function mergePages(roots: RawNode[]): RawNode {
  const merge = (a: RawNode, b: RawNode): RawNode => {
    const children = [...(a.children ?? [])];
    for (const child of b.children ?? []) {
      const last = children[children.length - 1];
      if (child.type === 'content' || !last || last.type === 'content' || !sameElement(last, child)) children.push(child);
      else children[children.length - 1] = merge(last, child);
    }
    return { ...a, children };
  };
  return roots.reduce((acc, root) => merge(acc, root));
}

const sameElement = (a: RawNode, b: RawNode) =>
  a.role === b.role &&
  a.lang === b.lang &&
  a.role !== 'P' &&
  a.role !== 'H1' &&
  a.role !== 'H2' &&
  a.role !== 'H3' &&
  a.role !== 'TR' &&
  a.role !== 'LI';

function toNode(raw: RawNode, texts: Map<string, string>): StructNode {
  const children: StructNode[] = [];
  let text = '';
  for (const child of raw.children ?? []) {
    if (child.type === 'content') text += texts.get(child.id ?? '') ?? '';
    else if (child.role) children.push(toNode(child, texts));
  }
  return { role: raw.role ?? 'Root', ...(raw.lang ? { lang: raw.lang } : {}), children, text };
}
