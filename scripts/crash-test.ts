// npm run crash-test [-- KILLS=20 MB=4]: kill -9 `casus ingest` at random moments, re-run,
// and check that nothing was lost, duplicated or half-written. Prints figures.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkStore, claimIds, ingestOnce, writeCorpus } from '../test/crash.js';

const kills = Number(process.argv[2] ?? 20);
const mb = Number(process.argv[3] ?? 4);
const dir = mkdtempSync(join(tmpdir(), 'casus-crash-'));
try {
  const reports = writeCorpus(join(dir, 'corpus'), mb * 1024 * 1024);
  const ref = join(dir, 'reference.db');
  const t0 = performance.now();
  await ingestOnce(join(dir, 'corpus'), ref);
  const fullMs = performance.now() - t0;
  const db = join(dir, 'crashed.db');
  let killed = 0;
  const partial: number[] = [];
  for (let i = 0; i < kills; i++) {
    // Random moments over the whole run, start-up included.
    const r = await ingestOnce(join(dir, 'corpus'), db, Math.round(200 + Math.random() * fullMs));
    if (r.killed) killed++;
    partial.push(checkStore(db).documents);
    const mid = checkStore(db);
    if (
      mid.integrity !== 'ok' ||
      mid.orphan_claims ||
      mid.claims_without_incident ||
      mid.duplicate_fingerprints
    )
      throw new Error(`store inconsistent after kill ${i + 1}: ${JSON.stringify(mid)}`);
  }
  const last = await ingestOnce(join(dir, 'corpus'), db);
  const after = checkStore(db);
  const same = JSON.stringify(claimIds(db)) === JSON.stringify(claimIds(ref));
  console.log(
    JSON.stringify({
      reports,
      kills_attempted: kills,
      killed_mid_run: killed,
      documents_after_each_kill: partial,
      final_exit_code: last.code,
      ...after,
      reference_documents: checkStore(ref).documents,
      claims_equal_reference: same,
    }),
  );
  if (after.integrity !== 'ok' || after.documents !== checkStore(ref).documents || !same)
    process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
