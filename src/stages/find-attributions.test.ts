import { describe, expect, it } from 'vitest';
import { code } from '../../test/helpers.js';

describe('find-attributions', () => {
  it('builds outlet -> cited source chains from a dateline and "citing"', () => {
    const d = code(
      'DUSHANBE, April 29 (Khovar) — Khovar reported, citing the press centre of the Border Troops of Tajikistan, that shots were fired.',
      { published: '2021-04-29' },
    );
    const a = d.layers.attributions?.find((x) => x.rule.startsWith('citing'));
    expect(a?.chain.map((c) => c.name)).toEqual([
      'Khovar',
      'press centre of the Border Troops of Tajikistan',
    ]);
    expect(a?.chain[1]).toMatchObject({ role: 'cited', country: 'TJK' });
  });
  it('takes the speaker of "X said" for its own sentence only', () => {
    const d = code('Police said gunmen attacked a bus. The road was closed.', {
      outlet: 'Daily Nation',
      published: '2020-05-01',
    });
    const said = d.layers.attributions?.find((x) => x.rule.startsWith('speech'));
    expect(said?.sentences).toEqual([0]);
    expect(said?.chain.map((c) => c.name)).toEqual(['Daily Nation', 'Police']);
  });
  it('lets "according to" speak for the rest of its paragraph only', () => {
    const d = code(
      'According to the army, rebels attacked a post. Two soldiers died.\n\nIn other news, talks resumed.',
      { outlet: 'AFP', published: '2020-05-01' },
    );
    const a = d.layers.attributions?.find((x) => x.rule.startsWith('citing'));
    expect(a?.sentences).toEqual([0, 1]);
  });
});
