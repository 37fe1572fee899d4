import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { code } from '../../../test/helpers.js';
import { incidentWhere } from './incident-query.js';
import { MIGRATIONS } from './migrations.js';
import { SqliteStore } from './sqlite-store.js';

const REPORTS = [
  {
    text: 'KABUL, April 27, 2020 — A roadside bomb killed two police officers in Kabul on Monday.',
    published: '2020-04-27',
  },
  {
    text: 'NAIROBI, April 30, 2020 — Hundreds of traders protested in Nairobi on Thursday.',
    published: '2020-04-30',
  },
  {
    text: 'Kyrgyz servicemen opened fire on Tajik border guards near Isfara on 29 April 2021.',
    published: '2021-04-29',
  },
];

describe('SqliteStore on a real file', () => {
  let path: string;
  beforeAll(() => {
    path = join(mkdtempSync(join(tmpdir(), 'casus-store-')), 'test.db');
    const store = new SqliteStore(path);
    const r = store.saveBatch(REPORTS.map((r) => code(r.text, { published: r.published })));
    expect(r.stored).toBe(3);
    store.close();
  });

  it('skips reports already stored, by content fingerprint', () => {
    const store = new SqliteStore(path);
    const again = store.saveBatch([code(REPORTS[0]!.text, { published: REPORTS[0]!.published })]);
    expect(again).toEqual({ stored: 0, skipped: 1, claims: 0 });
    expect(store.summary().documents).toBe(3);
    store.close();
  });

  it('filters by type, country, actor, period, distance and report text', () => {
    const store = new SqliteStore(path);
    const q = (f: Parameters<SqliteStore['queryClaims']>[0]) =>
      store.queryClaims(f).claims.map((c) => c.event.plover);
    expect(q({ type: 'PROTEST' })).toEqual(['PROTEST']);
    expect(q({ type: 'Battles' })).toEqual(['ASSAULT']);
    expect(q({ country: 'AFG' })).toEqual(['ASSAULT']);
    expect(q({ actor: 'Kyrgyz' })).toEqual(['ASSAULT']);
    expect(q({ actor: 'KGZMIL' })).toEqual(['ASSAULT']);
    expect(q({ since: '2021-01-01' })).toHaveLength(1);
    expect(q({ until: '2020-04-28' })).toHaveLength(1);
    expect(q({ near: { lat: 40.13, lon: 70.63, km: 30 } })).toEqual(['ASSAULT']);
    expect(q({ text: 'roadside bomb' })).toHaveLength(1);
    store.close();
  });

  it('treats injection strings in every filter as plain values', () => {
    const store = new SqliteStore(path);
    const evil = ["' OR 1=1 --", '"; DROP TABLE claims; --', '%', '_', 'NEAR(a b)', '*'];
    for (const e of evil) {
      for (const f of [{ type: e }, { country: e }, { actor: e }, { since: e }, { text: e }, { status: e }]) {
        expect(() => store.queryClaims(f)).not.toThrow();
      }
      expect(store.queryClaims({ actor: e }).total).toBe(0);
    }
    expect(store.summary().claims).toBeGreaterThan(0);
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    store.close();
  });

  it('returns a stored document with its layers as spans and its claims', () => {
    const store = new SqliteStore(path);
    const claim = store.queryClaims({ type: 'PROTEST' }).claims[0]!;
    const doc = store.getDocument(claim.doc)!;
    expect(doc.text.slice(claim.evidence.start, claim.evidence.end)).toBe(claim.evidence.text);
    expect(doc.layers.sentences?.length).toBeGreaterThan(0);
    expect(doc.layers.claims?.[0]?.claim).toBe(claim.claim);
    store.close();
  });
});

