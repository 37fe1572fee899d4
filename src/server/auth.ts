import type { Context, MiddlewareHandler } from 'hono';
import { CasusError } from '../core/errors.js';
import type { EventStore, Role, TokenInfo } from '../store/event-store.js';

const RANK: Readonly<Record<Role, number>> = { viewer: 1, analyst: 2, admin: 3 };

export type AuthEnv = { Variables: { token: TokenInfo | null } };

/**
 * The token of a request's `Authorization: Bearer ...` header, verified, or null when there is
 * none. A client sending more than `failuresPerMinute` invalid tokens is refused for the rest
 * of the minute, so tokens cannot be guessed at speed.
 */
export function bearer(store: EventStore, failuresPerMinute = 20): MiddlewareHandler<AuthEnv> {
  const failures = new FixedWindow(failuresPerMinute);
  return async (c, next) => {
    const h = c.req.header('authorization');
    let token: TokenInfo | null = null;
    if (h !== undefined) {
      const key = remoteAddress(c);
      if (failures.over(key)) throw failures.error(c, key);
      const m = /^Bearer\s+(\S+)$/i.exec(h);
      token = m ? store.verifyToken(m[1]!) : null;
      if (!token) {
        failures.hit(key);
        throw new CasusError('CASUS_E042', 'the bearer token is not valid');
      }
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

/** Counts per key in fixed one-minute windows. */
class FixedWindow {
  private readonly windows = new Map<string, { start: number; n: number }>();
  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}
  private window(key: string): { start: number; n: number } {
    const t = this.now();
    let w = this.windows.get(key);
    if (!w || t - w.start >= 60_000) {
      w = { start: t, n: 0 };
      this.windows.set(key, w);
      if (this.windows.size > 10_000)
        for (const [k, v] of this.windows) if (t - v.start >= 60_000) this.windows.delete(k);
    }
    return w;
  }
  hit(key: string): boolean {
    return ++this.window(key).n > this.perMinute;
  }
  over(key: string): boolean {
    return this.window(key).n >= this.perMinute;
  }
  error(c: Context<AuthEnv>, key: string): CasusError {
    const w = this.windows.get(key);
    const wait = w ? Math.ceil((w.start + 60_000 - this.now()) / 1000) : 60;
    c.header('Retry-After', String(Math.max(1, wait)));
    return new CasusError('CASUS_E045', `more than ${this.perMinute} requests a minute; wait and retry`);
  }
}

/**
 * A fixed-window request limit per client (token id, else remote address) for write and token
 * endpoints: enough for an analyst at work, a wall for a script.
 */
export function rateLimit(opts: { perMinute: number; now?: () => number }): MiddlewareHandler<AuthEnv> {
  const limit = new FixedWindow(opts.perMinute, opts.now);
  return async (c, next) => {
    const t = c.get('token');
    const key = t ? `t:${t.id}` : `a:${remoteAddress(c)}`;
    if (limit.hit(key)) throw limit.error(c, key);
    await next();
  };
}

function remoteAddress(c: Context<AuthEnv>): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'local';
}
