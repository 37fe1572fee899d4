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
  readonly status?: string | undefined;
  /** Full-text search over the report text. */
  readonly text?: string | undefined;
  readonly docId?: string | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

/** An analyst's split (a claim out of an incident) or merge (another incident into it). */
export interface ReviewRequest {
  readonly kind: 'split' | 'merge';
  readonly incident: string;
  readonly claim?: string | undefined;
  readonly other?: string | undefined;
  readonly author: string;
  readonly comment?: string | undefined;
}

/** Filters of `casus incidents` and `GET /api/incidents`. */
export interface IncidentFilter {
  readonly type?: string | undefined;
  readonly country?: string | undefined;
  readonly since?: string | undefined;
  readonly until?: string | undefined;
  readonly disputed?: boolean | undefined;
  readonly ids?: readonly string[] | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
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
  summary(): StoreSummary;
  /** Incidents: claims grouped as one real-world event, with their disputes. */
  queryIncidents(filter: IncidentFilter): { total: number; incidents: Incident[] };
  getIncident(id: string): { incident: Incident; claims: Claim[] } | null;
  /** Regroup every claim from scratch (the result equals the incremental one). */
  rebuildIncidents(): number;
  /** An analyst's split (a claim out of its incident) or merge (two incidents); audited, persistent. */
  reviewIncident(r: ReviewRequest): { incidents: string[] };
  close(): void;
}
