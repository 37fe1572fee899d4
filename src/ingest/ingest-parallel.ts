import { Worker } from 'node:worker_threads';
import { fingerprint } from '../core/doc.js';
import type { Doc } from '../core/types.js';
import type { EventStore } from '../store/event-store.js';
import type { Failure, IngestSummary } from './ingest.js';
import type { RawReport, ReadResult } from './read-reports.js';

/**
 * The worker's module, found from this directory or from dist/cli when this code runs bundled
 * (scripts/build-cli.mjs): both are one level below dist/.
 */
const WORKER_URL = new URL('../ingest/code-worker.js', import.meta.url);

/**
 * Ingest with N worker threads coding reports and the main thread as the one store writer
 * (batches of `batchSize`, one transaction each). Reports are read and de-duplicated here;
 * results may be stored in a different order than read (incidents do not depend on order).
 */
export async function ingestParallel(
  store: EventStore,
  results: Iterable<ReadResult>,
  opts: {
    workers: number;
    knowledge: string[];
    batchSize?: number;
    onFailure?: (f: Failure) => void;
    onProgress?: (s: IngestSummary) => void;
  },
): Promise<IngestSummary> {
  const summary: IngestSummary = { read: 0, stored: 0, skipped: 0, failed: 0, claims: 0 };
  const batchSize = opts.batchSize ?? 200;
  // Enough queued per worker that it keeps coding while the main thread stores a batch.
  const maxInFlight = 2 * batchSize;
  const workers = await Promise.all(
    Array.from({ length: opts.workers }, () => {
      const w = new Worker(WORKER_URL, {
        workerData: { knowledge: opts.knowledge },
      });
      return new Promise<Worker>((resolve, reject) => {
        w.once('message', () => resolve(w));
        w.once('error', reject);
      });
    }),
  );
  let batch: Doc[] = [];
  const flush = () => {
    if (batch.length === 0) return;
    const r = store.saveBatch(batch);
    summary.stored += r.stored;
    summary.skipped += r.skipped;
    summary.claims += r.claims;
    batch = [];
  };
  const pending = new Map<number, { origin: string }>();
  const inFlight = new Map<Worker, number>(workers.map((w) => [w, 0]));
  let nextId = 0;
  let wake: (() => void) | null = null;
  for (const w of workers) {
    w.on('message', (m: { id: number; doc?: Doc; error?: string }) => {
      const p = pending.get(m.id);
      pending.delete(m.id);
      inFlight.set(w, (inFlight.get(w) ?? 1) - 1);
      if (m.doc) {
        batch.push(m.doc);
        if (batch.length >= batchSize) flush();
      } else {
        summary.failed++;
        opts.onFailure?.({
          origin: p?.origin ?? '?',
          code: 'CASUS_E050',
          message: m.error ?? 'worker failed',
        });
      }
      opts.onProgress?.(summary);
      wake?.();
    });
  }
  const waitForSlot = async (): Promise<Worker> => {
    for (;;) {
      let best: Worker | null = null;
      for (const [w, n] of inFlight) if (n < maxInFlight && (!best || n < inFlight.get(best)!)) best = w;
      if (best) return best;
      await new Promise<void>((r) => {
        wake = r;
      });
      wake = null;
    }
  };
  const seen = new Set<string>();
  try {
    for (const r of results) {
      summary.read++;
      if (!r.ok) {
        summary.failed++;
        opts.onFailure?.({ origin: r.origin, code: r.code, message: r.message });
        continue;
      }
      const fp = fingerprint(r.report.text);
      if (seen.has(fp) || store.hasFingerprint(fp)) {
        summary.skipped++;
        continue;
      }
      seen.add(fp);
      const w = await waitForSlot();
      const id = nextId++;
      pending.set(id, { origin: r.report.origin });
      inFlight.set(w, (inFlight.get(w) ?? 0) + 1);
      w.postMessage({ id, report: r.report satisfies RawReport });
    }
    while (pending.size > 0) {
      await new Promise<void>((r) => {
        wake = r;
      });
      wake = null;
    }
    flush();
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return summary;
}
