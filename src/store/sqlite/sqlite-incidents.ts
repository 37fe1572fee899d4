import type Database from 'better-sqlite3';
import { CasusError } from '../../core/errors.js';
import { CORRECTABLE_FIELDS } from '../../core/review-fields.js';
import type { Claim } from '../../core/types.js';
import { buildIncidents, type Incident, type Override } from '../../incidents/build-incidents.js';
import { dateWindow, MAX_KM, originHash } from '../../incidents/compatible.js';
import type { IncidentReview, ReviewRequest } from '../event-store.js';
import { boxAround } from './sql-text.js';
import { prepared } from './statements.js';

const parseClaims = (rows: { json: string }[]) => rows.map((r) => JSON.parse(r.json) as Claim);

function overrides(db: Database.Database): Override[] {
  return (
    db
      .prepare('SELECT kind, claim_id, other_claim_id, created_at FROM incident_overrides ORDER BY id')
      .all() as {
      kind: 'split' | 'merge';
      claim_id: string;
      other_claim_id: string | null;
      created_at: string;
    }[]
  ).map((r, i) => ({
    kind: r.kind,
    claim: r.claim_id,
    other: r.other_claim_id,
    at: `${r.created_at}#${String(i).padStart(9, '0')}`,
  }));
}

/** The review status an analyst last gave an incident id. */
export const REVIEW_STATUS: Readonly<Record<string, string>> = {
  confirm: 'confirmed',
  reject: 'rejected',
  correct: 'corrected',
};

