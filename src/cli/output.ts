import type { Claim } from '../core/types.js';
import type { Incident } from '../incidents/build-incidents.js';

/** One CSV field, quoted when needed. */
export function csvField(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CLAIM_COLUMNS = [
  'claim',
  'doc',
  'date',
  'time',
  'plover',
  'mode',
  'cameo',
  'acled_type',
  'acled_subtype',
  'status',
  'source',
  'source_code',
  'target',
  'target_code',
  'place',
  'country',
  'lat',
  'lon',
  'geo_precision',
  'killed',
  'injured',
  'arrested',
  'crowd',
  'claimant',
  'confidence',
  'evidence',
] as const;

export function claimRow(c: Claim): Record<(typeof CLAIM_COLUMNS)[number], unknown> {
  return {
    claim: c.claim,
    doc: c.doc,
    date: c.date?.value ?? '',
    time: c.date?.time ?? '',
    plover: c.event.plover,
    mode: c.event.mode ?? '',
    cameo: c.event.cameo,
    acled_type: c.event.acled[0],
    acled_subtype: c.event.acled[1],
    status: c.status,
    source: c.source.map((a) => a.name).join('; '),
    source_code: c.source.map((a) => a.code).join('; '),
    target: c.target.map((a) => a.name).join('; '),
    target_code: c.target.map((a) => a.code).join('; '),
    place: c.place?.name ?? '',
    country: c.place?.country ?? '',
    lat: c.place?.lat ?? '',
    lon: c.place?.lon ?? '',
    geo_precision: c.place?.precision ?? '',
    killed: c.size.killed ?? '',
    injured: c.size.injured ?? '',
    arrested: c.size.arrested ?? '',
    crowd: c.size.crowd ?? '',
    claimant: c.claimant.map((l) => l.name).join(' > '),
    confidence: c.confidence,
    evidence: c.evidence.text,
  };
}

export function toCsv(claims: readonly Claim[]): string {
  const lines = [CLAIM_COLUMNS.join(',')];
  for (const c of claims) {
    const r = claimRow(c);
    lines.push(CLAIM_COLUMNS.map((k) => csvField(r[k])).join(','));
  }
  return lines.join('\n') + '\n';
}

export function toGeoJson(claims: readonly Claim[]): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: claims
      .filter((c) => c.place)
      .map((c) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [c.place!.lon, c.place!.lat] },
        properties: {
          ...claimRow(c),
          precision_note: c.place!.precision === 3 ? 'region or country: not a point location' : undefined,
        },
      })),
  });
}

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

/** A fixed-width table for the terminal. */
export function toTable(claims: readonly Claim[]): string {
  const cols: [string, number, (c: Claim) => string][] = [
    ['date', 16, (c) => `${c.date?.value ?? ''}${c.date?.time ? ` ${c.date.time}` : ''}`],
    ['type', 9, (c) => c.event.plover],
    ['acled', 24, (c) => c.event.acled[1]],
    ['source', 22, (c) => c.source.map((a) => a.code).join('+') || '-'],
    ['target', 12, (c) => c.target.map((a) => a.code).join('+') || '-'],
    ['place', 18, (c) => (c.place ? `${c.place.name} (${c.place.country}) p${c.place.precision}` : '-')],
    ['status', 8, (c) => c.status],
    ['claimant', 30, (c) => c.claimant.map((l) => l.name).join(' > ')],
  ];
  const line = (vals: string[]) =>
    vals
      .map((v, i) => clip(v, cols[i]![1]).padEnd(cols[i]![1]))
      .join('  ')
      .trimEnd();
  return (
    [line(cols.map((c) => c[0])), ...claims.map((c) => line(cols.map((col) => col[2](c))))].join('\n') + '\n'
  );
}

/** Incidents as a terminal table. */
export function incidentTable(incidents: readonly Incident[]): string {
  const cols: [string, number, (i: Incident) => string][] = [
    ['id', 18, (i) => i.id],
    ['date', 10, (i) => i.date.from ?? ''],
    ['type', 9, (i) => i.plover],
    ['acled', 22, (i) => i.acled[1]],
    ['sides', 20, (i) => i.sides.join(' ')],
    ['place', 22, (i) => (i.place ? `${i.place.name} (${i.place.country}) p${i.place.precision}` : '-')],
    ['claims', 6, (i) => `${i.claims.length}/${i.origins}`],
    [
      'killed',
      6,
      (i) =>
        i.fatalities.low === null
          ? '-'
          : i.fatalities.low === i.fatalities.high
            ? String(i.fatalities.low)
            : `${i.fatalities.low}-${i.fatalities.high}`,
    ],
    ['disputed', 24, (i) => Object.keys(i.disputes).join(',') || '-'],
  ];
  const line = (vals: string[]) =>
    vals
      .map((v, n) => clip(v, cols[n]![1]).padEnd(cols[n]![1]))
      .join('  ')
      .trimEnd();
  return (
    [line(cols.map((c) => c[0])), ...incidents.map((i) => line(cols.map((c) => c[2](i))))].join('\n') + '\n'
  );
}
