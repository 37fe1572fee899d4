import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../src/core/types.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { casus, hasShared, ROOT, SHARED_EVAL } from './helpers.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'casus-cli-'));

describe('casus CLI, end to end', () => {
  const db = join(tmp(), 'casus.db');

  it('ingests the bundled examples, idempotently, with a summary line and exit 0', () => {
    const first = casus(['ingest', 'examples', '--db', db]);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(
      /ingested: 15 reports read, 15 stored, 0 already stored, 0 failed, \d+ claims/,
    );
    const second = casus(['ingest', 'examples', '--db', db]);
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/15 reports read, 0 stored, 15 already stored/);
  });

  it('ingests with worker threads into the same claims and incidents as in one thread', () => {
    const db2 = join(tmp(), 'workers.db');
    const r = casus(['ingest', 'examples', '--db', db2, '--workers', '2']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/15 reports read, 15 stored/);
    const list = (d: string) =>
      (JSON.parse(casus(['events', '--db', d, '--format', 'json']).stdout) as Claim[])
        .map((c) => c.claim)
        .sort();
    expect(list(db2)).toEqual(list(db));
    const incs = (d: string) => casus(['incidents', '--db', d, '--format', 'json']).stdout;
    expect(JSON.parse(incs(db2)).length).toBe(JSON.parse(incs(db)).length);
  });

  it('answers `events` queries with the Central Asia claims', () => {
    const r = casus([
      'events',
      '--db',
      db,
      '--type',
      'ASSAULT',
      '--country',
      'TJK',
      '--since',
      '2021-04-29',
      '--until',
      '2021-04-29',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const claims = JSON.parse(r.stdout) as Claim[];
    const pairs = claims.map((c) => `${c.source[0]?.country}>${c.target[0]?.country}`);
    expect(pairs).toContain('KGZ>TJK');
    expect(pairs).toContain('TJK>KGZ');
    const geo = JSON.parse(
      casus(['events', '--db', db, '--near', '40.13,70.63', '--km', '40', '--format', 'geojson']).stdout,
    );
    expect(geo.features.length).toBeGreaterThan(0);
    const csv = casus(['events', '--db', db, '--actor', 'Khovar', '--format', 'csv']).stdout;
    expect(csv.split('\n')[0]).toMatch(/^claim,doc,date,/);
  });

  it('exits 3 when some reports fail, printing CODE path: message, and stores the rest', () => {
    const d = tmp();
    writeFileSync(join(d, 'good.txt'), 'Police arrested five protesters in Minsk on 10 August 2020.');
    writeFileSync(join(d, 'bad.json'), '{"title": "no text"}');
    writeFileSync(join(d, 'empty.txt'), '');
    const db2 = join(tmp(), 'x.db');
    const r = casus(['ingest', d, '--db', db2]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`CASUS_E012 ${join(d, 'bad.json')}: `);
    expect(r.stderr).toContain(`CASUS_E013 ${join(d, 'empty.txt')}: `);
    expect(r.stderr).toMatch(/3 reports read, 1 stored, 0 already stored, 2 failed/);
  });

  it('refuses to fetch a loopback URL without --allow-private and stores the other reports', () => {
    const file = join(tmp(), 'urls.db');
    const r = casus([
      'ingest',
      'http://127.0.0.1:9/report.html',
      join(ROOT, 'examples', '2020-05-02-delhi-riot.txt'),
      '--db',
      file,
    ]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/CASUS_E017 http:\/\/127\.0\.0\.1:9\/report\.html: .*--allow-private/);
    expect(r.stderr).toMatch(/1 stored/);
  });

  it('serves reads without a token on loopback only: bound to 0.0.0.0 they need a viewer token', async () => {
    const db = join(tmp(), 'serve.db');
    const get = async (host: string, extra: string[]) => {
      const child = spawn(process.execPath, [
        join(ROOT, 'bin', 'casus.js'),
        'serve',
        '--db',
        db,
        '--port',
        '0',
        '--host',
        host,
        ...extra,
      ]);
      try {
        const url = await new Promise<string>((resolve, reject) => {
          let buf = '';
          child.stderr.on('data', (c: Buffer) => {
            buf += c.toString();
            const m = /:(\d+)\//.exec(buf);
            if (m) resolve(`http://127.0.0.1:${m[1]}/api/incidents`);
          });
          child.on('exit', () => reject(new Error(buf)));
        });
        return (await fetch(url)).status;
      } finally {
        child.kill();
      }
    };
    expect(await get('127.0.0.1', [])).toBe(200);
    expect(await get('0.0.0.0', [])).toBe(401);
    expect(await get('0.0.0.0', ['--public-reads'])).toBe(200);
  });

  it('exits 2 on usage errors', () => {
    expect(casus(['events', '--format', 'xml', '--db', db]).code).toBe(2);
    expect(casus(['nosuchcommand']).code).toBe(2);
    expect(casus(['code', '-', '--published', 'yesterday'], 'x').code).toBe(2);
  });

  it('codes a report from stdin as one JSON claim per line', () => {
    const r = casus(
      ['code', '-', '--json', '--published', '2020-05-02'],
      'Al Shabaab militants attacked a police post in Mogadishu on Saturday, killing two officers.',
    );
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Claim);
    expect(lines[0]).toMatchObject({
      event: { plover: 'ASSAULT' },
      date: { value: '2020-05-02' },
      size: { killed: 2 },
    });
    expect(lines[0]!.source[0]).toMatchObject({ org: 'ORG.ALSHABAAB', country: 'SOM' });
    for (const key of [
      'doc',
      'claim',
      'evidence',
      'event',
      'source',
      'target',
      'place',
      'date',
      'size',
      'claimant',
      'status',
      'confidence',
      'rules',
    ]) {
      expect(lines[0]).toHaveProperty(key);
    }
  });

  it.skipIf(!hasShared)(
    'scores toponym resolution and recognition on TR-News (skipped without ../shared/eval)',
    () => {
      const r = casus(['eval', 'geo', join(SHARED_EVAL, 'geo', 'tr-news.dev.jsonl'), '--json']);
      expect(r.code).toBe(0);
      const res = JSON.parse(r.stdout);
      for (const k of ['acc_161', 'acc_25', 'exact_geonameid', 'median_km', 'mean_km', 'auc', 'recognition'])
        expect(res).toHaveProperty(k);
      expect(res.toponyms).toBeGreaterThan(0);
    },
  );

  it('runs the benchmark and reports sane fields (figures are printed, never asserted on time)', () => {
    const r = casus(['bench', '--corpus', 'examples', '--no-store', '--json']);
    expect(r.code).toBe(0);
    const b = JSON.parse(r.stdout);
    for (const k of [
      'docs',
      'words',
      'sentences',
      'claims',
      'seconds',
      'words_per_sec',
      'sentences_per_sec',
      'docs_per_sec',
      'startup_ms',
      'peak_rss_mb',
      'stages',
    ]) {
      expect(b).toHaveProperty(k);
    }
    expect(b.docs).toBeGreaterThan(0);
    expect(b.words).toBeGreaterThan(b.docs);
    expect(Object.keys(b.stages)).toContain('find-events');
  });

  it('prints help for every command', () => {
    for (const cmd of [
      'code',
      'ingest',
      'events',
      'incidents',
      'export',
      'eval',
      'bench',
      'serve',
      'start',
      'token',
    ]) {
      const r = casus([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: casus ${cmd}`);
    }
  });

  it('creates a token whose last output line is the token, stores only its hash, and revokes it', () => {
    const file = join(tmp(), 'tokens.db');
    const r = casus(['token', 'create', '--role', 'analyst', '--label', 'desk', '--db', file]);
    expect(r.code).toBe(0);
    const token = r.stdout.trim().split('\n').pop()!;
    expect(token).toMatch(/^casus_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    const store = new SqliteStore(file);
    try {
      expect(store.verifyToken(token)).toMatchObject({ role: 'analyst', label: 'desk' });
      const rows = store.db.prepare('SELECT hash FROM tokens').all() as { hash: string }[];
      expect(rows.map((x) => x.hash).join()).not.toContain(token.split('_').slice(2).join('_'));
    } finally {
      store.close();
    }
    const id = token.split('_')[1]!;
    expect(casus(['token', 'revoke', id, '--db', file]).code).toBe(0);
    const after = new SqliteStore(file);
    expect(after.verifyToken(token)).toBeNull();
    after.close();
    expect(casus(['token', 'create', '--role', 'root', '--db', file]).code).not.toBe(0);
  });

  it.skipIf(!hasShared)(
    'scores ACLED notes with JSON alone on stdout (skipped without ../shared/eval)',
    () => {
      const r = casus([
        'eval',
        'acled',
        join(SHARED_EVAL, 'acled', 'global-2020.dev.csv'),
        '--json',
        '--limit',
        '100',
      ]);
      expect(r.code).toBe(0);
      const res = JSON.parse(r.stdout);
      expect(res.n).toBe(100);
      for (const k of ['event_type', 'sub_event_type', 'date', 'location', 'actor1', 'actor2', 'fatalities'])
        expect(res).toHaveProperty(k);
      expect(res.event_type.accuracy).toBeGreaterThan(0);
    },
  );
});