function write(db: Database.Database, incidents: readonly Incident[], remove: readonly string[]): void {
  const delMembers = prepared(db, 'DELETE FROM incident_claims WHERE incident_id = ?');
  const delCountries = prepared(db, 'DELETE FROM incident_countries WHERE incident_id = ?');
  const delIncident = prepared(db, 'DELETE FROM incidents WHERE id = ?');
  for (const id of remove) {
    delMembers.run(id);
    delCountries.run(id);
    delIncident.run(id);
  }
  // Plain inserts: every row written is new (see below), and with foreign keys on, "OR REPLACE"
  // made each insert look for rows to delete, doubling its cost.
  const ins = prepared(
    db,
    `INSERT INTO incidents (id, created_at, json, plover, date_from, date_to, country, disputed,
       acled_type, lat, lon, precision, fatalities, n_claims, review)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const member = prepared(
    db,
    'INSERT INTO incident_claims (claim_id, incident_id, rule, score) VALUES (?, ?, ?, ?)',
  );
  const country = prepared(
    db,
    'INSERT OR IGNORE INTO incident_countries (incident_id, country, date_from) VALUES (?, ?, ?)',
  );
  let maxSpan = 0;
  const lastReview = prepared(
    db,
    "SELECT action FROM reviews WHERE target_kind = 'incident' AND target_id = ? AND action IN ('confirm', 'reject', 'correct') ORDER BY id DESC LIMIT 1",
  );
  // Only incidents an analyst reviewed carry a status over; most stores have none yet.
  const anyReviewed = prepared(db, "SELECT 1 FROM reviews WHERE target_kind = 'incident' LIMIT 1").get();
  const now = new Date().toISOString();
  // Every incident written here is new or was removed above with its countries: an incident's
  // id is its smallest claim id, and all members of a regrouped incident are regrouped.
  for (const inc of incidents) {
    const review = anyReviewed ? (lastReview.get(inc.id) as { action: string } | undefined) : undefined;
    ins.run(
      inc.id,
      now,
      JSON.stringify(inc),
      inc.plover,
      inc.date.from,
      inc.date.to,
      inc.place?.country ?? inc.countries[0] ?? null,
      inc.disputed ? 1 : 0,
      inc.acled[0],
      inc.place?.lat ?? null,
      inc.place?.lon ?? null,
      inc.place?.precision ?? null,
      inc.fatalities.high,
      inc.claims.length,
      (review && REVIEW_STATUS[review.action]) ?? 'unreviewed',
    );
    for (const m of inc.claims) member.run(m.claim, inc.id, m.rule, m.score);
    for (const c of new Set([...inc.countries, ...(inc.place ? [inc.place.country] : [])]))
      country.run(inc.id, c, inc.date.from);
    if (inc.date.from && inc.date.to)
      maxSpan = Math.max(maxSpan, (Date.parse(inc.date.to) - Date.parse(inc.date.from)) / 86_400_000);
  }
  // The longest incident bounds the date range scans of period filters (see incidentWhere).
  prepared(
    db,
    "INSERT INTO store_meta (key, value) VALUES ('max_incident_span_days', ?) ON CONFLICT(key) DO UPDATE SET value = max(value, excluded.value)",
  ).run(maxSpan);
}

/** Rebuild every incident from all stored claims and the analysts' overrides. */
export function rebuildIncidents(db: Database.Database): number {
  const claims = parseClaims(db.prepare('SELECT json FROM claims ORDER BY id').all() as { json: string }[]);
  const incidents = buildIncidents(claims, overrides(db));
  db.transaction(() => {
    db.exec('DELETE FROM incident_claims; DELETE FROM incident_countries; DELETE FROM incidents;');
    write(db, incidents, []);
  })();
  return incidents.length;
}

/**
 * Update incidents for new or changed claims without rebuilding all: the claims they could
 * join (same type, overlapping dates) and those claims' whole incidents are regrouped. Since
 * incidents are connected components, this gives the same result as a rebuild. `fresh` names
 * claims just inserted, which belong to no incident yet.
 */
export function updateIncidents(
  db: Database.Database,
  claimIds: readonly string[],
  known: ReadonlyMap<string, Claim> = new Map(),
  fresh: ReadonlySet<string> = new Set(),
): void {
  if (claimIds.length === 0) return;
  const getClaim = prepared(db, 'SELECT json FROM claims WHERE id = ?');
  // Claims just written are passed in; others are read and parsed once.
  const parsed = new Map<string, Claim>();
  const claimOf = (id: string): Claim | undefined => {
    let c = known.get(id) ?? parsed.get(id);
    if (c) return c;
    const row = getClaim.get(id) as { json: string } | undefined;
    if (!row) return undefined;
    c = JSON.parse(row.json) as Claim;
    parsed.set(id, c);
    return c;
  };
  // Candidates are what `sameEvent` could accept: the same type, a date window that may
  // overlap, a place within the largest merge distance; or a syndicated copy of the story.
  // Two index range scans on (plover, date_precision, date): claims dated to the day inside the
  // window, and the few coarser-dated ones (stored as the first day of their period) a year back.
  const candidates = prepared(
    db,
    `SELECT id FROM claims WHERE plover = ? AND date_precision = 'day' AND date BETWEEN ? AND ? AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?
     UNION SELECT id FROM claims WHERE plover = ? AND date_precision IN ('week', 'month', 'year') AND date BETWEEN ? AND ? AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?`,
  );
  const copies = prepared(db, 'SELECT id FROM claims WHERE origin = ?');
  const incidentOf = prepared(db, 'SELECT incident_id FROM incident_claims WHERE claim_id = ?');
  const membersOf = prepared(db, 'SELECT claim_id FROM incident_claims WHERE incident_id = ?');
  const touchedClaims = new Set<string>(claimIds);
  const touchedIncidents = new Set<string>();
  const addIncidentOf = (cid: string) => {
    if (fresh.has(cid)) return;
    const r = incidentOf.get(cid) as { incident_id: string } | undefined;
    if (r && !touchedIncidents.has(r.incident_id)) {
      touchedIncidents.add(r.incident_id);
      for (const m of membersOf.all(r.incident_id) as { claim_id: string }[]) touchedClaims.add(m.claim_id);
    }
  };
  for (const id of claimIds) {
    addIncidentOf(id);
    const c = claimOf(id);
    if (!c) continue;
    const w = dateWindow(c);
    const cands: { id: string }[] = [];
    if (w && c.place) {
      const box = boxAround(c.place.lat, c.place.lon, MAX_KM[3]);
      cands.push(
        ...(candidates.all(
          c.event.plover,
          w[0],
          w[1],
          ...box,
          c.event.plover,
          shiftMonth(w[0], -12),
          w[1],
          ...box,
        ) as {
          id: string;
        }[]),
      );
    }
    const origin = originHash(c);
    if (origin) cands.push(...(copies.all(origin) as { id: string }[]));
    for (const x of cands) {
      touchedClaims.add(x.id);
      addIncidentOf(x.id);
    }
  }
  // Merged incidents pull in their members' incidents too (forced edges reach across).
  const decisions = overrides(db);
  for (const o of decisions) {
    if (touchedClaims.has(o.claim) && o.other) addIncidentOf(o.other);
    if (o.other && touchedClaims.has(o.other)) addIncidentOf(o.claim);
  }
  for (const cid of [...touchedClaims]) addIncidentOf(cid);
  const claims = [...touchedClaims].map(claimOf).filter((c): c is Claim => c !== undefined);
  const rebuilt = buildIncidents(claims, decisions);
  write(db, rebuilt, [...touchedIncidents]);
}

function shiftMonth(v: string, m: number): string {
  const d = new Date(`${v}T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + m);
  return d.toISOString().slice(0, 10);
}

export function getIncident(
  db: Database.Database,
  id: string,
): { incident: Incident; claims: Claim[] } | null {
  const row = db.prepare('SELECT json FROM incidents WHERE id = ?').get(id) as { json: string } | undefined;
  if (!row) return null;
  const incident = JSON.parse(row.json) as Incident;
  const get = db.prepare('SELECT json FROM claims WHERE id = ?');
  return {
    incident,
    claims: incident.claims.map((m) => JSON.parse((get.get(m.claim) as { json: string }).json) as Claim),
  };
}

