/**
 * Writes an XliffDocument as XLIFF 1.2 text: one `<file>` per namespace, one `<trans-unit>` per
 * string, placeholders as inline codes `<x id="…" equiv-text="{{…}}"/>` (`xliff-inline.ts`).
 */
import { type InlinePart, sourceParts, targetParts } from './xliff-inline.ts';
import type { XliffDocument, XliffUnit } from './xliff-model.ts';

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attribute = (text: string) => xmlText(text).replace(/"/g, '&quot;');

export function writeXliff(document: XliffDocument, headerNote: string): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'];
  for (const file of document.files) {
    lines.push(
      `  <file original="${attribute(file.original)}" source-language="${attribute(document.sourceLanguage)}" target-language="${attribute(document.targetLanguage)}" datatype="plaintext">`,
      `    <header><note>${xmlText(headerNote)}</note></header>`,
      '    <body>',
      ...file.units.flatMap(unitLines),
      '    </body>',
      '  </file>',
    );
  }
  lines.push('</xliff>', '');
  return lines.join('\n');
}

function unitLines(unit: XliffUnit): string[] {
  const approved = unit.approved ? ' approved="yes"' : '';
  const state = unit.state ? ` state="${attribute(unit.state)}"` : '';
  return [
    `      <trans-unit id="${attribute(unit.id)}" resname="${attribute(unit.id)}" xml:space="preserve"${approved}>`,
    `        <source>${inline(sourceParts(unit.source))}</source>`,
    ...(unit.target === null ? [] : [`        <target${state}>${inline(targetParts(unit.target, unit.source))}</target>`]),
    ...(unit.previousSource && unit.target !== null
      ? [
          '        <alt-trans origin="previous-source" alttranstype="previous-version">',
          `          <source>${inline(sourceParts(unit.previousSource))}</source>`,
          `          <target>${inline(targetParts(unit.target, unit.previousSource))}</target>`,
          '        </alt-trans>',
        ]
      : []),
    ...unit.notes.map((note) => `        <note from="${attribute(note.from)}">${xmlText(note.text)}</note>`),
    '      </trans-unit>',
  ];
}

const inline = (parts: readonly InlinePart[]) =>
  parts
    .map((part) =>
      typeof part === 'string' ? xmlText(part) : `<x id="${attribute(part.id)}" equiv-text="${attribute(part.code)}"/>`,
    )
    .join('');
