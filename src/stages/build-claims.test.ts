import { describe, expect, it } from 'vitest';
import { code, slice } from '../../test/helpers.js';

const main = (text: string) => {
  const d = code(text, { published: '2020-05-03' });
  const c = d.layers.claims?.[0];
  return c ? { c, span: slice(d, c.source[0]?.span ?? { start: 0, end: 0 }) } : null;
};

describe('build-claims', () => {
  it('gives violence whose text names no perpetrator an unidentified armed group of its country', () => {
    const r = main('On 2 May 2020, in Culiacan, Sinaloa, a man was shot dead inside his house.');
    expect(r?.c.event.acled[0]).toBe('Violence against civilians');
    expect(r?.c.source).toHaveLength(1);
    expect(r?.c.source[0]).toMatchObject({ name: 'Unidentified Armed Group (Mexico)', country: 'MEX' });
    // Its span is the word that tells the act, and the claim says why it is there.
    expect(r?.span).toBe('shot dead');
    expect(r?.c.rules).toContain('source:unnamed-perpetrator');
  });
  it('gives mob violence whose text names no one rioters of its country', () => {
    const r = main('On 2 May 2020, a suspected thief was lynched in Kisumu.');
    expect(r?.c.event.acled).toEqual(['Riots', 'Mob violence']);
    expect(r?.c.source[0]).toMatchObject({ name: 'Rioters (Kenya)', country: 'KEN', code: 'KENRIO' });
    expect(r?.c.rules).toContain('source:unnamed-perpetrator');
  });
  it('gives a fight told with no side unidentified armed groups of its country, and none where one side is named', () => {
    const r = main(
      'On 3 May 2020, the OSCE SMM observed a total of 6 shots involving small arms near Popasna.',
    );
    expect(r?.c.event.acled[0]).toBe('Battles');
    expect(r?.c.source[0]).toMatchObject({ name: 'Unidentified Armed Group (Ukraine)', country: 'UKR' });
    expect(r?.c.rules).toContain('source:unnamed-perpetrator');
    const named = main('On 3 May 2020, Ukrainian soldiers came under fire near Popasna.');
    expect(named?.c.source).toEqual([]);
    // A passive names no doer by design: armed men attacked were attacked by someone.
    const passive = main(
      'On 3 May 2020, two police officers were attacked on the road near Elwak in Mandera county.',
    );
    expect(passive?.c.event.acled[0]).toBe('Battles');
    expect(passive?.c.source[0]).toMatchObject({ name: 'Unidentified Armed Group (Kenya)', country: 'KEN' });
  });
  it('gives property burnt or looted by no one named an unidentified armed group of its country', () => {
    const r = main('On 1 May 2020, a car of a town councillor was set on fire in Reni, Odessa.');
    expect(r?.c.event.acled).toEqual(['Strategic developments', 'Looting/property destruction']);
    expect(r?.c.source[0]).toMatchObject({ name: 'Unidentified Armed Group (Ukraine)', country: 'UKR' });
    expect(r?.c.rules).toContain('source:unnamed-perpetrator');
  });
  it('keeps a named perpetrator, and adds none to protests', () => {
    expect(main('Police shot a protester dead in Culiacan on Sunday.')?.c.source[0]?.name).toMatch(/^Police/);
    const protest = main('Residents protested in Culiacan against water cuts on Sunday.');
    expect(protest?.c.event.plover).toBe('PROTEST');
    expect(protest?.c.rules).not.toContain('source:unnamed-perpetrator');
  });
});