function audit(
  db: Database.Database,
  r: ReviewRequest,
  field: string | null,
  value: string | null,
  now: string,
) {
  db.prepare(
    'INSERT INTO reviews (target_kind, target_id, action, field, value, comment, author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run('incident', r.incident, r.kind, field, value, r.comment ?? null, r.author, now);
}

/**
 * Record an analyst's decision with an audit row. Confirm, reject and correct set the
 * incident's review status; split and merge are kept as overrides and regroup the incidents
 * they touch, so they survive re-ingest and rebuilds.
 */
export function reviewIncident(db: Database.Database, r: ReviewRequest): { incidents: string[] } {
  const members = (id: string) =>
    (
      db.prepare('SELECT claim_id FROM incident_claims WHERE incident_id = ? ORDER BY claim_id').all(id) as {
        claim_id: string;
      }[]
    ).map((x) => x.claim_id);
  const a = members(r.incident);
  if (a.length === 0) throw new CasusError('CASUS_E041', `no incident ${r.incident}`);
  const now = new Date().toISOString();
  if (r.kind === 'confirm' || r.kind === 'reject' || r.kind === 'correct') {
    if (r.kind === 'correct') {
      if (!r.field || !(CORRECTABLE_FIELDS as readonly string[]).includes(r.field))
        throw new CasusError(
          'CASUS_E040',
          `field: one of ${CORRECTABLE_FIELDS.join(', ')} (got ${JSON.stringify(r.field ?? null)})`,
        );
      if (r.value === undefined || r.value.trim() === '' || r.value.length > 500)
        throw new CasusError('CASUS_E040', 'value: the corrected value, 1 to 500 characters');
    }
    db.transaction(() => {
      audit(
        db,
        r,
        r.kind === 'correct' ? r.field! : null,
        r.kind === 'correct' ? r.value!.trim() : null,
        now,
      );
      db.prepare('UPDATE incidents SET review = ? WHERE id = ?').run(REVIEW_STATUS[r.kind], r.incident);
    })();
    return { incidents: [r.incident] };
  }
  let touched: string[];
  db.transaction(() => {
    if (r.kind === 'split') {
      if (!r.claim || !a.includes(r.claim))
        throw new CasusError('CASUS_E040', `claim ${r.claim ?? '(none)'} is not in incident ${r.incident}`);
      if (a.length === 1)
        throw new CasusError('CASUS_E040', `incident ${r.incident} has only one claim; nothing to split`);
      db.prepare(
        'INSERT INTO incident_overrides (kind, claim_id, other_claim_id, author, comment, created_at) VALUES (?, ?, NULL, ?, ?, ?)',
      ).run('split', r.claim, r.author, r.comment ?? null, now);
      touched = a;
    } else {
      const b = r.other ? members(r.other) : [];
      if (b.length === 0) throw new CasusError('CASUS_E041', `no incident ${r.other ?? '(none)'}`);
      if (r.other === r.incident)
        throw new CasusError('CASUS_E040', 'other: cannot merge an incident with itself');
      db.prepare(
        'INSERT INTO incident_overrides (kind, claim_id, other_claim_id, author, comment, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      ).run('merge', a[0], b[0], r.author, r.comment ?? null, now);
      touched = [...a, ...b];
    }
    audit(
      db,
      r,
      r.kind === 'split' ? 'claim' : 'incident',
      r.kind === 'split' ? (r.claim ?? null) : (r.other ?? null),
      now,
    );
    updateIncidents(db, touched);
  })();
  const inc = db
    .prepare(
      'SELECT DISTINCT incident_id FROM incident_claims WHERE claim_id IN (' +
        touched!.map(() => '?').join(',') +
        ')',
    )
    .all(...touched!) as { incident_id: string }[];
  return { incidents: inc.map((x) => x.incident_id) };
}

/** The status, latest correction per field and full audit trail of an incident id. */
export function incidentReview(db: Database.Database, id: string): IncidentReview {
  const rows = db
    .prepare(
      "SELECT action, field, value, comment, author, created_at FROM reviews WHERE target_kind = 'incident' AND target_id = ? ORDER BY id",
    )
    .all(id) as {
    action: string;
    field: string | null;
    value: string | null;
    comment: string | null;
    author: string;
    created_at: string;
  }[];
  let status: IncidentReview['status'] = 'unreviewed';
  const corrections: Record<string, string> = {};
  for (const r of rows) {
    const s = REVIEW_STATUS[r.action];
    if (s) status = s as IncidentReview['status'];
    if (r.action === 'correct' && r.field && r.value !== null) corrections[r.field] = r.value;
  }
  return {
    status,
    corrections,
    history: rows.map((r) => ({
      action: r.action,
      field: r.field,
      value: r.value,
      comment: r.comment,
      author: r.author,
      at: r.created_at,
    })),
  };
}
