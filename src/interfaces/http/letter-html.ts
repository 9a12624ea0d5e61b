/**
 * The preview: the same document model the PDF is drawn from (after compose, fill, parse, assemble),
 * written as one small HTML page. Every text is escaped; the page has no script and is shown in a
 * sandboxed frame. It shows what the letter says, not its exact page breaks.
 */
import type { LetterDocument } from '../../engine.ts';
import type { Block, Inline, Part } from '../../pipeline/document.ts';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const inline = (line: Inline): string =>
  line
    .map((run) => {
      let html = escapeHtml(run.text);
      if (run.italic) html = `<em>${html}</em>`;
      if (run.bold) html = `<strong>${html}</strong>`;
      return html;
    })
    .join('');

const lines = (content: readonly Inline[]): string => content.map(inline).join('<br>');

function block(b: Block): string {
  switch (b.type) {
    case 'heading':
      // An enclosure (Bilag) starts a new page in the PDF: here a rule above it.
      return `<h${b.level + 1}${b.enclosure ? ' class="enclosure"' : ''}>${lines(b.lines)}</h${b.level + 1}>`;
    case 'paragraph':
      if (b.role !== 'body') return `<p class="${b.role}">${lines(b.lines)}</p>`;
      return b.keepWithNext ? `<p class="keep-with-next">${lines(b.lines)}</p>` : `<p>${lines(b.lines)}</p>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((item) => `<li>${lines(item)}</li>`).join('')}</${tag}>`;
    }
    case 'table':
      return `<table>${b.rows
        .map(
          (row) =>
            `<tr>${row.cells.map((cell) => (cell.header ? `<th>${lines(cell.lines)}</th>` : `<td>${lines(cell.lines)}</td>`)).join('')}</tr>`,
        )
        .join('')}</table>`;
    case 'section':
      return `<section lang="${escapeHtml(b.language)}" dir="${b.direction}">${b.blocks.map(block).join('')}</section>`;
  }
}

function part({ language, direction, frame, blocks }: Part): string {
  const head = [frame.letterhead.name, frame.letterhead.unit, ...frame.letterhead.lines].filter(Boolean) as string[];
  const references = frame.references.map(
    ([label, value]) => `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`,
  );
  return [
    `<article class="part" lang="${language}" dir="${direction}">`,
    frame.draftMark ? `<p class="draft">${escapeHtml(frame.draftMark)}</p>` : '',
    `<header><address class="letterhead">${head.map(escapeHtml).join('<br>')}</address>`,
    frame.recipient ? `<address class="recipient">${frame.recipient.map(escapeHtml).join('<br>')}</address>` : '',
    `<table class="references">${references.join('')}</table></header>`,
    `<div class="body">${blocks.map(block).join('')}</div>`,
    `<footer>${escapeHtml(frame.footer)}</footer>`,
    '</article>',
  ].join('');
}

const STYLE = `body{font-family:"Noto Sans",Arial,sans-serif;margin:0;background:#e8e8e8;color:#111}
.part{background:#fff;max-width:42rem;margin:1rem auto;padding:2rem 2.5rem;box-shadow:0 1px 3px #0003}
header{display:grid;grid-template-columns:1fr auto;gap:1rem;font-size:.85rem}
.letterhead{grid-column:1/3;text-align:right;font-style:normal}.recipient{font-style:normal}
.references th{text-align:left;padding-right:.75rem;font-weight:600}h2{font-size:1.2rem}h3,h4{font-size:1rem}
.enclosure{border-top:1px dashed #888;padding-top:1rem;margin-top:2rem}.note,.quote{font-size:.85rem;color:#333}.draft{color:#8a1c1c;font-weight:700;border:2px solid #8a1c1c;padding:.25rem .5rem}
footer{border-top:1px solid #ccc;margin-top:1.5rem;padding-top:.5rem;font-size:.8rem;color:#444}
table{border-collapse:collapse}td,th{vertical-align:top}.body table td,.body table th{border:1px solid #bbb;padding:.25rem .5rem}`;

export function letterHtml(document: LetterDocument): string {
  const lang = document.parts[0]?.language ?? 'da';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(document.title)}</title><style>${STYLE}</style></head><body>${document.parts.map(part).join('')}</body></html>`;
}
