import { haversineKm } from '../core/geo.js';
import type { Claim } from '../core/types.js';
import { dateWindow, originKey, sameEvent, syndicationKey } from './compatible.js';

/** An analyst's decision that overrides automatic grouping; replayed in time order. */
export interface Override {
  readonly kind: 'split' | 'merge';
  readonly claim: string;
  /** For a merge: a claim of the other incident. */
  readonly other?: string | null | undefined;
  readonly at: string;
}

export interface Membership {
  readonly claim: string;
  readonly rule: string;
  readonly score: number | null;
}

export interface DisputeValue {
  readonly value: string | number;
  readonly claimants: readonly string[];
  readonly claims: readonly string[];
}

/** Claims grouped as one real-world event, with what they agree on and what they dispute. */
export interface Incident {
  readonly id: string;
  readonly plover: string;
  readonly acled: readonly [string, string];
  readonly date: { readonly from: string | null; readonly to: string | null };
  readonly place: Claim['place'];
  readonly countries: readonly string[];
  readonly sides: readonly string[];
  readonly claims: readonly Membership[];
  /** Independent origins: syndicated copies of one story count once. */
  readonly origins: number;
  readonly claimants: readonly string[];
  readonly fatalities: {
    readonly low: number | null;
    readonly high: number | null;
    readonly by: readonly DisputeValue[];
  };
  readonly agreed: Readonly<Record<string, string | number | null>>;
  readonly disputes: Readonly<Record<string, readonly DisputeValue[]>>;
  readonly disputed: boolean;
  /** The analysts' review status, added when read from a store. */
  readonly review?: string;
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p !== x) {
      p = this.find(p);
      this.parent.set(x, p);
    }
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    // The smaller id is the root, so components do not depend on the order of unions.
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}

export const claimantLabel = (c: Claim) => c.claimant.map((l) => l.name).join(' > ') || '(unattributed)';

/**
 * Group claims into incidents: single-linkage components of the "same event" relation, with
 * syndicated copies joined, analysts' splits kept apart and merges forced. Components do not
 * depend on the order claims arrive in, so an incremental update equals a rebuild.
 */
