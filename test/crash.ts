import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { builtinCorpus } from '../src/bench/bench.js';
import { ROOT } from './helpers.js';

/**
 * Crash safety, measured: `casus ingest` of a folder is killed with SIGKILL at random moments,
 * then run to the end; the store must hold every report exactly once, every claim with its
 * report and incident, and pass `PRAGMA integrity_check`; its claims must equal those of an
 * ingest that was never interrupted.
 */
export function writeCorpus(dir: string, minBytes: number): number {
  mkdirSync(dir, { recursive: true });
  const reports = builtinCorpus(join(ROOT, 'examples'), minBytes);
  reports.forEach((r, i) => {
    writeFileSync(
      join(dir, `r${String(i).padStart(5, '0')}.json`),
      JSON.stringify({ ...r.meta, text: r.text }),
    );
  });
  return reports.length;
}

export function ingestOnce(
  dir: string,
  db: string,
  killAfterMs?: number,
): Promise<{ code: number | null; killed: boolean; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'casus.js'), 'ingest', dir, '--db', db], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    // The tail of what it said, to show when it fails.
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => {
      stderr = (stderr + c.toString()).slice(-2000);
    });
    let killed = false;
    const timer =
      killAfterMs === undefined
        ? null
        : setTimeout(() => {
            killed = child.kill('SIGKILL');
          }, killAfterMs);
    child.on('error', reject);
    child.on('exit', (code) => {
      if (timer) clearTimeout(timer);
      resolve({ code, killed: killed && code === null, stderr });
    });
  });
}

export interface StoreCheck {
  documents: number;
  claims: number;
  duplicate_fingerprints: number;
  orphan_claims: number;
  claims_without_incident: number;
  orphan_actors: number;
  integrity: string;
}

export function checkStore(db: string): StoreCheck {
  if (!existsSync(db))
    return {
      documents: 0,
      claims: 0,
      duplicate_fingerprints: 0,
      orphan_claims: 0,
      claims_without_incident: 0,
      orphan_actors: 0,
      integrity: 'ok',
    };
  const d = new Database(db, { readonly: true });
  try {
    const n = (sql: string) => (d.prepare(sql).get() as { n: number }).n;
    return {
      documents: n('SELECT count(*) AS n FROM documents'),
      claims: n('SELECT count(*) AS n FROM claims'),
      duplicate_fingerprints: n(
        'SELECT count(*) AS n FROM (SELECT fingerprint FROM documents GROUP BY fingerprint HAVING count(*) > 1)',
      ),
      orphan_claims: n('SELECT count(*) AS n FROM claims WHERE doc_id NOT IN (SELECT id FROM documents)'),
      claims_without_incident: n(
        'SELECT count(*) AS n FROM claims WHERE id NOT IN (SELECT claim_id FROM incident_claims)',
      ),
      orphan_actors: n(
        'SELECT count(*) AS n FROM claim_actors WHERE claim_id NOT IN (SELECT id FROM claims)',
      ),
      integrity: (d.pragma('integrity_check', { simple: true }) as string) ?? '',
    };
  } finally {
    d.close();
  }
}

export function claimIds(db: string): string[] {
  const d = new Database(db, { readonly: true });
  try {
    return (d.prepare('SELECT id FROM claims ORDER BY id').all() as { id: string }[]).map((r) => r.id);
  } finally {
    d.close();
  }
}
