// npm run crash-test [-- KILLS=20 MB=1.5]: kill -9 `casus ingest` of a large folder at a random
// moment, KILLS times (each on a fresh database, so every kill lands mid-run), re-run each to
// the end, and check that nothing was lost, duplicated or half-written. Prints figures.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkStore, claimIds, ingestOnce, writeCorpus } from '../test/crash.js';

const kills = Number(process.argv[2] ?? 20);
const mb = Number(process.argv[3] ?? 1.5);
const dir = mkdtempSync(join(tmpdir(), 'casus-crash-'));
try {
  const corpus = join(dir, 'corpus');
  const reports = writeCorpus(corpus, mb * 1024 * 1024);
  const ref = join(dir, 'reference.db');
  const t0 = performance.now();
  await ingestOnce(corpus, ref);
  const fullMs = performance.now() - t0;
  const refIds = JSON.stringify(claimIds(ref));
  const refCheck = checkStore(ref);
  let killed = 0;
  let bad = 0;
  const storedAtKill: number[] = [];
  for (let i = 0; i < kills; i++) {
    const db = join(dir, `crashed-${i}.db`);
    // A random moment over the whole run, start-up included.
    const r = await ingestOnce(corpus, db, Math.round(200 + Math.random() * (fullMs - 200)));
    if (r.killed) killed++;
    const mid = checkStore(db);
    storedAtKill.push(mid.documents);
    const last = await ingestOnce(corpus, db);
    const after = checkStore(db);
    const ok =
      mid.integrity === 'ok' &&
      !mid.orphan_claims &&
      !mid.claims_without_incident &&
      !mid.duplicate_fingerprints &&
      last.code === 0 &&
      JSON.stringify(after) === JSON.stringify(refCheck) &&
      JSON.stringify(claimIds(db)) === refIds;
    if (!ok) {
      bad++;
      console.error(`run ${i + 1}: ${JSON.stringify({ mid, after, ref: refCheck })}`);
    }
    rmSync(db, { force: true });
    rmSync(`${db}-wal`, { force: true });
    rmSync(`${db}-shm`, { force: true });
  }
  console.log(
    JSON.stringify({
      reports,
      full_run_ms: Math.round(fullMs),
      kills,
      killed_mid_run: killed,
      documents_stored_when_killed: storedAtKill,
      reference: refCheck,
      runs_lost_or_duplicated_or_inconsistent: bad,
    }),
  );
  if (bad) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
