import { haversineKm } from '../core/geo.js';
import type { Stage } from '../core/pipeline.js';
import type { Doc, Message, PlaceCandidate, PlaceMention, Token } from '../core/types.js';
import { type ActorHit, type Knowledge, namesCountry } from '../knowledge/load.js';
import { sameStart } from '../knowledge/spelling.js';
import { WEEKDAYS } from './find-dates.js';
import { homeCountry } from './outlet.js';
import { isCap, tokenKeys } from './token-keys.js';
import { firstStartingAt, tokensInside } from './tokens-inside.js';

/** Words before a name that make it a place, and the precision they imply. */
const NEAR = new Set([
  'near',
  'outside',
  'nearby',
  'close',
  'outskirts',
  'vicinity',
  'around',
  'km',
  'kilometres',
  'kilometers',
  'miles',
]);
const LOCATIVE = new Set([
  'in',
  'at',
  'near',
  'outside',
  'into',
  'from',
  'to',
  'across',
  'around',
  'inside',
  'within',
  'towards',
  'toward',
  'of',
  'through',
  'throughout',
  'on',
]);
/** Settlement words: "the village of X", "X village". */
const SETTLEMENT = new Set([
  'village',
  'town',
  'city',
  'settlement',
  'hamlet',
  'locality',
  'community',
  'jamoat',
  'kishlak',
  'aul',
  'camp',
  'neighbourhood',
  'neighborhood',
  'suburb',
  'area',
]);
/** Plural settlement words before "of" and a list of names: "the villages of Tal Mustawi and Ma'aratah". */
const SETTLEMENTS_OF = new Set([
  'villages',
  'towns',
  'cities',
  'settlements',
  'hamlets',
  'localities',
  'communities',
  'neighbourhoods',
  'neighborhoods',
  'suburbs',
  'districts',
  'areas',
  'camps',
]);
/**
 * Capitalised words that end the name of a site or a feature ("the Mazaruni River", "the Al-Rasoul
 * Checkpoint", "the Kindi Hospital"): an unknown name ending in one is a place mention.
 */
const FEATURE_HEADS = new Set([
  'river',
  'street',
  'road',
  'avenue',
  'square',
  'bridge',
  'airport',
  'airbase',
  'checkpoint',
  'castle',
  'hospital',
  'museum',
  'mountain',
  'mountains',
  'farms',
  'gorge',
  'valley',
  'lake',
  'dam',
  'crossing',
  'junction',
  'roundabout',
  'mosque',
  'church',
  'cathedral',
  'prison',
  'stadium',
  'hills',
  'forest',
  'forests',
  'desert',
  'canal',
  'harbour',
  'harbor',
  'refinery',
  'palace',
]);
/** Admin words after a name: "Batken region", "Isfara district". */
const ADMIN3 = new Set([
  'region',
  'province',
  'oblast',
  'state',
  'governorate',
  'prefecture',
  'department',
  'county',
]);
/** Admin words that also begin the names of bodies ("State Police", "District Court"). */
const ORG_ADMIN = new Set(['state', 'district', 'department', 'division', 'sector', 'county', 'province']);
const ADMIN2 = new Set([
  'district',
  'raion',
  'rayon',
  'municipality',
  'jamoat',
  'sub-county',
  'subcounty',
  'ward',
  'lga',
  'division',
  'commune',
  'sector',
  'woreda',
  'kebele',
  'tehsil',
  'taluka',
  'upazila',
  'subdistrict',
  'sub-district',
]);
/** Capitalised words that begin many sentences and headlines but are rarely places here. */
/** Verbs whose object is usually a place: "shelled Qoqfin", "stormed Kautuva". */
const PLACE_VERBS = new Set([
  'shell',
  'shelled',
  'attack',
  'attacked',
  'storm',
  'stormed',
  'raid',
  'raided',
  'bomb',
  'bombed',
  'strike',
  'struck',
  'hit',
  'capture',
  'captured',
  'seize',
  'seized',
  'enter',
  'entered',
  'reach',
  'reached',
  'visit',
  'visited',
  'besiege',
  'besieged',
  'recapture',
  'recaptured',
  'liberate',
  'liberated',
  'overrun',
  'overran',
  'target',
  'targeted',
  'bombard',
  'bombarded',
  'leave',
  'left',
  'occupy',
  'occupied',
]);
/**
 * Whether a word after a name makes it a place's or a site's name ("al-Assad district", "the
 * Al-Assad Suburb", "Mandela Square"): the name is then no person's.
 */
export function placeWordAfterName(word: string): boolean {
  return (
    SETTLEMENT.has(word) ||
    FEATURE_HEADS.has(word) ||
    ADMIN2.has(word) ||
    ADMIN3.has(word) ||
    PLACE_WORDS.has(word)
  );
}

/** Lower-case words inside place names ("Colonia 5 de Mayo", "Dar es Salaam", "Ras al Ain"). */
export const CONNECTORS = new Set([
  'de',
  'del',
  'la',
  'el',
  'es',
  'al',
  'de la',
  'los',
  'las',
  'le',
  'les',
  'do',
  'da',
  'dos',
  'das',
  'du',
  'des',
  'di',
  'van',
  'von',
  'bin',
  'ibn',
  'ad',
  'as',
  'ash',
  'ar',
  'an',
]);
/** Bodies named for a portfolio after "of" ("the Ministry of Labor", "the Department of Commerce"). */
const PORTFOLIO_HEADS = new Set([
  'ministry',
  'minister',
  'department',
  'secretary',
  'secretariat',
  'directorate',
]);
/** Portfolios that are also towns' names ("Labor", Mexico; "Commerce", California). */
const PORTFOLIOS = new Set([
  'labor',
  'labour',
  'health',
  'justice',
  'interior',
  'defence',
  'defense',
  'commerce',
  'industry',
  'energy',
  'agriculture',
  'education',
  'finance',
  'culture',
  'security',
  'transport',
  'transportation',
  'information',
  'environment',
  'tourism',
  'trade',
  'war',
  'state',
]);
/** Words that head an institution's name when "for" follows ("Center for", "Institute for"). */
const INSTITUTION_HEADS = new Set([
  'center',
  'centre',
  'institute',
  'foundation',
  'council',
  'committee',
  'society',
  'association',
  'fund',
  'academy',
  'commission',
  'campaign',
  'coalition',
  'alliance',
  'league',
  'union',
  'network',
  'forum',
  'office',
]);
/** Connectors that are also English words ("as", "an", "do"): they never run on past a known name. */
const ENGLISH_CONNECTORS = new Set(['as', 'an', 'do']);
/** Direction words between a preposition and a name. */
export const DIRECTION =
  /^(?:central|northern|southern|eastern|western|north|south|east|west|(?:north|south)-?(?:east|west)(?:ern)?|upper|lower|rural|greater|coastal)$/;
const TITLES = new Set([
  'premier',
  'mla',
  'mp',
  'mr',
  'mrs',
  'ms',
  'dr',
  'president',
  'general',
  'gen',
  'minister',
  'secretary',
  'king',
  'queen',
  'prince',
  'sheikh',
  'colonel',
  'col',
  'captain',
  'lt',
  'sgt',
  'judge',
  'senator',
  'governor',
  'mayor',
  'chairman',
  'commander',
  'rev',
  'reverend',
  'sen',
  'rep',
  'gov',
  'prof',
  'professor',
  'coach',
  'officer',
  'detective',
  'sheriff',
  'deputy',
  'attorney',
  'pastor',
  'bishop',
  'sir',
  'lord',
  'lady',
]);
/**
 * The longest listed locality a name of several words starts with ("dadaab" in "dadaab refugee
 * camp", "msambweni" in "msambweni sub-county"); not a short particle ("Kwa" opens many Swahili
 * names) nor a people's name ("Maasai Mau").
 */
function localityPrefix(key: string, k: Knowledge): string | undefined {
  for (let cut = key.lastIndexOf(' '); cut > 3; cut = key.lastIndexOf(' ', cut - 1)) {
    const head = key.slice(0, cut);
    if (!k.localities.has(head)) continue;
    const words = head.split(' ');
    return k.actorMatcher.matchAt(words, 0)?.length === words.length ? undefined : head;
  }
  return undefined;
}

