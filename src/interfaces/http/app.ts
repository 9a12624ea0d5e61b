/**
 * The express app: a thin shell over the engine. Public: the page (/), /openapi.json, /healthz,
 * /readyz. Everything under /api needs a key. Other modules mount their routers with
 * `extraRouters` (e.g. batches): they get the authenticated caller and use `allow(action)`.
 */
import express, { type Express, type Router } from 'express';
import { authenticate } from './access.ts';
import { bodyErrors, jsonBody } from './body.ts';
import { rememberRouteBase, requestLogging, routeOf } from './logging.ts';
import { openApiDocument } from './openapi.ts';
import { plainProblem, sendProblem } from './problem.ts';
import { rateLimit } from './rate-limit.ts';
import { journalRouter } from './routes/journal.ts';
import { lettersRouter } from './routes/letters.ts';
import { operationsRouter } from './routes/operations.ts';
import { refuseWhenBusy } from './routes/render.ts';
import { translationsRouter } from './routes/translations.ts';
import type { ServiceDeps } from './service-deps.ts';
import { webPage } from './web-page.ts';

/** A router mounted under /api/<path>, behind the key check and the rate limit: ready made, or built from the deps. */
export type ExtraRouter =
  | { readonly path: string; readonly router: Router }
  | { readonly path: string; readonly build: (deps: ServiceDeps) => Router };

export function createApp(deps: ServiceDeps, extraRouters: readonly ExtraRouter[] = []): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(requestLogging(deps.logger));
  app.use((req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const route = routeOf(req);
      deps.metrics.count('http_requests_total', 'API requests answered.', {
        method: req.method,
        route,
        status: String(res.statusCode),
      });
      deps.metrics.observeDuration(route, Number(process.hrtime.bigint() - started) / 1e9);
    });
    next();
  });

  app.use(operationsRouter(deps));
  const openapi = openApiDocument(deps.world);
  app.get('/openapi.json', (_req, res) => {
    res.json(openapi);
  });
  app.use(webPage());

  const api = express.Router();
  // the API's own base first: a route matched here (the overload check) keeps its full pattern in the log even when
  // the body parser fails after it (e.g. the client hangs up mid-body)
  api.use(rememberRouteBase, authenticate(deps.keys), rateLimit(deps.limits.requestsPerMinute));
  // Extra routers read their own bodies with their own limit (batches: NDJSON or a JSON array, one limit
  // for both), so they come before the API-wide JSON parser with its letter-sized limit.
  for (const extra of extraRouters) {
    api.use(extra.path, rememberRouteBase, 'build' in extra ? extra.build(deps) : extra.router);
  }
  api.post('/letters/:type/render', refuseWhenBusy(deps));
  api.use(jsonBody(deps.limits.bodyBytes));
  api.use('/letters', rememberRouteBase, lettersRouter(deps));
  api.use('/journal', rememberRouteBase, journalRouter(deps));
  api.use('/translations', rememberRouteBase, translationsRouter(deps));
  app.use('/api', api);

  app.use((_req, res) => {
    sendProblem(res, plainProblem('not-found'));
  });
  app.use(bodyErrors(deps.world));
  return app;
}