export function buildIncidents(claims: readonly Claim[], overrides: readonly Override[] = []): Incident[] {
  const pinned = new Set<string>();
  let forced: [string, string][] = [];
  for (const o of [...overrides].sort((a, b) => a.at.localeCompare(b.at))) {
    if (o.kind === 'split') {
      pinned.add(o.claim);
      forced = forced.filter(([a, b]) => a !== o.claim && b !== o.claim);
    } else if (o.other) forced.push([o.claim, o.other]);
  }
  const byId = new Map(claims.map((c) => [c.claim, c]));
  const uf = new UnionFind();
  const why = new Map<string, { rule: string; score: number | null }>();
  const note = (id: string, rule: string, score: number | null) => {
    const prev = why.get(id);
    if (!prev || (score ?? 1) > (prev.score ?? 0)) why.set(id, { rule, score });
  };
  // Syndicated copies: the same evidence text in different reports (grouped whole, so the
  // result does not depend on which copy comes first).
  const byOrigin = new Map<string, Claim[]>();
  for (const c of claims) {
    // A copied story repeats a long passage and its date; a short stock phrase is no copy.
    const k = syndicationKey(c);
    if (pinned.has(c.claim) || k === null) continue;
    const g = byOrigin.get(k);
    if (g) g.push(c);
    else byOrigin.set(k, [c]);
  }
  for (const g of byOrigin.values()) {
    if (new Set(g.map((c) => c.doc)).size < 2) continue;
    for (const c of g.slice(1)) uf.union(g[0]!.claim, c.claim);
    for (const c of g) note(c.claim, 'syndicated-copy', 1);
  }
  // Pairwise, swept by date window.
  const dated = claims
    .filter((c) => !pinned.has(c.claim) && c.status !== 'hypothetical')
    .map((c) => ({ c, w: dateWindow(c) }))
    .filter((x): x is { c: Claim; w: [string, string] } => x.w !== null)
    .sort((a, b) => a.w[0].localeCompare(b.w[0]) || a.c.claim.localeCompare(b.c.claim));
  for (let i = 0; i < dated.length; i++) {
    const a = dated[i]!;
    for (let j = i + 1; j < dated.length && dated[j]!.w[0] <= a.w[1]; j++) {
      const b = dated[j]!;
      const m = sameEvent(a.c, b.c);
      if (!m) continue;
      uf.union(a.c.claim, b.c.claim);
      note(a.c.claim, m.rule, m.score);
      note(b.c.claim, m.rule, m.score);
    }
  }
  for (const [a, b] of forced) {
    if (byId.has(a) && byId.has(b)) {
      uf.union(a, b);
      note(a, 'analyst-merge', null);
      note(b, 'analyst-merge', null);
    }
  }
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    const r = uf.find(c.claim);
    const g = groups.get(r);
    if (g) g.push(c);
    else groups.set(r, [c]);
  }
  const out: Incident[] = [];
  for (const [root, members] of groups) {
    members.sort((a, b) => a.claim.localeCompare(b.claim));
    out.push(summarise(`inc_${root.slice(0, 14)}`, members, why, pinned));
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

function group<T extends string | number>(
  claims: readonly Claim[],
  value: (c: Claim) => T | null,
): DisputeValue[] {
  const m = new Map<T, { claimants: Set<string>; claims: string[] }>();
  for (const c of claims) {
    const v = value(c);
    if (v === null) continue;
    const e = m.get(v) ?? { claimants: new Set<string>(), claims: [] };
    e.claimants.add(claimantLabel(c));
    e.claims.push(c.claim);
    m.set(v, e);
  }
  return [...m.entries()].map(([value, e]) => ({
    value,
    claimants: [...e.claimants].sort(),
    claims: e.claims,
  }));
}

function summarise(
  id: string,
  members: Claim[],
  why: Map<string, { rule: string; score: number | null }>,
  pinned: Set<string>,
): Incident {
  const asserted = members.filter((c) => c.status === 'asserted');
  const basis = asserted.length ? asserted : members;
  const best = [...basis].sort(
    (a, b) => (a.place?.precision ?? 9) - (b.place?.precision ?? 9) || b.confidence - a.confidence,
  )[0]!;
  const dates = members
    .map((c) => c.date?.value)
    .filter((d): d is string => !!d)
    .sort();
  const initiator = group(
    basis,
    (c) => [...new Set(c.source.map((a) => a.country ?? '?'))].sort().join('+') || null,
  );
  const fatalities = group(basis, (c) => c.size.killed);
  const placeVals = group(basis, (c) => (c.place ? `${c.place.name} (${c.place.country})` : null));
  const placeDisputed =
    placeVals.length > 1 &&
    basis.some((a) =>
      basis.some(
        (b) =>
          a.place &&
          b.place &&
          (a.place.country !== b.place.country ||
            haversineKm(a.place.lat, a.place.lon, b.place.lat, b.place.lon) > 25),
      ),
    );
  const dayVals = group(basis, (c) => (c.date?.precision === 'day' ? c.date.value : null));
  const statusVals = group(members, (c) => c.status);
  const disputes: Record<string, DisputeValue[]> = {};
  const agreed: Record<string, string | number | null> = {};
  const decide = (field: string, vals: DisputeValue[], disputed = vals.length > 1) => {
    if (disputed) disputes[field] = vals;
    else agreed[field] = vals[0]?.value ?? null;
  };
  decide('initiator', initiator);
  decide('fatalities', fatalities);
  decide('place', placeVals, placeDisputed);
  decide('date', dayVals);
  decide('status', statusVals);
  const killed = fatalities.map((f) => f.value as number);
  const countries = new Set<string>();
  for (const c of members)
    for (const a of [...c.source, ...c.target]) if (a.country) countries.add(a.country);
  return {
    id,
    plover: best.event.plover,
    acled: best.event.acled,
    date: { from: dates[0] ?? null, to: dates[dates.length - 1] ?? null },
    place: best.place,
    countries: [...countries].sort(),
    sides: [...new Set(basis.flatMap((c) => [...c.source, ...c.target].map((a) => a.code)))].sort(),
    claims: members.map((c) => {
      const w = why.get(c.claim);
      return {
        claim: c.claim,
        rule: pinned.has(c.claim) ? 'analyst-split' : (w?.rule ?? 'first-claim'),
        score: w?.score ?? null,
      };
    }),
    origins: new Set(members.map(originKey)).size,
    claimants: [...new Set(members.map(claimantLabel))].sort(),
    fatalities: {
      low: killed.length ? Math.min(...killed) : null,
      high: killed.length ? Math.max(...killed) : null,
      by: fatalities,
    },
    agreed,
    disputes,
    disputed: Object.keys(disputes).length > 0,
  };
}
