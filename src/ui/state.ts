/** The UI's filters, sort, page and open incident, mirrored in the URL so a view can be shared. */

export const FILTER_KEYS = [
  'type',
  'country',
  'actor',
  'since',
  'until',
  'q',
  'disputed',
  'review',
  'alliance',
  'intra',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface ViewState {
  filters: Partial<Record<FilterKey, string>>;
  sort: string;
  offset: number;
  incident: string | null;
}

export const PAGE = 50;

export function readUrl(): ViewState {
  const p = new URLSearchParams(location.search);
  const filters: ViewState['filters'] = {};
  for (const k of FILTER_KEYS) {
    const v = p.get(k);
    if (v) filters[k] = v;
  }
  return {
    filters,
    sort: p.get('sort') ?? '-date',
    offset: Math.max(0, Number(p.get('offset')) || 0),
    incident: p.get('incident'),
  };
}

export function writeUrl(s: ViewState, push: boolean): void {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) if (s.filters[k]) p.set(k, s.filters[k]!);
  if (s.sort !== '-date') p.set('sort', s.sort);
  if (s.offset) p.set('offset', String(s.offset));
  if (s.incident) p.set('incident', s.incident);
  const url = `${location.pathname}${p.toString() ? `?${p}` : ''}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

/** The API query string for the current filters (plus extra parameters). */
export function query(s: ViewState, extra: Record<string, string | number> = {}): string {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) if (s.filters[k]) p.set(k, s.filters[k]!);
  for (const [k, v] of Object.entries(extra)) p.set(k, String(v));
  return p.toString();
}

/** Colours per PLOVER type, shared by map, timeline and table. */
export const TYPE_COLOURS: Record<string, string> = {
  ASSAULT: '#c0392b',
  COERCE: '#e67e22',
  PROTEST: '#8e44ad',
  MOBILIZE: '#d35400',
  THREATEN: '#b7950b',
  SANCTION: '#7f8c8d',
  ACCUSE: '#a04000',
  REJECT: '#6c3483',
  RETREAT: '#117a65',
  CONSULT: '#2471a3',
  AGREE: '#1e8449',
  COOPERATE: '#148f77',
  SUPPORT: '#2e86c1',
  AID: '#27ae60',
  CONCEDE: '#5d6d7e',
  REQUEST: '#5499c7',
};
export const colourOf = (t: string) => TYPE_COLOURS[t] ?? '#555';

export const PRECISION_LABEL: Record<number, string> = {
  1: 'the place itself',
  2: 'near a named place',
  3: 'region or country only',
};
