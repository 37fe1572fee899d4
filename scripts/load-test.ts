// npm run load-test [-- CLAIMS=100000 SECONDS=30 CONNECTIONS=100]: autocannon against a real
// `casus serve` process on loopback over a synthetic store; a mix of typical reads, run twice:
// with the read answer cache (the default) and with it off (`--cache-mb 0`). Prints figures.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { fillSynthetic } from '../src/bench/synthetic.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { ROOT } from '../test/helpers.js';

const claims = Number(process.argv[2] ?? 100_000);
const duration = Number(process.argv[3] ?? 30);
const connections = Number(process.argv[4] ?? 100);
const dir = mkdtempSync(join(tmpdir(), 'casus-load-'));
const db = join(dir, 'load.db');
const store = new SqliteStore(db);
fillSynthetic(store, join(ROOT, 'build', 'gazetteer.tsv'), claims);
const ids = (
  store.db.prepare('SELECT id FROM incidents ORDER BY random() LIMIT 500').all() as { id: string }[]
).map((r) => r.id);
const countries = (
  store.db
    .prepare('SELECT country FROM incident_countries GROUP BY country ORDER BY count(*) DESC LIMIT 20')
    .all() as {
    country: string;
  }[]
).map((r) => r.country);
store.close();

// About 650 distinct reads: what a desk of analysts browsing the map, the table and incidents asks.
const years = ['2016', '2017', '2018', '2019'];
const paths = [
  ...countries.flatMap((c) =>
    years.map((y) => `/api/incidents?type=ASSAULT&country=${c}&since=${y}-01-01&until=${y}-12-31&limit=50`),
  ),
  ...countries.map((c) => `/api/stats?country=${c}`),
  ...ids.map((id) => `/api/incidents/${id}`),
  ...[0, 50, 100, 150, 200].map((o) => `/api/incidents?limit=50&offset=${o}`),
  '/api/incidents?review=unreviewed&limit=50',
  ...[-10, 0, 10, 20, 30, 40].flatMap((w) =>
    [30, 40, 50].map((s) => `/api/incidents?bbox=${w},${s},${w + 10},${s + 10}&limit=50`),
  ),
  ...['48.85,2.35', '40.71,-74.01', '19.43,-99.13', '44.43,26.1', '55.75,37.62'].map(
    (p) => `/api/incidents?near=${p}&km=100&limit=50`,
  ),
  ...['bridge', 'market', 'border', 'police', 'village'].flatMap((w) =>
    ['PROTEST', 'ASSAULT'].map(
      (t) => `/api/incidents?q=${w}&type=${t}&since=2020-01-01&until=2020-03-31&limit=50`,
    ),
  ),
  '/api/stats',
  ...years.map((y) => `/api/incidents/points?type=ASSAULT&since=${y}-01-01&until=${y}-03-31`),
];

async function run(cacheMb: number) {
  const server = spawn(
    process.execPath,
    [join(ROOT, 'bin', 'casus.js'), 'serve', '--db', db, '--port', '0', '--cache-mb', String(cacheMb)],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  try {
    const base = await new Promise<string>((resolve, reject) => {
      let buf = '';
      server.stderr.on('data', (c: Buffer) => {
        buf += c.toString();
        const m = /on (http:\/\/\S+?)\/?\s/.exec(buf);
        if (m) resolve(m[1]!);
      });
      server.on('exit', (code) => reject(new Error(`casus serve exited with ${code}: ${buf}`)));
    });
    const result = await autocannon({
      url: base,
      connections,
      duration,
      requests: paths.map((path) => ({ method: 'GET' as const, path })),
    });
    return {
      claims,
      cache_mb: cacheMb,
      connections,
      seconds: duration,
      requests: result.requests.total,
      requests_per_sec: Math.round(result.requests.average),
      latency_ms: {
        p50: result.latency.p50,
        p90: result.latency.p90,
        p99: result.latency.p99,
        max: result.latency.max,
      },
      errors: result.errors,
      timeouts: result.timeouts,
      non_2xx: result.non2xx,
      distinct_paths: paths.length,
    };
  } finally {
    server.kill();
  }
}

try {
  for (const cacheMb of [64, 0]) console.log(JSON.stringify(await run(cacheMb)));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
