// npm run load-test [-- CLAIMS=100000 SECONDS=30 CONNECTIONS=100]: autocannon against a real
// `casus serve` process on loopback over a synthetic store; a mix of typical reads. Prints figures.
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
  store.db.prepare('SELECT id FROM incidents ORDER BY random() LIMIT 50').all() as { id: string }[]
).map((r) => r.id);
const countries = (
  store.db
    .prepare('SELECT country FROM incident_countries GROUP BY country ORDER BY count(*) DESC LIMIT 20')
    .all() as {
    country: string;
  }[]
).map((r) => r.country);
store.close();

const server = spawn(process.execPath, [join(ROOT, 'bin', 'casus.js'), 'serve', '--db', db, '--port', '0'], {
  stdio: ['ignore', 'ignore', 'pipe'],
});
const base = await new Promise<string>((resolve, reject) => {
  let buf = '';
  server.stderr.on('data', (c: Buffer) => {
    buf += c.toString();
    const m = /on (http:\/\/\S+?)\/?\s/.exec(buf);
    if (m) resolve(m[1]!);
  });
  server.on('exit', (code) => reject(new Error(`casus serve exited with ${code}: ${buf}`)));
});
const paths = [
  ...countries.map(
    (c) => `/api/incidents?type=ASSAULT&country=${c}&since=2018-01-01&until=2018-12-31&limit=50`,
  ),
  ...ids.map((id) => `/api/incidents/${id}`),
  '/api/incidents?limit=50',
  '/api/incidents?review=unreviewed&limit=50',
  '/api/incidents?bbox=20,40,30,50&limit=50',
  '/api/incidents?near=48.85,2.35&km=100&limit=50',
  '/api/incidents?q=bridge&type=PROTEST&since=2020-01-01&until=2020-03-31&limit=50',
  '/api/stats?country=USA',
  '/api/incidents/points?type=ASSAULT&since=2019-01-01&until=2019-03-31',
];
try {
  const result = await autocannon({
    url: base,
    connections,
    duration,
    requests: paths.map((path) => ({ method: 'GET' as const, path })),
  });
  console.log(
    JSON.stringify({
      claims,
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
    }),
  );
} finally {
  server.kill();
  rmSync(dir, { recursive: true, force: true });
}
