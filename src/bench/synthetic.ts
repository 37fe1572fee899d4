import { readFileSync } from 'node:fs';
import { fingerprint } from '../core/doc.js';
import type { ActorOut, Claim, Doc } from '../core/types.js';
import type { EventStore } from '../store/event-store.js';

/** A small deterministic PRNG (mulberry32), so a synthetic store is the same every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Town {
  id: number;
  name: string;
  lat: number;
  lon: number;
  country: string;
  admin1: string;
}

/** Towns of the compiled gazetteer that are seats of administration: realistic event places. */
export function seatTowns(gazetteerTsv: string): Town[] {
  const out: Town[] = [];
  for (const line of readFileSync(gazetteerTsv, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 7 || !/^PPL(A|A2|C)$/.test(f[4]!)) continue;
    out.push({
      id: Number(f[0]),
      name: f[1]!,
      lat: Number(f[2]),
      lon: Number(f[3]),
      country: f[5]!,
      admin1: f[6]!,
    });
  }
  return out;
}

const EVENTS: readonly {
  verb: string;
  code: Claim['event'];
  sector: string;
  target: string;
  killed: boolean;
}[] = [
  {
    verb: 'attacked',
    code: { plover: 'ASSAULT', mode: 'firearms', cameo: '190', acled: ['Battles', 'Armed clash'] },
    sector: 'MIL',
    target: 'REB',
    killed: true,
  },
  {
    verb: 'shelled',
    code: {
      plover: 'ASSAULT',
      mode: 'artillery',
      cameo: '195',
      acled: ['Explosions/Remote violence', 'Shelling/artillery/missile attack'],
    },
    sector: 'MIL',
    target: 'CVL',
    killed: true,
  },
  {
    verb: 'arrested',
    code: { plover: 'COERCE', mode: 'arrest', cameo: '173', acled: ['Strategic developments', 'Arrests'] },
    sector: 'COP',
    target: 'OPP',
    killed: false,
  },
  {
    verb: 'marched against',
    code: { plover: 'PROTEST', mode: 'demonstrate', cameo: '141', acled: ['Protests', 'Peaceful protest'] },
    sector: 'CVL',
    target: 'GOV',
    killed: false,
  },
  {
    verb: 'met',
    code: { plover: 'CONSULT', mode: 'meet', cameo: '040', acled: ['Strategic developments', 'Other'] },
    sector: 'GOV',
    target: 'GOV',
    killed: false,
  },
  {
    verb: 'accused',
    code: { plover: 'ACCUSE', mode: null, cameo: '112', acled: ['Strategic developments', 'Other'] },
    sector: 'GOV',
    target: 'MIL',
    killed: false,
  },
];
const SECTOR_WORD: Record<string, string> = {
  MIL: 'soldiers',
  REB: 'rebels',
  CVL: 'villagers',
  COP: 'police',
  OPP: 'opposition activists',
  GOV: 'officials',
};
const OUTLETS = ['Wire One', 'Daily Ledger', 'Frontier Post', 'Morning Star', 'Radio Ridge'];
const WORDS = [
  'market',
  'checkpoint',
  'bridge',
  'convoy',
  'school',
  'mosque',
  'church',
  'hospital',
  'border',
  'river',
];

/**
 * One synthetic report with one claim, every span true to its text: "<Country> soldiers
 * attacked rebels near <Town> on <date>, killing 3 people near the bridge, Wire One reported."
 */
export function syntheticDoc(i: number, towns: readonly Town[], rnd: () => number): Doc {
  const town = towns[Math.floor(rnd() * towns.length)]!;
  const ev = EVENTS[Math.floor(rnd() * EVENTS.length)]!;
  const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(rnd() * 10 * 365) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const killed = ev.killed && rnd() < 0.7 ? Math.floor(rnd() * 30) : null;
  const outlet = OUTLETS[Math.floor(rnd() * OUTLETS.length)]!;
  const word = WORDS[Math.floor(rnd() * WORDS.length)]!;
  const srcText = `${town.country} ${SECTOR_WORD[ev.sector]}`;
  const tgtText = SECTOR_WORD[ev.target]!;
  const text = `${srcText} ${ev.verb} ${tgtText} near ${town.name} on ${day}${killed !== null ? `, killing ${killed} people` : ''} by the ${word}, ${outlet} reported. (Synthetic report ${i}.)`;
  const at = (s: string, from = 0) => {
    const start = text.indexOf(s, from);
    return { start, end: start + s.length };
  };
  const actor = (t: string, country: string | null, sector: string, from = 0): ActorOut => ({
    text: t,
    span: at(t, from),
    country,
    sector,
    org: null,
    name: `${sector} (${country ?? 'unknown'})`,
    code: `${country ?? '---'}${sector}`,
  });
  const id = fingerprint(text).slice(0, 16);
  const evidenceEnd = text.indexOf(' (Synthetic');
  const claim: Claim = {
    doc: id,
    claim: `${id}-0`,
    evidence: { start: 0, end: evidenceEnd, text: text.slice(0, evidenceEnd) },
    event: ev.code,
    source: [actor(srcText, town.country, ev.sector)],
    target: [actor(tgtText, null, ev.target, srcText.length)],
    place: {
      text: town.name,
      span: at(town.name, srcText.length),
      name: town.name,
      geonameid: town.id,
      lat: town.lat,
      lon: town.lon,
      country: town.country,
      admin1: town.admin1 || null,
      precision: 1,
    },
    date: { text: day, span: at(day), value: day, time: null, precision: 'day' },
    size: { killed, injured: null, arrested: null, crowd: null },
    claimant: [{ role: 'outlet', name: outlet, country: null, span: at(outlet) }],
    status: 'asserted',
    confidence: 0.9,
    rules: ['synthetic'],
  };
  return {
    id,
    text,
    meta: { outlet, published: day, title: `Synthetic report ${i}` },
    layers: { sentences: [{ start: 0, end: text.length }], claims: [claim] },
    messages: [],
  };
}

/** Fill a store with `n` synthetic reports (one claim each), in batches; returns claims stored. */
export function fillSynthetic(
  store: EventStore,
  gazetteerTsv: string,
  n: number,
  opts: { seed?: number; batch?: number; onProgress?: (done: number) => void } = {},
): number {
  const towns = seatTowns(gazetteerTsv);
  const rnd = prng(opts.seed ?? 1);
  const size = opts.batch ?? 5000;
  let claims = 0;
  for (let i = 0; i < n; i += size) {
    const docs = Array.from({ length: Math.min(size, n - i) }, (_, j) => syntheticDoc(i + j, towns, rnd));
    claims += store.saveBatch(docs).claims;
    opts.onProgress?.(Math.min(n, i + size));
  }
  return claims;
}
