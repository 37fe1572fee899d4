/** Character offsets into `Doc.text`: `text.slice(start, end)` is the covered string. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Where a report came from and when it was published. */
export interface DocMeta {
  readonly title?: string | undefined;
  readonly url?: string | undefined;
  readonly outlet?: string | undefined;
  /** ISO date `YYYY-MM-DD`, or a bare year `YYYY` when only the year is known. */
  readonly published?: string | undefined;
  readonly language?: string | undefined;
  /** Identifier given by the source (e.g. a JSON `id`), not the store id. */
  readonly sourceId?: string | undefined;
  readonly path?: string | undefined;
}

/** A data problem found in a report: it never stops a batch. */
export interface Message {
  readonly code: string;
  readonly message: string;
  readonly stage: string;
  readonly span?: Span | undefined;
}

export interface Token extends Span {
  /** Lower-cased lemma (wink-nlp). */
  readonly lemma: string;
  readonly pos: string;
  /** Index of the sentence holding the token. */
  readonly sentence: number;
}

export type Sector =
  | 'GOV'
  | 'MIL'
  | 'COP'
  | 'REB'
  | 'INS'
  | 'SPY'
  | 'JUD'
  | 'LEG'
  | 'OPP'
  | 'PTY'
  | 'PRO'
  | 'RIO'
  | 'CVL'
  | 'JRN'
  | 'MED'
  | 'HLH'
  | 'EDU'
  | 'BUS'
  | 'LAB'
  | 'REF'
  | 'IGO'
  | 'NGO'
  | 'CRM'
  | 'UAF';

/** A coded actor mention. */
export interface ActorMention extends Span {
  readonly country: string | null;
  readonly sector: Sector | null;
  readonly org: string | null;
  /** Free-text qualifier kept from the agent word, e.g. `border guards`. */
  readonly agent: string | null;
  /** ACLED-style name, e.g. `Military Forces of Kyrgyzstan`. */
  readonly name: string;
  /** Knowledge ids that produced this mention. */
  readonly rules: readonly string[];
  /** True when the mention is a bare country or capital standing for its government. */
  readonly metonym: boolean;
}

export interface PlaceCandidate {
  readonly id: string;
  readonly geonameid: number | null;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly country: string;
  readonly admin1: string | null;
  readonly featureCode: string;
  readonly population: number;
  /** `region`: a continent, ocean, sea or world region (no country; never an event's place). */
  readonly kind: 'country' | 'admin' | 'city' | 'supplement' | 'region';
  /** ACLED precision when this entry itself is named: 1 a town, 2 a district, 3 a region or country. */
  readonly basePrecision: 1 | 2 | 3;
}

export interface PlaceMention extends Span {
  /** The name as matched (may differ from the text when a trigger word is included). */
  readonly name: string;
  /** Resolved entry, or null when no gazetteer entry fits. */
  readonly resolved: PlaceCandidate | null;
  /** ACLED-style precision of the resolved entry for this mention. */
  readonly precision: 1 | 2 | 3;
  /** The preposition or trigger before the name (`in`, `near`, `village of`). */
  readonly trigger: string | null;
  readonly rules: readonly string[];
  /** When this place stands in for an unknown one ("near the village of X"), X's name. */
  readonly near?: string | undefined;
  /** Where that unknown name is in the text (the event's own place mention). */
  readonly stoodIn?: Span | undefined;
}

export type DatePrecision = 'day' | 'week' | 'month' | 'year';

export interface DateMention extends Span {
  /** ISO date (`YYYY-MM-DD`), first day of the period for coarser precisions. */
  readonly value: string;
  readonly time: string | null;
  readonly precision: DatePrecision;
  /** A clock time with no date of its own ("at 13:00"): its date comes from the sentence. */
  readonly timeOnly: boolean;
  readonly rules: readonly string[];
}

export interface ClaimantLink {
  readonly role: 'outlet' | 'cited';
  readonly name: string;
  readonly country?: string | null | undefined;
  readonly span?: Span | undefined;
}

/** "X reported, citing Y": who says what the sentence says. */
export interface Attribution extends Span {
  /** Sentence indexes this attribution covers. */
  readonly sentences: readonly number[];
  readonly chain: readonly ClaimantLink[];
  readonly rule: string;
}

export type EventStatus = 'asserted' | 'denied' | 'hypothetical';

export interface EventCode {
  readonly plover: string;
  readonly mode: string | null;
  readonly cameo: string;
  readonly acled: readonly [string, string];
}

export interface Size {
  readonly killed: number | null;
  readonly injured: number | null;
  readonly arrested: number | null;
  readonly crowd: number | null;
}

/** One predicate found in the text with its arguments, before claimants are attached. */
export interface EventMention extends Span {
  readonly sentence: number;
  readonly trigger: Span;
  readonly code: EventCode;
  readonly source: readonly ActorMention[];
  readonly target: readonly ActorMention[];
  readonly place: PlaceMention | null;
  readonly date: DateMention | null;
  readonly size: Size;
  readonly status: EventStatus;
  readonly confidence: number;
  readonly rules: readonly string[];
  /** Set when the mention is an account reported by someone inside the sentence (speech/blame). */
  readonly speaker?: ClaimantLink | undefined;
}

export interface ActorOut {
  readonly text: string;
  readonly span: Span;
  readonly country: string | null;
  readonly sector: string | null;
  readonly org: string | null;
  readonly name: string;
  readonly code: string;
}

export interface PlaceOut {
  readonly text: string;
  readonly span: Span;
  readonly name: string;
  readonly geonameid: number | null;
  readonly lat: number;
  readonly lon: number;
  readonly country: string;
  readonly admin1: string | null;
  readonly precision: 1 | 2 | 3;
  /** Place names in the evidence the gazetteer does not know ("Khojai Alo"): the finer detail. */
  readonly detail?: readonly string[] | undefined;
  /**
   * When the event's own place is a name the gazetteer does not know, that name and where it
   * is in the text; `name`/`lat`/`lon` are then the named place standing in for it (precision 2+).
   */
  readonly stoodIn?: { readonly text: string; readonly span: Span } | undefined;
}

export interface DateOut {
  readonly text: string;
  readonly span: Span;
  readonly value: string;
  readonly time: string | null;
  readonly precision: DatePrecision;
}

/** One event as one claimant tells it: the unit casus stores and exports. */
export interface Claim {
  readonly doc: string;
  readonly claim: string;
  readonly evidence: Span & { readonly text: string };
  readonly event: {
    readonly plover: string;
    readonly mode: string | null;
    readonly cameo: string;
    readonly acled: readonly [string, string];
  };
  readonly source: readonly ActorOut[];
  readonly target: readonly ActorOut[];
  readonly place: PlaceOut | null;
  readonly date: DateOut | null;
  readonly size: Size;
  readonly claimant: readonly ClaimantLink[];
  readonly status: EventStatus;
  readonly confidence: number;
  readonly rules: readonly string[];
}

/** The annotation layers a pipeline adds; every entry is a span into `Doc.text`. */
export interface Layers {
  sentences?: readonly Span[];
  tokens?: readonly Token[];
  dates?: readonly DateMention[];
  actors?: readonly ActorMention[];
  places?: readonly PlaceMention[];
  attributions?: readonly Attribution[];
  events?: readonly EventMention[];
  claims?: readonly Claim[];
}

export type LayerName = keyof Layers;

/** One immutable document: `text` is exactly what was read. */
export interface Doc {
  readonly id: string;
  readonly text: string;
  readonly meta: DocMeta;
  readonly layers: Readonly<Layers>;
  readonly messages: readonly Message[];
}
