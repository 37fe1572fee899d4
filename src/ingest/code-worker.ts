/**
 * A worker thread that codes reports: it loads the knowledge once and answers each
 * `{ id, report }` with `{ id, doc }`. The store stays with the main thread (one writer).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadKnowledge } from '../knowledge/load.js';
import { codeDoc } from '../stages/index.js';
import { docFromReport } from './ingest.js';
import type { RawReport } from './read-reports.js';

const knowledge = loadKnowledge((workerData as { knowledge: string[] }).knowledge);
parentPort?.on('message', (m: { id: number; report: RawReport }) => {
  try {
    parentPort?.postMessage({ id: m.id, doc: codeDoc(docFromReport(m.report), knowledge) });
  } catch (err) {
    parentPort?.postMessage({ id: m.id, error: err instanceof Error ? err.message : String(err) });
  }
});
parentPort?.postMessage({ ready: true });
