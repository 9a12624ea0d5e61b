/** Liveness, readiness and metrics: what an orchestrator and Prometheus ask. */
import { Router } from 'express';
import { allow, authenticate } from '../access.ts';
import type { ServiceDeps } from '../service-deps.ts';

export function operationsRouter(deps: ServiceDeps): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const journal = await deps.journal.ping();
    const pool = deps.pool.stats().threads > 0;
    res.status(journal && pool ? 200 : 503).json({ status: journal && pool ? 'ready' : 'not ready', journal, pool });
  });
  router.get('/metrics', authenticate(deps.keys), allow('metrics'), (_req, res) => {
    res.type('text/plain; version=0.0.4').send(deps.metrics.text());
  });
  return router;
}
