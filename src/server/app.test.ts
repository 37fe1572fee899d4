import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { code, startTestServer } from '../../test/helpers.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';

const TJK =
  'Kyrgyz servicemen opened fire on Tajik border guards near Isfara on 29 April 2021, Khovar reported.';
const KGZ =
  "Tajik border guards opened fire on Kyrgyz servicemen near Isfara on 29 April 2021, Kyrgyzstan's border service said.";
const NAIROBI =
  'A report with <script>alert(1)</script> and <img src=x onerror=alert(2)>: police arrested 3 men in Nairobi on 1 May 2020.';

const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'casus-api-')), 'api.db'));
let base = '';
let close = async () => {};
const tokens: Record<string, string> = {};
const getJson = async (path: string, init?: RequestInit) => {
  const res = await fetch(`${base}${path}`, init);
  return { status: res.status, body: await res.json() };
};
const postJson = (path: string, body: unknown, role?: string) =>
  getJson(path, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(role ? { authorization: `Bearer ${tokens[role]}` } : {}),
    },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  store.saveBatch([
    code(TJK, { published: '2021-04-29', outlet: 'Khovar' }),
    code(KGZ, { published: '2021-04-29' }),
    code(NAIROBI, { published: '2020-05-01' }),
  ]);
  for (const role of ['viewer', 'analyst', 'admin'] as const)
    tokens[role] = store.createToken(role, `${role}-1`).token;
  ({ base, close } = await startTestServer(store));
});
afterAll(async () => {
  await close();
  store.close();
});

