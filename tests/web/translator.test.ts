/**
 * The translator view in a real browser: pick a letter and a language, see Danish and the
 * translation side by side with their status, see the preview; upload an edited XLIFF and see the
 * change import would make (and that nothing was written), then the preview with it. axe-core finds
 * no serious or critical violations. Screenshot: tests/.output/web/translator-view.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../../src/domain/project-path.ts';
import { readLocaleTree } from '../../src/i18n/locale-tree.ts';
import { exportNamespaces, exportXliff, HEADER_NOTE } from '../../src/i18n/xliff-export.ts';
import { writeXliff } from '../../src/i18n/xliff-write.ts';
import { axe } from '../support/axe.ts';
import { poll, usePageSession } from '../support/browser.ts';
import { KEYS } from '../support/service.ts';

const SHOTS = projectPath('tests/.output/web');
mkdirSync(SHOTS, { recursive: true });
const LETTER = 'humanitarian-permit-info';
const LANGUAGE = 'ar';

const session = usePageSession();

const tree = readLocaleTree();
const danish = tree.languages.get('da')?.get(LETTER)?.strings;
const arabic = tree.languages.get(LANGUAGE)?.get(LETTER)?.strings;
const localeFile = () => readFileSync(projectPath(`locales/${LANGUAGE}/${LETTER}.json`), 'utf8');

async function openView(): Promise<Page> {
  const page = await session().browser.newPage({
    viewport: { width: 1400, height: 1100 },
    acceptDownloads: true,
    bypassCSP: true,
  });
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(`${session().url}/translate.html`);
  await page.getByLabel('API key').fill(KEYS.translator);
  await page.getByRole('button', { name: 'Use the key' }).click();
  await poll(() => page.locator('#letter option').count()).toBeGreaterThan(2);
  return page;
}

/** An Arabic string of the letter that the sample's preview shows as it is (no markup, no placeholders). */
async function shownString(): Promise<{ key: string; text: string }> {
  const response = await fetch(`${session().url}/api/letters/${LETTER}/preview`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${KEYS.translator}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ sample: 'handed', languages: ['da', LANGUAGE] }),
  });
  const html = await response.text();
  const found = [...(arabic ?? [])].find(([, text]) => !/[{}<>&"']/.test(text) && text.length > 12 && html.includes(text));
  if (!found) throw new Error('no Arabic string shown as it is');
  return { key: found[0], text: found[1] };
}

describe('the translator view', () => {
  it('side by side, preview, XLIFF check and preview with the upload; nothing written', async () => {
    const page = await openView();
    await page.getByLabel('Letter', { exact: true }).selectOption(LETTER);
    await page.getByLabel('Translation', { exact: true }).selectOption(LANGUAGE);

    // the side-by-side table: one row per string, Danish beside Arabic, status in words
    const firstKey = [...(danish?.keys() ?? [])][0] ?? '';
    const row = page.getByRole('row', { name: new RegExp(`^${LETTER}:${firstKey.replace('.', '\\.')}`) });
    await poll(() => row.count()).toBe(1);
    expect(await row.locator('td').nth(0).textContent()).toBe(danish?.get(firstKey) ?? '');
    expect(await row.locator('td').nth(1).textContent()).toBe(arabic?.get(firstKey) ?? '');
    expect(await row.locator('td').nth(1).getAttribute('dir')).toBe('rtl');
    expect(await row.locator('td').nth(2).textContent()).toMatch(/^(missing|stale|draft|reviewed|approved)/);
    expect(await page.locator('#strings tbody tr').count()).toBeGreaterThan(danish?.size ?? 0);
    await poll(() => page.locator('#overview').textContent()).toContain('The letter goes out as');

    // the live preview: Danish first, then Arabic
    await poll(() => page.frameLocator('#preview').locator('body').textContent()).toContain('Udlændingestyrelsen');
    const shown = await shownString();
    await poll(() => page.frameLocator('#preview').locator('body').textContent()).toContain(shown.text);
    await page.screenshot({ path: `${SHOTS}/translator-view.png`, fullPage: false });
    expect(await axe(page)).toEqual([]);

    // the XLIFF download: the export of this letter and language
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the XLIFF' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${LETTER}.${LANGUAGE}.xlf`);
    expect(readFileSync(await download.path(), 'utf8')).toBe(
      writeXliff(exportXliff(tree, LANGUAGE, exportNamespaces(tree, LETTER)), HEADER_NOTE),
    );

    // an edited XLIFF: the check shows the one change import would make, and writes nothing
    const before = localeFile();
    const document = exportXliff(tree, LANGUAGE, exportNamespaces(tree, LETTER));
    const wording = `${shown.text} (تجربة)`;
    const files = document.files.map((f) => ({
      ...f,
      units: f.units.map((u) =>
        f.original === LETTER && u.id === shown.key ? { ...u, target: wording, state: 'translated' } : u,
      ),
    }));
    const xml = writeXliff({ ...document, files }, HEADER_NOTE);
    await page
      .getByLabel('Translated XLIFF')
      .setInputFiles({ name: 'ar.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(xml) });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await poll(() => page.locator('#check-result').textContent()).toContain('Import would make 1 change(s)');
    await poll(() => page.locator('#check-result').textContent()).toContain(`${LETTER}:${shown.key}`);
    await poll(() => page.locator('#check-result').textContent()).toContain('Nothing was saved');
    expect(localeFile()).toBe(before);

    // the preview with the uploaded file: the new wording, still nothing written
    await page.getByLabel('with the uploaded XLIFF').check();
    await page.getByRole('button', { name: 'Show the preview' }).click();
    await poll(() => page.frameLocator('#preview').locator('body').textContent()).toContain(wording);
    await page.screenshot({ path: `${SHOTS}/translator-view-upload.png`, fullPage: true });
    expect(localeFile()).toBe(before);
    expect(await axe(page)).toEqual([]);
  });

  it('keyboard: the table is reachable and scrollable by keyboard, and the only strings shown can be narrowed', async () => {
    const page = await openView();
    await page.getByLabel('Letter', { exact: true }).selectOption(LETTER);
    await page.getByLabel('Translation', { exact: true }).selectOption('en');
    await poll(() => page.locator('#strings tbody tr').count()).toBeGreaterThan(5);
    const all = await page.locator('#strings tbody tr').count();
    await page.getByLabel('Show', { exact: true }).selectOption('open');
    const open = await page.locator('#strings tbody tr').count();
    expect(open).toBeLessThanOrEqual(all);
    await poll(() => page.locator('#strings caption').textContent()).toContain(`${open} of ${all} strings need work`);
    expect(await page.locator('#strings').getAttribute('tabindex')).toBe('0');
  });

  it('works at 800 px: nothing wider than the window, and the per-language summary is there', async () => {
    const page = await openView();
    await page.setViewportSize({ width: 800, height: 900 });
    await page.getByLabel('Letter', { exact: true }).selectOption(LETTER);
    await page.getByLabel('Translation', { exact: true }).selectOption(LANGUAGE);
    await poll(() => page.locator('#strings tbody tr').count()).toBeGreaterThan(5);
    await poll(() => page.frameLocator('#preview').locator('body').textContent()).toContain('Udlændingestyrelsen');
    await page.screenshot({ path: `${SHOTS}/translator-view-800.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
    // every control can be clicked (none lies under another element or off screen)
    for (const name of ['Download the XLIFF', 'Check the file', 'Show the preview'])
      await page.getByRole('button', { name }).click({ trial: true });
    // per language: how many strings of how many letters are missing, stale, draft, reviewed, approved
    const row = page.getByRole('row', { name: /^ar\b/ }).first();
    const cells = await row.locator('td').allTextContents();
    expect(cells.length).toBe(7);
    expect(cells[0]).toMatch(/^\d+ of \d+$/);
    const [strings = 0, ...counts] = cells.slice(1).map(Number);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(strings);
    expect(await axe(page)).toEqual([]);
  });
});
