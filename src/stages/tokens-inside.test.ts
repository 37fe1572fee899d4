import { describe, expect, it } from 'vitest';
import { tokensInside } from './tokens-inside.js';

describe('tokensInside', () => {
  it('marks exactly the tokens wholly inside any span, in any span order', () => {
    const tokens = [
      { start: 0, end: 2 },
      { start: 3, end: 7 },
      { start: 8, end: 12 },
      { start: 13, end: 15 },
    ];
    expect([
      ...tokensInside(tokens, [
        { start: 8, end: 15 },
        { start: 3, end: 6 },
      ]),
    ]).toEqual([0, 0, 1, 1]);
    expect([...tokensInside(tokens, [{ start: 0, end: 7 }])]).toEqual([1, 1, 0, 0]);
    expect([...tokensInside(tokens, [])]).toEqual([0, 0, 0, 0]);
  });
});
