import { describe, expect, it } from 'vitest';
import { spansBySentence, tokensInside } from './tokens-inside.js';

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

describe('spansBySentence', () => {
  it('puts each span in the sentence that wholly contains it, and none across two', () => {
    const sentences = [
      { start: 0, end: 10 },
      { start: 11, end: 11 },
      { start: 11, end: 30 },
      { start: 31, end: 40 },
    ];
    const spans = [
      { start: 0, end: 4 },
      { start: 12, end: 20 },
      { start: 8, end: 14 },
      { start: 31, end: 40 },
      { start: 35, end: 45 },
    ];
    expect(spansBySentence(spans, sentences)).toEqual([
      [{ start: 0, end: 4 }],
      [],
      [{ start: 12, end: 20 }],
      [{ start: 31, end: 40 }],
    ]);
    // Same as the plain filter on random inputs.
    for (let n = 0; n < 50; n++) {
      const ss: { start: number; end: number }[] = [];
      let at = 0;
      for (let i = 0; i < 8; i++) {
        const len = Math.floor(Math.random() * 6);
        ss.push({ start: at, end: at + len });
        at += len + Math.floor(Math.random() * 2);
      }
      const xs = Array.from({ length: 12 }, () => {
        const a = Math.floor(Math.random() * at);
        return { start: a, end: a + Math.floor(Math.random() * 4) };
      });
      const got = spansBySentence(xs, ss);
      const want = ss.map((s) => xs.filter((x) => x.start >= s.start && x.end <= s.end));
      // A span inside an empty sentence that shares its start with the next one goes to one of them.
      for (let i = 0; i < ss.length; i++)
        for (const x of got[i]!) expect(x.start >= ss[i]!.start && x.end <= ss[i]!.end).toBe(true);
      expect(got.flat().length).toBe(new Set(want.flat()).size);
    }
  });
});