describe('HTTP API reads on a real server and a real SQLite file', () => {
  it('lists events with filters and a total', async () => {
    const { status, body } = await getJson('/api/events?type=ASSAULT&country=TJK');
    expect(status).toBe(200);
    expect(body.total).toBe(2);
    expect(body.events.map((e: { source: { code: string }[] }) => e.source[0]!.code).sort()).toEqual([
      'KGZMIL',
      'TJKMIL',
    ]);
  });

  it('filters events by bbox and alliance, and sorts them', async () => {
    const q = async (s: string) => (await getJson(`/api/events?${s}`)).body;
    expect((await q('bbox=60,35,80,45')).total).toBe(2);
    expect((await q('alliance=CSTO&intra=1')).total).toBe(2);
    expect((await q('alliance=NATO&intra=1')).total).toBe(0);
    const asc = (await q('sort=date')).events.map((e: { date: { value: string } }) => e.date.value);
    expect(asc).toEqual([...asc].sort());
  });

  it('lists incidents with every filter, sorting and paging', async () => {
    const all = (await getJson('/api/incidents')).body;
    expect(all.total).toBeGreaterThanOrEqual(2);
    const isfara = (
      await getJson('/api/incidents?type=ASSAULT&country=KGZ&since=2021-04-01&until=2021-04-30')
    ).body;
    expect(isfara.total).toBe(1);
    const inc = isfara.incidents[0];
    expect(inc.claims).toHaveLength(2);
    expect(inc.disputed).toBe(true);
    expect(inc.review).toBe('unreviewed');
    const q = async (s: string) => (await getJson(`/api/incidents?${s}`)).body.total as number;
    expect(await q('disputed=1')).toBe(1);
    expect(await q('actor=police')).toBe(1);
    expect(await q('actor=KGZMIL')).toBe(1);
    expect(await q('q=Nairobi')).toBe(1);
    expect(await q('q=Antarctica')).toBe(0);
    expect(await q('bbox=60,35,80,45')).toBe(1);
    expect(await q('bbox=-20,-10,10,10')).toBe(0);
    expect(await q('near=39.98,70.5&km=50')).toBe(1);
    expect(await q('near=-1.28,36.82&km=30')).toBe(1);
    expect(await q('alliance=CSTO&intra=1')).toBe(1);
    expect(await q('alliance=NATO&intra=1')).toBe(0);
    expect(await q('review=confirmed')).toBe(0);
    const page1 = (await getJson('/api/incidents?limit=1&offset=0&sort=date')).body;
    const page2 = (await getJson('/api/incidents?limit=1&offset=1&sort=date')).body;
    expect(page1.total).toBe(all.total);
    expect(page1.incidents[0].id).not.toBe(page2.incidents[0].id);
    expect(page1.incidents[0].date.from <= page2.incidents[0].date.from).toBe(true);
  });

  it('opens an incident with its claims, evidence spans, documents and review', async () => {
    const id = (await getJson('/api/incidents?disputed=1')).body.incidents[0].id;
    const { status, body } = await getJson(`/api/incidents/${id}`);
    expect(status).toBe(200);
    expect(body.claims).toHaveLength(2);
    expect(Object.keys(body.incident.disputes)).toContain('initiator');
    for (const c of body.claims) {
      const text = body.documents[c.doc].text as string;
      expect(text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
      expect(text.slice(c.place.span.start, c.place.span.end)).toBe('Isfara');
    }
    expect(body.review).toEqual({ status: 'unreviewed', corrections: {}, history: [] });
  });

  it('serves documents, points, stats by week and the OpenAPI document', async () => {
    const ev = (await getJson('/api/events?type=ASSAULT')).body.events[0];
    const doc = (await getJson(`/api/documents/${ev.doc}`)).body;
    expect(doc.text.slice(ev.evidence.start, ev.evidence.end)).toBe(ev.evidence.text);
    expect(doc.layers.places.length).toBeGreaterThan(0);
    const points = (await getJson('/api/incidents/points?type=ASSAULT')).body;
    expect(points.fields.slice(0, 5)).toEqual(['id', 'lat', 'lon', 'precision', 'plover']);
    expect(points.rows.length).toBeGreaterThan(0);
    expect(points.rows[0][4]).toBe('ASSAULT');
    expect([1, 2, 3]).toContain(points.rows[0][3]);
    const stats = (await getJson('/api/stats')).body;
    expect(stats.documents).toBe(3);
    expect(stats.byWeek).toContainEqual({ week: '2021-04-26', type: 'ASSAULT', n: 1 });
    const api = (await getJson('/openapi.json')).body;
    expect(api.openapi).toMatch(/^3\./);
    for (const p of [
      '/api/events',
      '/api/incidents',
      '/api/incidents/{id}',
      '/api/incidents/{id}/review',
      '/api/documents',
      '/api/documents/{id}',
      '/api/stats',
      '/api/export',
      '/api/tokens',
    ])
      expect(Object.keys(api.paths)).toContain(p);
    const params = api.paths['/api/incidents'].get.parameters.map((x: { name: string }) => x.name);
    expect(params).toEqual(
      expect.arrayContaining(['type', 'country', 'bbox', 'near', 'q', 'alliance', 'sort']),
    );
  });

  it('streams exports as ACLED CSV, GeoJSON and PLOVER JSON lines', async () => {
    const csv = await (await fetch(`${base}/api/export?format=acled-csv`)).text();
    const lines = csv.trim().split('\n');
    expect(lines[0]!.split(',').slice(0, 2)).toEqual(['event_id_cnty', 'event_date']);
    expect(lines.length).toBe(1 + (await getJson('/api/incidents')).body.total);
    const geo = await (await fetch(`${base}/api/export?format=geojson&type=ASSAULT`)).json();
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.length).toBeGreaterThan(0);
    const jsonl = (await (await fetch(`${base}/api/export?format=plover-jsonl`)).text()).trim().split('\n');
    expect(JSON.parse(jsonl[0]!)).toHaveProperty('event');
    const empty = await (await fetch(`${base}/api/export?format=acled-csv&country=FRA`)).text();
    expect(empty.trim().split('\n')).toHaveLength(1);
  });

  it('answers bad input with a 4xx and the one error shape, never a stack trace', async () => {
    const cases: [string, number][] = [
      ['/api/events?country=Tajikistan', 400],
      ['/api/events?evil=1', 400],
      ['/api/incidents?limit=abc', 400],
      ['/api/incidents?bbox=1,2,3', 400],
      ['/api/incidents?sort=id;DROP', 400],
      ['/api/incidents?alliance=NOSUCH', 400],
      ['/api/incidents/not-an-id', 400],
      ['/api/incidents/inc_doesnotexist', 404],
      ['/api/documents/abcdef', 404],
      ['/api/nothing', 404],
    ];
    for (const [path, want] of cases) {
      const { status, body } = await getJson(path);
      expect([path, status]).toEqual([path, want]);
      expect(body.error.code).toMatch(/^CASUS_E04\d$/);
      expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+/);
    }
  });

  it('keeps SQL injection strings in every filter as data', async () => {
    const evil = ["' OR 1=1 --", '"; DROP TABLE claims; --', '%', '_', '\\', 'NEAR(a b)', '*', 'a" OR "b'];
    for (const s of evil) {
      for (const key of ['type', 'actor', 'q']) {
        for (const path of ['/api/incidents', '/api/events']) {
          const { status, body } = await getJson(`${path}?${key}=${encodeURIComponent(s)}`);
          expect([path, key, s, status]).toEqual([path, key, s, 200]);
          expect(body.total).toBe(0);
        }
      }
    }
    expect((await getJson('/api/stats')).body.claims).toBeGreaterThan(0);
  });
});

