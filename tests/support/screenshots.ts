/**
 * Screenshots of the officers' page as a caseworker sees it (README's images): a test service on loopback, Debian's
 * chromium, three letters made from their samples (and downloaded, and found in the journal), each at 1280 px and
 * 390 px wide: the viewport, the whole page, the plan, what will be sent, the form and the journal's answer, to look at.
 * `npm run screenshots [-- out-dir]` (default tests/.output/screenshots); README's two images are
 * `officers-page.png` and `officers-page-phone.png` there, to be copied to docs/images after a look.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Page } from 'playwright-core';
import { KEYS, startTestService } from './service.ts';

const OUT = process.argv[2] ?? 'tests/.output/screenshots';
const LETTERS = [
  { letter: 'spouse-reunification-decision', sample: 'grant-9-1-1', second: 'en' },
  { letter: 'danish-test-letters', sample: 'postponement-granted', second: 'en' },
  { letter: 'conflict-zone-lapse', sample: 'lapse-in-denmark', second: 'ar' },
] as const;
const VIEWPORTS = [
  { width: 1280, height: 1000 },
  { width: 390, height: 844 },
] as const;

async function until(check: () => Promise<boolean>, what: string) {
  const end = Date.now() + 120_000;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function makeLetter(page: Page, { letter, sample, second }: (typeof LETTERS)[number]) {
  await page.locator('#letter-type').selectOption(letter);
  await until(async () => (await page.locator(`#sample option[value="${sample}"]`).count()) === 1, 'the samples');
  await page.getByLabel('Eksempel').selectOption(sample);
  await page.getByRole('button', { name: 'Indlæs eksempel' }).click();
  await page.locator('#second-language').selectOption(second);
  await until(async () => /sider i én PDF/.test((await page.locator('#outgoing').textContent()) ?? ''), 'what will be sent');
  await until(async () => (await page.locator('#plan').textContent())?.includes('R-') ?? false, 'the plan');
}

/** README's images (docs/images): the first letter at 1280 px from the top, at 390 px from the plan (one column). */
async function readmeImage(page: Page, width: number) {
  if (width === 1280) return page.screenshot({ path: `${OUT}/officers-page.png` });
  await page.getByRole('heading', { name: 'Hvad brevet bliver' }).evaluate((heading) => heading.scrollIntoView());
  return page.screenshot({ path: `${OUT}/officers-page-phone.png` });
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const service = await startTestService({ renderThreads: 1 });
  const server = service.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    for (const viewport of VIEWPORTS) {
      const width = viewport.width;
      const page = await browser.newPage({ viewport, acceptDownloads: true });
      page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
      await page.goto(`${url}/`);
      await page.getByLabel('API-nøgle').fill(KEYS.officer);
      await page.getByRole('button', { name: 'Brug nøglen' }).click();
      await until(async () => (await page.locator('#letter-type option').count()) > 2, 'the catalogue');
      for (const made of LETTERS) {
        const name = `${OUT}/${made.letter}-${width}`;
        await makeLetter(page, made).catch(async (error) => {
          await page.screenshot({ path: `${name}-failed.png`, fullPage: true });
          throw error;
        });
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: `${name}.png` });
        if (made === LETTERS[0]) await readmeImage(page, width);
        await page.screenshot({ path: `${name}-full.png`, fullPage: true });
        for (const part of ['plan', 'outgoing', 'fields'])
          await page.locator(`#${part}`).screenshot({ path: `${name}-${part}.png` });
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: 'Hent PDF' }).click(),
        ]);
        await download.saveAs(`${OUT}/${made.letter}-${width}.pdf`);
        await page.getByLabel('Sagsnr. at søge efter').fill(await page.getByLabel('Sagsnummer').inputValue());
        await page.getByRole('button', { name: 'Søg i journalen' }).click();
        await until(async () => (await page.locator('.journal-entry').count()) > 0, 'the journal');
        await page.locator('#journal-results').screenshot({ path: `${name}-journal.png` });
      }
      writeFileSync(`${OUT}/page-${width}.html`, await page.content());
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
    await service.stop();
  }
  console.log(`screenshots in ${OUT}`);
}

await main();
