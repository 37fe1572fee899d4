import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStore, claimIds, ingestOnce, writeCorpus } from './crash.js';

describe('crash safety (the small version of npm run crash-test)', () => {
  it('loses, duplicates and half-writes nothing when ingest is killed with SIGKILL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casus-crash-'));
    const corpus = join(dir, 'corpus');
    writeCorpus(corpus, 400 * 1024);
    const ref = join(dir, 'ref.db');
    const t0 = performance.now();
    expect((await ingestOnce(corpus, ref)).code).toBe(0);
    const full = performance.now() - t0;
    const db = join(dir, 'crashed.db');
    let killed = 0;
    for (const f of [0.45, 0.65, 0.85]) {
      if ((await ingestOnce(corpus, db, Math.round(full * f))).killed) killed++;
      const mid = checkStore(db);
      expect(mid).toMatchObject({
        integrity: 'ok',
        duplicate_fingerprints: 0,
        orphan_claims: 0,
        claims_without_incident: 0,
        orphan_actors: 0,
      });
    }
    expect(killed).toBeGreaterThan(0);
    expect((await ingestOnce(corpus, db)).code).toBe(0);
    expect(checkStore(db)).toEqual(checkStore(ref));
    expect(claimIds(db)).toEqual(claimIds(ref));
  }, 180_000);
});
