/**
 * Per-key rate limit (a token bucket per key id): a caller that sends too much gets 429 with
 * Retry-After instead of slowing everyone down. Generous by default; RATE_LIMIT_PER_MINUTE tunes it.
 */
import type { NextFunction, Request, Response } from 'express';
import { plainProblem, sendProblem } from './problem.ts';

export function rateLimit(perMinute: number, now: () => number = Date.now) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refillPerMs = perMinute / 60_000;
  return (req: Request, res: Response, next: NextFunction) => {
    const id = req.caller?.keyId ?? 'anonymous';
    const time = now();
    const bucket = buckets.get(id) ?? { tokens: perMinute, at: time };
    bucket.tokens = Math.min(perMinute, bucket.tokens + (time - bucket.at) * refillPerMs);
    bucket.at = time;
    buckets.set(id, bucket);
    if (bucket.tokens < 1) {
      const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000));
      sendProblem(res, plainProblem('too-many-requests', 'retry later'), {
        'Retry-After': String(retryAfter),
      });
      return;
    }
    bucket.tokens -= 1;
    next();
  };
}
