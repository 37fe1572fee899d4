import { describe, expect, it } from 'vitest';
import { code, knowledge } from '../../test/helpers.js';
import { homeCountry, outletFromMeta } from './outlet.js';

describe('outlet from metadata', () => {
  it('reads a known outlet by its whole name, with its scope', () => {
    expect(outletFromMeta('Daily Nation', knowledge())).toMatchObject({ country: 'KEN', scope: 'national' });
    expect(outletFromMeta('Agence France-Presse', knowledge())).toMatchObject({
      name: 'AFP',
      country: 'FRA',
      scope: 'international',
    });
  });

  it('reads the country written in brackets after an unknown name', () => {
    expect(outletFromMeta('Morning Courier (Malawi)', knowledge())).toMatchObject({
      name: 'Morning Courier (Malawi)',
      country: 'MWI',
      scope: 'national',
    });
  });

  it("reads a country's name inside an outlet's name", () => {
    expect(outletFromMeta('Times of Zambia', knowledge()).country).toBe('ZMB');
    expect(outletFromMeta('Ministry of Defence of Armenia', knowledge()).country).toBe('ARM');
  });

  it('prefers a national outlet of known country in a list, whatever its place', () => {
    expect(outletFromMeta('AFP; Morning Courier (Malawi)', knowledge()).country).toBe('MWI');
    expect(outletFromMeta('Regional Wire; Reuters', knowledge())).toMatchObject({ name: 'Reuters' });
    expect(outletFromMeta('Regional Wire; Town Crier', knowledge())).toMatchObject({
      name: 'Regional Wire',
      country: null,
    });
  });
});

describe('the home country of a report', () => {
  it("is a national outlet's country, never an international agency's", () => {
    const k = knowledge();
    expect(homeCountry(code('Police arrested two men.', { outlet: 'Daily Nation' }), k)).toBe('KEN');
    expect(homeCountry(code('Police arrested two men.', { outlet: 'Reuters' }), k)).toBeNull();
    expect(homeCountry(code('Police arrested two men.', { outlet: 'Town Crier' }), k)).toBeNull();
  });

  it('places an event that names no place in the national outlet’s country, at precision 3', () => {
    const text = 'Police shot dead two suspected robbers on Sunday night.';
    const [c] = code(text, { outlet: 'Morning Courier (Malawi)' }).layers.claims ?? [];
    expect(c?.place).toMatchObject({ country: 'MWI', precision: 3, span: { start: 0, end: 0 } });
    expect(c?.rules).toContain('place:outlet-country');
    expect(c?.source[0]).toMatchObject({ country: 'MWI', code: 'MWICOP' });
    // An international agency tells nothing of where it happened.
    const [w] = code(text, { outlet: 'AFP' }).layers.claims ?? [];
    expect(w?.place).toBeNull();
    expect(w?.source[0]?.country).toBeNull();
  });

  it('knows the national outlets of the countries ACLED and our users read most', () => {
    const k = knowledge();
    for (const [name, iso] of [
      ['El Nashra', 'LBN'],
      ['Capital FM', 'KEN'],
      ['East African Standard', 'KEN'],
      ['Trinidad Express', 'TTO'],
      ['ANGOP', 'AGO'],
    ] as const)
      expect(outletFromMeta(name, k).country, name).toBe(iso);
    // A Beirut paper's report of a road blocked in a village we do not know is Lebanon's.
    const [c] =
      code('Protesters blocked the main road in Kfar Zeitoun with burning tyres.', { outlet: 'El Nashra' })
        .layers.claims ?? [];
    expect(c?.place).toMatchObject({ country: 'LBN', precision: 3 });
    expect(c?.source[0]?.country).toBe('LBN');
  });

  it("comes before an armed group's home country when the report names no other", () => {
    const text = 'Al Shabaab militants attacked a police post in Kwa Ndogo overnight.';
    const [c] = code(text, { outlet: 'Daily Nation' }).layers.claims ?? [];
    expect(c?.place).toMatchObject({ country: 'KEN', precision: 3 });
    // Without the outlet, the group's country stands in, as before.
    const [s] = code(text).layers.claims ?? [];
    expect(s?.place?.country).toBe('SOM');
  });
});

describe('places in outlet names', () => {
  it('reads a city naming an outlet as a toponym, never the event place', () => {
    const doc = code('A report in the Bangkok Post said a bomb exploded in Yala on Monday.');
    const bangkok = (doc.layers.places ?? []).find((p) => doc.text.slice(p.start, p.end) === 'Bangkok');
    expect(bangkok).toMatchObject({ trigger: 'outlet', resolved: { country: 'THA' } });
    expect(doc.layers.claims?.[0]?.place?.name).toBe('Yala');
  });

  it("reads a place naming an outlet only in the outlet's own country", () => {
    // Kenya's Capital FM does not name Bahrain's Capital governorate.
    const doc = code('Olive Burrows has reported for Capital FM from Nairobi for four years.');
    expect((doc.layers.places ?? []).map((p) => doc.text.slice(p.start, p.end))).toEqual(['Nairobi']);
  });

  it("still reads the people an outlet is named for, and no village in an outlet's own name", () => {
    const doc = code('The Syrian Observatory for Human Rights said shelling killed four in Idlib.');
    const names = (doc.layers.places ?? []).map((p) => `${doc.text.slice(p.start, p.end)}:${p.trigger}`);
    expect(names).toContain('Syrian:demonym');
    const gazeta = code('Novaya Gazeta reported that police detained 20 protesters in Moscow.');
    expect((gazeta.layers.places ?? []).map((p) => gazeta.text.slice(p.start, p.end))).toEqual(['Moscow']);
  });
});
