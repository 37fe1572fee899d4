import { readFileSync } from 'node:fs';
import { makeDoc } from '../core/doc.js';
import { CasusError } from '../core/errors.js';
import { haversineKm } from '../core/geo.js';
import type { Doc, PlaceCandidate, PlaceMention, Span } from '../core/types.js';
import { type Knowledge, namesCountry } from '../knowledge/load.js';
import { phraseTokens } from '../nlp/wink.js';
import { cityOrArea, contextCountries, score, toponymOnly } from '../stages/find-places.js';
import { codeDoc } from '../stages/index.js';
import { ratio } from './metrics.js';

interface GoldToponym {
  start: number;
  end: number;
  name: string;
  geonameid?: string | number | null;
  lat?: number | null;
  lon?: number | null;
  nonLocational?: string;
  offsetOk?: boolean;
  /** GeoWebNews only: the annotation type. */
  type?: string;
}

/**
 * GeoWebNews annotates more than toponyms: the expressions that tell a toponym's type
 * ("residents", "lot"), non-toponyms, demonyms for people ("Nigerians"), homonyms and language
 * names. Recognition is scored on the toponym types only (literal, metonymic, modifiers,
 * mixed, embedded, coercion), as the corpus' authors define a toponym.
 */
const NOT_TOPONYMS = new Set([
  'Non_Lit_Expression',
  'Literal_Expression',
  'Non_Toponym',
  'Demonym',
  'Homonym',
  'Language',
]);

const EARTH_HALF = 20039;

/**
 * What may stand between a place and the named place holding it: a comma or "in", "of", "near"
 * or "outside", perhaps a short description first and a direction after ("Kasba Bonli, a
 * market town in Rajasthan", "the South Kilburn Estate, in north west London", "Maoxian county
 * in Sichuan province", "Knockhill, Fife").
 */
const HELD_BY =
  /^\s*(?:,\s*(?:(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:in|of|near|outside)\s+)?|(?:,\s*)?(?:in|of|near|outside)\s+)(?:the\s+)?(?:(?:north|south|east|west|central)(?:ern)?[\s-]+){0,2}$/i;

/**
 * The named place holding a place the gazetteer does not know, named right after it: a town or
 * area, never a country (which says no more than the report does). `places`: the report's.
 */
function heldBy(places: readonly PlaceMention[], unknown: Span, text: string): PlaceMention | null {
  for (const p of places) {
    if (p.start < unknown.end) continue;
    if (p.start - unknown.end > 40) break;
    if (!p.resolved || p.resolved.kind === 'country' || toponymOnly(p)) continue;
    // (Not the head of a longer name: "Florida Atlantic University, California Polytechnic".)
    const held =
      HELD_BY.test(text.slice(unknown.end, p.start)) && !/^\s+\p{Lu}/u.test(text.slice(p.end, p.end + 3));
    return held ? p : null;
  }
  return null;
}

/** Resolve a name found at a given span: our own mention there if any, else the name with the document's context. */
export function resolveAt(doc: Doc, k: Knowledge, t: GoldToponym): PlaceCandidate | null {
  const places = doc.layers.places ?? [];
  // The mention of exactly the gold span if there is one ("Syrian" in "the Syrian capital", whose
  // own mention is the capital), else the first that overlaps it.
  const overlapping = places.filter((p) => p.resolved && p.start < t.end && t.start < p.end);
  const own = overlapping.find((p) => p.start === t.start && p.end === t.end) ?? overlapping[0];
  if (own?.resolved) return own.resolved;
  // A name we found but could not resolve ("Archibald Street", "the village of X") stands in,
  // as an event's place does, for the place holding it named after it, else the nearest named
  // town before it, else after it (precision 2).
  const standIn = (): PlaceCandidate | null => {
    // The named place holding it, named right after it ("Kasba Bonli, a market town in
    // Rajasthan", "the Bambino Gesu hospital in Rome").
    const holder = heldBy(places, t, doc.text);
    if (holder?.resolved) return holder.resolved;
    const towns = places.filter(
      (p) => (p.resolved?.kind === 'city' || p.resolved?.kind === 'supplement') && !toponymOnly(p),
    );
    const town = towns.filter((p) => p.end <= t.start).at(-1) ?? towns.find((p) => p.start >= t.end);
    return town?.resolved ?? null;
  };
  // So does a known name the pipeline read as no place (CASUS_W106): it judged every reading wrong.
  const declined = doc.messages.some(
    (m) => m.code === 'CASUS_W106' && m.span && m.span.start < t.end && t.start < m.span.end,
  );
  if (declined || places.some((p) => p.start < t.end && t.start < p.end)) {
    const town = standIn();
    if (town) return town;
  }
  const written = doc.text.slice(t.start, t.end);
  const name = written.toLowerCase();
  let cands = k.gazetteer.lookup(name);
  // A state written short on its own ("in B.C.", "Ga."): the gold span says it is a place.
  if (cands.length === 0) cands = [...(k.adminAbbreviations.get(written) ?? [])];
  if (cands.length === 0) {
    // Country short names, demonyms and adjectives used as places ("UAE", "Turkish", "the Kyrgyz side").
    const words = phraseTokens(written).surface;
    const hit = k.actorMatcher.matchAt(words, 0);
    const iso = hit?.length === words.length ? hit.values.find(namesCountry) : undefined;
    const entry = iso ? k.countryPlaces.get(iso.country) : undefined;
    if (entry) cands = [entry];
  }
  // A name no gazetteer knows ("Royal Street", "Glenrock Lagoon") is somewhere in the town the
  // text is about: the nearest named town, as for an unresolved event place.
  if (cands.length === 0) return standIn();
  const ctx = contextCountries(doc, k);
  for (const p of doc.layers.places ?? [])
    if (p.resolved) ctx.set(p.resolved.country, (ctx.get(p.resolved.country) ?? 0) + 0.5);
  let best: PlaceCandidate | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const c of cands) {
    const s = score(c, ctx, new Set(), new Set(), name);
    if (s > bestScore) {
      bestScore = s;
      best = c;
    }
  }
  if (!best) return null;
  const words = doc.text
    .slice(t.end, t.end + 40)
    .trim()
    .split(/\s+/);
  const before = doc.text
    .slice(Math.max(0, t.start - 20), t.start)
    .trim()
    .split(/\s+/);
  return cityOrArea(
    best,
    cands,
    (words[0] ?? '').toLowerCase(),
    (before.at(-1) ?? '').toLowerCase(),
    (before.at(-2) ?? '').toLowerCase(),
  );
}

