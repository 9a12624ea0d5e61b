/**
 * The officers' page: static files from src/interfaces/web (plain HTML, CSS and a JavaScript module;
 * no framework, nothing fetched at run time) styled with Det Fælles Designsystem (dkfds, served from npm). A strict Content-Security-Policy: scripts from this
 * origin only; the letter preview is a sandboxed frame without scripts.
 */
import express, { type Router } from 'express';
import { projectPath } from '../../domain/project-path.ts';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'", // the preview's own <style> in its srcdoc frame
  "img-src 'self' data:",
  "frame-src 'self' about:",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function webPage(): Router {
  const router = express.Router();
  router.use((req, res, next) => {
    if (!req.path.startsWith('/api/')) {
      res.set({ 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
    }
    next();
  });
  router.use(express.static(projectPath('src/interfaces/web'), { index: 'index.html', fallthrough: true, maxAge: 0 }));
  // Det Fælles Designsystem (npm dkfds): its style sheets, fonts and icons, from this origin like everything else
  for (const part of ['css', 'fonts', 'img'])
    router.use(
      `/dkfds/${part}`,
      express.static(projectPath(`node_modules/dkfds/dist/${part}`), { fallthrough: true, maxAge: '1d' }),
    );
  return router;
}
