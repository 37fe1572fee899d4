/**
 * Build step: the names of places below the first-level areas that GeoNames' populated places
 * lack, with the area that contains them, from packages that list a country's administrative
 * divisions. Kenya's wards, constituencies, sub-counties, localities and areas
 * (`kenya-locations`, MIT: the IEBC and county lists) name ~4,500 places; many of the towns news
 * names in them ("Ukunda", "Dadaab", "Mpeketoni") have no population in GeoNames and so no row
 * in cities500. They carry no coordinates: a mention resolves to its county (precision 2),
 * never to a point of its own.
 *
 * `build/localities.tsv`: lower-cased name, ISO3 country, the containing area's name.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const LOCALITIES_PATH = join(here, '..', '..', 'build', 'localities.tsv');

/** Words that are never a locality's whole name ("Township", "Central", "Market"). */
const GENERIC =
  /^(?:township|town|central|market|cbd|estate|stage|station|airport|east|west|north|south|upper|lower|municipality|urban|rural|town centre|headquarters)$/;

interface KenyaLocations {
  counties: { name: string }[];
  constituencies: { name: string; county: string }[];
  wards: { name: string; constituency: string }[];
  getSubCounties(): { name: string; county: string }[];
  getLocalities(): { name: string; county: string }[];
  getAreas(): { name: string; county: string }[];
}

/** Write the localities table; returns how many names it holds. */
export function writeLocalities(require: NodeRequire): number {
  const kl = require('kenya-locations') as KenyaLocations;
  const countyOfConstituency = new Map(kl.constituencies.map((c) => [c.name, c.county]));
  const counties = new Set(kl.counties.map((c) => c.name.toLowerCase()));
  const entries: [string, string][] = [
    ...kl.wards.map((w): [string, string] => [w.name, countyOfConstituency.get(w.constituency) ?? '']),
    ...kl.constituencies.map((c): [string, string] => [c.name, c.county]),
    ...kl.getSubCounties().map((s): [string, string] => [s.name, s.county]),
    ...kl.getLocalities().map((l): [string, string] => [l.name, l.county]),
    ...kl.getAreas().map((a): [string, string] => [a.name, a.county]),
  ];
  // name -> the counties a place of that name lies in
  const byName = new Map<string, Set<string>>();
  for (const [raw, county] of entries) {
    if (!county) continue;
    // "Kapedo/Napeitom", "Ainabkoi/Olare": a ward named for two places is either.
    for (const part of raw.split('/')) {
      const name = part.trim().replace(/\s+/g, ' ');
      const key = name.toLowerCase();
      if (name.length < 3 || GENERIC.test(key) || counties.has(key) || !/^\p{L}/u.test(name)) continue;
      const set = byName.get(key) ?? new Set<string>();
      set.add(county);
      byName.set(key, set);
    }
  }
  const rows = [...byName]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([key, cs]) => [...cs].sort().map((c) => `${key}\tKEN\t${c}`));
  writeFileSync(LOCALITIES_PATH, `${rows.join('\n')}\n`);
  return byName.size;
}
