import { describe, expect, it } from 'vitest';
import { code, knowledge } from '../../test/helpers.js';
import { resolveAt } from './geo.js';

/** Resolve the first occurrence of `name` in `text` as a gold span would give it. */
const at = (text: string, name: string) => {
  const doc = code(text);
  const start = text.indexOf(name);
  return resolveAt(doc, knowledge(), { start, end: start + name.length, name });
};

describe('resolveAt (geo eval, gold spans)', () => {
  it('places a name no gazetteer knows in the nearest named town of the report', () => {
    const r = at(
      'Firefighters closed Royal Street in New Orleans on Sunday after a gas leak.',
      'Royal Street',
    );
    expect(r).toMatchObject({ name: 'New Orleans', country: 'USA' });
  });
  it('resolves a gold span by the mention of exactly that span, not a longer one over it', () => {
    // "U.S." is its own mention (the country); "U.S. capital" is Washington.
    const text = 'Diplomats were seen leaving the Russian Embassy in the U.S. capital on Monday.';
    expect(at(text, 'U.S.')).toMatchObject({ country: 'USA', kind: 'country' });
  });
  it('places an unknown name in the town or area named right after it as holding it', () => {
    // Chicago is named before; the hospital is in Rome (read in the report's country), the market
    // town in Rajasthan.
    const text =
      'The boy was flown from Chicago to the Qwzrtyx Children Hospital in Rome on Monday. ' +
      'In Jaipur, officials met traders from Kasba Qwzr, a market town in Rajasthan, on Friday.';
    expect(at(text, 'Qwzrtyx Children Hospital')).toMatchObject({ name: 'Rome' });
    expect(at(text, 'Kasba Qwzr')).toMatchObject({ name: 'Rajasthan', country: 'IND' });
  });
  it('takes no holder from the head of a longer name or from a country after the name', () => {
    // "California" opens a university's name; "Kenya" is a country: Nairobi, named before, stands in.
    const a =
      'Students from Nairobi were accepted at Qwzrtyx Atlantic University, California Polytechnic and others.';
    expect(at(a, 'Qwzrtyx Atlantic University')).toMatchObject({ name: 'Nairobi' });
    const b = 'Police in Nairobi said the Qwzrtyx camp in Kenya was searched on Friday.';
    expect(at(b, 'Qwzrtyx camp')).toMatchObject({ name: 'Nairobi' });
  });
  it('gives nothing for an unknown name in a report that names no town', () => {
    expect(at('Firefighters closed Qwzrtyx Street on Sunday after a gas leak.', 'Qwzrtyx Street')).toBeNull();
  });
  it('reads a state abbreviation standing alone and a country short name', () => {
    const text = 'Wildfires forced evacuations across BC on Friday, and crews from the UAE flew in.';
    expect(at(text, 'BC')).toMatchObject({ name: 'British Columbia', country: 'CAN' });
    expect(at(text, 'UAE')).toMatchObject({ country: 'ARE', kind: 'country' });
  });
});
