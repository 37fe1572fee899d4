import { Hono } from 'hono';
import { z } from 'zod';
import { CasusError, toCasusError } from '../core/errors.js';
import type { EventStore } from '../store/event-store.js';
import { INDEX_HTML, INDEX_JS } from './page.js';

const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const isoDay = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date YYYY-MM-DD');
/** The query parameters of GET /api/events: the same filters as `casus events`. */
export const eventsQuery = z
  .object({
    type: z.string().max(80).optional(),
    country: z
      .string()
      .regex(/^[A-Za-z]{3}$/, 'an ISO 3166 alpha-3 code')
      .optional(),
    actor: z.string().max(200).optional(),
    since: isoDay.optional(),
    until: isoDay.optional(),
    near: z
      .string()
      .regex(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/, 'LAT,LON')
      .optional(),
    km: z.coerce.number().positive().max(20000).optional(),
    status: z.enum(['asserted', 'denied', 'hypothetical']).optional(),
    q: z.string().max(500).optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

function parseQuery<T>(schema: z.ZodType<T>, q: Record<string, string>): T {
  const r = schema.safeParse(q);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new CasusError('CASUS_E040', `${i?.path.join('.') || 'query'}: ${i?.message ?? 'invalid'}`);
  }
  return r.data;
}

/** The HTTP API and the page that lists events. */
export function createApp(store: EventStore): Hono {
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
  });
  app.onError((err, c) => {
    const e = toCasusError(err);
    const status = e.code === 'CASUS_E041' ? 404 : e.code === 'CASUS_E040' ? 400 : 500;
    // Never a stack trace to the client.
    return c.json(
      { error: { code: e.code, message: status === 500 ? 'internal error' : e.message } },
      status,
    );
  });
  app.notFound((c) =>
    c.json({ error: { code: 'CASUS_E041', message: `no route ${c.req.method} ${c.req.path}` } }, 404),
  );

  app.get('/api/events', (c) => {
    const q = parseQuery(eventsQuery, c.req.query());
    let near: { lat: number; lon: number; km: number } | undefined;
    if (q.near) {
      const [lat, lon] = q.near.split(',').map(Number) as [number, number];
      near = { lat, lon, km: q.km ?? 50 };
    }
    const { total, claims } = store.queryClaims({ ...q, text: q.q, near });
    return c.json({ total, limit: q.limit, offset: q.offset, events: claims });
  });
  app.get('/api/documents/:id', (c) => {
    const id = c.req.param('id');
    if (!/^[0-9a-f]{1,64}$/.test(id)) throw new CasusError('CASUS_E040', 'id: a hexadecimal document id');
    const doc = store.getDocument(id);
    if (!doc) throw new CasusError('CASUS_E041', `no document ${id}`);
    return c.json(doc);
  });
  app.get('/api/stats', (c) => c.json(store.summary()));
  app.get('/openapi.json', (c) =>
    c.json({
      openapi: '3.0.3',
      info: { title: 'casus API', version: '0.1.0' },
      paths: {
        '/api/events': {
          get: {
            summary: 'Coded claims with filters',
            parameters: Object.keys(eventsQuery.shape).map((name) => ({
              name,
              in: 'query',
              required: false,
              schema: { type: 'string' },
            })),
          },
        },
        '/api/documents/{id}': {
          get: {
            summary: 'A stored report with all its layers as spans',
            parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          },
        },
        '/api/stats': { get: { summary: 'Counts by type and country' } },
      },
    }),
  );
  app.get('/', (c) => c.html(INDEX_HTML));
  app.get('/app.js', (c) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    return c.body(INDEX_JS);
  });
  return app;
}