/** How a name with no gazetteer row of its own was read: a spelling variant, a listed locality, a landmark's town. */
const VIA_SPELLING = 1;
const VIA_LOCALITY = 2;
const VIA_LANDMARK = 3;
/** The rules a mention carries, by how its name was read (index: 0 as written, then the VIA_ codes). */
const VIA_RULES: readonly (readonly string[])[] = [
  ['gazetteer'],
  ['gazetteer', 'spelling-variant'],
  ['locality-list'],
  ['gazetteer', 'landmark-of-town'],
];
/** Words for a landmark that lies in or by the town it is named for ("Lamu Island", "Windsor Castle"). */
const LANDMARK_OF_TOWN = new Set([
  'island',
  'castle',
  'lagoon',
  'palace',
  'harbour',
  'harbor',
  'airport',
  'airbase',
  'stadium',
  'hospital',
  'prison',
]);
/** Words that open a street's name in French, Spanish, Portuguese or Italian. */
const STREET_HEADS = new Set(['rue', 'calle', 'rua', 'avenida', 'boulevard', 'strada', 'carrer']);
/** The article or preposition after one ("de", "du", "d’Enghein"). */
const STREET_LINK = /^(?:de|du|des|del|della|do|da|dos|das|la|le|d['’]\p{L}.*)$/u;
/** Lower-case particles inside a person's name ("de", "van", "bin"). */
const NAME_PARTICLES = new Set([
  'de',
  'du',
  'des',
  'del',
  'della',
  'der',
  'den',
  'van',
  'von',
  'da',
  'di',
  'dos',
  'das',
  'bin',
  'ibn',
]);
/** Words after a name that make it a place, not a person ("Charlotte County", "Elizabeth Street"). */
const PLACE_WORDS = new Set([
  'state',
  'county',
  'city',
  'river',
  'valley',
  'island',
  'islands',
  'lake',
  'mountain',
  'mountains',
  'bay',
  'coast',
  'street',
  'road',
  'avenue',
  'square',
  'park',
  'harbour',
  'harbor',
  'beach',
  'airport',
  'bridge',
  'springs',
  'falls',
  'heights',
  'hills',
]);

/** Words that make a capitalised name a military unit ("Airborne Division", "4th Armored Brigade"). */
const MILITARY_UNIT_WORDS = new Set([
  'airborne',
  'armored',
  'armoured',
  'infantry',
  'mechanized',
  'mechanised',
  'cavalry',
  'artillery',
  'commando',
  'brigade',
  'battalion',
  'regiment',
]);

const MONTHS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;
const DAYS: ReadonlySet<string> = new Set(WEEKDAYS);
/** A day's or month's name, which ends a place name and is no surname ("in Nyeri Sunday night"). */
const dayOrMonth = (w: string): boolean => DAYS.has(w) || MONTHS.test(w);

/** Locative words after which a capitalised run is one place name. */
const NAME_START = new Set(['in', 'at', 'near', 'outside', 'inside', 'around']);
/** Words for a public service before "Department" or "Division" ("Fire Department"): a body's name. */
const SERVICE_WORDS = new Set([
  'fire',
  'police',
  'health',
  'water',
  'transport',
  'transportation',
  'education',
  'justice',
  'parks',
  'corrections',
  'housing',
  'revenue',
  'traffic',
  'sanitation',
]);
/** Capitalised words that follow a place name without being part of it ("Karachi Press Club"). */
const NOT_NAME_TAIL = new Set([
  'city',
  'town',
  'hall',
  'press',
  'club',
  'building',
  'university',
  'college',
  'hospital',
  'airport',
  'school',
  'stadium',
  'police',
  'government',
  'council',
  'court',
  'international',
  'district',
  'province',
  'region',
  'state',
  'county',
  'village',
  'street',
  'road',
  'avenue',
  'square',
  'park',
  'bridge',
  'river',
  'mosque',
  'church',
  'market',
  'camp',
  'prison',
  'station',
  'port',
  'centre',
  'center',
  'museum',
]);

/** Street words after a name: "College Street", "Hertford Road". */
const STREET_WORDS = new Set(['street', 'road', 'avenue', 'boulevard', 'lane', 'drive', 'highway', 'square']);

/** Triggers naming a part of a town. */
const TOWN_PART = /^(?:neighbou?rhoods?|suburbs?|quarters?|districts?) of$/;

/** Whether a name is made of direction words alone ("North-West", "Eastern Region"). */
function byDirectionOnly(key: string): boolean {
  return key.split(/[\s-]+/).every((w) => DIRECTION.test(w) || ADMIN2.has(w) || ADMIN3.has(w));
}

/** Candidates include a country, an admin area, a region or a city of 100,000 or more. */
function wellKnown(cands: readonly PlaceCandidate[]): boolean {
  return cands.some(
    (c) => c.kind === 'country' || c.kind === 'admin' || c.kind === 'region' || c.population >= 100000,
  );
}

/** Gazetteer lookups memoised for one report: each name's rows become objects once. */
type Lookup = (nameLower: string) => readonly PlaceCandidate[];

/** Parts of speech no person's name is made of. */
const NOT_NAME_POS = new Set(['PUNCT', 'DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART']);

/**
 * Person names are no places: a given name followed by capitalised words ("Amber Walsh",
 * "Jordan Peterson") or a title before one ("Rev. Mather"), and every later mention of the
 * surname in the document ("Walsh said"). Their tokens are marked in `skip`.
 */
function markPersons(
  text: string,
  tokens: readonly Token[],
  lower: readonly string[],
  k: Knowledge,
  lookup: Lookup,
  skip: Uint8Array,
  persons: Uint8Array,
) {
  const surnames = new Set<string>();
  // Given names that are also well-known places ("Georgia Stevens", later "Georgia said").
  const placeGivenNames = new Set<string>();
  // (A capitalised article or pronoun is no surname: "in Parkland, Florida The controversy", a
  // headline run into its text.)
  const capAt = (i: number, s: number) =>
    i < tokens.length &&
    tokens[i]!.sentence === s &&
    isCap(text, tokens[i]!) &&
    !NOT_NAME_POS.has(tokens[i]!.pos);
  for (let i = 0; i < tokens.length; i++) {
    const s = tokens[i]!.sentence;
    if (!capAt(i, s)) continue;
    // "Rev. Mather": the title's full stop may be its own token, even the end of a "sentence".
    const before = lower[i - 1] === '.' ? (lower[i - 2] ?? '') : (lower[i - 1] ?? '');
    const titled = TITLES.has(before.replace(/\.$/, ''));
    // ("North" and "West" are given names too, but "North London" is a place.)
    const given =
      k.givenNames.has(lower[i]!) &&
      !DIRECTION.test(lower[i]!) &&
      (capAt(i + 1, s) || (NAME_PARTICLES.has(lower[i + 1] ?? '') && capAt(i + 2, s))) &&
      !(TITLES.has(lower[i + 1]!) && wellKnown(lookup(lower[i]!)));
    if (!titled && !given) continue;
    // The name runs over the capitalised words that follow (at most three).
    let j = given && capAt(i + 1, s) ? i + 1 : i;
    while (j + 1 < tokens.length && j - i < 3 && capAt(j + 1, s)) j++;
    // A surname particle carries the name on ("Philippe de Marigny de Mandeville", "Ludwig van
    // Beethoven"); every name after one is a surname the report may use again.
    const particleNames: string[] = [];
    while (NAME_PARTICLES.has(lower[j + 1] ?? '') && !isCap(text, tokens[j + 1]!) && capAt(j + 2, s)) {
      j += 2;
      particleNames.push(lower[j]!);
    }
    const after = lower[j + 1] ?? '';
    // A multi-word place name over these words ("Costa Rica", "South Carolina") wins.
    const span = (a: number, b: number) => text.slice(tokens[a]!.start, tokens[b]!.end).toLowerCase();
    let placeName = false;
    for (let a = Math.max(0, i - 2); a <= j && !placeName; a++)
      for (let b = Math.max(a + 1, i); b <= Math.min(tokens.length - 1, a + 4); b++)
        if (tokens[a]!.sentence === s && tokens[b]!.sentence === s && k.gazetteer.has(span(a, b))) {
          placeName = true;
          break;
        }
    const named = k.actorMatcher.matchAt(lower, i);
    // A country's name is a given name before a surname: one capitalised word, no well-known
    // place, no actor ("Georgia Stevens"; not "Georgia Tbilisi", "Israel Police").
    const surname =
      given &&
      j === i + 1 &&
      named?.length === 1 &&
      tokens[j]!.pos === 'PROPN' &&
      !wellKnown(lookup(lower[j]!)) &&
      !k.actorMatcher.matchAt(lower, j);
    if (
      placeName ||
      PLACE_WORDS.has(after) ||
      PLACE_WORDS.has(lower[j]!) ||
      ADMIN2.has(after) ||
      ADMIN3.has(after) ||
      SETTLEMENT.has(after) ||
      (named?.values.some((v) => v.kind === 'country' || v.kind === 'capital') && !surname)
    )
      continue;
    for (let m = i; m <= j; m++) {
      skip[m] = 1;
      persons[m] = 1;
    }
    surnames.add(lower[j]!);
    for (const n of particleNames) surnames.add(n);
    if (surname) placeGivenNames.add(lower[i]!);
    i = j;
  }
  if (surnames.size === 0) return;
  for (let i = 0; i < tokens.length; i++) {
    if (!isCap(text, tokens[i]!) || PLACE_WORDS.has(lower[i + 1] ?? '')) continue;
    // The surname anywhere later; the given name alone unless a locative word comes before it
    // ("said Georgia", "Georgia's top six finish"; not "back to Georgia").
    if (surnames.has(lower[i]!) || (placeGivenNames.has(lower[i]!) && !LOCATIVE.has(lower[i - 1] ?? ''))) {
      skip[i] = 1;
      persons[i] = 1;
      // A capitalised word after it names something of the person's ("the Marigny Plantation"),
      // not the town the word alone would be.
      const s = tokens[i]!.sentence;
      while (capAt(i + 1, s) && !PLACE_WORDS.has(lower[i + 1]!) && !surnames.has(lower[i + 1]!))
        skip[++i] = 1;
    }
  }
}

interface Raw {
  i: number;
  j: number;
  key: string;
  trigger: string | null;
  adminLevel: 2 | 3 | null;
  settlement: boolean;
  /** The only candidates this name can mean (an abbreviation, a demonym). */
  only?: readonly PlaceCandidate[];
  /** Whether the words around say a place is meant ("captured Birao", "the Mirpur area"). */
  cued?: boolean;
}

/**
 * A mention that names a place but never where an event happened: a country named inside an
 * actor ("Kyrgyz servicemen"), a demonym or modifier ("the US dollar"), a place naming an outlet
 * ("Bangkok Post"), a continent, sea or region.
 */
export function toponymOnly(p: PlaceMention): boolean {
  return (
    p.trigger === 'actor' ||
    p.trigger === 'demonym' ||
    p.trigger === 'outlet' ||
    p.resolved?.kind === 'region'
  );
}

/**
 * Whether place `c` lies in the area `a` (a country, or an admin area of one; a US county is
 * read as its state, since our towns carry no county code).
 */
function within(c: PlaceCandidate, a: PlaceCandidate): boolean {
  if (a.kind === 'country') return c.country === a.country && c !== a;
  if (a.kind === 'admin') return c.country === a.country && c.admin1 === a.admin1 && c.kind !== 'admin';
  return false;
}

/** The countries a document talks about, from actors and unambiguous country names. */
export function contextCountries(doc: Doc, k: Knowledge): Map<string, number> {
  const weight = new Map<string, number>();
  for (const a of doc.layers.actors ?? [])
    if (a.country && !a.rules.includes('ethnic-several-countries'))
      weight.set(a.country, (weight.get(a.country) ?? 0) + 1);
  // A national outlet's country ("Daily Nation (Kenya)"), not an international agency's: it
  // weighs like two of the report's actors (a bare "Yala" in a Kenyan paper is Kenya's town).
  const home = homeCountry(doc, k);
  if (home) weight.set(home, (weight.get(home) ?? 0) + 2);
  // An outlet's web address under a country's domain ("news.gov.bc.ca") tells as much.
  const site = doc.meta.url ? domainCountry(doc.meta.url, k) : null;
  if (site && site !== home) weight.set(site, (weight.get(site) ?? 0) + 2);
  return weight;
}

/** The country of a web address's country-code domain ("https://news.gov.bc.ca/releases"), if any. */
export function domainCountry(url: string, k: Knowledge): string | null {
  const host = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(url.trim())?.[1];
  const top = host?.toLowerCase().split('.').pop();
  return top ? (k.countryByDomain.get(top) ?? null) : null;
}

/** Lower case without diacritics, for comparing names. */
const fold = (x: string) => x.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Words after an area's name that make it the area, not its city ("New York Gov. Andrew Cuomo"). */
const AREA_OFFICES = new Set([
  'gov.',
  'gov',
  'governor',
  'legislature',
  'assembly',
  'senate',
  'senator',
  'lawmakers',
  'premier',
  'attorney',
  'state',
  'statewide',
  'province',
  'provincial',
]);

/** An area's minister or ministry, right after its name or after the portfolio ("Ontario Finance Minister"). */
const AREA_MINISTERS = new Set(['minister', 'ministers', 'ministry']);

/** What follows a town's common name in its full one to say where it stands ("-upon-Tyne"). */
const LOCATOR = /^[\s-](?:upon|on|under|am|an|an der|im|ob der|sur|sous|by)[\s-]\S/;

/** The area holding city `c` among `cands`, the readings of the same name, if there is one. */
function areaAmong(c: PlaceCandidate, cands: readonly PlaceCandidate[]): PlaceCandidate | undefined {
  return cands.find((a) => a.kind === 'admin' && a.country === c.country && a.admin1 === c.admin1);
}

/** Whether city `c` is known by the name of the area it lies in, also among `cands` ("New York"). */
function knownByArea(c: PlaceCandidate, cands: readonly PlaceCandidate[]): boolean {
  return areaAmong(c, cands) !== undefined;
}

/** Words before "of" that make the name after it an area: "the countryside of Idleb". */
const AREA_OF = new Set(['countryside', 'province', 'governorate', 'state', 'region']);

/**
 * The city or the area, where a name is both. A city of a million people, or the seat of the
 * area, known by the area's name is what news means by it ("in New York", "Kano", "in Mogilev"),
 * unless the area's offices follow or "upstate" precedes it; after an area word and "of" ("the
 * countryside of Idleb") the area is meant even where its seat outscored it.
 */
export function cityOrArea(
  best: PlaceCandidate,
  cands: readonly PlaceCandidate[],
  next: string,
  prev: string,
  prev2 = '',
  next2 = '',
): PlaceCandidate {
  // "the countryside of Idlib": the area, though its seat outweighs it; and provinces and states
  // have ministers, cities do not: "Quebec Health Minister Gaetan Barrette".
  const areaOf = prev === 'of' && AREA_OF.has(prev2);
  const offices = AREA_OFFICES.has(next) || AREA_MINISTERS.has(next) || AREA_MINISTERS.has(next2);
  if (best.kind === 'city' && (areaOf || offices)) return areaAmong(best, cands) ?? best;
  if (areaOf || best.kind !== 'admin' || offices || prev === 'upstate') return best;
  const city = cands.find(
    (c) =>
      c.kind === 'city' &&
      (c.population >= 1_000_000 || c.featureCode === 'PPLA' || c.featureCode === 'PPLC') &&
      c.country === best.country &&
      // (An area whose code is ISO's, not GeoNames', matches its seat by distance: "Embu" is the
      // town; the build gives most such areas their seat's code, not where the two code lists
      // share numbers, as Kenya's do.)
      (c.admin1 === best.admin1 ||
        (c.featureCode === 'PPLA' && haversineKm(c.lat, c.lon, best.lat, best.lon) < 150)),
  );
  return city ?? best;
}

export function score(
  c: PlaceCandidate,
  ctx: Map<string, number>,
  sentenceCountries: Set<string>,
  admins: Set<string>,
  key?: string,
  docAdmins?: ReadonlySet<string>,
): number {
  // An admin-1 area weighs like a city of a thirtieth of its people (Florida the state outweighs
  // a Uruguayan town), and never less than a city of 100,000 (areas of unknown population).
  let s =
    c.kind === 'admin' ? Math.max(5, Math.log10(c.population / 30 + 10) + 1) : Math.log10(c.population + 10);
  // A town found under one of its alternate names ("Turkey" for a town in New Jersey) yields to
  // the places that bear the name as their own. A city of a million people is known abroad by
  // other spellings ("Odessa", "Kiev"), but its name cut short is its country's ("Mexico").
  // A name that adds only where the town stands ("Newcastle upon Tyne", "Frankfurt am Main",
  // "Southend-on-Sea") is the town's own, cut short as everyone writes it.
  if (key !== undefined && c.kind === 'city') {
    const name = fold(c.name);
    const written = fold(key);
    const rest = name.startsWith(written) ? name.slice(written.length) : null;
    const locator = rest !== null && LOCATOR.test(rest);
    // (A city of a million is spared only for a spelling of its name, "Kiev", "Odessa", never
    // another name: "Victoria" for Hong Kong.)
    const spelling = name.charAt(0) === written.charAt(0);
    if (name !== written && !locator && (c.population < 1_000_000 || !spelling || rest?.startsWith(' ')))
      s -= 3;
  }
  // An area found only with an admin word we add to its name ("Suffolk County" for England's
  // Suffolk) yields, as a town found under an alternate name does, to one that bears the whole
  // name as its own (New York's Suffolk County).
  if (key !== undefined && c.kind === 'admin') {
    const name = fold(c.name);
    const written = fold(key);
    if (written !== name && written.startsWith(`${name} `) && ADMIN3.has(written.slice(name.length + 1)))
      s -= 3;
  }
  const w = ctx.get(c.country) ?? 0;
  if (w > 0) s += 2 + Math.min(w, 4) * 0.5;
  if (sentenceCountries.has(c.country)) s += 2;
  // A province named anywhere in the report draws its towns ("Franklin" in a report about
  // Louisiana), more weakly than one named in the same sentence.
  if (c.admin1) {
    const a = `${c.country}.${c.admin1}`;
    if (admins.has(a)) s += 2;
    else if (docAdmins?.has(a)) s += 1.5;
  }
  if (c.featureCode === 'PPLC') s += 1.5;
  else if (c.featureCode === 'PPLA') s += 1;
  else if (c.featureCode === 'PPLA2') s += 0.5;
  if (c.kind === 'country') s += 6;
  // Continents, oceans and world regions: no town named "Atlantic" or "Asia" is meant by them.
  if (c.kind === 'region') s += 9;
  // Supplement entries are written for the places news names them for (border villages,
  // seats of power): they outweigh a small namesake town.
  if (c.kind === 'supplement') s += 5;

  return s;
}

/**
 * Place mentions: capitalised names found in the gazetteer (GeoNames cities500, countries,
 * the supplement), "the village of X", "X region/district", resolved with the document's
 * country context, population and feature type. Unknown names in a place pattern are kept
 * unresolved (precision falls back later) with a CASUS_W102 message.
 */
export const findPlaces: Stage<Knowledge> = {
  name: 'find-places',
  requires: ['tokens', 'actors', 'dates'],
  assigns: ['places'],
  run(doc, { knowledge: k }) {
    // One lookup per name and report, shared by the recognition rules, both resolution passes,
    // the "Town, Area" rules and the nearby-towns pass.
    const memo = new Map<string, readonly PlaceCandidate[]>();
    const lookup: Lookup = (key) => {
      let cands = memo.get(key);
      if (!cands) {
        cands = k.gazetteer.lookup(key);
        memo.set(key, cands);
      }
      return cands;
    };
    const r = recogniseNames(doc, k, lookup);
    const { chosen, via, messages } = resolveNames(doc, k, lookup, r);
    const places = [
      ...placeMentions(r, chosen, via, messages, lookup),
      ...actorPlaces(doc, k, lookup, r, chosen),
    ];
    places.sort((x, y) => x.start - y.start);
    return { layers: { places }, messages };
  },
};

/** What recognition read: the report's tokens, their lower-case forms, person names, and the place names found. */
interface Recognised {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly lower: readonly string[];
  /** Tokens inside person names. */
  readonly persons: Uint8Array;
  readonly raws: Raw[];
}

/** Recognition: the place names of a report, known to the gazetteer or cued as places, outside actors and dates. */
function recogniseNames(doc: Doc, k: Knowledge, lookup: Lookup): Recognised {
  const text = doc.text;
  const tokens = doc.layers.tokens ?? [];
  const inActor = new Uint8Array(tokens.length);
  const actors = doc.layers.actors ?? [];
  let a = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (a < actors.length && actors[a]!.end <= t.start) a++;
    const act = actors[a];
    if (act && act.start <= t.start && t.end <= act.end) inActor[i] = 1;
  }
  // Dates are not places ("Thursday" is also an island).
  const inDate = tokensInside(tokens, doc.layers.dates ?? []);
  for (let i = 0; i < tokens.length; i++) if (inDate[i]) inActor[i] = 1;
  const lower = tokenKeys(doc).surface;
  const persons = new Uint8Array(tokens.length);
  markPersons(text, tokens, lower, k, lookup, inActor, persons);
  // Whether the words from token m on continue a body's name: a capitalised word, or "of" and one.
  const beginsBody = (m: number): boolean => {
    const cap = (x: number) =>
      tokens[x] !== undefined &&
      tokens[x]!.sentence === tokens[m - 1]?.sentence &&
      isCap(text, tokens[x]!) &&
      tokens[x]!.pos !== 'PUNCT';
    return cap(m) || (lower[m] === 'of' && cap(m + 1) && !k.gazetteer.has(lower[m + 1]!));
  };
  // Whether a known name of two to five tokens starts at token m ("East Berbice-Corentyne").
  const startsName = (m: number): boolean => {
    for (let n = 2; n <= 5 && m + n <= tokens.length; n++) {
      const last = tokens[m + n - 1]!;
      if (last.sentence !== tokens[m]!.sentence) break;
      if (k.gazetteer.has(text.slice(tokens[m]!.start, last.end).toLowerCase())) return true;
    }
    return false;
  };
  const raws: Raw[] = [];
  // An open list of places after "the villages of": where its last name ended, and its trigger.
  let list: { end: number; trigger: string } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (inActor[i] || !isCap(text, t) || t.pos === 'PUNCT' || t.pos === 'NUM') continue;
    // A capitalised preposition opens a sentence, not a name ("In Celaya municipality, ...").
    if (t.pos === 'ADP' && LOCATIVE.has(lower[i]!) && tokens[i - 1]?.sentence !== t.sentence) continue;
    // Month names ("captured in March in Las Vegas") are dates the date finder may have left.
    if (MONTHS.test(lower[i]!) && !SETTLEMENT.has(lower[i + 1] ?? '') && !ADMIN2.has(lower[i + 1] ?? ''))
      continue;
    // "Rue d’Enghein", "Calle de Alcalá": a street named in French, Spanish or Portuguese, not
    // the town called "Rue" nor the one called "Alcalá".
    if (STREET_HEADS.has(lower[i]!) && STREET_LINK.test(lower[i + 1] ?? '')) {
      let j = i + 1;
      while (
        j + 1 < tokens.length &&
        tokens[j + 1]!.sentence === t.sentence &&
        (isCap(text, tokens[j + 1]!) || STREET_LINK.test(lower[j + 1]!))
      )
        j++;
      i = j;
      continue;
    }
    // "Paris, Ky.", "Victoria, B.C.": a state or province written short right after "Town,".
    const last = raws.at(-1);
    // Dotted forms ("B.C.", "N.J.") are read anywhere but after a number ("500 B.C.").
    const dotted = /^(?:\p{Lu}\.){2,}$/u.test(text.slice(t.start, t.end)) && tokens[i - 1]?.pos !== 'NUM';
    // "(Sangareddy, TS)": an abbreviation closing a bracket after "Name," even when the name
    // is one we do not know.
    const closesBracket =
      lower[i - 1] === ',' &&
      lower[i + 1] === ')' &&
      tokens[i - 2] !== undefined &&
      tokens[i - 2]!.sentence === t.sentence &&
      isCap(text, tokens[i - 2]!);
    if (
      dotted ||
      closesBracket ||
      (last && last.j === i - 1 && lower[i - 1] === ',' && tokens[i - 1]!.sentence === t.sentence)
    ) {
      const areas = k.adminAbbreviations.get(text.slice(t.start, t.end));
      // "El Alto, La Paz": an abbreviation ends the name; a capitalised word after it means it is not one.
      const nextTok = tokens[i + 1];
      const continues =
        nextTok !== undefined &&
        nextTok.sentence === t.sentence &&
        isCap(text, nextTok) &&
        nextTok.pos !== 'PUNCT';
      if (areas && !continues) {
        raws.push({
          i,
          j: i + 1,
          key: lower[i]!,
          trigger: null,
          adminLevel: null,
          settlement: false,
          only: areas,
        });
        continue;
      }
    }
    // An outlet's name is no place ("Asia-Plus", "Daily Nation"); a place that names an outlet
    // ("The New York Times", "Bangkok Post") is a toponym, never where an event happened.
    const outlet = k.outlets.matchAt(lower, i);
    const from = lower[i] === 'the' ? i + 1 : i;
    // (One named for a country or its people, "Syrian Observatory for Human Rights", is read on:
    // its first word is a demonym, a toponym.)
    const people = k.actorMatcher
      .matchAt(lower, from)
      ?.values.some((v) => v.kind === 'demonym' || v.kind === 'country');
    if (outlet && !people) {
      for (let e = i + outlet.length - 1; e > from && isCap(text, tokens[from]!); e--) {
        const key = text.slice(tokens[from]!.start, tokens[e - 1]!.end).toLowerCase();
        // A known area or a city of 100,000 ("Bangkok", "Washington"), not a village that
        // shares a word of the outlet's own name ("Novaya" Gazeta), in the outlet's country
        // when it has one (Kenya's "Capital FM" does not name Bahrain's Capital governorate).
        const home = outlet.values[0]?.country;
        const big = lookup(key).some(
          (c) => (c.kind !== 'city' || c.population >= 100000) && (!home || c.country === home),
        );
        if (big && !k.outlets.matchAt(lower.slice(from, e), 0)) {
          raws.push({ i: from, j: e, key, trigger: 'outlet', adminLevel: null, settlement: false });
          break;
        }
      }
      i += outlet.length - 1;
      continue;
    }
    // A demonym or country name before a noun is an adjective ("the Somali capital", "the US
    // dollar"), not the place named like it.
    // It still names the country: a toponym ("demonym"), never an event's place.
    const dem = k.actorMatcher.matchAt(lower, i);
    const demCountry = dem?.values.find((v) => v.kind === 'demonym' || v.kind === 'country');
    const modifier =
      dem &&
      !ADMIN3.has(lower[i + dem.length] ?? '') &&
      tokens[i + dem.length]?.pos === 'NOUN' &&
      tokens[i + dem.length]!.sentence === t.sentence;
    // "this major Ivory Coast city", "the Sri Lanka capital": a country's name before a
    // settlement word names where the place is, as a place.
    const settlementModifier =
      demCountry?.kind === 'country' &&
      dem !== null &&
      (SETTLEMENT.has(lower[i + dem.length] ?? '') || lower[i + dem.length] === 'capital');
    // "Indian Ocean", "South African": a longer known name starting here wins.
    const longerName =
      dem !== null &&
      tokens[i + dem.length] !== undefined &&
      tokens[i + dem.length]!.sentence === t.sentence &&
      k.gazetteer.has(text.slice(t.start, tokens[i + dem.length]!.end).toLowerCase());
    // "the French Quarter", "Russian Hill": a demonym before a capitalised place word starts a
    // place's own name, not the country's.
    const nextWord = dem ? tokens[i + dem.length] : undefined;
    const namesPlace =
      nextWord !== undefined &&
      nextWord.sentence === t.sentence &&
      isCap(text, nextWord) &&
      (PLACE_WORDS.has(lower[i + dem!.length]!) || lower[i + dem!.length] === 'quarter');
    if (
      dem &&
      demCountry &&
      demCountry.kind !== 'org' &&
      !settlementModifier &&
      !namesPlace &&
      !longerName &&
      (modifier || demCountry.kind === 'demonym')
    ) {
      const entry = k.countryPlaces.get(demCountry.country);
      if (entry)
        raws.push({
          i,
          j: i + dem.length,
          key: lower[i]!,
          trigger: 'demonym',
          adminLevel: null,
          settlement: false,
          only: [entry],
        });
      i += dem.length - 1;
      continue;
    }
    const prev = lower[i - 1] ?? '';
    if (TITLES.has(prev.replace(/\.$/, ''))) continue;
    if (prev === 'of' && PORTFOLIO_HEADS.has(lower[i - 2] ?? '') && PORTFOLIOS.has(lower[i]!)) continue;
    // "North London", "Upper Edmonton": a direction word before a name is read with the name
    // that follows it, unless the two are a name together ("North Carolina").
    const following = tokens[i + 1];
    if (
      DIRECTION.test(lower[i]!) &&
      following !== undefined &&
      following.sentence === t.sentence &&
      isCap(text, following) &&
      !startsName(i)
    )
      continue;
    // "Ash-Shajara", "Draa-Ben-Khedda": a name written with hyphens and no spaces is one name;
    // a known first part ("Ash") does not make the whole a known place.
    let hyphenEnd = i;
    while (
      lower[hyphenEnd + 1] === '-' &&
      tokens[hyphenEnd + 2] !== undefined &&
      tokens[hyphenEnd + 1]!.start === tokens[hyphenEnd]!.end &&
      tokens[hyphenEnd + 2]!.start === tokens[hyphenEnd + 1]!.end
    )
      hyphenEnd += 2;
    // Longest window of up to 5 tokens that is a known name.
    let found: Raw | null = null;
    for (let n = Math.min(5, tokens.length - i); n >= 1; n--) {
      const last = tokens[i + n - 1]!;
      if (last.sentence !== t.sentence) continue;
      let ok = true;
      for (let m = i; m < i + n; m++) if (inActor[m]) ok = false;
      if (!ok) continue;
      // ("Montreal-Trudeau": a large city's name before the hyphen still names that city.)
      if (
        hyphenEnd > i &&
        i + n - 1 < hyphenEnd &&
        !(n === 1 && lookup(lower[i]!).some((c) => c.kind === 'city' && c.population >= 100000))
      )
        continue;
      const key = text.slice(t.start, last.end).toLowerCase();
      // "Kentucky State Police", "Kentucky Department of Corrections": a name ending in an admin
      // word that begins a body's name.
      // A county's own name stays whole: "the Plymouth County Sheriff's Office".
      if (
        n > 1 &&
        ORG_ADMIN.has(lower[i + n - 1]!) &&
        beginsBody(i + n) &&
        !lookup(key).some((c) => c.kind === 'admin' && fold(c.name) === key)
      )
        continue;
      // "the University of Michigan Center for Computer Security": a name whose last word heads
      // an institution named for its purpose is the place before it (not Michigan Center, MI).
      if (n > 1 && INSTITUTION_HEADS.has(lower[i + n - 1]!) && lower[i + n] === 'for') continue;
      const nextWord = lower[i + n] ?? '';
      // "Kentucky State Police", "U.S. District Court": the admin word begins a body's name.
      const bodyName = ORG_ADMIN.has(nextWord) && beginsBody(i + n + 1);
      const admin = bodyName ? null : ADMIN3.has(nextWord) ? 3 : ADMIN2.has(nextWord) ? 2 : null;
      if (admin) {
        const withWord = text.slice(t.start, tokens[i + n]!.end).toLowerCase();
        if (k.gazetteer.has(withWord)) {
          found = { i, j: i + n + 1, key: withWord, trigger: null, adminLevel: admin, settlement: false };
          break;
        }
      }
      if (k.gazetteer.has(key) && !k.notPlaces.has(key)) {
        found = { i, j: i + n, key, trigger: null, adminLevel: admin, settlement: false };
        if (admin) found.j = i + n + 1;
        break;
      }
    }
    // "the village of X" / "X village" with an unknown name: keep it, unresolved.
    const settlementBefore =
      SETTLEMENT.has(prev) && lower[i - 2] !== undefined && (lower[i - 1] === 'of' || SETTLEMENT.has(prev));
    // "the villages of Mardes, Aleis and Maharada": each name of the list, known or not.
    const listed: boolean =
      list !== null &&
      tokens[list.end - 1]?.sentence === t.sentence &&
      t.pos === 'PROPN' &&
      ((list.end === i - 1 && (lower[i - 1] === ',' || lower[i - 1] === 'and')) ||
        (list.end === i - 2 && lower[i - 2] === ',' && lower[i - 1] === 'and'));
    const listTrigger: string | null = listed ? list!.trigger : null;
    const ofSettlement: boolean =
      (prev === 'of' && (SETTLEMENT.has(lower[i - 2] ?? '') || SETTLEMENTS_OF.has(lower[i - 2] ?? ''))) ||
      listed;
    // "Khojai Alo village": up to three capitalised words before a settlement or admin word.
    let namedBefore = false;
    for (let n = 1; n <= 3 && i + n < tokens.length; n++) {
      const w = lower[i + n]!;
      // ("the Boise Fire Department", "Kenya Police Division": a service's office, no area.)
      const body = ORG_ADMIN.has(w) && (beginsBody(i + n + 1) || SERVICE_WORDS.has(lower[i + n - 1]!));
      if (body) break;
      if (SETTLEMENT.has(w) || ADMIN2.has(w) || ADMIN3.has(w)) {
        namedBefore = true;
        break;
      }
      if (!isCap(text, tokens[i + n]!) || tokens[i + n]!.sentence !== t.sentence) break;
    }
    const settlementAfter = namedBefore && !found?.adminLevel && (found === null || found.j - found.i < 2);
    if (
      settlementAfter &&
      found &&
      !k.gazetteer.has(text.slice(t.start, tokens[Math.min(tokens.length - 1, i + 2)]!.end).toLowerCase())
    ) {
      // A known short name inside a longer unknown one ("Alo" in "Khojai Alo village"): take the whole name.
      const nextCap = tokens[found.j];
      if (nextCap && isCap(text, nextCap) && nextCap.sentence === t.sentence) found = null;
    }
    // "the Mazaruni River", "the Al-Rasoul Checkpoint": capitalised words ending in a feature's name.
    let featureAfter = false;
    for (let n = 1; !found && n <= 4 && i + n < tokens.length; n++) {
      const x = tokens[i + n]!;
      if (x.sentence !== t.sentence || inActor[i + n]) break;
      if (isCap(text, x) && FEATURE_HEADS.has(lower[i + n]!)) {
        // Not the start of a body's name ("the Hudson River Foundation"), nor "The" itself.
        const after = tokens[i + n + 1];
        featureAfter =
          lower[i] !== 'the' &&
          !(
            after !== undefined &&
            after.sentence === t.sentence &&
            isCap(text, after) &&
            after.pos === 'PROPN'
          );
        break;
      }
      if (!(isCap(text, x) || lower[i + n] === '-' || CONNECTORS.has(lower[i + n]!))) break;
    }
    // "near Taramchuk": an unknown name right after a locative preposition is a place we cannot resolve.
    const afterLocative =
      LOCATIVE.has(prev) &&
      prev !== 'of' &&
      prev !== 'to' &&
      prev !== 'on' &&
      t.pos === 'PROPN' &&
      i > 0 &&
      tokens[i - 1]!.sentence === t.sentence;
    // "shelled Qoqfin": an unknown name right after a verb, outside any actor, is most likely a place.
    const afterVerb =
      i > 0 &&
      tokens[i - 1]!.pos === 'VERB' &&
      PLACE_VERBS.has(tokens[i - 1]!.lemma) &&
      t.pos === 'PROPN' &&
      tokens[i - 1]!.sentence === t.sentence;
    // ("The Islamic State": a name starting with "The" that runs into an actor is that actor's.)
    if (
      !found &&
      !(lower[i] === 'the' && inActor[i + 1]) &&
      (ofSettlement || settlementBefore || settlementAfter || afterLocative || afterVerb || featureAfter)
    ) {
      // The whole name: capitalised words, numbers and connectors ("Colonia 5 de Mayo").
      let j = i + 1;
      while (
        j < tokens.length &&
        j - i < 5 &&
        tokens[j]!.sentence === t.sentence &&
        // (A day or month ends the name: "in Nyeri Sunday night", "in Eldoret March 3".)
        ((isCap(text, tokens[j]!) && tokens[j]!.pos === 'PROPN' && !dayOrMonth(lower[j]!)) ||
          tokens[j]!.pos === 'NUM' ||
          (CONNECTORS.has(lower[j]!) &&
            j + 1 < tokens.length &&
            (isCap(text, tokens[j + 1]!) ||
              lower[j + 1] === '-' ||
              // "Jardines de la Mesa"
              (CONNECTORS.has(lower[j + 1]!) &&
                tokens[j + 2] !== undefined &&
                isCap(text, tokens[j + 2]!)))) ||
          // "Jabal al-Zawiya", "Ovchi-Kalacha": hyphens written without spaces join the name.
          (lower[j] === '-' &&
            tokens[j]!.start === tokens[j - 1]!.end &&
            j + 1 < tokens.length &&
            tokens[j + 1]!.start === tokens[j]!.end))
      )
        j++;
      // The feature's word ends the name ("the Mazaruni River").
      if (featureAfter && FEATURE_HEADS.has(lower[j] ?? '') && isCap(text, tokens[j]!) && j - i < 5) j++;
      const key = text.slice(t.start, tokens[j - 1]!.end).toLowerCase();
      const nextWord = lower[j] ?? '';
      const admin = ADMIN3.has(nextWord) ? 3 : ADMIN2.has(nextWord) ? 2 : null;
      // No unknown place: a word that is never one ("Friday", "a Jewish settlement"), the
      // first half of a compound ("Serb-held", "UN-protected"), a military unit ("the 101st
      // Airborne Division").
      const unit =
        /^\d+(?:st|nd|rd|th)$/.test(lower[i - 1] ?? '') ||
        lower.slice(i, j + 1).some((w) => MILITARY_UNIT_WORDS.has(w));
      if (k.notPlaces.has(key) || lower[j - 1] === '-' || unit) continue;
      found = {
        i,
        j: admin || SETTLEMENT.has(nextWord) ? j + 1 : j,
        key,
        trigger: null,
        adminLevel: admin,
        settlement: true,
      };
    }
    if (!found) continue;
    // "in Abu Salim", "in Rio Messalo", "the town of Abu Rasin": after a locative word or a
    // settlement word, a known name that runs on with more name words is only the start of a
    // longer name we do not know.
    if (
      !found.settlement &&
      !found.only &&
      !found.adminLevel &&
      (NAME_START.has(prev) || ofSettlement || settlementBefore)
    ) {
      const capAt = (x: number) => tokens[x] !== undefined && isCap(text, tokens[x]!);
      // A name word: a capitalised proper noun that is no tail like "Press Club"; a connector
      // ("de", "la") before one, or before another connector and one; a hyphen inside a word.
      const nameWord = (x: number): boolean =>
        (capAt(x) && tokens[x]!.pos === 'PROPN' && !NOT_NAME_TAIL.has(lower[x]!) && !dayOrMonth(lower[x]!)) ||
        // (Not an English word after the known name: "in Paris as Real Madrid".)
        (CONNECTORS.has(lower[x]!) &&
          !ENGLISH_CONNECTORS.has(lower[x]!) &&
          ((capAt(x + 1) && !NOT_NAME_TAIL.has(lower[x + 1]!)) ||
            (CONNECTORS.has(lower[x + 1] ?? '') && capAt(x + 2)) ||
            // "Wadi al-Rabi": an article joined by a hyphen to a name word.
            (lower[x + 1] === '-' &&
              tokens[x + 1]!.start === tokens[x]!.end &&
              tokens[x + 2]?.start === tokens[x + 1]!.end &&
              capAt(x + 2)))) ||
        (lower[x] === '-' &&
          tokens[x]!.start === tokens[x - 1]!.end &&
          tokens[x + 1]?.start === tokens[x]!.end);
      let j = found.j;
      while (
        j < tokens.length &&
        j - found.i < 6 &&
        tokens[j]!.sentence === t.sentence &&
        !inActor[j] &&
        nameWord(j)
      )
        j++;
      const longer = j > found.j ? text.slice(t.start, tokens[j - 1]!.end).toLowerCase() : '';
      if (longer && !k.gazetteer.has(longer) && lower[j - 1] !== '-' && !CONNECTORS.has(lower[j - 1]!))
        found = { i, j, key: longer, trigger: null, adminLevel: null, settlement: true };
    }
    // A surname: a single known word right after an unknown capitalised name ("Brian Keller"),
    // not after a direction word ("North London").
    const before = tokens[i - 1];
    if (
      found &&
      found.j - found.i === 1 &&
      !found.settlement &&
      before &&
      before.sentence === t.sentence &&
      before.pos === 'PROPN' &&
      isCap(text, before) &&
      !DIRECTION.test(lower[i - 1]!) &&
      (!inActor[i - 1] ||
        // Or inside a body's name that runs on from an actor ("Indonesian Police Mobile Brigade").
        (!lookup(lower[i - 1]!).some((c) => c.kind === 'country') &&
          tokens[found.j]?.sentence === t.sentence &&
          tokens[found.j]!.pos === 'PROPN' &&
          isCap(text, tokens[found.j]!)))
    ) {
      i = found.j - 1;
      continue;
    }
    // Person names: a single known word followed by another name ("Jordan Peterson"), unless
    // the word is a well-known place used as a modifier ("Florida Senator", "Aleppo Mayor").
    const after = tokens[found.j];
    if (
      found.j - found.i === 1 &&
      !found.settlement &&
      after &&
      after.sentence === t.sentence &&
      isCap(text, after) &&
      after.pos === 'PROPN' &&
      // (A day or month is no surname: "clashes in Moyale Monday".)
      !dayOrMonth(lower[found.j]!) &&
      !k.gazetteer.has(lower[found.j]!) &&
      !(wellKnown(lookup(found.key)) && (!k.givenNames.has(found.key) || TITLES.has(lower[found.j]!)))
    ) {
      i = found.j;
      continue;
    }
    // Capitalised codes ("BA", "MW", "CIA") are no places unless a country or area is meant.
    if (
      found.j - found.i === 1 &&
      !found.settlement &&
      /^[A-Z]{2,4}$/.test(text.slice(t.start, t.end)) &&
      !lookup(found.key).some((c) => c.kind === 'country' || c.kind === 'admin')
    )
      continue;
    // A lone given name ("Amber said", "Lucy") is a person unless a large place bears it.
    if (
      found.j - found.i === 1 &&
      !found.settlement &&
      k.givenNames.has(found.key) &&
      !LOCATIVE.has(prev) &&
      !wellKnown(lookup(found.key))
    )
      continue;
    // "Southern California", "Far North Queensland", "North London", "Upper Edmonton": a
    // capitalised direction word before a known name is part of the name (the place named
    // stands for it).
    while (
      found.i > 0 &&
      tokens[found.i - 1]!.sentence === t.sentence &&
      isCap(text, tokens[found.i - 1]!) &&
      DIRECTION.test(lower[found.i - 1]!)
    )
      found.i--;
    // "College Street", "Hertford Road": a street or square named after a known word is that
    // street, a place the gazetteer does not hold (kept unresolved), not the town of the word.
    const streetWord = lower[found.j] ?? '';
    if (
      STREET_WORDS.has(streetWord) &&
      tokens[found.j]!.sentence === t.sentence &&
      isCap(text, tokens[found.j]!) &&
      !k.gazetteer.has(text.slice(t.start, tokens[found.j]!.end).toLowerCase())
    ) {
      found = {
        ...found,
        j: found.j + 1,
        key: text.slice(t.start, tokens[found.j]!.end).toLowerCase(),
        settlement: true,
      };
    }
    // Sentence-initial common words and words tagged as common nouns.
    // Skip direction words: "in central Mali", "in north-eastern Nigeria".
    // And "the" before a named locality: "in the Nabi Yunis area".
    let back = i - 1;
    while (back > 0 && DIRECTION.test(lower[back]!)) back--;
    // Not so a name that modifies the noun after it ("of the Attica trade union", "of the
    // Michoacan University", "at the Palma bridge"): the locative word governs that noun.
    const headTok = tokens[found.j];
    const afterWord = lower[found.j] ?? '';
    const generic =
      SETTLEMENT.has(afterWord) || ADMIN2.has(afterWord) || ADMIN3.has(afterWord) || AREA_OF.has(afterWord);
    // (A capitalised word after it makes a longer name, "the upper Isfara River"; of the words
    // in lower case, a feature's word still names the place, "the Swat valley", a street's not.)
    const modifies =
      headTok !== undefined &&
      headTok.sentence === t.sentence &&
      headTok.pos !== 'PUNCT' &&
      !generic &&
      (isCap(text, headTok) ||
        ((headTok.pos === 'NOUN' || headTok.pos === 'PROPN') &&
          !(
            PLACE_WORDS.has(afterWord) &&
            !STREET_WORDS.has(afterWord) &&
            afterWord !== 'park' &&
            afterWord !== 'bridge'
          )));
    // (After "the upper", "the lower" and like words the name may be a river's or a region's
    // part, "on the upper Isfara": only a settlement word keeps the locative then.)
    if (back > 0 && lower[back] === 'the' && (found.settlement || (!modifies && back === i - 1))) back--;
    const p = back < i - 1 ? (lower[back] ?? '') : prev;
    const locative = LOCATIVE.has(p) || SETTLEMENT.has(p) || ofSettlement;
    if (!locative && found.j - found.i === 1 && t.pos !== 'PROPN') continue;
    const lineStart = t.start === 0 || /\n\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start));
    const dateline =
      lineStart &&
      /^[^\n]{0,30}?,/.test(text.slice(tokens[found.j - 1]!.end, tokens[found.j - 1]!.end + 31)) &&
      text.slice(tokens[found.j - 1]!.end).startsWith(',');
    const trig: string | null = dateline
      ? 'dateline'
      : listTrigger
        ? listTrigger
        : ofSettlement
          ? `${lower[i - 2]} of`
          : NEAR.has(p) || NEAR.has(lower[i - 2] ?? '') || (back < i - 1 && NEAR.has(lower[back - 1] ?? ''))
            ? 'near'
            : LOCATIVE.has(p)
              ? p
              : null;
    found.trigger = trig;
    // A verb taking ground or striking before it ("captured the Sinai", "shelled Qoqfin"), or a
    // settlement, admin or feature word after it ("the Mirpur area", "Palmyra countryside").
    let v = found.i - 1;
    while (v > 0 && (lower[v] === 'the' || DIRECTION.test(lower[v]!))) v--;
    const verbBefore =
      v >= 0 &&
      tokens[v]!.sentence === t.sentence &&
      tokens[v]!.pos === 'VERB' &&
      PLACE_VERBS.has(tokens[v]!.lemma);
    const wordAfter = lower[found.j] ?? '';
    found.cued =
      verbBefore ||
      // "air raids over Al-Bab", "Indian-controlled Kashmir", "villages like Cailaco".
      lower[v] === 'over' ||
      /^(?:controlled|administered|held|occupied)$/.test(lower[v] ?? '') ||
      (lower[v] === 'like' && /(?:villages|towns|cities|places|areas)$/.test(lower[v - 1] ?? '')) ||
      SETTLEMENT.has(wordAfter) ||
      ADMIN2.has(wordAfter) ||
      ADMIN3.has(wordAfter) ||
      PLACE_WORDS.has(wordAfter) ||
      AREA_OF.has(wordAfter);
    raws.push(found);
    list =
      trig && (listTrigger || SETTLEMENTS_OF.has(lower[i - 2] ?? '')) && ofSettlement
        ? { end: found.j, trigger: trig }
        : null;
    i = found.j - 1;
  }

  // "in Kenya's capital", "the Somali capital", "Kenyas capital": the country's capital city,
  // precision 1, over the whole phrase (the country's or people's name in it stays a toponym
  // of its own, read first); "in the capital" in a report about one country, that country's.
  // Not where the capital's own name follows ("the Somali capital, Mogadishu", "the Belarus
  // capital Minsk", "the capital of Tunis": that name is read).
  const before = raws.length;
  // (The names read so far are in text order: one pointer finds the one over token i, if any.)
  let over = 0;
  let reportCountries: string[] | undefined;
  for (let i = 1; i < tokens.length; i++) {
    if (lower[i] !== 'capital' || isCap(text, tokens[i]!)) continue;
    while (over < before && raws[over]!.j <= i) over++;
    if (over < before && raws[over]!.i <= i) continue;
    const capAt = (x: number) =>
      tokens[x] !== undefined && tokens[x]!.sentence === tokens[i]!.sentence && isCap(text, tokens[x]!);
    if (capAt(i + 1) || ((lower[i + 1] === ',' || lower[i + 1] === 'of') && capAt(i + 2))) continue;
    const end = lower[i - 1] === "'s" || lower[i - 1] === '’s' ? i - 2 : i - 1;
    if (end < 0 || tokens[end]!.sentence !== tokens[i]!.sentence) continue;
    let iso: string | undefined;
    let start = end;
    for (let a = Math.max(0, end - 3); a <= end && !iso; a++) {
      const m = k.actorMatcher.matchAt(lower, a);
      if (m?.length === end - a + 1) {
        for (const v of m.values) if (namesCountry(v) && v.kind !== 'capital') iso ??= v.country;
        start = a;
      }
    }
    // (The possessive written without its apostrophe, as ACLED notes write it: "Kenyas".)
    if (!iso && /\p{L}{3}s$/u.test(lower[end]!)) iso = k.countryByName.get(lower[end]!.slice(0, -1));
    // "in the capital": the capital of the one country the report's people and outlet name.
    if (!iso && lower[end] === 'the') {
      reportCountries ??= [...contextCountries(doc, k).keys()];
      if (reportCountries.length === 1) {
        iso = reportCountries[0];
        start = end;
      }
    }
    const country = iso ? k.countries.get(iso) : undefined;
    if (!country?.capitals[0]) continue;
    const cities = lookup(country.capitals[0].toLowerCase()).filter(
      (c) => c.country === iso && c.kind === 'city',
    );
    const city = cities.find((c) => c.featureCode === 'PPLC') ?? cities[0];
    if (!city) continue;
    const b = lower[start - 1] === 'the' ? start - 2 : start - 1;
    const trigger = LOCATIVE.has(lower[b] ?? '') ? lower[b]! : null;
    raws.push({
      i: start,
      j: i + 1,
      key: 'capital',
      trigger,
      adminLevel: null,
      settlement: false,
      only: [city],
    });
  }
  if (raws.length > before) raws.sort((x, y) => x.i - y.i);
  return { text, tokens, lower, persons, raws };
}

