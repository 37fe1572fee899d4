import type { Context, MiddlewareHandler } from 'hono';
import { CasusError } from '../core/errors.js';
import type { EventStore, Role, TokenInfo } from '../store/event-store.js';

const RANK: Readonly<Record<Role, number>> = { viewer: 1, analyst: 2, admin: 3 };

export type AuthEnv = { Variables: { token: TokenInfo | null } };

/** The token of a request's `Authorization: Bearer ...` header, verified, or null when there is none. */
export function bearer(store: EventStore): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const h = c.req.header('authorization');
    let token: TokenInfo | null = null;
    if (h !== undefined) {
      const m = /^Bearer\s+(\S+)$/i.exec(h);
      token = m ? store.verifyToken(m[1]!) : null;
      if (!token) throw new CasusError('CASUS_E042', 'the bearer token is not valid');
    }
    c.set('token', token);
    await next();
  };
}

/** Refuse the request unless it carries a token with at least this role. */
export function requireRole(role: Role): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const t = c.get('token');
    if (!t) throw new CasusError('CASUS_E042', `this needs a bearer token with role ${role} or higher`);
    if (RANK[t.role] < RANK[role])
      throw new CasusError('CASUS_E043', `role ${t.role} may not do this; it needs ${role} or higher`);
    await next();
  };
}

/**
 * A fixed-window request limit per client (token id, else remote address) for write and token
 * endpoints: enough for an analyst at work, a wall for a script guessing tokens.
 */
export function rateLimit(opts: { perMinute: number; now?: () => number }): MiddlewareHandler<AuthEnv> {
  const windows = new Map<string, { start: number; n: number }>();
  const now = opts.now ?? Date.now;
  return async (c, next) => {
    const key = clientKey(c);
    const t = now();
    let w = windows.get(key);
    if (!w || t - w.start >= 60_000) {
      w = { start: t, n: 0 };
      windows.set(key, w);
      if (windows.size > 10_000) for (const [k, v] of windows) if (t - v.start >= 60_000) windows.delete(k);
    }
    if (++w.n > opts.perMinute) {
      c.header('Retry-After', String(Math.ceil((w.start + 60_000 - t) / 1000)));
      throw new CasusError('CASUS_E045', `more than ${opts.perMinute} requests a minute; wait and retry`);
    }
    await next();
  };
}

function clientKey(c: Context<AuthEnv>): string {
  const t = c.get('token');
  if (t) return `t:${t.id}`;
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return `a:${env?.incoming?.socket?.remoteAddress ?? 'local'}`;
}
