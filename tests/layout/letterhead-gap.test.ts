/**
 * The references start at least 4 mm below the letterhead's last line in every script (print review
 * D11): Vazirmatn's taller lines made the Arabic letterhead reach the references' fixed top (52 mm,
 * 4.2 mm below the Latin and Ethiopic letterheads, where they stay). Measured
 * as poppler reads the page: the bottom of the letterhead's last word ("www.nyidanmark.dk") and the
 * top of the first word below it in the letterhead's column (the first reference row).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createWorld, renderLetter } from '../../src/engine.ts';
import { run, writeOutput } from '../support/poppler.ts';

const world = createWorld();
const sample = JSON.parse(readFileSync('samples/humanitarian-permit-info/sent.json', 'utf8'));
const MM = 72 / 25.4;

interface Word {
  readonly text: string;
  readonly page: number;
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
}

function words(file: string): Word[] {
  const html = run('pdftotext', ['-bbox', file, '-']).stdout;
  const out: Word[] = [];
  html.split('<page ').forEach((page, index) => {
    for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      out.push({
        text: m[5] as string,
        page: index,
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
      });
    }
  });
  return out;
}

describe.each([
  ['en', 4.2],
  ['ar', 4],
  ['fa', 4],
  ['ti', 4.2],
])('Danish + %s', (language, gap) => {
  it('has a 4 mm gap between the letterhead and the references on each part', async () => {
    const rendered = await renderLetter({ ...sample, languages: ['da', language] }, world);
    if (!rendered.ok || rendered.value.kind !== 'letter') throw new Error('sample did not render');
    const all = words(writeOutput(`letterhead-gap-da-${language}.pdf`, rendered.value.pdf));
    // The letterhead's last line: the first "www.nyidanmark.dk" of each part's first page (the body names it too).
    const lastLines = all.filter(
      (word, index) =>
        word.text === 'www.nyidanmark.dk' && !all.slice(0, index).some((w) => w.page === word.page && w.text === word.text),
    );
    expect(lastLines.map((word) => word.page)).toEqual([1, 2]);
    for (const [index, last] of lastLines.entries()) {
      const below = all.filter(
        (word) => word.page === last.page && word.yMin > last.yMax - 1 && word.xMax > last.xMin && word.xMin < last.xMax,
      );
      const top = Math.min(...below.map((word) => word.yMin));
      // The Danish part (first) keeps the fixed top.
      expect((top - last.yMax) / MM).toBeCloseTo(index === 0 ? 4.2 : gap, 1);
    }
  });
});
