import { fingerprint, makeDoc } from '../core/doc.js';
import type { Doc } from '../core/types.js';
import type { Knowledge } from '../knowledge/load.js';
import { codeDoc } from '../stages/index.js';
import type { EventStore } from '../store/event-store.js';
import { type RawReport, type ReadResult, readReports } from './read-reports.js';

export interface IngestSummary {
  read: number;
  stored: number;
  skipped: number;
  failed: number;
  claims: number;
}

export interface Failure {
  readonly origin: string;
  readonly code: string;
  readonly message: string;
}

/** A Doc from a raw report, with its read warnings as messages. */
export function docFromReport(r: RawReport): Doc {
  const doc = makeDoc(r.text, r.meta);
  if (r.warnings.length === 0) return doc;
  return { ...doc, messages: r.warnings.map((w) => ({ ...w, stage: 'read' })) };
}

/**
 * Read, code and store reports in batches (one transaction per batch). Reports already
 * stored (same content fingerprint) are skipped before coding; a failing report is reported
 * through `onFailure` and the rest go on.
 */
export function ingest(
  store: EventStore,
  knowledge: Knowledge,
  results: Iterable<ReadResult>,
  opts: {
    batchSize?: number;
    onFailure?: (f: Failure) => void;
    onProgress?: (s: IngestSummary) => void;
  } = {},
): IngestSummary {
  const summary: IngestSummary = { read: 0, stored: 0, skipped: 0, failed: 0, claims: 0 };
  const batchSize = opts.batchSize ?? 50;
  let batch: Doc[] = [];
  const seen = new Set<string>();
  const flush = () => {
    if (batch.length === 0) return;
    const res = store.saveBatch(batch);
    summary.stored += res.stored;
    summary.skipped += res.skipped;
    summary.claims += res.claims;
    batch = [];
  };
  for (const r of results) {
    summary.read++;
    if (!r.ok) {
      summary.failed++;
      opts.onFailure?.({ origin: r.origin, code: r.code, message: r.message });
      opts.onProgress?.(summary);
      continue;
    }
    const fp = fingerprint(r.report.text);
    if (seen.has(fp) || store.hasFingerprint(fp)) {
      summary.skipped++;
      opts.onProgress?.(summary);
      continue;
    }
    seen.add(fp);
    batch.push(codeDoc(docFromReport(r.report), knowledge));
    if (batch.length >= batchSize) flush();
    opts.onProgress?.(summary);
  }
  flush();
  return summary;
}

export { readReports };