describe('HTTP API writes: tokens, roles, review, ingest', () => {
  it('enforces roles on every endpoint: no token, viewer, analyst, admin', async () => {
    const inc = (await getJson('/api/incidents?q=Nairobi')).body.incidents[0].id;
    const endpoints: { name: string; call: (role?: string) => Promise<{ status: number }>; need: number }[] =
      [
        { name: 'GET events', call: (r) => getJson('/api/events', auth(r)), need: 0 },
        { name: 'GET incidents', call: (r) => getJson('/api/incidents', auth(r)), need: 0 },
        { name: 'GET incident', call: (r) => getJson(`/api/incidents/${inc}`, auth(r)), need: 0 },
        { name: 'GET stats', call: (r) => getJson('/api/stats', auth(r)), need: 0 },
        {
          name: 'POST documents',
          call: (r) =>
            postJson('/api/documents', { content: 'Police arrested two men in Mombasa on 3 May 2020.' }, r),
          need: 2,
        },
        {
          name: 'POST review',
          call: (r) =>
            postJson(`/api/incidents/${inc}/review`, { action: 'confirm', comment: 'role test' }, r),
          need: 2,
        },
        { name: 'POST tokens', call: (r) => postJson('/api/tokens', { role: 'viewer' }, r), need: 3 },
      ];
    const roles = [undefined, 'viewer', 'analyst', 'admin'];
    for (const e of endpoints) {
      for (const [rank, r] of roles.entries()) {
        const { status } = await e.call(r);
        const want = rank >= e.need ? 200 : r === undefined ? 401 : 403;
        expect([e.name, r ?? 'none', status]).toEqual([e.name, r ?? 'none', want]);
      }
    }
  });

  it('refuses unknown or malformed tokens with 401', async () => {
    for (const t of ['nonsense', `${tokens.admin!.slice(0, -1)}x`, 'casus_000000000000_' + 'a'.repeat(43)]) {
      const { status, body } = await getJson('/api/me', { headers: { authorization: `Bearer ${t}` } });
      expect(status).toBe(401);
      expect(body.error.code).toBe('CASUS_E042');
    }
    expect((await getJson('/api/me', auth('analyst'))).body.token).toMatchObject({ role: 'analyst' });
  });

  it('records confirm, correct, reject, split and merge, audited and persistent', async () => {
    const id = (await getJson('/api/incidents?disputed=1')).body.incidents[0].id;
    expect((await postJson(`/api/incidents/${id}/review`, { action: 'confirm' }, 'analyst')).status).toBe(
      200,
    );
    expect((await getJson(`/api/incidents?review=confirmed&disputed=1`)).body.total).toBe(1);
    const corr = await postJson(
      `/api/incidents/${id}/review`,
      { action: 'correct', field: 'fatalities', value: '2', comment: 'per OSCE' },
      'analyst',
    );
    expect(corr.body.review.corrections).toEqual({ fatalities: '2' });
    expect(corr.body.review.status).toBe('corrected');
    const bad = await postJson(
      `/api/incidents/${id}/review`,
      { action: 'correct', field: 'password', value: 'x' },
      'analyst',
    );
    expect(bad.status).toBe(400);
    const detail = (await getJson(`/api/incidents/${id}`)).body;
    expect(detail.review.history.map((h: { action: string }) => h.action)).toEqual(['confirm', 'correct']);
    expect(detail.review.history[0].author).toContain('analyst-1');
    // Split the second claim out, then merge it back.
    const claim = detail.claims[1].claim;
    const split = await postJson(`/api/incidents/${id}/review`, { action: 'split', claim }, 'analyst');
    expect(split.status).toBe(200);
    expect(split.body.incidents).toHaveLength(2);
    const other = split.body.incidents.find((x: string) => x !== id);
    expect((await getJson(`/api/incidents/${id}`)).body.claims).toHaveLength(1);
    const merged = await postJson(`/api/incidents/${id}/review`, { action: 'merge', other }, 'analyst');
    expect(merged.body.incidents).toEqual([id]);
    expect((await getJson(`/api/incidents/${id}`)).body.claims).toHaveLength(2);
    // The review status survives the regrouping (it belongs to the incident id).
    expect((await getJson(`/api/incidents/${id}`)).body.review.status).toBe('corrected');
  });

  it('ingests posted text, HTML and JSON and returns the claims; bad reports get a code', async () => {
    const text = await postJson(
      '/api/documents',
      {
        content: 'Protesters clashed with police in Kisumu on 4 May 2020, the Daily Nation reported.',
        published: '2020-05-04',
      },
      'analyst',
    );
    expect(text.status).toBe(200);
    expect(text.body.reports[0].stored).toBe(true);
    expect(text.body.reports[0].claims.length).toBeGreaterThan(0);
    const claim = text.body.reports[0].claims[0];
    expect(text.body.reports[0].incidents[claim.claim]).toMatch(/^inc_/);
    const again = await postJson(
      '/api/documents',
      {
        content: 'Protesters clashed with police in Kisumu on 4 May 2020, the Daily Nation reported.',
        published: '2020-05-04',
      },
      'analyst',
    );
    expect(again.body.reports[0].stored).toBe(false);
    const html = await postJson(
      '/api/documents',
      {
        format: 'html',
        content:
          '<html><body><script>alert(1)</script><p>Gunmen killed 4 villagers in Zamfara on 5 May 2020.</p></body></html>',
        published: '2020-05-05',
      },
      'analyst',
    );
    expect(html.body.reports[0].claims[0].evidence.text).not.toContain('alert');
    const bad = await postJson('/api/documents', { format: 'json', content: '{"text": 5}' }, 'analyst');
    expect(bad.status).toBe(200);
    expect(bad.body.failures[0].code).toBe('CASUS_E012');
    const broken = await postJson('/api/documents', { format: 'json', content: '{oops' }, 'analyst');
    expect(broken.body.failures[0].code).toBe('CASUS_E012');
    const malformed = await getJson('/api/documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.analyst}` },
      body: '{not json',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('CASUS_E040');
  });

  it('refuses bodies above the limit with 413', async () => {
    const res = await postJson(
      '/api/incidents/inc_x/review',
      { action: 'confirm', comment: 'x'.repeat(70_000) },
      'analyst',
    );
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('CASUS_E044');
  });
});

describe('server options', () => {
  it('requires a viewer token for reads with readAuth, and rate-limits writes', async () => {
    const s = await startTestServer(store, { readAuth: true, writesPerMinute: 3 });
    try {
      expect((await fetch(`${s.base}/api/incidents`)).status).toBe(401);
      const h = { authorization: `Bearer ${tokens.viewer}` };
      expect((await fetch(`${s.base}/api/incidents`, { headers: h })).status).toBe(200);
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await fetch(`${s.base}/api/tokens`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.admin}` },
          body: JSON.stringify({ role: 'viewer' }),
        });
        statuses.push(res.status);
        if (res.status === 429) expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
    } finally {
      await s.close();
    }
  });

  it('stops a client guessing tokens after 20 invalid ones a minute', async () => {
    const s = await startTestServer(store);
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 22; i++) {
        const res = await fetch(`${s.base}/api/me`, {
          headers: { authorization: `Bearer casus_${'0'.repeat(12)}_${String(i).padStart(43, 'a')}` },
        });
        statuses.push(res.status);
      }
      expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401));
      expect(statuses.slice(20)).toEqual([429, 429]);
      // Even a valid token waits out the window from that address; reads without a token go on.
      expect((await fetch(`${s.base}/api/me`, auth('admin'))).status).toBe(429);
      expect((await fetch(`${s.base}/api/incidents`)).status).toBe(200);
    } finally {
      await s.close();
    }
  });

  it('serves the UI with a strict Content-Security-Policy and security headers', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(await res.text()).toContain('<script src="/app.js">');
    expect((await fetch(`${base}/app.js`)).headers.get('content-type')).toContain('javascript');
  });
});

function auth(role?: string): RequestInit {
  return role ? { headers: { authorization: `Bearer ${tokens[role]}` } } : {};
}

describe('the read answer cache', () => {
  it('answers a repeated read from memory until anything is written, by this server or another process', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'casus-cache-')), 'c.db');
    const own = new SqliteStore(path);
    own.saveBatch([code(TJK, { published: '2021-04-29' })]);
    const analyst = own.createToken('analyst', 'a').token;
    const srv = await startTestServer(own);
    const get = async (p: string) => {
      const res = await fetch(`${srv.base}${p}`);
      return { cache: res.headers.get('x-casus-cache'), body: await res.json() };
    };
    try {
      const first = await get('/api/incidents?country=TJK');
      expect(first.cache).toBe('miss');
      const again = await get('/api/incidents?country=TJK');
      expect(again.cache).toBe('hit');
      expect(again.body).toEqual(first.body);
      expect((await get('/api/incidents?country=KGZ&limit=5')).cache).toBe('miss');
      // An ingest through this server.
      const res = await fetch(`${srv.base}/api/documents`, {
        method: 'POST',
        headers: { authorization: `Bearer ${analyst}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          content: 'Police arrested 40 protesters in Dushanbe, Tajikistan on 3 May 2021.',
        }),
      });
      expect(res.status).toBe(200);
      const after = await get('/api/incidents?country=TJK');
      expect(after.cache).toBe('miss');
      expect(after.body.total).toBe(first.body.total + 1);
      expect((await get('/api/incidents?country=TJK')).cache).toBe('hit');
      // Another process's connection writing to the same file.
      const other = new SqliteStore(path);
      other.saveBatch([
        code('Police arrested 12 men in Khujand, Tajikistan on 9 May 2021.', { published: '2021-05-09' }),
      ]);
      other.close();
      const third = await get('/api/incidents?country=TJK');
      expect(third.cache).toBe('miss');
      expect(third.body.total).toBe(first.body.total + 2);
      // Errors are never kept.
      const bad = await fetch(`${srv.base}/api/incidents?limit=nope`);
      expect(bad.status).toBe(400);
      expect((await fetch(`${srv.base}/api/incidents?limit=nope`)).headers.get('x-casus-cache')).toBeNull();
    } finally {
      await srv.close();
      own.close();
    }
  });

  it('never answers a request that the read token check refuses', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'casus-cache-auth-')), 'c.db');
    const own = new SqliteStore(path);
    own.saveBatch([code(TJK, { published: '2021-04-29' })]);
    const viewer = own.createToken('viewer', 'v').token;
    const srv = await startTestServer(own, { readAuth: true });
    try {
      const ok = await fetch(`${srv.base}/api/stats`, { headers: { authorization: `Bearer ${viewer}` } });
      expect(ok.status).toBe(200);
      const again = await fetch(`${srv.base}/api/stats`, { headers: { authorization: `Bearer ${viewer}` } });
      expect(again.headers.get('x-casus-cache')).toBe('hit');
      const anon = await fetch(`${srv.base}/api/stats`);
      expect(anon.status).toBe(401);
      expect((await anon.json()).error.code).toBe('CASUS_E042');
    } finally {
      await srv.close();
      own.close();
    }
  });
});
