import { createRoute, OpenAPIHono, type z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { stream } from 'hono/streaming';
import { CasusError } from '../core/errors.js';
import type { Claim } from '../core/types.js';
import { incidentsToAcledCsv } from '../export/acled-csv.js';
import { claimToPlover, hasPlace, incidentFeature } from '../export/plover-geojson.js';
import { docFromReport } from '../ingest/ingest.js';
import { parseInput } from '../ingest/read-reports.js';
import { allianceTest, claimAllianceTest } from '../knowledge/alliances.js';
import type { Knowledge } from '../knowledge/load.js';
import { codeDoc } from '../stages/index.js';
import type { EventStore, IncidentFilter } from '../store/event-store.js';
import { type AuthEnv, rateLimit, requireRole } from './auth.js';
import { responseCache } from './cache.js';
import {
  claimSchema,
  documentBody,
  documentIdParam,
  documentSchema,
  errorSchema,
  eventsQuery,
  exportQuery,
  incidentIdParam,
  incidentSchema,
  incidentsQuery,
  POINT_FIELDS,
  page,
  pointsQuery,
  pointsSchema,
  reviewBody,
  reviewSchema,
  statsQuery,
  statsSchema,
  tokenBody,
} from './schemas.js';

export interface ApiOptions {
  /** The coding knowledge, loaded on first need (ingest, alliance filters, ACLED export). */
  readonly knowledge: () => Knowledge;
  /** Require a viewer token for reads too (default: reads are open; the server binds to loopback). */
  readonly readAuth?: boolean;
  /** Write and token requests per client per minute. */
  readonly writesPerMinute?: number;
  /** Memory for whole read answers, kept until the next write (default 64 MB; 0 turns it off). */
  readonly cacheMb?: number;
}

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});
const errors = {
  400: json(errorSchema, 'Bad input: the message says what was wrong'),
  401: json(errorSchema, 'No or invalid bearer token'),
  403: json(errorSchema, "The token's role does not allow this"),
  404: json(errorSchema, 'No such id'),
};
const bearerSecurity = [{ bearer: [] }];

type Q = z.infer<typeof incidentsQuery>;

function organisation(k: () => Knowledge, id: string) {
  const org = k().organisations.get(id.toUpperCase());
  if (!org) throw new CasusError('CASUS_E040', `alliance: unknown organisation "${id}"`);
  return org;
}

/** The store filter from validated query parameters. */
function incidentFilter(q: Partial<Q>, k: () => Knowledge): IncidentFilter {
  let near: IncidentFilter['near'];
  if (q.near) {
    const [lat, lon] = q.near.split(',').map(Number) as [number, number];
    near = { lat, lon, km: q.km ?? 50 };
  }
  let bbox: IncidentFilter['bbox'];
  if (q.bbox) bbox = q.bbox.split(',').map(Number) as unknown as [number, number, number, number];
  let keep: IncidentFilter['keep'];
  if (q.alliance) {
    keep = allianceTest(organisation(k, q.alliance), q.intra === true);
  }
  return {
    type: q.type,
    country: q.country,
    actor: q.actor,
    since: q.since,
    until: q.until,
    near,
    bbox,
    disputed: q.disputed,
    text: q.q,
    review: q.review,
    keep,
    sort: q.sort,
    limit: q.limit,
    offset: q.offset,
  };
}

