import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledge, ROOT } from '../../test/helpers.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { benchQueries } from './queries.js';
import { fillSynthetic, prng, seatTowns, syntheticDoc } from './synthetic.js';

const GAZ = join(ROOT, 'build', 'gazetteer.tsv');

describe('synthetic store and query bench', () => {
  it('makes reports whose every span points at its text, the same for the same seed', () => {
    const towns = seatTowns(GAZ);
    expect(towns.length).toBeGreaterThan(1000);
    const a = prng(3);
    const b = prng(3);
    for (let i = 0; i < 200; i++) {
      const d = syntheticDoc(i, towns, a);
      expect(syntheticDoc(i, towns, b).text).toBe(d.text);
      const c = d.layers.claims![0]!;
      const at = (s: { start: number; end: number }) => d.text.slice(s.start, s.end);
      expect(at(c.evidence)).toBe(c.evidence.text);
      for (const x of [...c.source, ...c.target]) expect(at(x.span)).toBe(x.text);
      expect(at(c.place!.span)).toBe(c.place!.text);
      expect(at(c.date!.span)).toBe(c.date!.value);
    }
  });

  it('fills a store and times the API queries with sane figures', async () => {
    const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'casus-syn-')), 's.db'));
    try {
      expect(fillSynthetic(store, GAZ, 300, { batch: 100 })).toBe(300);
      const res = await benchQueries(store, knowledge, 3);
      expect(res.claims).toBe(300);
      expect(res.incidents).toBeGreaterThan(250);
      for (const q of Object.values(res.queries)) {
        expect(q.requests).toBe(3);
        expect(q.p50_ms).toBeGreaterThan(0);
        expect(q.p95_ms).toBeGreaterThanOrEqual(q.p50_ms);
      }
      expect(res.queries['first page']!.mean_results).toBe(res.incidents);
    } finally {
      store.close();
    }
  });
});
