import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledge, ROOT } from '../../test/helpers.js';
import { evalIncidents } from './incidents.js';

describe('casus eval incidents', () => {
  // Regression: a hyphenated village named after a province ("Koulpelogo-Sud") once resolved to
  // the province, and "the East region" of a Burkina Faso report to Cameroon's, splitting one
  // incident of our corpus in three.
  it('groups our own corpus (10 incidents, 21 reports) with no pair split or wrongly joined', () => {
    const r = evalIncidents(join(ROOT, 'eval', 'incidents', 'corpus.jsonl'), knowledge()) as {
      pairwise: { precision: number; recall: number };
      errors: string[];
    };
    expect(r.errors).toEqual([]);
    expect(r.pairwise).toMatchObject({ precision: 1, recall: 1 });
  });
});
