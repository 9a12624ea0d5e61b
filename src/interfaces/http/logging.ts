/**
 * Structured logs (pino) with a request id. A log line names the method, the route pattern, the
 * status, the duration, the key id and role: never a body, a query string or a path parameter
 * value (a case number in `?case=` is personal data), and never an error message (a JSON parse
 * error quotes the body).
 */
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import pino, { type DestinationStream, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';

export const createLogger = (destination?: DestinationStream, level = process.env.LOG_LEVEL ?? 'info'): Logger =>
  pino({ level, base: { service: 'decision-letters' } }, destination);

/**
 * A caller's X-Request-Id is adopted only as a UUID: a free-form id could be a case number or a name,
 * and it is logged. Anything else is replaced by a fresh UUID (answered in X-Request-Id) and never logged.
 */
const SAFE_REQUEST_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Requests whose start pino-http has seen: customProps runs at the start (nothing known yet) and at the end. */
const started = new WeakSet<object>();

/** The client went away before the answer was sent (the work, e.g. a journalled letter, may be done). */
const aborted = (res: Response) => !res.writableEnded;

/** Labels for requests no route answered (refused before routing, static files, unknown paths): never the path itself. */
const PREFIXES = ['/api/letters', '/api/journal', '/api', '/metrics'] as const;

/** The route pattern (`/api/letters/:type/render`); for a request no route answered, a fixed label. */
export const routeOf = (req: Request): string => {
  // express resets baseUrl when a request leaves its router (an error on the way to the error handler):
  // the base remembered on entry (`rememberRouteBase`) is the one the route belongs to.
  const base = (req.res?.locals.routeBase as string | undefined) ?? req.baseUrl;
  if (req.route?.path) return `${base}${String(req.route.path)}`;
  const path = req.originalUrl.split('?')[0] ?? '';
  const prefix = PREFIXES.find((p) => path === p || path.startsWith(`${p}/`));
  return prefix ? `${prefix}/*` : '(page or unknown)';
};

/** Mounted in front of each router: its base path, for the log line's route even after an error. */
export const rememberRouteBase = (req: Request, res: Response, next: () => void) => {
  res.locals.routeBase = req.baseUrl;
  next();
};

export const requestLogging = (logger: Logger) =>
  pinoHttp<Request, Response>({
    logger,
    genReqId: (req, res) => {
      const incoming = req.headers['x-request-id'];
      const id = typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    serializers: {
      req: (req: { method: string }) => ({ method: req.method }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      err: (err: Error) => ({
        type: err.name,
        frames: String(err.stack ?? '')
          .split('\n')
          .slice(1, 8)
          .map((f) => f.trim()),
      }),
    },
    // Bound when the request ends (answered or aborted): by then the route matched and the caller is known.
    customProps: (req, res) => {
      if (!started.has(req)) {
        started.add(req);
        return {};
      }
      return {
        requestId: req.id,
        route: routeOf(req as Request),
        keyId: (req as Request).caller?.keyId,
        role: (req as Request).caller?.role,
        ...(aborted(res as Response) ? { aborted: true } : {}),
      };
    },
    customLogLevel: (_req, res, error) => {
      if (error || (res as Response & { err?: unknown }).err || res.statusCode >= 500) return 'error';
      if (aborted(res as Response) || res.statusCode >= 400) return 'warn';
      return 'info';
    },
    customSuccessMessage: (_req, res) =>
      aborted(res as Response)
        ? 'request aborted by the client before the answer was sent'
        : `request answered ${res.statusCode}`,
    customErrorMessage: (_req, res) => `request failed ${res.statusCode}`,
    wrapSerializers: false,
  });
