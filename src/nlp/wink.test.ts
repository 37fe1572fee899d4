import { describe, expect, it } from 'vitest';
import { analyse, getNlp, setWinkReloadAfter } from './wink.js';

const words = (text: string) => analyse(text).tokens.map((t) => text.slice(t.start, t.end));

describe('wink tokenisation', () => {
  it('codes a report the same whatever reports were read before it', () => {
    // wink learns "U.S" from the first report; unguarded, it then split "U.S." in the second.
    words('One of the armed men was a U.S agent, the court heard.');
    expect(words('Aid reached Guam and the U.S. Virgin Islands.')).toEqual([
      'Aid',
      'reached',
      'Guam',
      'and',
      'the',
      'U.S.',
      'Virgin',
      'Islands',
      '.',
    ]);
  });

  it('keeps offsets on the text: every token is the slice it points at', () => {
    const text = 'Gunmen  killed\tthree people in Isfara on 3 May 2021.';
    const a = analyse(text);
    expect(a.tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      'Gunmen',
      'killed',
      'three',
      'people',
      'in',
      'Isfara',
      'on',
      '3',
      'May',
      '2021',
      '.',
    ]);
    expect(a.sentences).toEqual([{ start: 0, end: text.length }]);
  });
});

describe('wink memory', () => {
  it('reloads its model once it has learnt too many words, and codes the same after', () => {
    const text = 'Zorblat and Quxmire fighters clashed near Vrandok on Tuesday, officials said.';
    const before = analyse(text);
    const first = getNlp();
    setWinkReloadAfter(3);
    try {
      analyse('Plinth, Grumbo, Snarvel and Twindle are words no model knows.');
      expect(getNlp()).not.toBe(first);
      expect(analyse(text)).toEqual(before);
    } finally {
      setWinkReloadAfter(200_000);
    }
  });
});
