import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { CasusError, type ErrorCode, toCasusError } from '../core/errors.js';
import type { Knowledge } from '../knowledge/load.js';
import type { EventStore } from '../store/event-store.js';
import { api } from './api.js';
import { type AuthEnv, bearer } from './auth.js';
import { staticUi } from './static.js';

/** Report text is untrusted: no inline script, no foreign origin, no framing, no plugins. */
export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";

const STATUS: Partial<Record<ErrorCode, 400 | 401 | 403 | 404 | 413 | 429>> = {
  CASUS_E040: 400,
  CASUS_E041: 404,
  CASUS_E042: 401,
  CASUS_E043: 403,
  CASUS_E044: 413,
  CASUS_E045: 429,
};

export interface AppOptions {
  readonly knowledge: () => Knowledge;
  readonly readAuth?: boolean;
  readonly writesPerMinute?: number;
  /** Memory for whole read answers, kept until the next write (default 64 MB; 0 turns it off). */
  readonly cacheMb?: number;
  /** Where the built UI lives (default: build/ui of this package). */
  readonly uiDir?: string;
}

/** The HTTP API under /api, its OpenAPI document, and the web UI. */
export function createApp(store: EventStore, opts: AppOptions): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('Cross-Origin-Resource-Policy', 'same-origin');
    c.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  });
  app.onError((err, c) => {
    const e =
      err instanceof HTTPException && err.status < 500
        ? new CasusError(err.status === 413 ? 'CASUS_E044' : 'CASUS_E040', err.message || 'bad request')
        : toCasusError(err);
    const status = STATUS[e.code] ?? 500;
    if (status === 500) console.error(err);
    // Never a stack trace to the client.
    return c.json(
      { error: { code: e.code, message: status === 500 ? 'internal error' : e.message } },
      status,
    );
  });
  app.notFound((c) =>
    c.json({ error: { code: 'CASUS_E041', message: `no route ${c.req.method} ${c.req.path}` } }, 404),
  );
  app.use('/api/*', bearer(store));
  const routes = api(store, opts);
  app.route('/api', routes);
  const doc = routes.getOpenAPIDocument({
    openapi: '3.0.3',
    info: {
      title: 'casus API',
      version: '0.1.0',
      description:
        'Coded claims and incidents with evidence spans. Reads are open on loopback unless the server requires a viewer token; writes need a bearer token (`casus token create`).',
    },
  });
  // Paths are mounted under /api.
  const paths = Object.fromEntries(Object.entries(doc.paths ?? {}).map(([p, v]) => [`/api${p}`, v]));
  app.get('/openapi.json', (c) => c.json({ ...doc, paths }));
  app.route('/', staticUi(opts.uiDir));
  return app;
}
