/**
 * `npm start`: the service on embedded defaults (SQLite journal under .data/, a development key
 * created on first start), or as configured by the environment (README: "The service").
 * Prints the address and, for the development key, the key itself.
 */
import { batchRoutes } from './batches.ts';
import { readConfig } from './config.ts';
import { KeysRequiredError, type LoadedKeys, loadKeys } from './keys.ts';
import { createService } from './service.ts';

const config = readConfig();
let keys: LoadedKeys;
try {
  keys = loadKeys({ env: process.env, dataDir: config.dataDir, host: config.host });
} catch (error) {
  if (!(error instanceof KeysRequiredError)) throw error;
  console.error(`✖ ${error.message}`);
  process.exit(2);
}
/** Routers of other modules, mounted under /api behind the key check. */
const batches = await batchRoutes(process.env);
const service = await createService({ config, keys: keys.ring, extraRouters: [batches.route] });

const server = service.app.listen(config.port, config.host, () => {
  const address = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}/`;
  const journal = service.deps.journal.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `SQLite in ${config.dataDir}`;
  console.log(`Decision letters service: ${address}`);
  console.log(`  journal: ${journal} · render pool: ${config.renderThreads} threads · keys: ${keys.source}`);
  if (keys.developmentKey) console.log(`  development key (role admin): ${keys.developmentKey}`);
});
server.requestTimeout = 60_000;
server.headersTimeout = 15_000;

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    server.close(() => {
      void Promise.all([service.close(), batches.close()]).then(() => process.exit(0));
    });
    setTimeout(() => process.exit(1), 10_000).unref();
  });
}
