import { readFileSync } from 'node:fs';
import { makeDoc } from '../core/doc.js';
import { CasusError } from '../core/errors.js';
import type { Claim } from '../core/types.js';
import { buildIncidents } from '../incidents/build-incidents.js';
import type { Knowledge } from '../knowledge/load.js';
import { codeDoc } from '../stages/index.js';
import { mainClaim } from './acled.js';
import { ratio } from './metrics.js';

interface Gold {
  id: string;
  incident: string;
  outlet?: string;
  published?: string;
  text: string;
}

/** Which incident each claim falls into, for a set of claims grouped together. */
function incidentOf(claims: readonly Claim[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const inc of buildIncidents(claims)) for (const c of inc.claims) m.set(c.claim, inc.id);
  return m;
}

/**
 * Pairwise precision and recall of incident membership on a corpus of reports labelled with
 * their real-world incident: a pair is predicted together when the reports' main claims
 * fall into one incident.
 */
export function evalIncidents(file: string, k: Knowledge): Record<string, unknown> {
  let gold: Gold[];
  try {
    gold = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Gold);
  } catch (err) {
    throw new CasusError('CASUS_E030', `${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const t0 = performance.now();
  const mains = gold.map((g) =>
    mainClaim(codeDoc(makeDoc(g.text, { outlet: g.outlet, published: g.published }), k).layers.claims ?? []),
  );
  const all = mains.filter((c): c is Claim => c !== null);
  const inc = incidentOf(all);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const errors: string[] = [];
  for (let i = 0; i < gold.length; i++) {
    for (let j = i + 1; j < gold.length; j++) {
      const same = gold[i]!.incident === gold[j]!.incident;
      const a = mains[i];
      const b = mains[j];
      const pred = !!a && !!b && inc.get(a.claim) === inc.get(b.claim);
      if (same && pred) tp++;
      else if (pred) {
        fp++;
        errors.push(`merged ${gold[i]!.id}+${gold[j]!.id}`);
      } else if (same) {
        fn++;
        errors.push(`apart ${gold[i]!.id}+${gold[j]!.id}`);
      }
    }
  }
  return {
    kind: 'incidents',
    file,
    reports: gold.length,
    gold_incidents: new Set(gold.map((g) => g.incident)).size,
    predicted_incidents: new Set(all.map((c) => inc.get(c.claim))).size,
    no_claim: mains.filter((m) => m === null).length,
    pairwise: { precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), tp, fp, fn },
    errors,
    seconds: Math.round((performance.now() - t0) / 10) / 100,
  };
}

/**
 * ACLED rows are distinct events: code each note as its own report and count the events whose
 * main claim ends up in an incident with another ACLED event's (lower is better).
 */
export function acledMergedShare(
  notes: readonly { id: string; text: string; year: string }[],
  k: Knowledge,
): { n: number; merged: number; share: number | null } {
  const claims: Claim[] = [];
  const owner = new Map<string, string>();
  for (const n of notes) {
    // The note's event is its main claim (side remarks such as demands are other events).
    const c = mainClaim(codeDoc(makeDoc(n.text, { published: n.year }), k).layers.claims ?? []);
    if (c?.status !== 'asserted') continue;
    claims.push(c);
    owner.set(c.claim, n.id);
  }
  const members = new Map<string, Set<string>>();
  for (const inc of buildIncidents(claims)) {
    const rows = new Set(inc.claims.map((c) => owner.get(c.claim)!));
    for (const r of rows) members.set(r, rows);
  }
  let merged = 0;
  for (const n of notes) if ((members.get(n.id)?.size ?? 0) > 1) merged++;
  return { n: notes.length, merged, share: ratio(merged, notes.length) };
}
