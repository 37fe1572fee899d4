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
    const doc = codeDoc(docFromReport(m.report), knowledge);
    // The store keeps neither tokens (recomputed on demand) nor events (they live on as
    // claims): not copying them to the main thread saves most of the message's cost.
    const { tokens: _t, events: _e, ...kept } = doc.layers;
    parentPort?.postMessage({ id: m.id, doc: { ...doc, layers: kept } });
  } catch (err) {
    parentPort?.postMessage({ id: m.id, error: err instanceof Error ? err.message : String(err) });
  }
});
parentPort?.postMessage({ ready: true });