describe('incident period filters', () => {
  it('find an incident whose dates overlap the period, not only one starting in it', () => {
    const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'casus-period-')), 'p.db'));
    try {
      store.saveBatch([
        code('Police arrested 40 protesters in Minsk on 1 March 2021.', { published: '2021-03-01' }),
        code('Police arrested 12 protesters in Minsk on 20 March 2021.', { published: '2021-03-20' }),
        code('Police arrested 3 men in Nairobi on 2 May 2020.', { published: '2020-05-02' }),
      ]);
      const minsk = store.queryIncidents({ country: 'BLR' }).incidents;
      expect(minsk).toHaveLength(2);
      // An analyst says the two arrests are one incident: it now spans 1 to 20 March.
      const [a, b] = minsk as [(typeof minsk)[0], (typeof minsk)[0]];
      const merged = store.reviewIncident({
        kind: 'merge',
        incident: a.id,
        other: b.id,
        author: 't',
      }).incidents;
      expect(merged).toHaveLength(1);
      const within = (since: string, until: string, more = {}) =>
        store.queryIncidents({ since, until, ...more }).incidents.map((i) => i.id);
      expect(within('2021-03-10', '2021-03-25')).toEqual(merged);
      expect(within('2021-03-19', '2021-03-21', { country: 'BLR' })).toEqual(merged);
      expect(within('2021-03-19', '2021-03-21', { type: 'coerce' })).toEqual(merged);
      expect(within('2021-03-02', '2021-03-10')).toEqual(merged);
      expect(within('2021-04-01', '2021-04-30')).toEqual([]);
      expect(within('2020-05-02', '2020-05-02', { type: 'Strategic developments' })).toHaveLength(1);
    } finally {
      store.close();
    }
  });

  it('finds the same incidents whether a text search drives the query or is tested per incident', () => {
    const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'casus-text-')), 't.db'));
    store.saveBatch(REPORTS.map((r) => code(r.text, { published: r.published })));
    try {
      const ids = (f: Parameters<typeof incidentWhere>[0], commonText: boolean) => {
        const { clause, params } = incidentWhere(f, { spanDays: 400, commonText });
        return (
          store.db.prepare(`SELECT id FROM incidents ${clause} ORDER BY id`).all(...params) as {
            id: string;
          }[]
        ).map((r) => r.id);
      };
      for (const f of [
        { text: 'bomb', type: 'ASSAULT' },
        { text: 'protested', since: '2020-04-01', until: '2020-05-31' },
        { text: 'fire', country: 'TJK' },
        { text: 'bomb', type: 'PROTEST' },
      ]) {
        expect(ids(f, true)).toEqual(ids(f, false));
      }
      expect(ids({ text: 'bomb', type: 'ASSAULT' }, true)).toHaveLength(1);
      expect(ids({ text: 'bomb', type: 'PROTEST' }, true)).toHaveLength(0);
    } finally {
      store.close();
    }
  });

  it('searches incident candidates from an index alone, in a database made by an older schema too', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'casus-v7-')), 'old.db');
    const old = new Database(path);
    for (const m of MIGRATIONS.filter((m) => m.version <= 7)) old.exec(m.sql);
    old.pragma('user_version = 7');
    old.close();
    const store = new SqliteStore(path);
    try {
      store.saveBatch(REPORTS.map((r) => code(r.text, { published: r.published })));
      const indexes = (
        store.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index'").all() as {
          name: string;
        }[]
      ).map((r) => r.name);
      expect(indexes).toContain('claims_candidates');
      expect(indexes).not.toContain('claims_plover_precision_date');
      const plan = store.db
        .prepare(
          `EXPLAIN QUERY PLAN SELECT id FROM claims WHERE plover = ? AND date_precision = 'day' AND date BETWEEN ? AND ? AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?`,
        )
        .all('ASSAULT', '2020-04-20', '2020-04-30', 30, 40, 60, 75) as { detail: string }[];
      expect(plan.map((r) => r.detail).join(' ')).toContain('COVERING INDEX claims_candidates');
      expect(store.queryIncidents({ type: 'ASSAULT' }).incidents).toHaveLength(2);
    } finally {
      store.close();
    }
  });
});
