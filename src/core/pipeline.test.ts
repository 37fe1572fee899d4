import { describe, expect, it } from 'vitest';
import { makeDoc } from './doc.js';
import { CasusError } from './errors.js';
import { checkOrder, runStages, type Stage } from './pipeline.js';

const sentences: Stage<null> = {
  name: 'a',
  requires: [],
  assigns: ['sentences'],
  run: (d) => ({ layers: { sentences: [{ start: 0, end: d.text.length }] } }),
};
const needsTokens: Stage<null> = {
  name: 'b',
  requires: ['tokens'],
  assigns: ['dates'],
  run: () => ({ layers: { dates: [] } }),
};
const broken: Stage<null> = {
  name: 'broken',
  requires: ['sentences'],
  assigns: ['places'],
  run: () => {
    throw new Error('boom');
  },
};

describe('pipeline', () => {
  it('refuses a stage whose required layer no earlier stage assigns, naming what is available', () => {
    expect(() => checkOrder([sentences, needsTokens])).toThrowError(CasusError);
    try {
      checkOrder([sentences, needsTokens]);
    } catch (e) {
      expect((e as CasusError).code).toBe('CASUS_E002');
      expect((e as CasusError).message).toContain('Available: sentences');
    }
  });

  it('keeps going when a stage fails on one document, leaving a coded message and an empty layer', () => {
    const doc = runStages(makeDoc('Some text.'), [sentences, broken], { knowledge: null });
    expect(doc.layers.sentences).toHaveLength(1);
    expect(doc.layers.places).toEqual([]);
    expect(doc.messages[0]).toMatchObject({ code: 'CASUS_W104', stage: 'broken' });
  });

  it('never mutates the input document', () => {
    const before = makeDoc('Text.');
    const after = runStages(before, [sentences], { knowledge: null });
    expect(before.layers).toEqual({});
    expect(after).not.toBe(before);
    expect(Object.isFrozen(after)).toBe(true);
  });
});