/** The /api routes: reads open (or viewer), ingest and review for analysts, tokens for admins. */
export function api(store: EventStore, opts: ApiOptions): OpenAPIHono<AuthEnv> {
  const app = new OpenAPIHono<AuthEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const i = result.error.issues[0];
        throw new CasusError(
          'CASUS_E040',
          `${result.target} ${i?.path.join('.') || ''}: ${i?.message ?? 'invalid'}`.replace(/\s+:/, ':'),
        );
      }
    },
  });
  const k = opts.knowledge;
  const read = opts.readAuth ? [requireRole('viewer')] : [];
  const cache = responseCache(store, (opts.cacheMb ?? 64) * 1024 * 1024);
  const cachedRead = [...read, cache.middleware];
  const limited = rateLimit({ perMinute: opts.writesPerMinute ?? 120 });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/events',
      summary: 'Coded claims with filters',
      middleware: cachedRead,
      request: { query: eventsQuery },
      responses: { 200: json(page('events', claimSchema), 'A page of claims'), ...errors },
    }),
    (c) => {
      const q = c.req.valid('query');
      const f = incidentFilter({ ...q, alliance: undefined, sort: undefined }, k);
      let keep: ((c: Claim) => boolean) | undefined;
      if (q.alliance) keep = claimAllianceTest(organisation(k, q.alliance), q.intra === true);
      const { total, claims } = store.queryClaims({ ...q, text: q.q, near: f.near, bbox: f.bbox, keep });
      return c.json({ total, limit: q.limit, offset: q.offset, events: claims as never[] }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/incidents',
      summary: 'Incidents with filters, sorting and pagination',
      middleware: cachedRead,
      request: { query: incidentsQuery },
      responses: { 200: json(page('incidents', incidentSchema), 'A page of incidents'), ...errors },
    }),
    (c) => {
      const q = c.req.valid('query');
      const { total, incidents } = store.queryIncidents(incidentFilter(q, k));
      return c.json({ total, limit: q.limit, offset: q.offset, incidents: incidents as never[] }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/incidents/points',
      summary: 'Incidents as compact map points (same filters)',
      middleware: cachedRead,
      request: { query: pointsQuery },
      responses: { 200: json(pointsSchema, 'Map points'), ...errors },
    }),
    (c) => {
      const points = store.incidentPoints(incidentFilter(c.req.valid('query'), k));
      const rows = points.map((p) => [
        p.id,
        p.lat,
        p.lon,
        p.precision,
        p.plover,
        p.fatalities,
        p.claims,
        p.disputed ? 1 : 0,
        p.date,
      ]);
      return c.json({ fields: [...POINT_FIELDS], rows }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/incidents/{id}',
      summary: 'One incident: its claims with evidence spans, disputes, review status and history',
      middleware: cachedRead,
      request: { params: incidentIdParam },
      responses: {
        200: json(
          incidentSchema.openapi('IncidentDetail', {
            description: '{ incident, claims, review, documents }',
          }),
          'The incident',
        ),
        ...errors,
      },
    }),
    (c) => {
      const { id } = c.req.valid('param');
      const r = store.getIncident(id);
      if (!r) throw new CasusError('CASUS_E041', `no incident ${id}`);
      const documents: Record<string, unknown> = {};
      for (const cl of r.claims) {
        if (documents[cl.doc]) continue;
        const d = store.documentText(cl.doc);
        if (d) documents[cl.doc] = d;
      }
      return c.json(
        { incident: r.incident, claims: r.claims, review: store.incidentReview(id), documents },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/documents/{id}',
      summary: 'A stored report with all its layers as spans',
      middleware: cachedRead,
      request: { params: documentIdParam },
      responses: { 200: json(documentSchema, 'The report'), ...errors },
    }),
    (c) => {
      const { id } = c.req.valid('param');
      const doc = store.getDocument(id);
      if (!doc) throw new CasusError('CASUS_E041', `no document ${id}`);
      return c.json(doc as never, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/stats',
      summary: 'Counts of the matching incidents by week and type, type, country and review status',
      middleware: cachedRead,
      request: { query: statsQuery },
      responses: { 200: json(statsSchema, 'Counts'), ...errors },
    }),
    (c) => {
      const st = store.incidentStats(incidentFilter(c.req.valid('query'), k));
      return c.json({ ...store.totals(), ...st } as z.infer<typeof statsSchema>, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/export',
      summary: 'The matching incidents as ACLED CSV, GeoJSON or PLOVER JSON lines, streamed',
      middleware: read,
      request: { query: exportQuery },
      responses: {
        200: {
          description: 'The export',
          content: {
            'text/csv': { schema: { type: 'string' } },
            'application/geo+json': { schema: { type: 'string' } },
          },
        },
        ...errors,
      },
    }),
    (c) => {
      const q = c.req.valid('query');
      const f = incidentFilter(q, k);
      const type = {
        'acled-csv': 'text/csv',
        geojson: 'application/geo+json',
        'plover-jsonl': 'application/x-ndjson',
      }[q.format];
      c.header('Content-Type', `${type}; charset=utf-8`);
      c.header(
        'Content-Disposition',
        `attachment; filename="casus.${q.format === 'acled-csv' ? 'csv' : q.format}"`,
      );
      const knowledge = q.format === 'acled-csv' ? k() : null;
      return stream(c, async (s) => {
        const chunk = 500;
        let first = true;
        if (q.format === 'geojson') await s.write('{"type":"FeatureCollection","features":[');
        for (let offset = 0; offset < q.limit; offset += chunk) {
          const { incidents } = store.queryIncidents({
            ...f,
            limit: Math.min(chunk, q.limit - offset),
            offset,
          });
          if (incidents.length === 0) break;
          if (q.format === 'geojson') {
            const feats = incidents.filter(hasPlace).map((i) => JSON.stringify(incidentFeature(i)));
            if (feats.length) await s.write((first ? '' : ',') + feats.join(','));
            if (feats.length) first = false;
            continue;
          }
          const items = incidents.map((i) => store.getIncident(i.id)!).filter(Boolean);
          if (q.format === 'acled-csv') {
            const csv = incidentsToAcledCsv(items, knowledge!);
            await s.write(`${first ? csv : csv.slice(csv.indexOf('\n') + 1)}\n`);
          } else {
            const lines = items.flatMap((x) => x.claims).map((cl) => JSON.stringify(claimToPlover(cl)));
            await s.write(lines.map((l) => `${l}\n`).join(''));
          }
          first = false;
          if (incidents.length < chunk) break;
        }
        if (q.format === 'geojson') await s.write(']}\n');
        if (q.format === 'acled-csv' && first) await s.write(`${incidentsToAcledCsv([], knowledge!)}\n`);
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/me',
      summary: "The bearer token's id and role (null without a token)",
      responses: {
        200: json(reviewSchema.openapi('Me', { description: '{ token }' }), 'The token'),
        ...errors,
      },
    }),
    (c) => c.json({ token: c.get('token') } as never, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/documents',
      summary: 'Ingest a report (text, HTML or JSON) and return its claims',
      security: bearerSecurity,
      middleware: [
        requireRole('analyst'),
        limited,
        bodyLimit({ maxSize: 6 * 1024 * 1024, onError: tooLarge }),
      ],
      request: { body: { content: { 'application/json': { schema: documentBody } }, required: true } },
      responses: {
        200: json(
          claimSchema.openapi('IngestResult', {
            description:
              '{ reports: [{ origin, doc, stored, claims, incidents }], failures: [{ origin, code, message }] }',
          }),
          'What was stored and coded',
        ),
        ...errors,
        413: json(errorSchema, 'Body too large'),
        429: json(errorSchema, 'Too many requests'),
      },
    }),
    (c) => {
      const b = c.req.valid('json');
      const origin = b.name ?? 'upload';
      const base = { title: b.title, url: b.url, outlet: b.outlet, published: b.published };
      const reports: {
        origin: string;
        doc: string;
        stored: boolean;
        claims: Claim[];
        incidents: Record<string, string>;
      }[] = [];
      const failures: { origin: string; code: string; message: string }[] = [];
      const knowledge = k();
      for (const r of parseInput(new TextEncoder().encode(b.content), origin, `.${b.format}`, base)) {
        if (!r.ok) {
          failures.push({ origin: r.origin, code: r.code, message: r.message });
          continue;
        }
        try {
          const doc = codeDoc(docFromReport(r.report), knowledge);
          const stored = store.saveBatch([doc]).stored === 1;
          const claims = store.queryClaims({ docId: doc.id, limit: 10000 }).claims;
          reports.push({
            origin: r.report.origin,
            doc: doc.id,
            stored,
            claims,
            incidents: store.incidentsOfClaims(claims.map((x) => x.claim)),
          });
        } catch (err) {
          const e =
            err instanceof CasusError ? err : new CasusError('CASUS_E050', 'could not code the report');
          failures.push({ origin: r.report.origin, code: e.code, message: e.message });
        }
      }
      return c.json({ reports, failures } as never, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/incidents/{id}/review',
      summary: 'Confirm, reject, correct a field, split or merge an incident (audited)',
      security: bearerSecurity,
      middleware: [requireRole('analyst'), limited, bodyLimit({ maxSize: 64 * 1024, onError: tooLarge })],
      request: {
        params: incidentIdParam,
        body: { content: { 'application/json': { schema: reviewBody } }, required: true },
      },
      responses: { 200: json(reviewSchema, 'The incidents now, and the review'), ...errors },
    }),
    (c) => {
      const { id } = c.req.valid('param');
      const b = c.req.valid('json');
      const t = c.get('token')!;
      const res = store.reviewIncident({
        kind: b.action,
        incident: id,
        claim: b.claim,
        other: b.other,
        field: b.field,
        value: b.value,
        comment: b.comment,
        author: t.label ? `${t.label} (${t.id})` : t.id,
      });
      return c.json({ incidents: res.incidents, review: store.incidentReview(id) } as never, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/tokens',
      summary: 'Create a token (admin); the token is shown once',
      security: bearerSecurity,
      middleware: [requireRole('admin'), limited, bodyLimit({ maxSize: 4096, onError: tooLarge })],
      request: { body: { content: { 'application/json': { schema: tokenBody } }, required: true } },
      responses: {
        200: json(reviewSchema.openapi('NewToken', { description: '{ id, role, token }' }), 'The token'),
        ...errors,
      },
    }),
    (c) => {
      const b = c.req.valid('json');
      const t = store.createToken(b.role, b.label);
      return c.json({ id: t.id, role: b.role, token: t.token } as never, 200);
    },
  );

  return app;
}

function tooLarge(): never {
  throw new CasusError('CASUS_E044', 'the request body is larger than this endpoint accepts');
}