/** Resolution: a gazetteer reading for each name, countries first, then the rest with country and admin context. */
function resolveNames(
  doc: Doc,
  k: Knowledge,
  lookup: Lookup,
  { text, tokens, lower, raws }: Recognised,
): { chosen: (PlaceCandidate | null)[]; via: Uint8Array; messages: Message[] } {
  // Whether raw b follows raw a after only a comma or an opening bracket, in the same sentence.
  // The comma or bracket after a name, past a generic word in lower case ("Rupnagar city (Punjab)").
  const sepAt = (a: Raw): number =>
    (SETTLEMENT.has(lower[a.j] ?? '') || ADMIN2.has(lower[a.j] ?? '') || ADMIN3.has(lower[a.j] ?? '')) &&
    /^\p{Ll}/u.test(text.charAt(tokens[a.j]!.start)) &&
    (lower[a.j + 1] === ',' || lower[a.j + 1] === '(')
      ? a.j + 1
      : a.j;
  const sep = (a: Raw): string => lower[sepAt(a)] ?? '';
  const joined = (a: Raw, b: Raw): boolean =>
    b.i === sepAt(a) + 1 &&
    (sep(a) === ',' || sep(a) === '(') &&
    tokens[b.i]!.sentence === tokens[a.i]!.sentence;
  // Resolution: countries first, then the rest with country and admin context.
  const ctx = contextCountries(doc, k);
  const messages: Message[] = [];
  const chosen: (PlaceCandidate | null)[] = raws.map(() => null);
  const bySentence = new Map<number, Set<string>>();
  const adminsBySentence = new Map<number, Set<string>>();
  const docAdmins = new Set<string>();
  // The areas the report names as areas ("Kentucky"), not only as a town's ("New York").
  const namedAreas = new Set<string>();
  const constrained = new Uint8Array(raws.length);
  // How each name was read where the gazetteer has no row of its name (VIA_SPELLING,
  // VIA_LOCALITY, VIA_LANDMARK; 0 for a name read as written).
  const via = new Uint8Array(raws.length);
  // The distinct towns chosen so far, in the order read.
  const chosenTowns = new Set<PlaceCandidate>();
  // The towns and areas the report has read so far, and whether a place lies within 300 km of
  // one of them (if it has read any).
  const readPlaces = () =>
    chosen.filter((o): o is PlaceCandidate => !!o && o.kind !== 'country' && o.kind !== 'region');
  const nearAny = (c: PlaceCandidate, others: readonly PlaceCandidate[]): boolean =>
    others.length === 0 || others.some((o) => haversineKm(c.lat, c.lon, o.lat, o.lon) <= 300);
  // The countries the report names, by actors, its outlet or places (not by an adjective alone,
  // "the US dollar").
  const named = new Set(ctx.keys());
  // The first-level area already read for a name listed beside this one ("California or
  // Washington", "Texas, Oklahoma and Kansas"), if any.
  const listedArea = (idx: number): PlaceCandidate | null => {
    const r = raws[idx]!;
    for (const n of [idx - 1, idx + 1]) {
      const o = raws[n];
      const a = chosen[n];
      if (!o || !a || a.kind !== 'admin' || a.featureCode !== 'ADM1') continue;
      const [from, to] = n < idx ? [o.j, r.i] : [r.j, o.i];
      if (to - from === 1 && (lower[from] === 'or' || lower[from] === 'and' || lower[from] === ','))
        if (tokens[from]!.sentence === tokens[r.i]!.sentence) return a;
    }
    return null;
  };
  // Both passes take the names of large places first: "Enfield, north London" reads London
  // before the small Enfields, so a namesake town abroad cannot carry London with it; and
  // "Samana subdivision of Patiala" reads Patiala before the Dominican province named Samaná.
  // (An area named by direction words alone is read last: the report's towns say whose it is,
  // "Lunsar (Port Loko, North-West)" is in Sierra Leone, no Cameroonian region.)
  const directionOnlyAt = raws.map((r) => byDirectionOnly(r.key));
  // A country's name is read before any other (the gazetteer gives countries no population):
  // "Al Mahashimah area in northern Yemen (Khabb wa ash Shaaf, Al Jawf)" is Yemen's Al Jawf.
  const largest = raws.map((r, qi) => {
    if (directionOnlyAt[qi]) return -1;
    const cands = r.only ?? lookup(r.key);
    return cands.some((c) => c.kind === 'country')
      ? Number.MAX_SAFE_INTEGER
      : Math.max(0, ...cands.map((c) => c.population));
  });
  const byLargest = raws.map((_, idx) => idx).sort((a, b) => largest[b]! - largest[a]! || a - b);
  const rawsBySentence = new Map<number, number[]>();
  raws.forEach((r, qi) => {
    const s = tokens[r.i]!.sentence;
    const list = rawsBySentence.get(s);
    if (list) list.push(qi);
    else rawsBySentence.set(s, [qi]);
  });
  // A town found only under an alternate name, or a small one (under 20,000 people) named bare
  // with no place word, in another province of its country than every one the report has
  // placed itself in and far from all its places ("Washington Square" for Franklin Square, New
  // York, "Bourbon and Dauphine streets" for Bourbon, Indiana, in a report about New Orleans):
  // a place we do not know there.
  const otherProvince = (c: PlaceCandidate, key: string, bare: boolean): boolean => {
    if (c.kind !== 'city' || !c.admin1 || c.population >= 100000) return false;
    // (A village of under 2,000 is so even after a locative word: "moved to Thornhill" in a
    // report about Kent is no Scottish village.)
    if (fold(c.name) === fold(key) && !((bare && c.population < 20000) || c.population < 2000)) return false;
    return (
      reportArea(c) === 'other-province' &&
      chosen.every((o) => !o || o.kind === 'region' || haversineKm(c.lat, c.lon, o.lat, o.lon) > 300)
    );
  };
  // Where a place lies against the provinces the report has placed itself in so far: in one of
  // them, in another province of a country they are in, or in a country none of them is in.
  const reportArea = (c: PlaceCandidate): 'none' | 'inside' | 'other-province' | 'abroad' => {
    if (docAdmins.size === 0) return 'none';
    let sameCountry = false;
    for (const a of docAdmins) {
      if (!a.startsWith(`${c.country}.`)) continue;
      if (a === `${c.country}.${c.admin1}`) return 'inside';
      sameCountry = true;
    }
    return sameCountry ? 'other-province' : 'abroad';
  };
  // Whether a place lies outside every area its sentence names of its country, when the sentence
  // names one, and far from the sentence's places (100 km from a town, 300 km from an area's point).
  const elsewhere = (c: PlaceCandidate, sent: number): boolean => {
    let named = false;
    for (const qi of rawsBySentence.get(sent) ?? []) {
      const o = chosen[qi];
      if (!o) continue;
      if (o.kind === 'admin' && o.country === c.country) {
        if (o.admin1 === c.admin1) return false;
        named = true;
      }
      if (
        (o.kind === 'city' || o.kind === 'admin') &&
        haversineKm(c.lat, c.lon, o.lat, o.lon) <= (o.kind === 'admin' ? 300 : 100)
      )
        return false;
    }
    return named;
  };
  for (let pass = 0; pass < 2; pass++) {
    byLargest.forEach((idx) => {
      const r = raws[idx]!;
      if (chosen[idx]) return;
      let cands = r.only ? [...r.only] : lookup(r.key);
      // A country's or a city's possessive written without its apostrophe, as ACLED notes write
      // them ("in Kenyas capital"): that country or city (not a small town's). One word only:
      // read as the first word of a longer name ("Nairobis CBD") it cost more than it gained.
      if (cands.length === 0 && !r.only && r.j - r.i === 1 && /\p{L}{3}s$/u.test(r.key))
        cands = lookup(r.key.slice(0, -1)).filter(
          (c) => c.kind === 'country' || (c.kind === 'city' && c.population >= 100000),
        );
      // A ward or locality the gazetteer lacks ("in Ukunda", "the border town of Hulugho"),
      // once the scene is set: its county, as a district that holds it (precision 2), never a
      // point of its own. Not in a report about countries far from it; but in one about its
      // neighbours ("al-Shabaab attacked Hulugho": the Somali group's country borders Kenya's).
      // A namesake the gazetteer holds yields to it only where the report names the locality's
      // country or a neighbour and none of the namesake's ("Eastleigh" in a report about Nairobi
      // or its Somali people is no English town).
      // ("Dadaab Refugee Camp": a longer name we do not know that starts with one is there too.)
      const localityKey =
        r.only || pass === 0
          ? undefined
          : k.localities.has(r.key)
            ? r.key
            : cands.length === 0
              ? localityPrefix(r.key, k)
              : undefined;
      if (localityKey) {
        const near = (a: PlaceCandidate) =>
          named.has(a.country) || [...named].some((c) => k.countries.get(c)?.borders.includes(a.country));
        const areas = k.localities.get(localityKey)!;
        const fits =
          cands.length === 0
            ? areas.filter((a) => named.size === 0 || near(a))
            : cands.some((c) => named.has(c.country))
              ? []
              : areas.filter(near);
        if (fits.length) {
          cands = [...fits];
          via[idx] = VIA_LOCALITY;
        }
      }
      // A landmark named for its town that the gazetteer lacks ("Lamu Island", "Windsor Castle",
      // "Kisumu Airport"): the town, as a nearby named place (precision 2), once the scene is set
      // and only in a country the report names.
      if (cands.length === 0 && !r.only && pass === 1 && r.j - r.i > 1 && named.size > 0) {
        const last = r.key.lastIndexOf(' ');
        if (LANDMARK_OF_TOWN.has(r.key.slice(last + 1))) {
          const head = lookup(r.key.slice(0, last)).filter(
            (c) => (c.kind === 'city' || c.kind === 'supplement') && named.has(c.country),
          );
          if (head.length) {
            cands = [...head];
            via[idx] = VIA_LANDMARK;
          }
        }
      }
      // A name the gazetteer spells otherwise ("Nabatiyeh", "Mirpurkhas", "Atareb"), once the
      // scene is set: its readings in the countries the report is about, nowhere else.
      // (Not a part of a town, "the Sarajevo neighborhood of Dobrinja": no village 30 km off.)
      if (cands.length === 0 && !r.only && pass === 1 && !TOWN_PART.test(r.trigger ?? '')) {
        const variants = k.gazetteer.lookupSpelling(r.key);
        const others = variants.length ? readPlaces() : [];
        cands = variants.filter(
          (c) => named.has(c.country) && sameStart(c.name, r.key) && nearAny(c, others),
        );
        if (cands.length) via[idx] = VIA_SPELLING;
      }
      if (cands.length === 0) return;
      // "Paris, Ky.", "Edmonton, Alberta", "Nogales (Valparaiso)", "Analalava (Analalava,
      // Sofia)": the areas written right after a town, joined by commas or a bracket, contain
      // it; and the area named after a resolved town is the one containing it.
      const bracketCountries = new Set<string>();
      for (let n = idx + 1; n < raws.length && n <= idx + 3 && joined(raws[n - 1]!, raws[n]!); n++) {
        const next = raws[n]!;
        const areas = (next.only ?? lookup(next.key)).filter(
          (a) => a.kind === 'admin' || a.kind === 'country',
        );
        // So does an area after a comma that can only be an area ("Rio Claro, Lara state",
        // "Maracas, Tunapuna/Piarco"), not a town or a country too ("Kabul, Kandahar and Helmand").
        const nextAll = next.only ?? lookup(next.key);
        const onlyArea =
          n === idx + 1 &&
          sep(r) === ',' &&
          (next.adminLevel !== null || (nextAll.length > 0 && nextAll.every((a) => a.kind === 'admin')));
        if (sep(r) === '(' || onlyArea)
          for (const a of areas) if (a.kind === 'admin' || sep(r) === '(') bracketCountries.add(a.country);
        const inside = cands.filter((c) => areas.some((a) => within(c, a)));
        if (inside.length) {
          cands = inside;
          constrained[idx] = 1;
          break;
        }
      }
      // "Nogales (Valparaiso)" with no Nogales in Chile, "Rio Claro, Lara state" with no Rio
      // Claro in Venezuela: a place we do not know there, not a namesake abroad (it stays
      // unresolved and stands at the area).
      if (bracketCountries.size && !constrained[idx] && !cands.some((c) => bracketCountries.has(c.country)))
        return;
      const prevRaw = raws[idx - 1];
      const prevChosen = chosen[idx - 1];
      if (prevRaw && joined(prevRaw, r)) {
        // "Monterrey, Nuevo Leon": after "Town," a name that can be an area is the area (in
        // brackets it may be the city around a district: "Abu Salim (Tripoli)").
        const areas = cands.filter((a) => a.kind === 'admin' || a.kind === 'country');
        if (areas.length && prevRaw.trigger !== 'demonym' && sep(prevRaw) === ',') cands = areas;
        // Before the town is resolved, the areas that hold one of its namesakes: "Nabha
        // (Punjab)" is India's Punjab, where a Nabha lies.
        const prevCands = prevChosen ? [prevChosen] : (prevRaw.only ?? lookup(prevRaw.key));
        const containing = cands.filter((a) => prevCands.some((c) => within(c, a)));
        if (containing.length) cands = containing;
      }
      const sent = tokens[r.i]!.sentence;
      const sc = bySentence.get(sent) ?? new Set<string>();
      const ad = adminsBySentence.get(sent) ?? new Set<string>();
      // First the names that set the scene (countries, regions, big unambiguous cities), then
      // the rest in that context: a lone small namesake abroad must not decide the country.
      const unambiguous = new Set(cands.map((c) => c.country)).size === 1;
      // (Not an area named by direction words alone, "Eastern Region": it is read in the scene.)
      const directionOnly = directionOnlyAt[idx]!;
      // (Not a county name ten states share, "Hamilton County": the report's towns say whose.)
      const sharedCounty =
        cands.filter((c) => c.featureCode === 'ADM2').length > 1 &&
        !cands.some((c) => c.kind === 'country' || c.featureCode === 'ADM1');
      const sceneSetter =
        (!directionOnly && !sharedCounty && cands.some((c) => c.kind === 'country' || c.kind === 'admin')) ||
        (unambiguous &&
          !sharedCounty &&
          cands.some((c) => c.population >= 100000 && fold(c.name) === fold(r.key)));
      if (pass === 0 && !sceneSetter) return;
      const actWord =
        r.j - r.i === 1 &&
        !r.only &&
        (k.lexicon.matchAt([tokens[r.i]!.lemma], 0) !== null || k.lexicon.matchAt([lower[r.i]!], 0) !== null);
      const next = tokens[r.j];
      const beforeSurname =
        r.j - r.i === 1 &&
        !r.trigger &&
        !r.settlement &&
        next !== undefined &&
        next.sentence === tokens[r.i]!.sentence &&
        next.start === tokens[r.i]!.end + 1 &&
        /^\p{Lu}\p{Ll}+$/u.test(text.slice(next.start, next.end)) &&
        !placeWordAfterName(lower[r.j]!) &&
        !k.gazetteer.has(lower[r.j]!) &&
        // (Then a comma or a verb, as after a person's name: "The Texas Cowboys." is a band.)
        (lower[r.j + 1] === ',' || tokens[r.j + 1]?.pos === 'VERB');
      // A small town abroad in a document about other countries is more likely a namesake of a local place.
      const ctxStrong = [...ctx.values()].some((w) => w >= 0.5);
      const foreign = (c: PlaceCandidate) => (ctx.get(c.country) ?? 0) === 0;
      // Readings the report argues against; the best reading left that bears the name as its own
      // is taken ("Islamabad" next to an Iraqi victim is still Pakistan's capital, though
      // Chattogram was once called so).
      // So is a small town in another province than the one its sentence names ("in Celaya
      // municipality, Guanajuato, ... on a road to Camargo community" is no Camargo of
      // Chihuahua), far from the sentence's places: a locality we do not know there.
      const outside = (c: PlaceCandidate): boolean =>
        c.kind === 'city' && c.population < 50000 && !r.only && elsewhere(c, sent);
      // A small namesake of a world city ("London" in a report about Ohio) is meant where the
      // report names a place of its state, or writes the town with it ("London, Ky."); a small
      // namesake of a country ("Peru" beside Washington) only where the state itself is named
      // (not New York state for New York City). Else the world city or the country is.
      const overshadowed = (c: PlaceCandidate): boolean => {
        if (c.kind !== 'city' || r.only || constrained[idx]) return false;
        const area = `${c.country}.${c.admin1}`;
        if (c.admin1 && (ad.has(area) || namedAreas.has(area))) return false;
        return cands.some(
          (b) =>
            b.country !== c.country &&
            fold(b.name) === fold(r.key) &&
            (b.kind === 'country'
              ? c.population < 100000
              : b.kind === 'city' &&
                (b.featureCode === 'PPLC' || b.population >= 1_000_000) &&
                b.population >= 20 * c.population &&
                !(c.admin1 && docAdmins.has(area))),
        );
      };
      const declined = (c: PlaceCandidate): boolean =>
        // Small places with a common-word name need a locative cue and some support.
        (c.kind === 'city' && c.population < 1000 && !r.trigger && !r.settlement && foreign(c)) ||
        // So does a town named by a word the event lexicon reads as an act, as a sentence's
        // first word or a headline's capitals write it ("Battle between rival groups", "Police
        // Arrest Suspects"): no town of Battle or Arrest without "in", "near" or a place word.
        (c.kind === 'city' && c.population < 100000 && !r.trigger && !r.settlement && actWord) ||
        // "the East region" in a report about Burkina Faso is Burkina Faso's, not Cameroon's:
        // an area named by a direction alone ("East", "North-West"; not "South Carolina")
        // belongs to the country the report is about.
        (c.kind === 'admin' && directionOnly && ctxStrong && foreign(c)) ||
        // An area abroad named by one word before a capitalised word no gazetteer knows, then a
        // comma or a verb, is a person's first name ("Salaheddine Sidhoum, Algeria's leading
        // activist" is no Saladin Governorate of Iraq).
        (c.kind === 'admin' && beforeSurname && ctxStrong && foreign(c)) ||
        // So is a small town abroad, or one found only under an alternate name ("Jang" for
        // Yanggu, "Liga" for Riga).
        (c.kind === 'city' &&
          (c.population < 20000 || (fold(c.name) !== fold(r.key) && !knownByArea(c, cands))) &&
          ctxStrong &&
          foreign(c)) ||
        // "the village of Daman in the eastern countryside of Deir-ez-Zor": a town abroad is no
        // match when its own sentence names a place in another country and nothing else in
        // the report points to the town's country (it stays unresolved and stands at that place).
        (c.kind === 'city' && c.population < 100000 && sc.size > 0 && !sc.has(c.country) && foreign(c)) ||
        otherProvince(c, r.key, !r.trigger && !r.settlement) ||
        overshadowed(c) ||
        // And a small town abroad named bare, in a report whose places are all in other
        // countries ("Marigny" beside New Orleans and Louisiana is no French village).
        (c.kind === 'city' &&
          c.population < 20000 &&
          !r.trigger &&
          !r.settlement &&
          reportArea(c) === 'abroad') ||
        // Even with a locative word, a town under 100,000 abroad that neither the report's people
        // nor its sentence point to ("the Delft police station" in a report about the Western
        // Cape is no Dutch town's).
        (c.kind === 'city' &&
          c.population < 100000 &&
          reportArea(c) === 'abroad' &&
          foreign(c) &&
          !sc.has(c.country));
      // Nearby places the report has read draw a namesake among several in one country
      // ("Walker County" beside Chattanooga is Georgia's, not Texas's).
      // (The distinct towns read so far, at most the first 200: a report repeating one name
      // 70,000 times compares against it once.)
      const nearTown = (c: PlaceCandidate): boolean => {
        if (cands.length < 2 || c.kind === 'country') return false;
        let n = 0;
        for (const o of chosenTowns) {
          if (++n > 200) break;
          if (o !== c && haversineKm(c.lat, c.lon, o.lat, o.lon) <= 100) return true;
        }
        return false;
      };
      const ranked = cands
        .map((c) => ({ c, s: score(c, ctx, sc, ad, r.key, docAdmins) + (nearTown(c) ? 1.5 : 0) }))
        .sort((x, y) => y.s - x.s);
      let best: PlaceCandidate | null = null;
      // The country of a namesake declined as outside the sentence's province: a namesake abroad
      // is no better ("San Carlos, Negros Occidental" is no Venezuelan town).
      let outsideOf: string | null = null;
      for (const { c } of ranked) {
        // Past the first, only a place bearing the name as its own (not "Western" for Cuba City).
        if (c !== ranked[0]!.c && fold(c.name) !== fold(r.key)) continue;
        let reading = r.adminLevel
          ? c
          : cityOrArea(
              c,
              cands,
              lower[r.j] ?? '',
              lower[r.i - 1] ?? '',
              lower[r.i - 2] ?? '',
              lower[r.j + 1] ?? '',
            );
        // "states such as California or Washington": a name listed with a state or province
        // is that country's state of the name, not its city.
        if (reading.kind === 'city') {
          const area = listedArea(idx);
          const same = area
            ? cands.find(
                (a) =>
                  a.kind === 'admin' &&
                  a.featureCode === 'ADM1' &&
                  a.country === area.country &&
                  fold(a.name) === fold(r.key),
              )
            : undefined;
          if (same) reading = same;
        }
        if (outsideOf !== null && reading.country !== outsideOf) continue;
        if (outside(reading)) {
          outsideOf ??= reading.country;
          continue;
        }
        if (declined(reading)) continue;
        best = reading;
        break;
      }
      if (!best) return;
      chosen[idx] = best;
      if (best.kind === 'city') chosenTowns.add(best);
      // A demonym ("the US dollar", "a French engineer") says less about where the report
      // is than a name: it weighs like a town in the report and nothing in its sentence.
      const adjective = r.trigger === 'demonym';
      if (best && best.kind !== 'region') {
        if (!adjective) {
          sc.add(best.country);
          named.add(best.country);
        }
        bySentence.set(sent, sc);
        if (best.admin1) {
          ad.add(`${best.country}.${best.admin1}`);
          docAdmins.add(`${best.country}.${best.admin1}`);
          if (best.kind === 'admin') namedAreas.add(`${best.country}.${best.admin1}`);
        }
        adminsBySentence.set(sent, ad);
        const weight = !adjective && (best.kind === 'country' || best.kind === 'admin') ? 1.5 : 0.5;
        ctx.set(best.country, (ctx.get(best.country) ?? 0) + weight);
      }
    });
  }
  // Places named together lie together: a town with namesakes moves to the one near the
  // document's other towns when that one scores nearly as well ("Edmonton" in a story about
  // north London is the London district, not the Canadian city).
  // Distinct towns only: a report naming one town 70,000 times costs one comparison, not 70,000².
  const towns = [
    ...new Map(
      chosen
        .filter((c): c is PlaceCandidate => !!c && (c.kind === 'city' || c.kind === 'supplement'))
        .map((c) => [c.id, c]),
    ).values(),
  ];
  if (towns.length > 1 && towns.length <= 200) {
    raws.forEach((r, idx) => {
      const cur = chosen[idx];
      if (cur?.kind !== 'city' || r.only || constrained[idx]) return;
      const others = towns.filter((o) => o.id !== cur.id);
      if (others.length === 0) return;
      const near = (c: PlaceCandidate) => {
        let best = 0;
        for (const o of others) {
          const d = haversineKm(c.lat, c.lon, o.lat, o.lon);
          best = Math.max(best, d < 30 ? 3 : d < 100 ? 2 : d < 250 ? 1 : 0);
        }
        return best;
      };
      const sent = tokens[r.i]!.sentence;
      const sc = bySentence.get(sent) ?? new Set<string>();
      const ad = adminsBySentence.get(sent) ?? new Set<string>();
      let best = cur;
      let bestScore = score(cur, ctx, sc, ad, r.key, docAdmins) + near(cur);
      for (const c of lookup(r.key)) {
        if (c.kind !== 'city' || c.id === cur.id) continue;
        const sv = score(c, ctx, sc, ad, r.key, docAdmins) + near(c);
        if (sv > bestScore + 0.5) {
          bestScore = sv;
          best = c;
        }
      }
      chosen[idx] = best;
    });
  }
  return { chosen, via, messages };
}

