/**
 * Access: every API call needs a key (`Authorization: Bearer <key>` or `X-API-Key: <key>`); the key's
 * role must allow the call's action (roles.ts). Missing or unknown key: 401; wrong role: 403.
 */
import type { NextFunction, Request, Response } from 'express';
import type { Caller, KeyRing } from './keys.ts';
import { plainProblem, sendProblem } from './problem.ts';
import { type Action, may } from './roles.ts';

declare module 'express-serve-static-core' {
  interface Request {
    caller?: Caller;
  }
}

function presentedKey(req: Request): string | null {
  const header = req.get('authorization');
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    return match?.[1] ?? null;
  }
  return req.get('x-api-key') ?? null;
}

/** Identifies the caller; answers 401 when the key is missing or unknown. */
export const authenticate = (keys: KeyRing) => (req: Request, res: Response, next: NextFunction) => {
  const secret = presentedKey(req);
  const caller = secret ? keys.find(secret) : null;
  if (!caller) {
    const detail = secret ? 'the API key is not known' : 'send an API key: Authorization: Bearer <key>';
    sendProblem(res, plainProblem('unauthorized', detail), { 'WWW-Authenticate': 'Bearer' });
    return;
  }
  req.caller = caller;
  next();
};

/** 403 unless the caller's role may do this action. */
export const allow = (action: Action) => (req: Request, res: Response, next: NextFunction) => {
  if (req.caller && may(req.caller.role, action)) return next();
  denied(res, action);
};

export function denied(res: Response, action: Action) {
  sendProblem(res, plainProblem('forbidden', `the key's role does not allow "${action}"`));
}
