/**
 * The tagged structure of a PDF as assistive technology reads it: the structure tree (roles, /Lang),
 * walked from the StructTreeRoot with qpdf's JSON view (the whole tree, also where an element runs
 * over a page break), and each element's text: its marked content, read with pdfjs-dist in
 * content-stream order (the order copy-paste and screen readers get, whatever the glyphs' positions).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface StructNode {
  readonly role: string;
  readonly lang?: string;
  readonly children: readonly StructNode[];
  /** The element's own text (its marked content), for elements that hold content. */
  readonly text: string;
  /** The element's `/ActualText`, what readers take instead of its glyphs' text. */
  readonly actualText?: string;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Dict = { [key: string]: Json };

interface TextItem {
  str?: string;
  hasEOL?: boolean;
  type?: string;
  id?: string;
}

export async function readStructure(bytes: Uint8Array): Promise<StructNode> {
  const objects = qpdfObjects(bytes);
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const textOfContent = new Map<string, string>(); // "<page object number>/<mcid>" → text
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent({ includeMarkedContent: true, disableNormalization: true });
    collectMarkedText(content.items as TextItem[], textOfContent);
  }
  await pdf.destroy();
  const catalog = Object.values(objects).find((o) => isDict(o) && o['/Type'] === '/Catalog') as Dict;
  const root = objects[refKey(catalog['/StructTreeRoot'] as string)] as Dict;
  return { role: 'StructTreeRoot', children: kids(root, null, objects, textOfContent).nodes, text: '' };
}

function qpdfObjects(bytes: Uint8Array): Record<string, Json> {
  const dir = mkdtempSync(`${tmpdir()}/structure-`);
  try {
    writeFileSync(`${dir}/in.pdf`, bytes);
    const out = spawnSync('qpdf', ['--json=2', '--json-key=qpdf', `${dir}/in.pdf`, '-'], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    const all = (JSON.parse(out.stdout) as { qpdf: [unknown, Record<string, { value?: Json; stream?: { dict: Json } }>] })
      .qpdf[1];
    return Object.fromEntries(Object.entries(all).map(([key, object]) => [key, object.value ?? object.stream?.dict ?? null]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const isDict = (value: Json | undefined): value is Dict => typeof value === 'object' && value !== null && !Array.isArray(value);
const refKey = (ref: string) => `obj:${ref}`;
const pageNumberOf = (ref: Json | undefined) => (typeof ref === 'string' ? ref.split(' ')[0] : '');
const textString = (value: Json | undefined) => (typeof value === 'string' ? value.replace(/^u:/, '') : undefined);

function kids(element: Dict, page: string | null, objects: Record<string, Json>, texts: Map<string, string>) {
  const nodes: StructNode[] = [];
  let text = '';
  const own = element['/Pg'] ? pageNumberOf(element['/Pg']) : (page ?? '');
  const k = element['/K'];
  let lastPage = own;
  // Content on the next page continues on a new line.
  const add = (pageOf: string, mcid: Json) => {
    text += (text && pageOf !== lastPage ? '\n' : '') + (texts.get(`${pageOf}/${mcid}`) ?? '');
    lastPage = pageOf;
  };
  for (const kid of Array.isArray(k) ? k : k === undefined ? [] : [k]) {
    if (typeof kid === 'number') add(own ?? '', kid);
    else if (isDict(kid) && kid['/MCID'] !== undefined) add(pageNumberOf(kid['/Pg']) || (own ?? ''), kid['/MCID']);
    else if (typeof kid === 'string') {
      const child = objects[refKey(kid)];
      if (isDict(child) && child['/S']) nodes.push(toNode(child, own || null, objects, texts));
    }
  }
  return { nodes, text };
}

function toNode(element: Dict, page: string | null, objects: Record<string, Json>, texts: Map<string, string>): StructNode {
  const { nodes, text } = kids(element, page, objects, texts);
  const lang = textString(element['/Lang']);
  const actualText = textString(element['/ActualText']);
  return {
    role: String(element['/S']).slice(1),
    ...(lang ? { lang } : {}),
    children: nodes,
    text,
    ...(actualText !== undefined ? { actualText } : {}),
  };
}

/** pdfjs names marked content `p<page object number>R_mc<MCID>`. */
function collectMarkedText(items: TextItem[], into: Map<string, string>) {
  const open: string[] = [];
  for (const item of items) {
    if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
      const match = /^p(\d+)R\d*_mc(\d+)$/.exec(item.id ?? '');
      open.push(match ? `${match[1]}/${match[2]}` : '');
    } else if (item.type === 'endMarkedContent') {
      open.pop();
    } else if (item.str !== undefined) {
      const id = [...open].reverse().find((entry) => entry !== '');
      if (!id) continue;
      into.set(id, (into.get(id) ?? '') + item.str + (item.hasEOL ? '\n' : ''));
    }
  }
}
