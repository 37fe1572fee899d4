import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { fingerprint, storedLayers } from '../../core/doc.js';
import { CasusError } from '../../core/errors.js';
import { haversineKm } from '../../core/geo.js';
import type { Claim, Doc, DocMeta } from '../../core/types.js';
import type { Incident } from '../../incidents/build-incidents.js';
import { originHash } from '../../incidents/compatible.js';
import type {
  ClaimFilter,
  EventStore,
  IncidentFilter,
  IncidentPoint,
  IncidentReview,
  IncidentStats,
  Role,
  SaveResult,
  StoredDocument,
  StoreSummary,
  TokenInfo,
} from '../event-store.js';
import { migrate } from './migrations.js';
import { escapeLike, ftsQuery, placeTerms } from './sql-text.js';
import { prepared } from './statements.js';

export { ftsQuery } from './sql-text.js';

import { incidentPoints, incidentStats, queryIncidents } from './incident-query.js';
import {
  getIncident,
  incidentReview,
  rebuildIncidents,
  reviewIncident,
  updateIncidents,
} from './sqlite-incidents.js';
import { createToken, revokeToken, verifyToken } from './sqlite-tokens.js';

/** ORDER BY per sort key of `casus events` and GET /api/events: a fixed list, no user text in SQL. */
const CLAIM_ORDER: Readonly<Record<NonNullable<ClaimFilter['sort']>, string>> = {
  '-date': 'date DESC, id',
  date: 'date ASC, id',
  confidence: 'confidence DESC, date DESC, id',
  fatalities: 'coalesce(killed, -1) DESC, date DESC, id',
};

interface DocumentRow {
  id: string;
  fingerprint: string;
  text: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
  language: string | null;
  source_id: string | null;
  path: string | null;
  layers: string;
  messages: string;
  ingested_at: string;
}

const metaOf = (r: DocumentRow): DocMeta => ({
  title: r.title ?? undefined,
  url: r.url ?? undefined,
  outlet: r.outlet ?? undefined,
  published: r.published ?? undefined,
  language: r.language ?? undefined,
  sourceId: r.source_id ?? undefined,
  path: r.path ?? undefined,
});

interface ClaimRow {
  json: string;
}

/** The embedded SQLite backend (better-sqlite3, WAL mode, FTS5). */
export class SqliteStore implements EventStore {
  readonly capabilities = Object.freeze({ fullTextSearch: true, concurrentWriters: false });
  readonly db: Database.Database;

  /**
   * `pageCacheMb`: SQLite's page cache for this connection (default SQLite's 2 MB); a server
   * reading incidents at random wants more, an ingest does not.
   */
  constructor(path: string, opts: { readonly?: boolean; pageCacheMb?: number } = {}) {
    try {
      if (path !== ':memory:' && !opts.readonly) mkdirSync(dirname(path), { recursive: true });
      this.db = new Database(path, {
        readonly: opts.readonly ?? false,
        fileMustExist: opts.readonly ?? false,
      });
      if (!opts.readonly) {
        this.db.pragma('journal_mode = WAL');
        this.db.pragma('synchronous = NORMAL');
        // Checkpoint the log every ~40 MB instead of SQLite's ~4 MB: a batch's commit rewrites
        // index pages all over the file (claim, document and incident ids are hashes), and
        // copying them back ten times as often cost ~15% of the store's time in an ingest.
        this.db.pragma('wal_autocheckpoint = 10000');
      }
      this.db.pragma('busy_timeout = 10000');
      if (opts.pageCacheMb) this.db.pragma(`cache_size = -${Math.round(opts.pageCacheMb * 1024)}`);
      this.db.pragma('foreign_keys = ON');
      this.db.function('casus_km', { deterministic: true }, (a, b, c, d) =>
        haversineKm(Number(a), Number(b), Number(c), Number(d)),
      );
      if (!opts.readonly) migrate(this.db);
    } catch (err) {
      if (err instanceof CasusError) throw err;
      throw new CasusError(
        'CASUS_E020',
        `cannot open database ${path}: ${err instanceof Error ? err.message : String(err)}`,
        { cause: err },
      );
    }
  }

  hasFingerprint(fp: string): boolean {
    return this.db.prepare('SELECT 1 FROM documents WHERE fingerprint = ?').get(fp) !== undefined;
  }

