import { describe, expect, it } from 'vitest';
import { headlineEnd } from './doc.js';

describe('headlineEnd', () => {
  it('takes a first line with no sentence end as the headline', () => {
    expect(headlineEnd('Curfew Lifted in Osh\n\nThe mayor said.')).toBe(21);
    expect(headlineEnd('The mayor spoke.\nHe left.')).toBe(0);
    expect(headlineEnd('One line only')).toBe(0);
  });
  it('takes a headline closing on a quoted phrase, but not a quoted sentence', () => {
    expect(headlineEnd('Minister vows "no retreat"\n\nBody.')).toBe(27);
    expect(headlineEnd('Talks resume after ceasefire"\n\nBody.')).toBe(30);
    expect(headlineEnd('"We will not yield."\nBody.')).toBe(0);
    expect(headlineEnd('He said: "We will not yield!”\nBody.')).toBe(0);
  });
});
