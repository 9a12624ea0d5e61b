/** The officers' page's files over HTTP: its own, and Det Fælles Designsystem's from npm, nothing more. */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../support/service.ts';

let service: TestService;
beforeAll(async () => {
  service = await startTestService({ renderThreads: 1 });
});
afterAll(() => service.stop());

describe('the page and its design system', () => {
  it('serves the page with a strict Content-Security-Policy, linking the DKFDS style sheet', async () => {
    const res = await request(service.app).get('/');
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.text).toContain('href="dkfds/css/dkfds-virkdk.min.css"');
  });

  it('serves DKFDS style sheet, fonts and icons from this origin', async () => {
    const css = await request(service.app).get('/dkfds/css/dkfds-virkdk.min.css');
    expect(css.status).toBe(200);
    expect(css.headers['content-type']).toMatch(/text\/css/);
    expect(css.text).toContain('.form-group');
    const font = await request(service.app).get('/dkfds/fonts/IBMPlexSans/complete/woff2/IBMPlexSans-Regular.woff2');
    expect(font.status).toBe(200);
  });

  it('serves nothing else of the package', async () => {
    for (const path of ['/dkfds/package.json', '/dkfds/js/dkfds.min.js', '/dkfds/css/../../package.json']) {
      const res = await request(service.app).get(path);
      expect(res.status, path).not.toBe(200);
    }
  });
});
