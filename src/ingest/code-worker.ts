/**
 * A worker thread that codes reports: it loads the knowledge once and answers each
 * `{ id, report }` with `{ id, doc }`. The store stays with the main thread (one writer).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { storedLayers } from '../core/doc.js';
import { loadKnowledge } from '../knowledge/load.js';
import { codeDoc } from '../stages/index.js';
import { docFromReport } from './ingest.js';
import type { RawReport } from './read-reports.js';

const knowledge = loadKnowledge((workerData as { knowledge: string[] }).knowledge);
parentPort?.on('message', (m: { id: number; report: RawReport }) => {
  try {
    const doc = codeDoc(docFromReport(m.report), knowledge);
    // Only what the store keeps: copying tokens and events to the main thread was most of the
    // message's cost.
    parentPort?.postMessage({ id: m.id, doc: { ...doc, layers: storedLayers(doc.layers) } });
  } catch (err) {
    parentPort?.postMessage({ id: m.id, error: err instanceof Error ? err.message : String(err) });
  }
});
parentPort?.postMessage({ ready: true });
