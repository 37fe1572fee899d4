/** The browser side of the HTTP API: JSON in and out, the bearer token when there is one. */

export interface ApiError {
  code: string;
  message: string;
}

export class RequestFailed extends Error {
  constructor(
    readonly status: number,
    readonly error: ApiError,
  ) {
    super(`${error.code}: ${error.message}`);
  }
}

const TOKEN_KEY = 'casus.token';
export const token = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set: (t: string | null) =>
    t ? sessionStorage.setItem(TOKEN_KEY, t) : sessionStorage.removeItem(TOKEN_KEY),
};

export async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const t = token.get();
  if (t) headers.Authorization = `Bearer ${t}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = (await res.json().catch(() => null)) as { error?: ApiError } | null;
  if (!res.ok) throw new RequestFailed(res.status, data?.error ?? { code: 'HTTP', message: res.statusText });
  return data as T;
}

export const get = <T>(path: string) => call<T>('GET', path);
export const post = <T>(path: string, body: unknown) => call<T>('POST', path, body);

export interface Span {
  start: number;
  end: number;
}
export interface Actor {
  text: string;
  span: Span;
  country: string | null;
  sector: string | null;
  name: string;
  code: string;
}
export interface Claim {
  doc: string;
  claim: string;
  evidence: Span & { text: string };
  event: { plover: string; mode: string | null; cameo: string; acled: [string, string] };
  source: Actor[];
  target: Actor[];
  place: {
    text: string;
    span: Span;
    name: string;
    lat: number;
    lon: number;
    country: string;
    precision: 1 | 2 | 3;
    detail?: string[];
    stoodIn?: { text: string; span: Span };
  } | null;
  date: { text: string; span: Span; value: string; time: string | null; precision: string } | null;
  size: { killed: number | null; injured: number | null; arrested: number | null; crowd: number | null };
  claimant: { role: string; name: string; country?: string | null; span?: Span }[];
  status: string;
  confidence: number;
  rules: string[];
}
export interface DisputeValue {
  value: string | number;
  claimants: string[];
  claims: string[];
}
export interface Incident {
  id: string;
  plover: string;
  acled: [string, string];
  date: { from: string | null; to: string | null };
  place: Claim['place'];
  countries: string[];
  sides: string[];
  claims: { claim: string; rule: string; score: number | null }[];
  origins: number;
  claimants: string[];
  fatalities: { low: number | null; high: number | null };
  disputes: Record<string, DisputeValue[]>;
  disputed: boolean;
  review?: string;
}
export interface Review {
  status: 'unreviewed' | 'confirmed' | 'rejected' | 'corrected';
  corrections: Record<string, string>;
  history: {
    action: string;
    field: string | null;
    value: string | null;
    comment: string | null;
    author: string;
    at: string;
  }[];
}
export interface IncidentDetail {
  incident: Incident;
  claims: Claim[];
  review: Review;
  documents: Record<
    string,
    { id: string; text: string; meta: { title?: string; outlet?: string; published?: string; url?: string } }
  >;
}
export interface Point {
  id: string;
  lat: number;
  lon: number;
  precision: number;
  plover: string;
  fatalities: number | null;
  claims: number;
  disputed: boolean;
  date: string | null;
}

/** Map points arrive as rows of a column list (see /openapi.json); objects are made here. */
export function pointsFrom(body: { fields: string[]; rows: (string | number | null)[][] }): Point[] {
  const at = Object.fromEntries(body.fields.map((f, i) => [f, i]));
  return body.rows.map((r) => ({
    id: r[at.id!] as string,
    lat: r[at.lat!] as number,
    lon: r[at.lon!] as number,
    precision: r[at.precision!] as number,
    plover: r[at.plover!] as string,
    fatalities: r[at.fatalities!] as number | null,
    claims: r[at.claims!] as number,
    disputed: r[at.disputed!] === 1,
    date: r[at.date!] as string | null,
  }));
}

export interface Stats {
  documents: number;
  claims: number;
  incidents: number;
  byWeek: { week: string; type: string; n: number }[];
  byType: { key: string; n: number }[];
  byCountry: { key: string; n: number }[];
  byReview: { key: string; n: number }[];
}
