import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { makeDoc } from '../core/doc.js';
import { CasusError } from '../core/errors.js';
import { haversineKm } from '../core/geo.js';
import type { Claim } from '../core/types.js';
import type { Knowledge } from '../knowledge/load.js';
import { codeDoc } from '../stages/index.js';
import { acledMergedShare } from './incidents.js';
import { confusion, macroF1, ratio } from './metrics.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** ACLED `event_date` in any of its layouts (`3-May-20`, `27-12-19`, `2020-05-03`, `03 May 2020`) as ISO. */
export function parseAcledDate(s: string): string | null {
  const t = s.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return t;
  m = /^(\d{1,2})[- ]([A-Za-z]{3,9})[- ](\d{2}|\d{4})$/.exec(t);
  if (m) {
    const mon = MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase());
    if (mon < 0) return null;
    const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return `${y}-${String(mon + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  }
  m = /^(\d{1,2})[-/](\d{1,2})[-/](\d{2}|\d{4})$/.exec(t);
  if (m) {
    const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return `${y}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  }
  return null;
}

/** The country an ACLED actor name states ("Police Forces of Kenya (2013-2022)", "Protesters (Kenya)"). */
export function acledActorCountry(name: string, k: Knowledge): string | null {
  const candidates: string[] = [];
  // "Military Forces of the Democratic Republic of Congo (2019-)": the name after the first
  // "of (the)", whole, before any later "of" inside it ("Republic of Congo").
  const of = /\bof (?:the )?([A-Z][\p{L}' .-]+?)(?:\s*\(|$)/u.exec(name);
  if (of?.[1]) candidates.push(of[1]);
  for (const m of name.matchAll(/\(([^)]+)\)/g)) candidates.push(m[1]!);
  for (const c of candidates) {
    const iso = k.countryByName.get(c.trim().toLowerCase());
    if (iso) return iso;
  }
  return null;
}

/**
 * The ISO3 country of an ACLED row: its iso3 column, unless that holds a retired code ("ROM" for
 * Romania), when the country's name decides.
 */
export function acledRowCountry(r: Record<string, string>, k: Knowledge): string | null {
  if (r.iso3 && k.countries.has(r.iso3)) return r.iso3;
  return (r.country ? k.countryByName.get(r.country.toLowerCase()) : undefined) ?? r.iso3 ?? null;
}

/** The claim that stands for the note: the first asserted one that is not a side remark. */
export function mainClaim(claims: readonly Claim[]): Claim | null {
  const asserted = claims.filter((c) => c.status === 'asserted');
  // Not the background of another act ("residents blocked the road after robbers killed a
  // teacher" is the protest's note).
  const fore = asserted.filter((c) => !c.rules.includes('background'));
  const told = (list: readonly Claim[]) => list.find((c) => c.event.acled[0] !== 'Strategic developments');
  // (A movement of forces told in the foreground is the note's, the fighting it is told with its
  // background: "reinforcements arrived on the frontlines as battles continue".)
  const moved = fore.find((c) => c.event.acled[1] === 'Change to group/activity');
  return told(fore) ?? moved ?? told(asserted) ?? asserted[0] ?? claims[0] ?? null;
}

/**
 * Score casus on ACLED notes: the note text is coded with the year of the event and the row's
 * `source` (the outlets ACLED read) as publication context, as a user's report carries its
 * date and outlet; everything else in the row is gold.
 */
export function evalAcled(
  file: string,
  k: Knowledge,
  opts: { limit?: number } = {},
): Record<string, unknown> {
  let rows: Record<string, string>[];
  try {
    rows = parse(readFileSync(file, 'utf8'), {
      columns: true,
      skip_empty_lines: true,
      relax_column_count: true,
      bom: true,
    });
  } catch (err) {
    throw new CasusError('CASUS_E030', `${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (rows.length === 0 || !('notes' in rows[0]!) || !('event_type' in rows[0]!)) {
    throw new CasusError('CASUS_E030', `${file}: not an ACLED export (needs notes and event_type columns)`);
  }
  if (opts.limit) rows = rows.slice(0, opts.limit);
  const t0 = performance.now();
  const types: { gold: string; pred: string }[] = [];
  let subHit = 0;
  let dateN = 0;
  let dateHit = 0;
  const loc = { n: 0, c25: 0, c161: 0, country: 0 };
  const loc1 = { n: 0, c25: 0, c161: 0, country: 0 };
  const a1 = { n: 0, hit: 0 };
  const a2 = { n: 0, hit: 0 };
  let fatHit = 0;
  let noClaim = 0;
  for (const r of rows) {
    const gold = parseAcledDate(r.event_date ?? '');
    const year = gold?.slice(0, 4) ?? r.year;
    const doc = codeDoc(makeDoc(r.notes ?? '', { published: year, outlet: r.source || undefined }), k);
    const c = mainClaim(doc.layers.claims ?? []);
    if (!c) noClaim++;
    types.push({ gold: r.event_type ?? '', pred: c?.event.acled[0] ?? '(none)' });
    if (c && c.event.acled[1] === r.sub_event_type) subHit++;
    if (gold) {
      const month = Number(gold.slice(5, 7)) - 1;
      const notes = (r.notes ?? '').toLowerCase();
      if (new RegExp(`\\b(?:${MONTH_NAMES[month]}|${MONTHS[month]}\\.?)\\b`).test(notes)) {
        dateN++;
        if (c?.date?.value === gold && c.date.precision === 'day') dateHit++;
      }
    }
    const lat = Number(r.latitude);
    const lon = Number(r.longitude);
    if (r.latitude && r.longitude && Number.isFinite(lat) && Number.isFinite(lon)) {
      const buckets = r.geo_precision === '1' ? [loc, loc1] : [loc];
      const d = c?.place ? haversineKm(lat, lon, c.place.lat, c.place.lon) : Number.POSITIVE_INFINITY;
      const goldIso = acledRowCountry(r, k);
      for (const b of buckets) {
        b.n++;
        if (d <= 25) b.c25++;
        if (d <= 161) b.c161++;
        if (c?.place && goldIso && c.place.country === goldIso) b.country++;
      }
    }
    const g1 = acledActorCountry(r.actor1 ?? '', k);
    if (g1) {
      a1.n++;
      if (c?.source[0]?.country === g1) a1.hit++;
    }
    const g2 = acledActorCountry(r.actor2 ?? '', k);
    if (g2) {
      a2.n++;
      if (c?.target[0]?.country === g2) a2.hit++;
    }
    if ((c?.size.killed ?? 0) === Number(r.fatalities ?? 0)) fatHit++;
  }
  const seconds = (performance.now() - t0) / 1000;
  const incidents = acledMergedShare(
    rows.map((r, i) => ({
      id: r.event_id_cnty || String(i),
      text: r.notes ?? '',
      year: parseAcledDate(r.event_date ?? '')?.slice(0, 4) ?? r.year ?? '',
    })),
    k,
  );
  const n = rows.length;
  const bucket = (b: typeof loc) => ({
    n: b.n,
    within_25km: ratio(b.c25, b.n),
    within_161km: ratio(b.c161, b.n),
    country: ratio(b.country, b.n),
  });
  return {
    kind: 'acled',
    file,
    n,
    no_claim: noClaim,
    event_type: {
      accuracy: ratio(types.filter((t) => t.gold === t.pred).length, n),
      macro_f1: macroF1(types),
      confusion: confusion(types),
    },
    sub_event_type: { accuracy: ratio(subHit, n) },
    date: { exact: ratio(dateHit, dateN), n: dateN },
    location: { ...bucket(loc), geo_precision_1: bucket(loc1) },
    actor1: { country: ratio(a1.hit, a1.n), n: a1.n },
    actor2: { country: ratio(a2.hit, a2.n), n: a2.n },
    fatalities: { exact: ratio(fatHit, n) },
    incidents: { merged_share: incidents.share, merged: incidents.merged },
    seconds: Math.round(seconds * 100) / 100,
  };
}
