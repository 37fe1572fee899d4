import type { Claim, Doc, DocMeta, Message } from '../core/types.js';
import type { Incident } from '../incidents/build-incidents.js';

/** Filters shared by the CLI (`casus events`) and the API (`GET /api/events`). */
export interface ClaimFilter {
  /** PLOVER type (ASSAULT), ACLED event type or sub-type ("Battles"), or CAMEO code prefix. */
  readonly type?: string | undefined;
  /** ISO3: the event's place country or a source/target actor's country. */
  readonly country?: string | undefined;
  /** Text in an actor's span or coded name. */
  readonly actor?: string | undefined;
  readonly since?: string | undefined;
  readonly until?: string | undefined;
  readonly near?: { readonly lat: number; readonly lon: number; readonly km: number } | undefined;
  /** West, south, east, north in degrees. */
  readonly bbox?: readonly [number, number, number, number] | undefined;
  readonly status?: string | undefined;
  /** A test on the whole claim (alliance filters); applied after SQL. */
  readonly keep?: ((claim: Claim) => boolean) | undefined;
  readonly sort?: '-date' | 'date' | 'confidence' | 'fatalities' | undefined;
  /** Full-text search over the report text. */
  readonly text?: string | undefined;
  readonly docId?: string | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

/**
 * An analyst's decision on an incident: confirm or reject it, correct one field, take a claim
 * out (split) or join another incident (merge). Every decision is audited.
 */
export interface ReviewRequest {
  readonly kind: 'confirm' | 'reject' | 'correct' | 'split' | 'merge';
  readonly incident: string;
  readonly claim?: string | undefined;
  readonly other?: string | undefined;
  /** For `correct`: the field and its corrected value. */
  readonly field?: string | undefined;
  readonly value?: string | undefined;
  readonly author: string;
  readonly comment?: string | undefined;
}

/** One audited review decision. */
export interface ReviewEntry {
  readonly action: string;
  readonly field: string | null;
  readonly value: string | null;
  readonly comment: string | null;
  readonly author: string;
  readonly at: string;
}

/** What analysts decided about one incident: its status, corrected fields and the history. */
export interface IncidentReview {
  readonly status: 'unreviewed' | 'confirmed' | 'rejected' | 'corrected';
  readonly corrections: Readonly<Record<string, string>>;
  readonly history: readonly ReviewEntry[];
}

export type IncidentSort = 'date' | '-date' | 'fatalities' | 'claims' | 'type' | 'country';

/** Filters of `casus incidents` and `GET /api/incidents`. */
export interface IncidentFilter {
  /** PLOVER type or ACLED event type. */
  readonly type?: string | undefined;
  readonly country?: string | undefined;
  /** Text in a member claim's actor span or coded name, or an actor code. */
  readonly actor?: string | undefined;
  readonly since?: string | undefined;
  readonly until?: string | undefined;
  /** West, south, east, north in degrees. */
  readonly bbox?: readonly [number, number, number, number] | undefined;
  readonly near?: { readonly lat: number; readonly lon: number; readonly km: number } | undefined;
  readonly disputed?: boolean | undefined;
  /** Full-text search over the text of the incident's reports. */
  readonly text?: string | undefined;
  readonly review?: IncidentReview['status'] | undefined;
  readonly ids?: readonly string[] | undefined;
  /** A test on the countries taking part and the date (alliance filters); applied after SQL. */
  readonly keep?: ((countries: readonly string[], date: string | null) => boolean) | undefined;
  readonly sort?: IncidentSort | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

/** An incident as a map point: enough to draw it honestly and open it. */
export interface IncidentPoint {
  readonly id: string;
  readonly lat: number;
  readonly lon: number;
  readonly precision: number;
  readonly plover: string;
  readonly acled: string;
  readonly fatalities: number | null;
  readonly claims: number;
  readonly country: string | null;
  readonly date: string | null;
  readonly disputed: boolean;
  readonly review: string;
}

/** Counts for the timeline and the summary: per week and type, per type, per country. */
export interface IncidentStats {
  readonly incidents: number;
  readonly byWeek: readonly { week: string; type: string; n: number }[];
  readonly byType: readonly { key: string; n: number }[];
  readonly byCountry: readonly { key: string; n: number }[];
  readonly byReview: readonly { key: string; n: number }[];
}

export type Role = 'viewer' | 'analyst' | 'admin';

export interface TokenInfo {
  readonly id: string;
  readonly role: Role;
  readonly label: string | null;
}

export interface StoredDocument {
  readonly id: string;
  readonly fingerprint: string;
  readonly text: string;
  readonly meta: DocMeta;
  readonly layers: Doc['layers'];
  readonly messages: readonly Message[];
  readonly ingestedAt: string;
}

export interface StoreSummary {
  readonly documents: number;
  readonly claims: number;
  readonly incidents: number;
  readonly byType: readonly { key: string; n: number }[];
  readonly byCountry: readonly { key: string; n: number }[];
}

export interface SaveResult {
  readonly stored: number;
  readonly skipped: number;
  readonly claims: number;
}

/** What a backend can do beyond the common contract. */
export interface StoreCapabilities {
  readonly fullTextSearch: boolean;
  readonly concurrentWriters: boolean;
}

/**
 * The storage contract every backend keeps. A batch is written in one transaction: after a
 * crash, each report is either stored whole with its claims or not at all.
 */
export interface EventStore {
  readonly capabilities: StoreCapabilities;
  /** True when a report with this content fingerprint is already stored. */
  hasFingerprint(fingerprint: string): boolean;
  /** Store coded documents and their claims; reports already stored are skipped. */
  saveBatch(docs: readonly Doc[]): SaveResult;
  queryClaims(filter: ClaimFilter): { total: number; claims: Claim[] };
  getDocument(id: string): StoredDocument | null;
  /** A report's text and metadata only (no layers): what a view of its spans needs. */
  documentText(id: string): { id: string; text: string; meta: DocMeta } | null;
  summary(): StoreSummary;
  /** How many reports and claims are stored (cheap: no grouping). */
  totals(): { documents: number; claims: number };
  /** Incidents: claims grouped as one real-world event, with their disputes. */
  queryIncidents(filter: IncidentFilter): { total: number; incidents: Incident[] };
  getIncident(id: string): { incident: Incident; claims: Claim[] } | null;
  /** Regroup every claim from scratch (the result equals the incremental one). */
  rebuildIncidents(): number;
  /** The incident each of these claims belongs to. */
  incidentsOfClaims(claimIds: readonly string[]): Record<string, string>;
  /** Map points of the incidents matching a filter (limit applies, no paging). */
  incidentPoints(filter: IncidentFilter): IncidentPoint[];
  /** Counts of the incidents matching a filter, for the timeline and the summary. */
  incidentStats(filter: IncidentFilter): IncidentStats;
  /** An analyst's decision (confirm, reject, correct, split, merge); audited, persistent. */
  reviewIncident(r: ReviewRequest): { incidents: string[] };
  /** The review status, corrections and history of an incident id. */
  incidentReview(id: string): IncidentReview;
  /** A new API token; only its hash is stored. Returns the token itself, shown once. */
  createToken(role: Role, label?: string): { id: string; token: string };
  /** The token's id and role, or null when unknown or revoked (compared in constant time). */
  verifyToken(token: string): TokenInfo | null;
  /** A value that changes whenever stored data changes, by this connection or any other. */
  dataVersion(): string;
  close(): void;
}
