import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { checkStore, claimIds, ingestOnce, writeCorpus } from './crash.js';
import { knowledge, ROOT, startTestServer } from './helpers.js';

describe('concurrent use of one SQLite file (WAL)', () => {
  it('two ingest processes on the same database neither corrupt nor duplicate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casus-conc-'));
    const corpus = join(dir, 'corpus');
    writeCorpus(corpus, 300 * 1024);
    const ref = join(dir, 'ref.db');
    await ingestOnce(corpus, ref);
    const db = join(dir, 'shared.db');
    const [a, b] = await Promise.all([ingestOnce(corpus, db), ingestOnce(corpus, db)]);
    expect([a.code, b.code], `${a.stderr}\n${b.stderr}`).toEqual([0, 0]);
    expect(checkStore(db)).toEqual(checkStore(ref));
    expect(claimIds(db)).toEqual(claimIds(ref));
  }, 180_000);

  it('processes opening a new database at once each find the schema made once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casus-open-'));
    const open = (db: string) =>
      new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
        const child = spawn(
          process.execPath,
          [join(ROOT, 'bin', 'casus.js'), 'events', '--db', db, '--format', 'json'],
          {
            stdio: ['ignore', 'ignore', 'pipe'],
          },
        );
        let stderr = '';
        child.stderr.on('data', (c: Buffer) => {
          stderr += c.toString();
        });
        child.on('error', reject);
        child.on('exit', (code) => resolve({ code, stderr }));
      });
    for (let round = 0; round < 6; round++) {
      const db = join(dir, `fresh-${round}.db`);
      const runs = await Promise.all([open(db), open(db), open(db)]);
      expect(
        runs.map((r) => r.code),
        runs.map((r) => r.stderr).join('\n'),
      ).toEqual([0, 0, 0]);
    }
  }, 120_000);

  it('the API keeps answering while a large ingest writes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casus-conc-'));
    const corpus = join(dir, 'corpus');
    writeCorpus(corpus, 600 * 1024);
    const db = join(dir, 'live.db');
    const store = new SqliteStore(db);
    const server = await startTestServer(store, { knowledge });
    try {
      const ingest = ingestOnce(corpus, db);
      let done = false;
      void ingest.then(() => {
        done = true;
      });
      const statuses: number[] = [];
      const totals: number[] = [];
      while (!done) {
        const res = await fetch(`${server.base}/api/incidents?limit=20`);
        statuses.push(res.status);
        totals.push(((await res.json()) as { total: number }).total);
        await new Promise((r) => setTimeout(r, 50));
      }
      expect((await ingest).code).toBe(0);
      expect(statuses.length).toBeGreaterThan(5);
      expect(new Set(statuses)).toEqual(new Set([200]));
      // Readers see the store grow batch by batch.
      expect(new Set(totals).size).toBeGreaterThan(2);
      expect(totals).toEqual([...totals].sort((x, y) => x - y));
    } finally {
      await server.close();
      store.close();
    }
  }, 180_000);
});
