/** What the HTTP shell is built from: the engine's World and the service's parts, passed in (tests pass their own). */
import type { Logger } from 'pino';
import type { World } from '../../engine.ts';
import type { Journal } from '../../journal/journal.ts';
import type { RenderPool } from '../../render-pool.ts';
import type { KeyRing } from './keys.ts';
import type { Metrics } from './metrics.ts';
import type { SampleShelf } from './samples.ts';
import type { XliffPool } from './xliff-pool.ts';

export interface ServiceDeps {
  readonly world: World;
  readonly keys: KeyRing;
  readonly pool: RenderPool;
  /** Uploaded XLIFF files are parsed and checked here, off the main thread. */
  readonly xliff: XliffPool;
  readonly journal: Journal;
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly samples: SampleShelf;
  readonly limits: { readonly bodyBytes: string; readonly requestsPerMinute: number };
}
