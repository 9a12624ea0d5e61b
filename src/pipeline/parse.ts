/**
 * Stage: parse. The template's output is a small, closed HTML subset; htmlparser2 turns it into
 * typed blocks. Input values were HTML-escaped by Handlebars and i18next, so a name such as
 * `<b>x</b>` arrives here as text and stays text. Anything outside the subset is a diagnostic.
 *
 * The subset: section[lang,dir] h1 h2 h3[class=enclosure] p[class=note|quote|keep-with-next|"note keep-with-next"] ul ol li table tr th td strong em br.
 */
import { Parser } from 'htmlparser2';
import { type Diagnostic, diagnostic, fail, ok, type Result } from '../diagnostics/diagnostic.ts';
import type { Block, Inline, Run, TableCell, TableRow } from './document.ts';

/** The subset's tags, exported for the translators' check of strings (src/i18n/markup-check.ts). */
export const INLINE: ReadonlySet<string> = new Set(['strong', 'em', 'br']);
export const BLOCK: ReadonlySet<string> = new Set([
  'section',
  'h1',
  'h2',
  'h3',
  'p',
  'ul',
  'ol',
  'li',
  'table',
  'tr',
  'th',
  'td',
]);
/** Which tag may hold which: keeps structure meaningful for layout and, later, the PDF tag tree. */
const PARENTS: Record<string, readonly string[]> = {
  section: ['root', 'section'],
  h1: ['root', 'section'],
  h2: ['root', 'section'],
  h3: ['root', 'section'],
  p: ['root', 'section'],
  ul: ['root', 'section'],
  ol: ['root', 'section'],
  table: ['root', 'section'],
  li: ['ul', 'ol'],
  tr: ['table'],
  th: ['tr'],
  td: ['tr'],
};
/** A paragraph's classes: its role (a notice, a passage quoted in the notice's box) and whether it keeps with the next block. */
const PARAGRAPH_CLASSES: ReadonlySet<string> = new Set(['note', 'quote', 'keep-with-next']);
const TEXT_HOLDERS = new Set(['h1', 'h2', 'h3', 'p', 'li', 'th', 'td']);

interface Open {
  readonly tag: string;
  readonly attributes: Record<string, string>;
  lines: Run[][];
  children: Block[];
  items: Inline[][];
  rows: TableRow[];
  cells: TableCell[];
}

export function parse(markup: string, template: string): Result<Block[]> {
  const problems: Diagnostic[] = [];
  const root: Open = open('root', {});
  const stack: Open[] = [root];
  let bold = 0;
  let italic = 0;
  const top = () => stack[stack.length - 1] as Open;
  const problem = (code: 'MARKUP_INVALID' | 'MARKUP_UNKNOWN_TAG', params: Record<string, string>) =>
    problems.push(diagnostic(code, '', { template, ...params }));

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'strong') bold++;
        else if (name === 'em') italic++;
        else if (name === 'br') top().lines.push([]);
        else if (!BLOCK.has(name)) problem('MARKUP_UNKNOWN_TAG', { tag: name });
        else if (!PARENTS[name]?.includes(top().tag)) problem('MARKUP_INVALID', { detail: `<${name}> inside <${top().tag}>` });
        else stack.push(open(name, attributes));
      },
      ontext(text) {
        const holder = top();
        if (!TEXT_HOLDERS.has(holder.tag)) {
          if (text.trim()) problem('MARKUP_INVALID', { detail: `text directly inside <${holder.tag}>` });
          return;
        }
        const line = holder.lines[holder.lines.length - 1] as Run[];
        line.push({ text: text.replace(/\s+/g, ' '), bold: bold > 0, italic: italic > 0 });
      },
      onclosetag(name, isImplied) {
        if (name === 'strong') bold--;
        else if (name === 'em') italic--;
        if (INLINE.has(name) || !BLOCK.has(name)) return;
        if (isImplied || top().tag !== name) {
          problem('MARKUP_INVALID', { detail: `unbalanced </${name}>` });
          return;
        }
        const closed = stack.pop() as Open;
        attach(closed, top(), problem);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(markup);
  parser.end();
  if (stack.length > 1) problem('MARKUP_INVALID', { detail: `<${top().tag}> is never closed` });
  return problems.length ? fail(...problems) : ok(root.children);
}

const open = (tag: string, attributes: Record<string, string>): Open => ({
  tag,
  attributes,
  lines: [[]],
  children: [],
  items: [],
  rows: [],
  cells: [],
});

/** Trims each line and merges neighbouring runs of the same style, as HTML collapses white space. */
function tidy(lines: Run[][]): Inline[] {
  const out = lines.map((line) => {
    const merged: Run[] = [];
    for (const run of line) {
      const last = merged[merged.length - 1];
      if (last && last.bold === run.bold && last.italic === run.italic)
        merged[merged.length - 1] = { ...last, text: last.text + run.text };
      else merged.push({ ...run });
    }
    const first = merged[0];
    if (first) merged[0] = { ...first, text: first.text.trimStart() };
    const end = merged[merged.length - 1];
    if (end) merged[merged.length - 1] = { ...end, text: end.text.trimEnd() };
    return merged.filter((run) => run.text.length > 0);
  });
  while (out.length > 1 && out[out.length - 1]?.length === 0) out.pop();
  return out;
}

function attach(closed: Open, parent: Open, problem: (code: 'MARKUP_INVALID', params: Record<string, string>) => void) {
  const { tag, attributes } = closed;
  switch (tag) {
    case 'h1':
    case 'h2':
    case 'h3': {
      // "enclosure": the heading of an enclosure after the letter's closing (a new page, listed under "Bilag").
      const enclosure = attributes.class === 'enclosure';
      if (attributes.class !== undefined && !enclosure) problem('MARKUP_INVALID', { detail: `class="${attributes.class}"` });
      parent.children.push({
        type: 'heading',
        level: Number(tag[1]) as 1 | 2 | 3,
        lines: tidy(closed.lines),
        ...(enclosure ? { enclosure: true as const } : {}),
      });
      return;
    }
    case 'p':
      {
        // "note" or "quote", "keep-with-next", or both (the "only in Danish" notice stays with the Danish passage it announces).
        const classes = attributes.class === undefined ? [] : attributes.class.split(' ');
        if (classes.some((c) => !PARAGRAPH_CLASSES.has(c)) || (classes.includes('note') && classes.includes('quote')))
          problem('MARKUP_INVALID', { detail: `class="${attributes.class}"` });
        parent.children.push({
          type: 'paragraph',
          lines: tidy(closed.lines),
          role: classes.includes('note') ? 'note' : classes.includes('quote') ? 'quote' : 'body',
          ...(classes.includes('keep-with-next') ? { keepWithNext: true as const } : {}),
        });
      }
      return;
    case 'li':
      parent.items.push(tidy(closed.lines));
      return;
    case 'ul':
    case 'ol':
      parent.children.push({ type: 'list', ordered: tag === 'ol', items: closed.items });
      return;
    case 'th':
    case 'td':
      parent.cells.push({ header: tag === 'th', lines: tidy(closed.lines) });
      return;
    case 'tr':
      parent.rows.push({ cells: closed.cells });
      return;
    case 'table':
      parent.children.push({ type: 'table', rows: closed.rows });
      return;
    case 'section': {
      const direction = attributes.dir === 'rtl' ? 'rtl' : 'ltr';
      if (!attributes.lang) problem('MARKUP_INVALID', { detail: '<section> without lang' });
      parent.children.push({ type: 'section', language: attributes.lang ?? '', direction, blocks: closed.children });
    }
  }
}
