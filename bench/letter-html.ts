/**
 * Reference 2's input: the same letter as HTML + CSS for Chromium's print engine. The same fonts
 * (Noto Sans TTFs from npm, loaded by @font-face from file:// and cached by the reused page), the
 * same A4 geometry as src/pipeline/page-geometry.ts (in mm), the same words (letters.ts).
 * The footer ("Sagsnr. …  Side X af Y") is Chromium's footer template, built by footerTemplate().
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Inline } from '../src/pipeline/document.ts';
import { type BenchLetter, type FlatBlock, type FlatPart, pageLabelOf } from './letters.ts';

const require = createRequire(import.meta.url);
const notoSans = pathToFileURL(dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'))).href;

const face = (file: string, weight: number, style: string) =>
  `@font-face{font-family:'Noto Sans';src:url('${notoSans}/${file}') format('truetype');font-weight:${weight};font-style:${style}}`;

// Top margin 15 mm: the letterhead sits 15 mm from the top edge (page-geometry LETTERHEAD.y); other
// positions below are the page geometry's minus that margin.
const CSS = [
  face('400Regular/NotoSans_400Regular.ttf', 400, 'normal'),
  face('700Bold/NotoSans_700Bold.ttf', 700, 'normal'),
  face('400Regular_Italic/NotoSans_400Regular_Italic.ttf', 400, 'italic'),
  face('700Bold_Italic/NotoSans_700Bold_Italic.ttf', 700, 'italic'),
  '@page{size:A4;margin:15mm 20mm 25mm 25mm}',
  "body{margin:0;font-family:'Noto Sans';font-size:10.5pt;line-height:1.45}",
  'section{position:relative}section+section{break-before:page}',
  '.letterhead{position:absolute;left:100mm;top:0;width:65mm}.letterhead .name{font-weight:700;font-size:13pt}',
  '.letterhead .lines,.references{font-size:8.5pt;color:#555}',
  '.recipient{position:absolute;left:0;top:35mm;width:80mm;white-space:pre-line}',
  '.references{position:absolute;left:100mm;top:37mm;width:65mm;border-collapse:collapse}',
  '.references td{padding:0 0 1.5pt 0;vertical-align:top}.references td+td{color:#000}',
  '.body{padding-top:80mm}h1{font-size:13pt;margin:0 0 8pt}h2{font-size:11pt;margin:4pt 0 4pt}h3{font-size:10.5pt;margin:4pt 0}',
  'p{margin:0 0 7pt}p.note{border-left:2.5pt solid #555;padding-left:6pt}li{margin-left:16pt}',
  // At the top of the part's first page, left of the letterhead (a section cannot reach into the page margin).
  '.draft{font-size:8pt;font-weight:700;color:#a00000;position:absolute;top:0;left:0;width:95mm}',
].join('\n');

export function letterHtml(letter: BenchLetter): string {
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>${escapeHtml(letter.title)}</title><style>${CSS}</style></head><body>${letter.parts.map(partHtml).join('')}</body></html>`;
}

/** Chromium's footer template: the Danish part's footer on every page (one template per document). */
export function footerTemplate(letter: BenchLetter): string {
  const part = letter.parts[0] as FlatPart;
  const label = escapeHtml(pageLabelOf(part, 90_001, 90_002))
    .replace('90001', '<span class="pageNumber"></span>')
    .replace('90002', '<span class="totalPages"></span>');
  return `<div style="font-family:sans-serif;font-size:8pt;color:#555;width:100%;margin:0 20mm 0 25mm;display:flex;justify-content:space-between"><span>${escapeHtml(part.footer)}</span><span>${label}</span></div>`;
}

function partHtml(part: FlatPart): string {
  const { letterhead } = part;
  const head = `<div class="letterhead"><div class="name">${escapeHtml(letterhead.name)}</div>${letterhead.unit ? `<div>${escapeHtml(letterhead.unit)}</div>` : ''}<div class="lines">${letterhead.lines.map(escapeHtml).join('<br>')}</div></div>`;
  const recipient = part.recipient ? `<div class="recipient">${part.recipient.map(escapeHtml).join('\n')}</div>` : '';
  const references = `<table class="references">${part.references.map(([label, value]) => `<tr><td style="width:25mm">${escapeHtml(label)}</td><td>${escapeHtml(value)}</td></tr>`).join('')}</table>`;
  const draft = part.draftMark ? `<div class="draft">${escapeHtml(part.draftMark)}</div>` : '';
  return `<section lang="${part.language}">${draft}${head}${recipient}${references}<div class="body">${part.blocks.map(blockHtml).join('')}</div></section>`;
}

function blockHtml(block: FlatBlock): string {
  const inner = block.lines.map(lineHtml).join('<br>');
  switch (block.style) {
    case 'note':
      return `<p class="note">${inner}</p>`;
    case 'li':
      return `<p style="margin-left:16pt;text-indent:-16pt">${escapeHtml(block.marker ?? '')}&#9;${inner}</p>`;
    default:
      return `<${block.style}>${inner}</${block.style}>`;
  }
}

const lineHtml = (line: Inline): string =>
  line
    .map((run) => {
      const text = escapeHtml(run.text);
      const bold = run.bold ? `<b>${text}</b>` : text;
      return run.italic ? `<i>${bold}</i>` : bold;
    })
    .join('');

const escapeHtml = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
