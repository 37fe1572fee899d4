import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Knowledge } from '../knowledge/load.js';
import { createApp } from '../server/app.js';
import type { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { prng } from './synthetic.js';

export interface QueryFigures {
  requests: number;
  p50_ms: number;
  p95_ms: number;
  max_ms: number;
  mean_results: number;
}

const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const r1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Time typical API requests against a store over real HTTP on loopback: each kind `n` times
 * with varied parameters, one at a time. Reports p50/p95/max latency per kind.
 */
export async function benchQueries(
  store: SqliteStore,
  knowledge: () => Knowledge,
  n = 200,
): Promise<{ incidents: number; claims: number; queries: Record<string, QueryFigures> }> {
  // No answer cache: this measures the queries themselves.
  const app = createApp(store, { knowledge, cacheMb: 0 });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((r) => server.once('listening', () => r()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const db = store.db;
  const countries = (
    db
      .prepare(
        'SELECT country, count(*) AS n FROM incident_countries GROUP BY country ORDER BY n DESC LIMIT 40',
      )
      .all() as {
      country: string;
    }[]
  ).map((r) => r.country);
  const types = (db.prepare('SELECT DISTINCT plover FROM incidents').all() as { plover: string }[]).map(
    (r) => r.plover,
  );
  const span = db.prepare('SELECT min(date_from) AS a, max(date_from) AS b FROM incidents').get() as {
    a: string;
    b: string;
  };
  // A word in about 10% of the synthetic reports, and a place name (what analysts usually search).
  const words = ['market', 'checkpoint', 'bridge', 'convoy', 'hospital', 'border', 'river', 'school'];
  const names = (
    db
      .prepare("SELECT json_extract(json, '$.place.name') AS n FROM incidents ORDER BY rowid LIMIT 200")
      .all() as {
      n: string | null;
    }[]
  )
    .map((r) => r.n)
    .filter((n): n is string => !!n && /^[A-Za-z ]+$/.test(n));
  const rnd = prng(7);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const dayAt = (f: number) => {
    const a = Date.parse(span.a);
    const b = Date.parse(span.b);
    return new Date(a + f * (b - a)).toISOString().slice(0, 10);
  };
  const period = () => {
    const f = rnd() * 0.9;
    return `since=${dayAt(f)}&until=${dayAt(f + 0.05)}`;
  };
  const kinds: Record<string, () => string> = {
    'type+country+period': () =>
      `/api/incidents?type=${pick(types)}&country=${pick(countries)}&${period()}&limit=50`,
    'type+period': () => `/api/incidents?type=${pick(types)}&${period()}&limit=50`,
    bbox: () => {
      const w = -20 + rnd() * 120;
      const s = -10 + rnd() * 50;
      return `/api/incidents?bbox=${w.toFixed(2)},${s.toFixed(2)},${(w + 5).toFixed(2)},${(s + 5).toFixed(2)}&limit=50`;
    },
    'near 50 km': () =>
      `/api/incidents?near=${(-10 + rnd() * 60).toFixed(2)},${(-10 + rnd() * 120).toFixed(2)}&km=50&limit=50`,
    'text: place name': () => `/api/incidents?q=${encodeURIComponent(pick(names))}&limit=50`,
    'text: place name+type': () =>
      `/api/incidents?q=${encodeURIComponent(pick(names))}&type=${pick(types)}&limit=50`,
    'text: word in 10% of reports': () => `/api/incidents?q=${pick(words)}&limit=50`,
    'first page': () => `/api/incidents?limit=50&offset=${Math.floor(rnd() * 5) * 50}`,
    'unreviewed queue': () => `/api/incidents?review=unreviewed&limit=50`,
    'map points (type+period)': () => `/api/incidents/points?type=${pick(types)}&${period()}`,
    'stats (country)': () => `/api/stats?country=${pick(countries)}`,
  };
  const queries: Record<string, QueryFigures> = {};
  try {
    for (const [name, make] of Object.entries(kinds)) {
      const times: number[] = [];
      let results = 0;
      for (let i = 0; i < n; i++) {
        const url = make();
        const t0 = performance.now();
        const res = await fetch(`${base}${url}`);
        const body = (await res.json()) as { total?: number; incidents?: number; rows?: unknown[] };
        times.push(performance.now() - t0);
        if (!res.ok) throw new Error(`${url}: HTTP ${res.status} ${JSON.stringify(body)}`);
        // A page's total, a point list's rows, or the incidents counted by stats.
        results += body.total ?? body.rows?.length ?? body.incidents ?? 0;
      }
      times.sort((a, b) => a - b);
      queries[name] = {
        requests: n,
        p50_ms: r1(pct(times, 50)),
        p95_ms: r1(pct(times, 95)),
        max_ms: r1(times[times.length - 1]!),
        mean_results: r1(results / n),
      };
    }
  } finally {
    server.close();
  }
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  return {
    incidents: count('SELECT count(*) AS n FROM incidents'),
    claims: count('SELECT count(*) AS n FROM claims'),
    queries,
  };
}