  saveBatch(docs: readonly Doc[]): SaveResult {
    const insDoc = prepared(
      this.db,
      `INSERT OR IGNORE INTO documents (id, fingerprint, text, title, url, outlet, published, language, source_id, path, layers, messages, ingested_at)
       VALUES (@id, @fingerprint, @text, @title, @url, @outlet, @published, @language, @source_id, @path, @layers, @messages, @ingested_at)`,
    );
    const insClaim = prepared(
      this.db,
      `INSERT OR IGNORE INTO claims (id, doc_id, plover, mode, cameo, acled_type, acled_subtype, status, confidence, date, date_precision, time,
        lat, lon, place_name, place_country, place_precision, geonameid, killed, injured, arrested, crowd, evidence_start, evidence_end, claimant, json, origin)
       VALUES (@id, @doc_id, @plover, @mode, @cameo, @acled_type, @acled_subtype, @status, @confidence, @date, @date_precision, @time,
        @lat, @lon, @place_name, @place_country, @place_precision, @geonameid, @killed, @injured, @arrested, @crowd, @evidence_start, @evidence_end, @claimant, @json, @origin)`,
    );
    const insActor = prepared(
      this.db,
      `INSERT OR IGNORE INTO claim_actors (claim_id, role, idx, text, country, sector, org, name, code, span_start, span_end)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const now = new Date().toISOString();
    const run = this.db.transaction((batch: readonly Doc[]) => {
      let stored = 0;
      let skipped = 0;
      let nClaims = 0;
      const newClaims = new Map<string, Claim>();
      // Claims written by this batch: none is in an incident yet.
      const fresh = new Set<string>();
      for (const doc of batch) {
        // Claims are stored as rows of their own.
        const { claims = [], ...layers } = doc.layers;
        const res = insDoc.run({
          id: doc.id,
          fingerprint: fingerprint(doc.text),
          text: doc.text,
          title: doc.meta.title ?? null,
          url: doc.meta.url ?? null,
          outlet: doc.meta.outlet ?? null,
          published: doc.meta.published ?? null,
          language: doc.meta.language ?? null,
          source_id: doc.meta.sourceId ?? null,
          path: doc.meta.path ?? null,
          layers: JSON.stringify(storedLayers(layers)),
          messages: JSON.stringify(doc.messages),
          ingested_at: now,
        });
        if (res.changes === 0) {
          skipped++;
          continue;
        }
        stored++;
        for (const c of claims) {
          const ins = insClaim.run({
            id: c.claim,
            doc_id: doc.id,
            plover: c.event.plover,
            mode: c.event.mode,
            cameo: c.event.cameo,
            acled_type: c.event.acled[0],
            acled_subtype: c.event.acled[1],
            status: c.status,
            confidence: c.confidence,
            date: c.date?.value ?? null,
            date_precision: c.date?.precision ?? null,
            time: c.date?.time ?? null,
            lat: c.place?.lat ?? null,
            lon: c.place?.lon ?? null,
            place_name: c.place?.name ?? null,
            place_country: c.place?.country ?? null,
            place_precision: c.place?.precision ?? null,
            geonameid: c.place?.geonameid ?? null,
            killed: c.size.killed,
            injured: c.size.injured,
            arrested: c.size.arrested,
            crowd: c.size.crowd,
            evidence_start: c.evidence.start,
            evidence_end: c.evidence.end,
            claimant: c.claimant.map((l) => l.name).join(' > '),
            json: JSON.stringify(c),
            origin: originHash(c),
          });
          nClaims++;
          newClaims.set(c.claim, c);
          if (ins.changes > 0) fresh.add(c.claim);
          for (const [role, list] of [
            ['source', c.source],
            ['target', c.target],
          ] as const) {
            list.forEach((a, idx) => {
              insActor.run(
                c.claim,
                role,
                idx,
                a.text,
                a.country,
                a.sector,
                a.org,
                a.name,
                a.code,
                a.span.start,
                a.span.end,
              );
            });
          }
        }
      }
      // Incidents are updated in the same transaction: a crash leaves claims and incidents agreeing.
      updateIncidents(this.db, [...newClaims.keys()], newClaims, fresh);
      return { stored, skipped, claims: nClaims };
    });
    try {
      // BEGIN IMMEDIATE: a second writer waits (busy_timeout) instead of failing on lock upgrade.
      return run.immediate(docs);
    } catch (err) {
      throw new CasusError(
        'CASUS_E020',
        `could not store the batch: ${err instanceof Error ? err.message : String(err)}`,
        { cause: err },
      );
    }
  }

  queryClaims(f: ClaimFilter): { total: number; claims: Claim[] } {
    const where: string[] = [];
    const params: unknown[] = [];
    if (f.type) {
      where.push(
        '(plover = ? OR acled_type = ? COLLATE NOCASE OR acled_subtype = ? COLLATE NOCASE OR cameo = ?)',
      );
      params.push(f.type.toUpperCase(), f.type, f.type, f.type);
    }
    if (f.country) {
      where.push(
        '(place_country = ? OR EXISTS (SELECT 1 FROM claim_actors a WHERE a.claim_id = claims.id AND a.country = ?))',
      );
      params.push(f.country.toUpperCase(), f.country.toUpperCase());
    }
    if (f.actor) {
      where.push(
        "EXISTS (SELECT 1 FROM claim_actors a WHERE a.claim_id = claims.id AND (a.text LIKE ? ESCAPE '\\' OR a.name LIKE ? ESCAPE '\\' OR a.code = ?))",
      );
      const like = `%${escapeLike(f.actor)}%`;
      params.push(like, like, f.actor.toUpperCase());
    }
    if (f.since) {
      where.push('date >= ?');
      params.push(f.since);
    }
    if (f.until) {
      where.push('date <= ?');
      params.push(f.until);
    }
    if (f.status) {
      where.push('status = ?');
      params.push(f.status);
    }
    if (f.docId) {
      where.push('doc_id = ?');
      params.push(f.docId);
    }
    if (f.text) {
      where.push(
        'doc_id IN (SELECT d.id FROM documents d WHERE d.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?))',
      );
      params.push(ftsQuery(f.text));
    }
    placeTerms(f, where, params);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const order = `ORDER BY ${CLAIM_ORDER[f.sort ?? '-date']}`;
    const limit = Math.max(0, Math.min(f.limit ?? 1000, 100000));
    const offset = Math.max(0, f.offset ?? 0);
    if (f.keep) {
      // A test on countries and date (alliances) runs after SQL, so paging happens here.
      const keep = f.keep;
      const hits = (
        this.db.prepare(`SELECT json FROM claims ${clause} ${order}`).all(...params) as ClaimRow[]
      )
        .map((r) => JSON.parse(r.json) as Claim)
        .filter((c) => keep(c));
      return { total: hits.length, claims: hits.slice(offset, offset + limit) };
    }
    const total = (
      this.db.prepare(`SELECT count(*) AS n FROM claims ${clause}`).get(...params) as { n: number }
    ).n;
    const rows = this.db
      .prepare(`SELECT json FROM claims ${clause} ${order} LIMIT ? OFFSET ?`)
      .all(...params, limit, offset) as ClaimRow[];
    return { total, claims: rows.map((r) => JSON.parse(r.json) as Claim) };
  }

  getDocument(id: string): StoredDocument | null {
    const r = this.db.prepare('SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined;
    if (!r) return null;
    const claims = this.queryClaims({ docId: id, limit: 100000 }).claims;
    return {
      id: r.id,
      fingerprint: r.fingerprint,
      text: r.text,
      meta: metaOf(r),
      layers: { ...(JSON.parse(r.layers) as object), claims },
      messages: JSON.parse(r.messages),
      ingestedAt: r.ingested_at,
    };
  }

  documentText(id: string): { id: string; text: string; meta: DocMeta } | null {
    const r = this.db
      .prepare(
        'SELECT id, text, title, url, outlet, published, language, source_id, path FROM documents WHERE id = ?',
      )
      .get(id) as DocumentRow | undefined;
    return r ? { id: r.id, text: r.text, meta: metaOf(r) } : null;
  }

  totals(): { documents: number; claims: number } {
    const n = (sql: string) => (this.db.prepare(sql).get() as { n: number }).n;
    return {
      documents: n('SELECT count(*) AS n FROM documents'),
      claims: n('SELECT count(*) AS n FROM claims'),
    };
  }

  summary(): StoreSummary {
    const n = (sql: string) => (this.db.prepare(sql).get() as { n: number }).n;
    return {
      documents: n('SELECT count(*) AS n FROM documents'),
      claims: n('SELECT count(*) AS n FROM claims'),
      incidents: n('SELECT count(*) AS n FROM incidents'),
      byType: this.db
        .prepare(
          "SELECT plover AS key, count(*) AS n FROM claims WHERE status = 'asserted' GROUP BY plover ORDER BY n DESC",
        )
        .all() as { key: string; n: number }[],
      byCountry: this.db
        .prepare(
          "SELECT coalesce(place_country, '(none)') AS key, count(*) AS n FROM claims WHERE status = 'asserted' GROUP BY key ORDER BY n DESC",
        )
        .all() as { key: string; n: number }[],
    };
  }

  queryIncidents(f: IncidentFilter): { total: number; incidents: Incident[] } {
    return queryIncidents(this.db, f);
  }

  getIncident(id: string): { incident: Incident; claims: Claim[] } | null {
    return getIncident(this.db, id);
  }

  rebuildIncidents(): number {
    return rebuildIncidents(this.db);
  }

  incidentsOfClaims(claimIds: readonly string[]): Record<string, string> {
    const get = this.db.prepare('SELECT incident_id FROM incident_claims WHERE claim_id = ?');
    const out: Record<string, string> = {};
    for (const id of claimIds) {
      const r = get.get(id) as { incident_id: string } | undefined;
      if (r) out[id] = r.incident_id;
    }
    return out;
  }

  incidentPoints(f: IncidentFilter): IncidentPoint[] {
    return incidentPoints(this.db, f);
  }

  incidentStats(f: IncidentFilter): IncidentStats {
    return incidentStats(this.db, f);
  }

  reviewIncident(r: Parameters<EventStore['reviewIncident']>[0]): { incidents: string[] } {
    return reviewIncident(this.db, r);
  }

  incidentReview(id: string): IncidentReview {
    return incidentReview(this.db, id);
  }

  createToken(role: Role, label?: string): { id: string; token: string } {
    return createToken(this.db, role, label);
  }

  verifyToken(token: string): TokenInfo | null {
    return verifyToken(this.db, token);
  }

  revokeToken(id: string): boolean {
    return revokeToken(this.db, id);
  }

  dataVersion(): string {
    // data_version moves on other connections' commits, total_changes() on this one's.
    const v = this.db.pragma('data_version', { simple: true }) as number;
    const own = (this.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
    return `${v}:${own}`;
  }

  close(): void {
    this.db.close();
  }
}
