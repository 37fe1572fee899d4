import type Database from 'better-sqlite3';
import { CasusError } from '../../core/errors.js';

/** Schema versions, applied in order inside one transaction each. */
export const MIGRATIONS: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  fingerprint TEXT NOT NULL UNIQUE,
  text TEXT NOT NULL,
  title TEXT, url TEXT, outlet TEXT, published TEXT, language TEXT, source_id TEXT, path TEXT,
  layers TEXT NOT NULL,
  messages TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE TABLE claims (
  id TEXT PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES documents(id),
  plover TEXT NOT NULL, mode TEXT, cameo TEXT NOT NULL,
  acled_type TEXT NOT NULL, acled_subtype TEXT NOT NULL,
  status TEXT NOT NULL, confidence REAL NOT NULL,
  date TEXT, date_precision TEXT, time TEXT,
  lat REAL, lon REAL, place_name TEXT, place_country TEXT, place_precision INTEGER, geonameid INTEGER,
  killed INTEGER, injured INTEGER, arrested INTEGER, crowd INTEGER,
  evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL,
  claimant TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX claims_doc ON claims(doc_id);
CREATE INDEX claims_type_date ON claims(plover, date);
CREATE INDEX claims_acled ON claims(acled_type, acled_subtype);
CREATE INDEX claims_date ON claims(date);
CREATE INDEX claims_country_date ON claims(place_country, date);
CREATE INDEX claims_latlon ON claims(lat, lon);
CREATE TABLE claim_actors (
  claim_id TEXT NOT NULL REFERENCES claims(id),
  role TEXT NOT NULL CHECK (role IN ('source', 'target')),
  idx INTEGER NOT NULL,
  text TEXT NOT NULL, country TEXT, sector TEXT, org TEXT, name TEXT NOT NULL, code TEXT NOT NULL,
  span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
  PRIMARY KEY (claim_id, role, idx)
);
CREATE INDEX claim_actors_country ON claim_actors(country);
CREATE TABLE incidents (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE TABLE incident_claims (
  claim_id TEXT PRIMARY KEY REFERENCES claims(id),
  incident_id TEXT NOT NULL REFERENCES incidents(id),
  rule TEXT, score REAL
);
CREATE TABLE reviews (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  target_kind TEXT NOT NULL, target_id TEXT NOT NULL,
  action TEXT NOT NULL, field TEXT, value TEXT, comment TEXT,
  author TEXT NOT NULL, created_at TEXT NOT NULL
);
CREATE VIRTUAL TABLE documents_fts USING fts5(text, content='documents', content_rowid='rowid');
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, text) VALUES (new.rowid, new.text);
END;
`,
  },
  {
    version: 2,
    sql: `
CREATE TABLE incident_overrides (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL CHECK (kind IN ('split', 'merge')),
  claim_id TEXT NOT NULL,
  other_claim_id TEXT,
  author TEXT NOT NULL,
  comment TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX incident_claims_incident ON incident_claims(incident_id);
ALTER TABLE incidents ADD COLUMN plover TEXT;
ALTER TABLE incidents ADD COLUMN date_from TEXT;
ALTER TABLE incidents ADD COLUMN date_to TEXT;
ALTER TABLE incidents ADD COLUMN country TEXT;
ALTER TABLE incidents ADD COLUMN disputed INTEGER NOT NULL DEFAULT 0;
CREATE INDEX incidents_type_date ON incidents(plover, date_from);
CREATE INDEX incidents_date ON incidents(date_from);
`,
  },
  {
    version: 3,
    sql: `
ALTER TABLE claims ADD COLUMN origin TEXT;
CREATE INDEX claims_origin ON claims(origin);
CREATE INDEX claims_plover_precision_date ON claims(plover, date_precision, date);
`,
  },
  {
    // Incident columns for the API's filters, map points and timeline; API tokens.
    version: 4,
    sql: `
ALTER TABLE incidents ADD COLUMN acled_type TEXT;
ALTER TABLE incidents ADD COLUMN lat REAL;
ALTER TABLE incidents ADD COLUMN lon REAL;
ALTER TABLE incidents ADD COLUMN precision INTEGER;
ALTER TABLE incidents ADD COLUMN fatalities INTEGER;
ALTER TABLE incidents ADD COLUMN n_claims INTEGER NOT NULL DEFAULT 0;
ALTER TABLE incidents ADD COLUMN review TEXT NOT NULL DEFAULT 'unreviewed';
UPDATE incidents SET
  acled_type = json_extract(json, '$.acled[0]'),
  lat = json_extract(json, '$.place.lat'),
  lon = json_extract(json, '$.place.lon'),
  precision = json_extract(json, '$.place.precision'),
  fatalities = json_extract(json, '$.fatalities.high'),
  n_claims = json_array_length(json, '$.claims');
CREATE INDEX incidents_latlon ON incidents(lat, lon);
CREATE INDEX incidents_acled_date ON incidents(acled_type, date_from);
CREATE INDEX incidents_review_date ON incidents(review, date_from);
CREATE TABLE incident_countries (
  incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
  country TEXT NOT NULL,
  PRIMARY KEY (incident_id, country)
) WITHOUT ROWID;
CREATE INDEX incident_countries_country ON incident_countries(country, incident_id);
INSERT OR IGNORE INTO incident_countries (incident_id, country)
  SELECT incidents.id, j.value FROM incidents, json_each(incidents.json, '$.countries') AS j;
INSERT OR IGNORE INTO incident_countries (incident_id, country)
  SELECT id, country FROM incidents WHERE country IS NOT NULL;
CREATE INDEX reviews_target ON reviews(target_kind, target_id, id);
CREATE TABLE tokens (
  id TEXT PRIMARY KEY,
  hash TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
  label TEXT,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
`,
  },
  {
    // Range scans for "country + period" and "type + period" at a million incidents.
    version: 5,
    sql: `
ALTER TABLE incident_countries ADD COLUMN date_from TEXT;
UPDATE incident_countries SET date_from = (SELECT date_from FROM incidents WHERE id = incident_id);
CREATE INDEX incident_countries_country_date ON incident_countries(country, date_from);
CREATE INDEX incidents_acled_nocase_date ON incidents(acled_type COLLATE NOCASE, date_from);
DROP INDEX incidents_latlon;
CREATE INDEX incidents_latlon_date ON incidents(lat, lon, date_from, id);
CREATE INDEX incidents_stats ON incidents(date_from, plover, country, review);
CREATE TABLE store_meta (key TEXT PRIMARY KEY, value REAL NOT NULL);
INSERT INTO store_meta (key, value)
  SELECT 'max_incident_span_days', coalesce(max(julianday(date_to) - julianday(date_from)), 0) FROM incidents;
`,
  },
  {
    // "type + period" counted from the index alone.
    version: 6,
    sql: `
DROP INDEX incidents_type_date;
CREATE INDEX incidents_type_period ON incidents(plover, date_from, date_to);
`,
  },
  {
    // Indexes no query uses, kept up to date on every write: (date_from) is the head of
    // incidents_stats; the type filter compares acled_type COLLATE NOCASE, so only the NOCASE
    // index serves it.
    version: 7,
    sql: `
DROP INDEX incidents_date;
DROP INDEX incidents_acled_date;
`,
  },
  {
    // Storing speed. The incident candidate search (type, date window, box) reads lat, lon and id
    // from its index instead of a claim row for every claim in the window; claim memberships and
    // claim actors are tables keyed by their primary key (WITHOUT ROWID), one B-tree each
    // instead of a row table and a key index.
    version: 8,
    sql: `
DROP INDEX claims_plover_precision_date;
CREATE INDEX claims_candidates ON claims(plover, date_precision, date, lat, lon, id);
`,
  },
];

/** Bring a database up to the newest schema; refuse one made by a newer casus. */
export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const newest = MIGRATIONS[MIGRATIONS.length - 1]!.version;
  if (current > newest) {
    throw new CasusError(
      'CASUS_E021',
      `database schema version ${current} is newer than this casus (${newest})`,
    );
  }
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    // Two processes may open a new database at once: each step takes the write lock first and
    // looks again, so the second finds the step done instead of creating the tables twice.
    db.transaction(() => {
      if ((db.pragma('user_version', { simple: true }) as number) >= m.version) return;
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
}
