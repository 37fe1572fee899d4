import { join } from 'node:path';
import { docFromReport } from '../../src/ingest/ingest.js';
import { readReports } from '../../src/ingest/read-reports.js';
import { codeDoc } from '../../src/stages/index.js';
import { knowledge, ROOT } from '../helpers.js';

/** One line per claim of each bundled example: what a reviewer checks when coding changes. */
export function goldenLines(): string[] {
  const lines: string[] = [];
  for (const r of readReports([join(ROOT, 'examples')])) {
    if (!r.ok) continue;
    const doc = codeDoc(docFromReport(r.report), knowledge());
    for (const c of doc.layers.claims ?? []) {
      lines.push(
        JSON.stringify({
          file: r.report.origin.replace(`${ROOT}/`, ''),
          event: `${c.event.plover}/${c.event.mode ?? '-'}`,
          acled: c.event.acled.join(' / '),
          source: c.source.map((a) => `${a.code}:${a.text}`),
          target: c.target.map((a) => `${a.code}:${a.text}`),
          place: c.place ? `${c.place.name} (${c.place.country}) p${c.place.precision}` : null,
          date: c.date ? `${c.date.value}${c.date.time ? ` ${c.date.time}` : ''} ${c.date.precision}` : null,
          killed: c.size.killed,
          claimant: c.claimant.map((l) => l.name),
          status: c.status,
        }),
      );
    }
  }
  return lines;
}
