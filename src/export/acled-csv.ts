import type { Claim } from '../core/types.js';
import type { Incident } from '../incidents/build-incidents.js';
import type { Knowledge } from '../knowledge/load.js';

/** ACLED's column names, in ACLED's order. */
export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
] as const;

/** ACLED's actor type codes ("inter") from casus sectors. */
export function interCode(sector: string | null, name = ''): number {
  if (!sector) return 0;
  if (/^Militia/.test(name)) return 3;
  switch (sector) {
    case 'MIL':
    case 'COP':
    case 'GOV':
    case 'SPY':
    case 'JUD':
    case 'LEG':
      return 1;
    case 'REB':
    case 'INS':
      return 2;
    case 'CRM':
    case 'UAF':
      return 3;
    case 'RIO':
      return 5;
    case 'PRO':
    case 'OPP':
    case 'LAB':
      return 6;
    case 'CVL':
    case 'JRN':
    case 'HLH':
    case 'EDU':
    case 'REF':
    case 'MED':
    case 'BUS':
    case 'NGO':
      return 7;
    case 'IGO':
      return 8;
    default:
      return 0;
  }
}

const SECTOR_OF_INTER: Record<string, string> = {
  '1': 'MIL',
  '2': 'REB',
  '3': 'REB',
  '4': 'REB',
  '5': 'RIO',
  '6': 'PRO',
  '7': 'CVL',
  '8': 'IGO',
};
export const sectorOfInter = (inter: string) => SECTOR_OF_INTER[inter.trim()] ?? null;

function field(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Our own one-line summary of an incident, with what is disputed and by whom. */
export function incidentNote(inc: Incident, claims: readonly Claim[]): string {
  const best = claims.find((c) => c.status === 'asserted') ?? claims[0];
  const who = (list: Claim['source']) => list.map((a) => a.name).join(' and ') || 'unidentified actors';
  const parts = [
    `On ${inc.date.from ?? 'an unknown date'}${inc.place ? `, near ${inc.place.name} (${inc.place.country})` : ''}: ${inc.acled[1].toLowerCase()} (${inc.plover}) involving ${best ? `${who(best.source)} against ${who(best.target)}` : 'unknown actors'}.`,
  ];
  parts.push(`${inc.claims.length} claim(s) from ${inc.origins} independent origin(s).`);
  for (const [field, vals] of Object.entries(inc.disputes)) {
    parts.push(
      `Disputed ${field}: ${vals.map((v) => `${v.value} (${v.claimants.join('; ')})`).join(' vs ')}.`,
    );
  }
  if (inc.fatalities.low !== null && inc.fatalities.low !== inc.fatalities.high)
    parts.push(
      `Fatalities reported from ${inc.fatalities.low} to ${inc.fatalities.high}; the lowest is coded.`,
    );
  return parts.join(' ');
}

/** One ACLED-style row per incident. */
export function incidentsToAcledCsv(
  items: readonly { incident: Incident; claims: readonly Claim[] }[],
  k: Knowledge,
): string {
  const lines = [ACLED_COLUMNS.join(',')];
  for (const { incident: inc, claims } of items) {
    const best = claims.find((c) => c.status === 'asserted') ?? claims[0];
    const a1 = best?.source[0];
    const a2 = best?.target[0];
    const iso3 = inc.place?.country ?? a1?.country ?? null;
    const country = iso3 ? k.countries.get(iso3) : undefined;
    const i1 = interCode(a1?.sector ?? null, a1?.name);
    const i2 = interCode(a2?.sector ?? null, a2?.name);
    const precision = claims.find((c) => c.date)?.date?.precision;
    const row: Record<(typeof ACLED_COLUMNS)[number], unknown> = {
      event_id_cnty: inc.id,
      event_date: inc.date.from ?? '',
      year: inc.date.from?.slice(0, 4) ?? '',
      time_precision: precision === 'day' ? 1 : precision === 'week' ? 2 : precision ? 3 : '',
      event_type: inc.acled[0],
      sub_event_type: inc.acled[1],
      actor1: a1?.name ?? '',
      assoc_actor_1:
        best?.source
          .slice(1)
          .map((a) => a.name)
          .join('; ') ?? '',
      inter1: i1 || '',
      actor2: a2?.name ?? '',
      assoc_actor_2:
        best?.target
          .slice(1)
          .map((a) => a.name)
          .join('; ') ?? '',
      inter2: a2 ? i2 : 0,
      interaction: a2 ? Number(`${Math.min(i1, i2)}${Math.max(i1, i2)}`) : i1 * 10,
      iso: country?.ccn3 ? Number(country.ccn3) : '',
      region: country?.subregion ?? '',
      country: country?.name ?? iso3 ?? '',
      admin1: inc.place?.admin1 ?? '',
      admin2: '',
      admin3: '',
      location: inc.place?.name ?? '',
      latitude: inc.place?.lat ?? '',
      longitude: inc.place?.lon ?? '',
      geo_precision: inc.place?.precision ?? '',
      source: inc.claimants.join('; '),
      source_scale: '',
      notes: incidentNote(inc, claims),
      fatalities: inc.fatalities.low ?? 0,
    };
    lines.push(ACLED_COLUMNS.map((c) => field(row[c])).join(','));
  }
  return lines.join('\n') + '\n';
}
