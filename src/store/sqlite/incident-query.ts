import type Database from 'better-sqlite3';
import type { Incident } from '../../incidents/build-incidents.js';
import type { IncidentFilter, IncidentPoint, IncidentSort, IncidentStats } from '../event-store.js';
import { escapeLike, ftsQuery, placeTerms } from './sql-text.js';

/** ORDER BY for each sort key: a fixed list, so no user text reaches the SQL. */
const ORDER: Readonly<Record<IncidentSort, string>> = {
  '-date': 'date_from DESC, id',
  date: 'date_from ASC, id',
  fatalities: 'coalesce(fatalities, -1) DESC, date_from DESC, id',
  claims: 'n_claims DESC, date_from DESC, id',
  type: 'plover ASC, date_from DESC, id',
  country: 'country ASC, date_from DESC, id',
};

/** The longest incident in days (kept up to date on every write), for period range scans. */
export function maxSpanDays(db: Database.Database): number {
  const r = db.prepare("SELECT value FROM store_meta WHERE key = 'max_incident_span_days'").get() as
    | { value: number }
    | undefined;
  return Math.ceil(r?.value ?? 0);
}

/** The 16 PLOVER event types; any other type filter is an ACLED event type. */
export const PLOVER_TYPES: ReadonlySet<string> = new Set([
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
]);

/** More reports than this match a search: let the other filters drive the query. */
const COMMON_TEXT = 1000;

/** How the query should be driven, from the store's state: see incidentWhere. */
export interface WherePlan {
  /** The longest incident in days. */
  readonly spanDays: number;
  /** The text search matches many reports (at least COMMON_TEXT). */
  readonly commonText: boolean;
}

/** The plan for a filter: the stored longest span, and one bounded FTS probe when there is text. */
export function planFor(db: Database.Database, f: IncidentFilter): WherePlan {
  const commonText = f.text
    ? (
        db
          .prepare(
            'SELECT count(*) AS n FROM (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? LIMIT ?)',
          )
          .get(ftsQuery(f.text), COMMON_TEXT) as { n: number }
      ).n >= COMMON_TEXT
    : false;
  return { spanDays: maxSpanDays(db), commonText };
}

/**
 * The WHERE clause and its parameters for an incident filter; parameters only, never spliced
 * text. `spanDays` (the longest incident) turns "overlaps the period" into an index range:
 * an incident overlapping [since, until] starts in [since - spanDays, until].
 */
