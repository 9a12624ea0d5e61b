/**
 * A real browser for page tests: playwright-core driving Debian's chromium (installed by the test
 * set-up when missing), and the service listening on 127.0.0.1 on a free port.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { KEYS, startTestService, type TestService } from './service.ts';

export const CHROMIUM = '/usr/bin/chromium';

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });

export function listen(app: {
  listen(port: number, host: string, cb: () => void): Server;
}): Promise<{ url: string; close(): Promise<void> }> {
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/** A test file's browser session against a test service on loopback: started once, stopped after the file. */
export interface PageSession {
  readonly url: string;
  readonly browser: Browser;
}

export function usePageSession(): () => PageSession {
  let service: TestService | undefined;
  let server: { url: string; close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    service = await startTestService({ renderThreads: 1 });
    server = await listen(service.app);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await service?.stop();
  });
  return () => {
    if (!server || !browser) throw new Error('the page session has not started');
    return { url: server.url, browser };
  };
}

/** The page waits for the service (a debounce, then validate and preview): generous on a loaded machine. */
export const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 120_000, interval: 100 });

/** A sample as the page's sample list serves it. */
export interface PageSample {
  readonly name: string;
  readonly input: { readonly languages: readonly string[]; readonly data: unknown };
}

/** A new tab of the session's browser at 1280 px; `onPageError` gets every script error (by default it is thrown). */
export async function newPage(
  session: PageSession,
  options: { readonly acceptDownloads?: boolean; readonly onPageError?: (error: Error) => void } = {},
): Promise<Page> {
  const page = await session.browser.newPage({
    viewport: { width: 1280, height: 1000 },
    acceptDownloads: options.acceptDownloads ?? false,
    bypassCSP: true,
  });
  const thrown = (error: Error) => {
    throw error;
  };
  page.on('pageerror', options.onPageError ?? thrown);
  return page;
}

/** Enters the key on the officers' page and waits for its letter types. */
export async function useKey(page: Page, key: string = KEYS.officer): Promise<void> {
  await page.getByLabel('API-nøgle').fill(key);
  await page.getByRole('button', { name: 'Brug nøglen' }).click();
  await poll(() => page.locator('#letter-type option').count()).toBeGreaterThan(2);
}

/** The officers' page, opened with the key (an officer's unless said), its letter types loaded. */
export async function openOfficersPage(session: PageSession, key: string = KEYS.officer): Promise<Page> {
  const page = await newPage(session, { acceptDownloads: true });
  await page.goto(`${session.url}/`);
  await useKey(page, key);
  return page;
}

/**
 * The officers' page with an officer's key, one letter type chosen, and its sample list answering exactly
 * `samples` (so a test drives the samples under test, valid or not). `onPageError` gets every script error.
 */
export async function pageWithSamples(
  session: PageSession,
  letter: string,
  samples: readonly PageSample[],
  options: { readonly acceptDownloads?: boolean; readonly onPageError: (error: Error) => void },
): Promise<Page> {
  const page = await newPage(session, options);
  await page.route(`**/api/letters/${letter}/samples`, (route) =>
    route.fulfill({
      json: { samples: samples.map(({ name, input }) => ({ name, languages: input.languages, data: input.data })) },
    }),
  );
  await page.goto(`${session.url}/`);
  await useKey(page);
  await page.getByLabel('Brevtype').selectOption(letter);
  await poll(() => page.locator('#sample option').count()).toBe(samples.length);
  return page;
}
