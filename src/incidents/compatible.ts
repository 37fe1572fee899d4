import { createHash } from 'node:crypto';
import { haversineKm } from '../core/geo.js';
import type { Claim, DatePrecision } from '../core/types.js';

/** The days a claim's date may cover, given its precision. */
export function dateWindow(c: Claim): [string, string] | null {
  const d = c.date;
  if (!d) return null;
  const v = d.value;
  const p: DatePrecision = d.precision;
  if (p === 'day') return [v, v];
  if (p === 'week') return [shift(v, -3), shift(v, 3)];
  if (p === 'month') return [v.slice(0, 7) + '-01', v.slice(0, 7) + '-31'];
  return [v.slice(0, 4) + '-01-01', v.slice(0, 4) + '-12-31'];
}

function shift(v: string, days: number): string {
  const d = new Date(`${v}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * How far apart two places may be and still be one event, by the coarser precision: a named
 * town (1) pins the event, a nearby town (2) less, a region or country (3) only roughly.
 */
export const MAX_KM: Record<1 | 2 | 3, number> = { 1: 5, 2: 25, 3: 100 };

/** The countries on each side, as a sorted key; null where a side names none. */
function sides(c: Claim): { a: string | null; b: string | null } {
  const one = (list: Claim['source']) =>
    [...new Set(list.map((x) => x.country).filter((x): x is string => !!x))].sort().join('+') || null;
  // A perpetrator the text does not name ("a man was shot dead") is an unknown side.
  const unnamed = c.rules.includes('source:unnamed-perpetrator');
  return { a: unnamed ? null : one(c.source), b: one(c.target) };
}

export interface Match {
  readonly rule: string;
  readonly score: number;
  /** True when the two claims name the sides the other way round (a disputed initiator). */
  readonly reversed: boolean;
}

/**
 * The key syndicated copies share: type, date and normalised evidence text (null when the
 * evidence is too short to tell a copy from a stock phrase).
 */
export function syndicationKey(c: Claim): string | null {
  if (c.evidence.text.length < 80) return null;
  return `${c.event.plover}|${c.date?.value ?? ''}|${originKey(c)}`;
}

// A claim is stored, looked up for copies and grouped in one batch: its key and hash are made once.
const keys = new WeakMap<Claim, string>();
const hashes = new WeakMap<Claim, string | null>();

/** A short hash of a claim's syndication key, stored and indexed to find copies of a story. */
export function originHash(c: Claim): string | null {
  let h = hashes.get(c);
  if (h !== undefined) return h;
  const k = syndicationKey(c);
  h = k === null ? null : createHash('sha1').update(k).digest('hex').slice(0, 20);
  hashes.set(c, h);
  return h;
}

/** Normalised evidence text: syndicated copies of one wire story share it. */
export function originKey(c: Claim): string {
  let k = keys.get(c);
  if (k === undefined) {
    k = c.evidence.text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    keys.set(c, k);
  }
  return k;
}

/**
 * Whether two claims tell the same real-world event: same PLOVER type, overlapping date
 * windows, places within a distance set by their precision, and compatible sides (the same
 * countries, or the same countries the other way round). Returns the rule and scores, or null.
 */
export function sameEvent(x: Claim, y: Claim): Match | null {
  if (x.claim === y.claim) return null;
  // ACLED rows are distinct events by ACLED's own account: never merge two of them.
  if (x.rules.includes('acled-import') && y.rules.includes('acled-import')) return null;
  if (x.event.plover !== y.event.plover) return null;
  if (x.status === 'hypothetical' || y.status === 'hypothetical') return null;
  const wx = dateWindow(x);
  const wy = dateWindow(y);
  if (!wx || !wy) return null;
  if (wx[1] < wy[0] || wy[1] < wx[0]) return null;
  const dayBoth = x.date?.precision === 'day' && y.date?.precision === 'day';
  // Places are required: without them, "the same day and the same sides" joins distinct events.
  if (!x.place || !y.place) return null;
  // Two different villages the gazetteer does not know are two places, whatever town stands for them.
  const dx = x.place.detail ?? [];
  const dy = y.place.detail ?? [];
  if (dx.length > 0 && dy.length > 0 && !dx.some((d) => dy.includes(d))) return null;
  // One names an unknown village, the other a different known town: two places.
  const town = (p: NonNullable<Claim['place']>) => p.name.toLowerCase();
  if (dx.length > 0 && dy.length === 0 && y.place.precision === 1 && !dx.includes(town(y.place))) return null;
  if (dy.length > 0 && dx.length === 0 && x.place.precision === 1 && !dy.includes(town(x.place))) return null;
  const km = haversineKm(x.place.lat, x.place.lon, y.place.lat, y.place.lon);
  const coarse = Math.max(x.place.precision, y.place.precision) as 1 | 2 | 3;
  const samePlace = km < 0.5;
  if (km > MAX_KM[coarse]) return null;

  const sx = sides(x);
  const sy = sides(y);
  const eq = (p: string | null, q: string | null) => p === null || q === null || p === q;
  const direct = eq(sx.a, sy.a) && eq(sx.b, sy.b);
  const reversed = !direct && eq(sx.a, sy.b) && eq(sx.b, sy.a);
  if (!direct && !reversed) return null;
  // At least one side named by both claims and the same: unknown sides do not chain events.
  const shared = direct
    ? (sx.a !== null && sx.a === sy.a) || (sx.b !== null && sx.b === sy.b)
    : (sx.a !== null && sx.a === sy.b) || (sx.b !== null && sx.b === sy.a);
  if (!shared) return null;
  const named = [sx.a, sx.b, sy.a, sy.b].filter((s) => s !== null).length;
  const competing = reversed && named === 4;
  // A region-level place pins little: then all four sides must be named, and in one country
  // unless the two claims are the two sides' competing accounts of a border incident.
  if (coarse === 3 && (named < 4 || (x.place.country !== y.place.country && !competing))) return null;
  // A coarse date pins little too: then the same place and all sides.
  if (!dayBoth && !(samePlace && named === 4)) return null;
  const sameAcled = x.event.acled[0] === y.event.acled[0];
  if (!sameAcled && !competing) return null;
  const dateScore = dayBoth ? 1 : 0.6;
  const placeScore = 1 - km / (MAX_KM[coarse] * 2);
  const score = Math.round(((dateScore + placeScore + named / 4) / 3) * 1000) / 1000;
  const rule = `same-type+date+within-${Math.round(km)}km+${reversed ? 'reversed-sides' : 'same-sides'}`;
  return { rule, score, reversed };
}