/** The entry naming `country` (its name, demonym or capital) among an actor match's values. */
function countryNamed(values: readonly ActorHit[], country: string) {
  for (const v of values) if (namesCountry(v) && v.country === country) return v;
  return undefined;
}

/**
 * Countries, demonyms and capitals inside actor mentions name places too ("Kyrgyz servicemen"
 * names Kyrgyzstan): kept as toponyms with trigger "actor", never as event places.
 */
function actorPlaces(
  doc: Doc,
  k: Knowledge,
  lookup: Lookup,
  { text, tokens, lower, persons, raws }: Recognised,
  chosen: readonly (PlaceCandidate | null)[],
): PlaceMention[] {
  const actors = doc.layers.actors ?? [];
  const actorPlaces: PlaceMention[] = [];
  // A capital's name the report has read as another place ("LONDON, Ky. ... London Police") is
  // that place inside an actor too.
  const readAs = new Map<string, PlaceCandidate>();
  raws.forEach((r, idx) => {
    const c = chosen[idx];
    if (c && c.kind === 'city' && !readAs.has(r.key)) readAs.set(r.key, c);
  });
  for (const act of actors) {
    if (!act.country || act.sector === 'IGO') continue;
    // The actor's own tokens, found by binary search (a report has many actors and tokens).
    for (let i = firstStartingAt(tokens, act.start); i < tokens.length && tokens[i]!.end <= act.end; i++) {
      const t = tokens[i]!;
      if (persons[i]) continue;
      const m = k.actorMatcher.matchAt(lower, i);
      const hit = m ? countryNamed(m.values, act.country) : undefined;
      if (!m || !hit || !isCap(text, t)) continue;
      const key = text.slice(t.start, tokens[i + m.length - 1]!.end).toLowerCase();
      // The capital itself, not a place of its country known by the name ("City of London").
      const capital = () => {
        const same = lookup(key).filter((c) => c.country === act.country);
        return same.find((c) => c.featureCode === 'PPLC') ?? same[0] ?? null;
      };
      const resolved =
        hit.kind === 'capital' ? (readAs.get(key) ?? capital()) : (k.countryPlaces.get(act.country) ?? null);
      if (resolved)
        actorPlaces.push({
          start: t.start,
          end: tokens[i + m.length - 1]!.end,
          name: text.slice(t.start, tokens[i + m.length - 1]!.end),
          resolved,
          precision: resolved.basePrecision,
          trigger: 'actor',
          rules: [`actor-${hit.kind}`],
        });
      i += m.length - 1;
    }
  }
  return actorPlaces;
}

