import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from './phrase-matcher.js';

describe('PhraseMatcher', () => {
  const m = new PhraseMatcher<string>();
  m.add(['the', 'united', 'states'], 'USA');
  m.add(['the', 'united', 'states', 'army'], 'USAMIL');
  m.add(['the', 'united', 'kingdom'], 'GBR');
  m.add(['united'], 'word');
  m.add(['the', 'united', 'states'], 'USA');
  m.add(['the', 'united', 'states'], 'US');

  it('finds the longest entry starting at a token', () => {
    const keys = ['in', 'the', 'united', 'states', 'army', 'base'];
    expect(m.matchAt(keys, 1)).toEqual({ length: 4, values: ['USAMIL'] });
    expect(m.matchAt(keys, 2)).toEqual({ length: 1, values: ['word'] });
    expect(m.matchAt(keys, 0)).toBeNull();
    expect(m.matchAt(keys, 6)).toBeNull();
  });

  it('falls back to a shorter entry when the longer one breaks off', () => {
    expect(m.matchAt(['the', 'united', 'states', 'navy'], 0)).toEqual({ length: 3, values: ['USA', 'US'] });
    expect(m.matchAt(['the', 'united', 'nations'], 0)).toBeNull();
    expect(m.matchAt(['the', 'united'], 0)).toBeNull();
  });

  it('counts distinct sequences and keeps each value once', () => {
    expect(m.size).toBe(4);
  });
});