export function incidentWhere(
  f: IncidentFilter,
  plan: WherePlan = { spanDays: 36_600, commonText: false },
): { clause: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const lowest = f.since ? shiftDays(f.since, -plan.spanDays) : null;
  // A rare search term's reports drive the query; a common one is tested per incident that the
  // other filters find, when there are any.
  const others = Boolean(f.type || f.country || f.since || f.until || f.bbox || f.near || f.review);
  const textDrives = Boolean(f.text) && !(plan.commonText && others);
  // With a driving text search or a country, the matching reports or the country's incidents in
  // the period (a small list) drive the query: "+" keeps SQLite from starting at the type or
  // date index and testing the other condition on every row it finds there.
  const col = (name: string) => (textDrives || f.country ? `+${name}` : name);
  if (f.type) {
    // A PLOVER type or an ACLED type: one or the other, so an index serves each.
    if (PLOVER_TYPES.has(f.type.toUpperCase())) {
      where.push(`${col('plover')} = ?`);
      params.push(f.type.toUpperCase());
    } else {
      where.push(`${col('acled_type')} = ? COLLATE NOCASE`);
      params.push(f.type);
    }
  }
  if (f.country) {
    const range = [lowest !== null ? 'AND date_from >= ?' : '', f.until ? 'AND date_from <= ?' : ''].join(
      ' ',
    );
    where.push(`id IN (SELECT incident_id FROM incident_countries WHERE country = ? ${range})`);
    params.push(f.country.toUpperCase());
    if (lowest !== null) params.push(lowest);
    if (f.until) params.push(f.until);
  }
  if (f.actor) {
    where.push(
      `id IN (SELECT ic.incident_id FROM incident_claims ic JOIN claim_actors a ON a.claim_id = ic.claim_id
              WHERE a.text LIKE ? ESCAPE '\\' OR a.name LIKE ? ESCAPE '\\' OR a.code = ?)`,
    );
    const like = `%${escapeLike(f.actor)}%`;
    params.push(like, like, f.actor.toUpperCase());
  }
  if (f.since) {
    where.push(`${col('date_to')} >= ? AND ${col('date_from')} >= ?`);
    params.push(f.since, lowest);
  }
  if (f.until) {
    where.push(`${col('date_from')} <= ?`);
    params.push(f.until);
  }
  placeTerms(f, where, params);
  if (f.disputed) where.push('disputed = 1');
  if (f.review) {
    where.push('review = ?');
    params.push(f.review);
  }
  if (f.text && !textDrives) {
    // The matching reports' rowids are listed once; each candidate incident looks its reports up.
    where.push(
      `EXISTS (SELECT 1 FROM incident_claims ic JOIN claims c ON c.id = ic.claim_id JOIN documents d ON d.id = c.doc_id
               WHERE ic.incident_id = incidents.id
                 AND d.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?))`,
    );
    params.push(ftsQuery(f.text));
  } else if (f.text) {
    where.push(
      `id IN (SELECT ic.incident_id FROM incident_claims ic JOIN claims c ON c.id = ic.claim_id
              WHERE c.doc_id IN (SELECT d.id FROM documents d WHERE d.rowid IN
                (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)))`,
    );
    params.push(ftsQuery(f.text));
  }
  if (f.ids) {
    where.push(`id IN (${f.ids.map(() => '?').join(',') || "''"})`);
    params.push(...f.ids);
  }
  return { clause: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

const clampLimit = (n: number | undefined, dflt: number) => Math.max(0, Math.min(n ?? dflt, 100000));

/** Ids passing the filter's `keep` test (alliances), in order; null when the filter has none. */
function keptIds(
  db: Database.Database,
  f: IncidentFilter,
  clause: string,
  params: unknown[],
): string[] | null {
  if (!f.keep) return null;
  const rows = db
    .prepare(
      `SELECT id, date_from, json_extract(json, '$.countries') AS countries FROM incidents ${clause} ORDER BY ${ORDER[f.sort ?? '-date']}`,
    )
    .all(...params) as { id: string; date_from: string | null; countries: string }[];
  return rows.filter((r) => f.keep!(JSON.parse(r.countries) as string[], r.date_from)).map((r) => r.id);
}

interface IncidentRow {
  json: string;
  review: string;
}

const withReview = (r: IncidentRow): Incident => ({ ...(JSON.parse(r.json) as Incident), review: r.review });

/** A day shifted by whole days (YYYY, YYYY-MM or YYYY-MM-DD in, YYYY-MM-DD out). */
function shiftDays(day: string, days: number): string {
  const full = day.length === 4 ? `${day}-01-01` : day.length === 7 ? `${day}-01` : day;
  const t = Date.parse(`${full}T00:00:00Z`) + days * 86_400_000;
  return Number.isFinite(t) && t > -62_000_000_000_000
    ? new Date(t).toISOString().slice(0, 10)
    : '0000-01-01';
}

export function queryIncidents(
  db: Database.Database,
  f: IncidentFilter,
): { total: number; incidents: Incident[] } {
  const { clause, params } = incidentWhere(f, planFor(db, f));
  const limit = clampLimit(f.limit, 1000);
  const offset = Math.max(0, f.offset ?? 0);
  const kept = keptIds(db, f, clause, params);
  if (kept) {
    const get = db.prepare('SELECT json, review FROM incidents WHERE id = ?');
    const page = kept.slice(offset, offset + limit);
    return {
      total: kept.length,
      incidents: page.map((id) => withReview(get.get(id) as IncidentRow)),
    };
  }
  const total = (db.prepare(`SELECT count(*) AS n FROM incidents ${clause}`).get(...params) as { n: number })
    .n;
  // Sort and page the narrow rows first, then read the page's JSON: no blobs in the sorter.
  const order = ORDER[f.sort ?? '-date'];
  const rows = db
    .prepare(
      `SELECT json, review FROM incidents WHERE rowid IN
         (SELECT rowid FROM incidents ${clause} ORDER BY ${order} LIMIT ? OFFSET ?)
       ORDER BY ${order}`,
    )
    .all(...params, limit, offset) as IncidentRow[];
  return { total, incidents: rows.map(withReview) };
}

interface PointRow {
  id: string;
  lat: number;
  lon: number;
  precision: number;
  plover: string;
  acled_type: string;
  fatalities: number | null;
  n_claims: number;
  country: string | null;
  date_from: string | null;
  disputed: number;
  review: string;
}

export function incidentPoints(db: Database.Database, f: IncidentFilter): IncidentPoint[] {
  const { clause, params } = incidentWhere(f, planFor(db, f));
  const located = clause ? `${clause} AND lat IS NOT NULL` : 'WHERE lat IS NOT NULL';
  const kept = keptIds(db, f, clause, params);
  const rows = db
    .prepare(
      `SELECT id, lat, lon, precision, plover, acled_type, fatalities, n_claims, country, date_from, disputed, review
       FROM incidents ${located} ORDER BY ${ORDER[f.sort ?? '-date']} LIMIT ?`,
    )
    .all(...params, kept ? 100000 : clampLimit(f.limit, 20000)) as PointRow[];
  const keep = kept ? new Set(kept) : null;
  return rows
    .filter((r) => !keep || keep.has(r.id))
    .slice(0, clampLimit(f.limit, 20000))
    .map((r) => ({
      id: r.id,
      lat: r.lat,
      lon: r.lon,
      precision: r.precision,
      plover: r.plover,
      acled: r.acled_type,
      fatalities: r.fatalities,
      claims: r.n_claims,
      country: r.country,
      date: r.date_from,
      disputed: r.disputed === 1,
      review: r.review,
    }));
}

export function incidentStats(db: Database.Database, f: IncidentFilter): IncidentStats {
  const { clause, params } = incidentWhere(f, planFor(db, f));
  const kept = keptIds(db, f, clause, params);
  if (!kept) return statsInSql(db, clause, params);
  // Weeks start on Monday: the Monday on or before the incident's first day.
  const rows = db
    .prepare(
      `SELECT id, date(date_from, '-6 days', 'weekday 1') AS week, plover, coalesce(country, '(none)') AS country, review
       FROM incidents ${clause}`,
    )
    .all(...params) as { id: string; week: string | null; plover: string; country: string; review: string }[];
  const keep = new Set(kept);
  const week = new Map<string, number>();
  const type = new Map<string, number>();
  const country = new Map<string, number>();
  const review = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  let n = 0;
  for (const r of rows) {
    if (!keep.has(r.id)) continue;
    n++;
    if (r.week) bump(week, `${r.week}\t${r.plover}`);
    bump(type, r.plover);
    bump(country, r.country);
    bump(review, r.review);
  }
  const counts = (m: Map<string, number>) =>
    [...m].map(([key, n]) => ({ key, n })).sort((a, b) => b.n - a.n || a.key.localeCompare(b.key));
  return {
    incidents: n,
    byWeek: [...week]
      .map(([k, n]) => {
        const [w, t] = k.split('\t') as [string, string];
        return { week: w, type: t, n };
      })
      .sort((a, b) => a.week.localeCompare(b.week) || a.type.localeCompare(b.type)),
    byType: counts(type),
    byCountry: counts(country),
    byReview: counts(review),
  };
}

/** Counts by week and type, type, country and review status from one grouped scan. */
function statsInSql(db: Database.Database, clause: string, params: unknown[]): IncidentStats {
  const rows = db
    .prepare(
      `SELECT date_from AS day, plover, coalesce(country, '(none)') AS country, review, count(*) AS n
       FROM incidents ${clause} GROUP BY day, plover, country, review`,
    )
    .all(...params) as { day: string | null; plover: string; country: string; review: string; n: number }[];
  const week = new Map<string, number>();
  const type = new Map<string, number>();
  const country = new Map<string, number>();
  const review = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, n: number) => m.set(k, (m.get(k) ?? 0) + n);
  let total = 0;
  for (const r of rows) {
    total += r.n;
    add(type, r.plover, r.n);
    add(country, r.country, r.n);
    add(review, r.review, r.n);
    if (r.day) add(week, `${mondayOf(r.day)}\t${r.plover}`, r.n);
  }
  const byN = (a: { key: string; n: number }, b: { key: string; n: number }) =>
    b.n - a.n || a.key.localeCompare(b.key);
  const counts = (m: Map<string, number>) => [...m].map(([key, n]) => ({ key, n }));
  return {
    incidents: total,
    byWeek: [...week]
      .map(([k, n]) => {
        const [w, t] = k.split('\t') as [string, string];
        return { week: w, type: t, n };
      })
      .sort((a, b) => a.week.localeCompare(b.week) || a.type.localeCompare(b.type)),
    byType: counts(type).sort(byN),
    byCountry: counts(country).sort(byN),
    byReview: counts(review).sort((a, b) => a.key.localeCompare(b.key)),
  };
}

/** The Monday on or before a day (YYYY-MM-DD). */
function mondayOf(day: string): string {
  const t = Date.parse(`${day.slice(0, 10)}T00:00:00Z`);
  if (!Number.isFinite(t)) return day;
  const back = (new Date(t).getUTCDay() + 6) % 7;
  return new Date(t - back * 86_400_000).toISOString().slice(0, 10);
}