/** The place mentions of the names read, with their precision; a known name no reading of which fits is none. */
function placeMentions(
  { text, tokens, lower, raws }: Recognised,
  chosen: readonly (PlaceCandidate | null)[],
  via: Uint8Array,
  messages: Message[],
  lookup: Lookup,
): PlaceMention[] {
  const places: PlaceMention[] = [];
  raws.forEach((r, idx) => {
    // A known name no reading of which fits the report ("Hydro", "the Boons", "Barca"), with no
    // locative word or place verb before it and no settlement or feature word around it, is no
    // place mention at all.
    const start = tokens[r.i]!.start;
    // "Sichuan province", "the Mirpur area": the name is the span, as gazetteers and geoparsing
    // corpora write it; the generic word after it, in lower case, only helped to read it.
    const lastWord = lower[r.j - 1]!;
    const generic =
      r.j - r.i > 1 &&
      /^\p{Ll}/u.test(text.charAt(tokens[r.j - 1]!.start)) &&
      (ADMIN2.has(lastWord) || ADMIN3.has(lastWord) || SETTLEMENT.has(lastWord) || AREA_OF.has(lastWord));
    const end = tokens[generic ? r.j - 2 : r.j - 1]!.end;
    if (!chosen[idx] && !r.trigger && !r.settlement && !r.only && !r.cued) {
      messages.push({
        code: 'CASUS_W106',
        stage: 'find-places',
        message: `"${text.slice(start, end)}" is in the gazetteer, but no reading of it fits the report`,
        span: { start, end },
      });
      return;
    }
    const resolved = chosen[idx] ?? null;
    const rules = [...VIA_RULES[via[idx]!]!];
    let precision: 1 | 2 | 3 = resolved ? resolved.basePrecision : 2;
    if (via[idx] === VIA_LOCALITY || via[idx] === VIA_LANDMARK) precision = 2;
    if (r.adminLevel && resolved?.kind === 'city') {
      precision = r.adminLevel;
      rules.push(`admin-word-${r.adminLevel}`);
    }
    if (r.trigger === 'near' && precision === 1) {
      precision = 2;
      rules.push('near');
    }
    if (!resolved) {
      messages.push({
        code: 'CASUS_W102',
        stage: 'find-places',
        message: lookup(r.key).length
          ? `place "${text.slice(start, end)}": no gazetteer reading of it fits the report`
          : `place "${text.slice(start, end)}" not in the gazetteer`,
        span: { start, end },
      });
    }
    places.push({
      start,
      end,
      name: text.slice(start, end),
      resolved,
      precision,
      trigger: r.trigger,
      rules,
      // (A listed locality or a landmark is named in the claim beside the place that stands for it.)
      ...(via[idx] === VIA_LOCALITY || via[idx] === VIA_LANDMARK ? { near: text.slice(start, end) } : {}),
    });
  });
  return places;
}