/**
 * Toponym resolution given the gold spans (acc@161 km, acc@25 km, exact GeoNames id, median and
 * mean error, AUC of the log error; an unresolved toponym counts as the largest error), and
 * recognition end to end (exact-span precision, recall, F1, and with any overlap).
 */
export function evalGeo(file: string, k: Knowledge): Record<string, unknown> {
  let articles: {
    id: string;
    text: string;
    date?: string;
    url?: string;
    domain?: string;
    toponyms: GoldToponym[];
  }[];
  try {
    articles = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l));
  } catch (err) {
    throw new CasusError('CASUS_E030', `${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const t0 = performance.now();
  const errors: number[] = [];
  let exactN = 0;
  let exactHit = 0;
  let unresolved = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let otp = 0;
  let ofn = 0;
  let ofp = 0;
  for (const a of articles) {
    const published = a.date && /^\d{4}-\d{2}-\d{2}/.test(a.date) ? a.date.slice(0, 10) : undefined;
    // The article's web address is metadata a user's own reports carry too (its domain's
    // country); TR-News also gives the outlet's domain where the address is a short link.
    const url =
      typeof a.domain === 'string' && a.domain
        ? `https://${a.domain}/`
        : typeof a.url === 'string' && a.url
          ? a.url
          : undefined;
    const doc = codeDoc(makeDoc(a.text, { published, url }), k);
    const gold = a.toponyms.filter(
      (t) =>
        t.offsetOk !== false &&
        t.nonLocational !== 'Yes' &&
        t.lat !== null &&
        t.lat !== undefined &&
        t.lon !== null &&
        t.lon !== undefined,
    );
    for (const t of gold) {
      const r = resolveAt(doc, k, t);
      if (!r) {
        unresolved++;
        errors.push(EARTH_HALF);
      } else errors.push(haversineKm(Number(t.lat), Number(t.lon), r.lat, r.lon));
      if (t.geonameid !== null && t.geonameid !== undefined && t.geonameid !== '') {
        exactN++;
        if (
          r?.geonameid !== null &&
          r?.geonameid !== undefined &&
          String(r.geonameid) === String(t.geonameid)
        )
          exactHit++;
      }
    }
    // Recognition: our place mentions (resolved or not) against every gold toponym span.
    const ours = doc.layers.places ?? [];
    const all = a.toponyms.filter((t) => t.offsetOk !== false && !NOT_TOPONYMS.has(t.type ?? ''));
    const key = (s: { start: number; end: number }) => `${s.start}:${s.end}`;
    const goldKeys = new Set(all.map(key));
    const ourKeys = new Set(ours.map(key));
    for (const o of ours) {
      if (goldKeys.has(key(o))) tp++;
      else fp++;
      if (all.some((g) => g.start < o.end && o.start < g.end)) otp++;
      else ofp++;
    }
    for (const g of all) {
      if (!ourKeys.has(key(g))) fn++;
      if (!ours.some((o) => g.start < o.end && o.start < g.end)) ofn++;
    }
  }
  errors.sort((x, y) => x - y);
  const n = errors.length;
  const prf = (p: number, f: number, m: number) => {
    const precision = p + f === 0 ? 0 : p / (p + f);
    const recall = p + m === 0 ? 0 : p / (p + m);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return {
      precision: Math.round(precision * 10000) / 10000,
      recall: Math.round(recall * 10000) / 10000,
      f1: Math.round(f1 * 10000) / 10000,
    };
  };
  return {
    kind: 'geo',
    file,
    articles: articles.length,
    toponyms: n,
    unresolved,
    acc_161: ratio(errors.filter((e) => e <= 161).length, n),
    acc_25: ratio(errors.filter((e) => e <= 25).length, n),
    exact_geonameid: ratio(exactHit, exactN),
    median_km: n ? Math.round(errors[Math.floor(n / 2)]! * 10) / 10 : null,
    mean_km: n ? Math.round((errors.reduce((s, e) => s + e, 0) / n) * 10) / 10 : null,
    auc: n
      ? Math.round((errors.reduce((s, e) => s + Math.log(e + 1), 0) / n / Math.log(EARTH_HALF)) * 10000) /
        10000
      : null,
    recognition: { ...prf(tp, fp, fn), overlap: prf(otp, ofp, ofn) },
    seconds: Math.round((performance.now() - t0) / 10) / 100,
  };
}
