import { describe, expect, it } from 'vitest';
import { knowledge } from '../../test/helpers.js';
import { acledActorCountry, acledRowCountry } from './acled.js';

describe('ACLED actor names', () => {
  it('reads the country an actor name states, whole', () => {
    const k = knowledge();
    expect(acledActorCountry('Police Forces of Kenya (2013-2022)', k)).toBe('KEN');
    expect(acledActorCountry('Protesters (Lebanon)', k)).toBe('LBN');
    // Not the "Congo" inside "Republic of Congo".
    expect(acledActorCountry('Military Forces of the Democratic Republic of Congo (2019-)', k)).toBe('COD');
    expect(acledActorCountry('Military Forces of the Republic of Congo (1997-)', k)).toBe('COG');
    expect(acledActorCountry('Military Forces of the United States (2017-2021)', k)).toBe('USA');
    expect(acledActorCountry('Al Shabaab', k)).toBeNull();
  });
  it("reads a row's country from its iso3 column, or from its name where ACLED kept a retired code", () => {
    const k = knowledge();
    expect(acledRowCountry({ iso3: 'ROM', country: 'Romania' }, k)).toBe('ROU');
    expect(acledRowCountry({ iso3: 'LBN', country: 'Lebanon' }, k)).toBe('LBN');
    expect(acledRowCountry({ country: 'Kenya' }, k)).toBe('KEN');
  });
});
