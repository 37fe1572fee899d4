import { describe, expect, it } from 'vitest';
import { code } from '../../test/helpers.js';
import { buildIncidents } from './build-incidents.js';
import { sameEvent } from './compatible.js';

const claimsOf = (text: string, meta: { outlet?: string; published: string }) =>
  code(text, meta).layers.claims ?? [];
const assault = (text: string, meta: { outlet?: string; published: string }) =>
  claimsOf(text, meta).find((c) => c.event.plover === 'ASSAULT')!;

describe('incidents', () => {
  it('merges the reversed pair: A says B attacked A, B says A attacked B — one incident, disputed initiator', () => {
    const tj = assault(
      'Kyrgyz servicemen opened fire on Tajik border guards near Isfara on 29 April 2021, the Tajik border troops said.',
      { outlet: 'Khovar', published: '2021-04-29' },
    );
    const kg = assault(
      'Tajik border guards opened fire on Kyrgyz servicemen near Isfara on 29 April 2021, the Kyrgyz border service said.',
      { outlet: 'AKIpress', published: '2021-04-29' },
    );
    expect(sameEvent(tj, kg)).toMatchObject({ reversed: true });
    const [inc] = buildIncidents([tj, kg]);
    expect(inc!.claims).toHaveLength(2);
    expect(inc!.disputes.initiator?.map((d) => d.value).sort()).toEqual(['KGZ', 'TJK']);
    expect(inc!.disputes.initiator?.find((d) => d.value === 'KGZ')?.claimants[0]).toMatch(/Khovar/);
  });

  it('counts a syndicated copy of a wire story as one origin, not corroboration', () => {
    const text =
      'MOGADISHU, May 2, 2020 (AFP) — A grenade attack claimed by Al Shabaab targeted police in Mogadishu on Saturday, injuring five officers, according to a security official.';
    const a = assault(text, { outlet: 'AFP', published: '2020-05-02' });
    const b = assault(`${text}\n\nThis article was distributed by AFP.`, {
      outlet: 'The East African',
      published: '2020-05-02',
    });
    const c = assault(
      'Four policemen were hurt when Al Shabaab fighters lobbed a grenade at a checkpoint in Mogadishu on Saturday, 2 May 2020, police said.',
      { outlet: 'Hiiraan', published: '2020-05-03' },
    );
    const [inc, ...rest] = buildIncidents([a, b, c]);
    expect(rest).toEqual([]);
    expect(inc!.claims).toHaveLength(3);
    expect(inc!.origins).toBe(2);
    // Both copies say why they joined; the third report joined by the same-event rule.
    expect(inc!.claims.find((m) => m.claim === a.claim)?.rule).toBe('syndicated-copy');
    expect(inc!.claims.find((m) => m.claim === b.claim)?.rule).toBe('syndicated-copy');
    expect(inc!.claims.find((m) => m.claim === c.claim)?.rule).toMatch(/^same-type\+date/);
  });

  it('keeps the same place on different days apart', () => {
    const a = assault('Al Shabaab militants threw a grenade at police in Mogadishu on 2 May 2020.', {
      published: '2020-05-02',
    });
    const b = assault('Al Shabaab militants threw a grenade at police in Mogadishu on 3 May 2020.', {
      published: '2020-05-03',
    });
    expect(sameEvent(a, b)).toBeNull();
    expect(buildIncidents([a, b])).toHaveLength(2);
  });

  it('keeps two towns 30 km apart apart at precision 1, but joins them when one report names only the region', () => {
    // Kabul and Paghman are about 25-30 km apart; Kabul province is the region.
    const kabul = assault('Taliban militants attacked an Afghan army checkpoint in Kabul on 28 April 2020.', {
      published: '2020-04-28',
    });
    const town = assault(
      'Taliban militants attacked an Afghan army checkpoint in Charikar on 28 April 2020.',
      { published: '2020-04-28' },
    );
    expect(kabul.place).toMatchObject({ precision: 1 });
    expect(town.place).toMatchObject({ precision: 1 });
    expect(sameEvent(kabul, town)).toBeNull();
    const region = assault(
      'Taliban militants attacked an Afghan army checkpoint in Kabul province on 28 April 2020.',
      { published: '2020-04-28' },
    );
    expect(region.place?.precision).toBe(3);
    expect(sameEvent(region, kabul)).not.toBeNull();
  });

  it('never merges two imported ACLED rows, nor hypothetical claims', () => {
    const a = assault('Militants attacked police in Kabul on 28 April 2020.', { published: '2020-04-28' });
    const b = { ...a, claim: 'other', rules: ['acled-import'] };
    expect(sameEvent({ ...a, rules: ['acled-import'] }, b)).toBeNull();
    expect(sameEvent(a, { ...a, claim: 'h', status: 'hypothetical' })).toBeNull();
  });

  it('keeps an analyst split apart and applies merges in time order', () => {
    const tj = assault('Kyrgyz servicemen opened fire on Tajik border guards near Isfara on 29 April 2021.', {
      published: '2021-04-29',
    });
    const kg = assault('Tajik border guards opened fire on Kyrgyz servicemen near Isfara on 29 April 2021.', {
      published: '2021-04-29',
    });
    expect(buildIncidents([tj, kg], [{ kind: 'split', claim: kg.claim, at: '2026-01-01' }])).toHaveLength(2);
    expect(
      buildIncidents(
        [tj, kg],
        [
          { kind: 'split', claim: kg.claim, at: '2026-01-01' },
          { kind: 'merge', claim: tj.claim, other: kg.claim, at: '2026-01-02' },
        ],
      ),
    ).toHaveLength(1);
  });

  it('does not depend on the order claims arrive in', () => {
    const texts = [
      'Kyrgyz servicemen opened fire on Tajik border guards near Isfara on 29 April 2021.',
      'Tajik border guards opened fire on Kyrgyz servicemen near Isfara on 29 April 2021.',
      'Al Shabaab militants threw a grenade at police in Mogadishu on 2 May 2020.',
      'Police in Mogadishu were attacked with a grenade by Al Shabaab militants on 2 May 2020.',
    ];
    const claims = texts.map((t, i) => assault(t, { published: i < 2 ? '2021-04-29' : '2020-05-02' }));
    const ids = (cs: typeof claims) =>
      buildIncidents(cs).map((i) => `${i.id}:${i.claims.map((c) => c.claim).join(',')}`);
    expect(ids([...claims].reverse())).toEqual(ids(claims));
    expect(ids(claims)).toHaveLength(2);
  });
});
