import type { MiddlewareHandler } from 'hono';
import type { EventStore } from '../store/event-store.js';
import type { AuthEnv } from './auth.js';

interface Entry {
  readonly body: string;
  readonly type: string;
}

export interface ResponseCache {
  /** Route middleware: answers a GET from memory when nothing was stored since it was made. */
  readonly middleware: MiddlewareHandler<AuthEnv>;
  readonly stats: () => { hits: number; misses: number; entries: number; bytes: number };
}

/**
 * Whole JSON answers of read routes, keyed by path and query, kept while the store's data
 * version stays the same: any write (an ingest here, a review, another process's ingest)
 * empties it. Runs after the route's auth checks, so it never answers a request those refuse.
 * Least recently used answers leave first once `maxBytes` (counted in UTF-16 units) is reached.
 */
export function responseCache(
  store: EventStore,
  maxBytes: number,
  maxEntryBytes = maxBytes / 8,
): ResponseCache {
  const entries = new Map<string, Entry>();
  let version = '';
  let bytes = 0;
  let hits = 0;
  let misses = 0;
  const middleware: MiddlewareHandler<AuthEnv> = async (c, next) => {
    if (c.req.method !== 'GET' || maxBytes <= 0) return next();
    const now = store.dataVersion();
    if (now !== version) {
      entries.clear();
      bytes = 0;
      version = now;
    }
    const url = new URL(c.req.url);
    const key = url.pathname + url.search;
    const hit = entries.get(key);
    if (hit) {
      hits++;
      entries.delete(key);
      entries.set(key, hit);
      return c.body(hit.body, 200, { 'content-type': hit.type, 'x-casus-cache': 'hit' });
    }
    misses++;
    await next();
    const type = c.res.headers.get('content-type') ?? '';
    if (c.res.status !== 200 || !type.startsWith('application/json')) return;
    c.res.headers.set('x-casus-cache', 'miss');
    const body = await c.res.clone().text();
    // Stored only if nothing was written while it was being made.
    if (body.length > maxEntryBytes || store.dataVersion() !== version) return;
    entries.set(key, { body, type });
    bytes += body.length;
    for (const [k, e] of entries) {
      if (bytes <= maxBytes) break;
      entries.delete(k);
      bytes -= e.body.length;
    }
  };
  return { middleware, stats: () => ({ hits, misses, entries: entries.size, bytes }) };
}
