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

const SAFE_REQUEST_ID = /^[\w-]{8,64}$/;

/** Labels for requests no route answered (refused before routing, static files, unknown paths): never the path itself. */
const PREFIXES = ['/api/letters', '/api/journal', '/api', '/metrics'] as const;

/** The route pattern (`/api/letters/:type/render`); for a request no route answered, a fixed label. */
export const routeOf = (req: Request): string => {
  if (req.route?.path) return `${req.baseUrl}${String(req.route.path)}`;
  const path = req.originalUrl.split('?')[0] ?? '';
  const prefix = PREFIXES.find((p) => path === p || path.startsWith(`${p}/`));
  return prefix ? `${prefix}/*` : '(page or unknown)';
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
    // Bound when the answer is sent: by then the route matched and the caller is known.
    customProps: (req, res) =>
      res.headersSent
        ? {
            requestId: req.id,
            route: routeOf(req as Request),
            keyId: (req as Request).caller?.keyId,
            role: (req as Request).caller?.role,
          }
        : {},
    customSuccessMessage: (_req, res) => `request answered ${res.statusCode}`,
    customErrorMessage: (_req, res) => `request failed ${res.statusCode}`,
    wrapSerializers: false,
  });
