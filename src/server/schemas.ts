import { z } from '@hono/zod-openapi';

/**
 * The request and response schemas of the HTTP API. The same objects validate requests and
 * generate /openapi.json, so the document cannot drift from what the server accepts.
 */

const isoDay = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date YYYY, YYYY-MM or YYYY-MM-DD')
  .openapi({ example: '2021-04-29' });
const latLon = z
  .string()
  .regex(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/, 'LAT,LON')
  .openapi({ example: '39.98,70.52' });
const bool = z.enum(['1', '0', 'true', 'false']).transform((v) => v === '1' || v === 'true');

/** Filters both lists share: the CLI's `casus events` / `casus incidents` options. */
const common = {
  type: z.string().max(80).optional().openapi({ description: 'PLOVER type (ASSAULT) or ACLED event type' }),
  country: z
    .string()
    .regex(/^[A-Za-z]{3}$/, 'an ISO 3166 alpha-3 code')
    .optional()
    .openapi({ description: 'ISO3 of the place or of an actor', example: 'TJK' }),
  actor: z.string().max(200).optional().openapi({ description: 'text in an actor span or name, or a code' }),
  since: isoDay.optional(),
  until: isoDay.optional(),
  near: latLon.optional().openapi({ description: 'LAT,LON; with km' }),
  km: z.coerce
    .number()
    .positive()
    .max(20000)
    .optional()
    .openapi({ description: 'radius for near (default 50)' }),
  q: z.string().max(500).optional().openapi({ description: 'full-text search over report text' }),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
};

const bbox = z
  .string()
  .regex(/^-?\d+(\.\d+)?(,-?\d+(\.\d+)?){3}$/, 'WEST,SOUTH,EAST,NORTH')
  .openapi({ example: '60,35,80,45' });
const alliance = z
  .string()
  .regex(/^[A-Za-z0-9.-]{2,20}$/, 'an organisation id such as CSTO')
  .optional()
  .openapi({ description: 'a country taking part was a member on the date' });

export const eventsQuery = z
  .object({
    ...common,
    bbox: bbox.optional(),
    status: z.enum(['asserted', 'denied', 'hypothetical']).optional(),
    alliance,
    intra: bool.optional().openapi({ description: 'with alliance: source and target countries all members' }),
    sort: z.enum(['-date', 'date', 'confidence', 'fatalities']).default('-date'),
  })
  .strict();

export const incidentFilterShape = {
  ...common,
  bbox: bbox.optional(),
  disputed: bool.optional().openapi({ description: 'only incidents whose claims disagree' }),
  review: z.enum(['unreviewed', 'confirmed', 'rejected', 'corrected']).optional(),
  alliance,
  intra: bool.optional().openapi({ description: 'with alliance: every country taking part was a member' }),
  sort: z.enum(['-date', 'date', 'fatalities', 'claims', 'type', 'country']).default('-date'),
};

export const incidentsQuery = z.object(incidentFilterShape).strict();
export const pointsQuery = z
  .object({ ...incidentFilterShape, limit: z.coerce.number().int().min(1).max(100000).default(20000) })
  .strict();
export const statsQuery = z
  .object({ ...incidentFilterShape })
  .omit({ limit: true, offset: true, sort: true })
  .strict();
export const exportQuery = z
  .object({
    ...incidentFilterShape,
    limit: z.coerce.number().int().min(1).max(1_000_000).default(1_000_000),
    format: z.enum(['acled-csv', 'geojson', 'plover-jsonl']),
  })
  .strict();

export const idParam = (what: string, pattern: RegExp) =>
  z.object({
    id: z
      .string()
      .regex(pattern, `a ${what} id`)
      .openapi({ param: { name: 'id', in: 'path' } }),
  });

export const incidentIdParam = idParam('incident', /^inc_[0-9a-zA-Z_-]{1,60}$/);
export const documentIdParam = idParam('document', /^[0-9a-f]{1,64}$/);

export const reviewBody = z
  .object({
    action: z.enum(['confirm', 'reject', 'correct', 'split', 'merge']),
    field: z.string().max(40).optional().openapi({ description: 'correct: the field to correct' }),
    value: z.string().max(500).optional().openapi({ description: 'correct: the corrected value' }),
    claim: z.string().max(100).optional().openapi({ description: 'split: the claim to take out' }),
    other: z.string().max(100).optional().openapi({ description: 'merge: the other incident id' }),
    comment: z.string().max(2000).optional(),
  })
  .strict();

export const documentBody = z
  .object({
    content: z.string().min(1).max(5_000_000).openapi({ description: 'the report: text, HTML or JSON' }),
    format: z.enum(['txt', 'html', 'json', 'jsonl']).default('txt'),
    title: z.string().max(1000).optional(),
    url: z.string().max(2000).optional(),
    outlet: z.string().max(200).optional(),
    published: isoDay.optional(),
    name: z.string().max(300).optional().openapi({ description: 'a file name, shown in messages' }),
  })
  .strict();

export const tokenBody = z
  .object({ role: z.enum(['viewer', 'analyst', 'admin']), label: z.string().max(200).optional() })
  .strict();

export const errorSchema = z
  .object({ error: z.object({ code: z.string().openapi({ example: 'CASUS_E040' }), message: z.string() }) })
  .openapi('Error');

const looseObject = (name: string, description: string) =>
  z.record(z.string(), z.unknown()).openapi(name, { description });

export const claimSchema = looseObject(
  'Claim',
  'One event as one claimant tells it: event codes, actors, place, date, size, claimant chain, each with character spans into its report.',
);
export const incidentSchema = looseObject(
  'Incident',
  'Claims grouped as one real-world event, with what they agree on and what they dispute.',
);
export const reviewSchema = looseObject('Review', 'Review status, corrected fields and the audit history.');
export const documentSchema = looseObject(
  'Document',
  'A stored report: text, metadata and every layer as spans.',
);

export const page = <T extends z.ZodType>(key: string, item: T) =>
  z.object({
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
    [key]: z.array(item),
  });

/** Map points as rows of a fixed column list: a tenth of the bytes of full incidents. */
export const POINT_FIELDS = [
  'id',
  'lat',
  'lon',
  'precision',
  'plover',
  'fatalities',
  'claims',
  'disputed',
  'date',
] as const;
export const pointsSchema = z
  .object({
    fields: z.array(z.enum(POINT_FIELDS)),
    rows: z.array(z.array(z.union([z.string(), z.number(), z.null()]))),
  })
  .openapi('IncidentPoints', {
    description: `Rows of [${POINT_FIELDS.join(', ')}]; disputed is 0 or 1; precision 1 the place itself, 2 near a named place, 3 region or country`,
  });

const counts = z.array(z.object({ key: z.string(), n: z.number().int() }));
export const statsSchema = z
  .object({
    documents: z.number().int(),
    claims: z.number().int(),
    incidents: z.number().int(),
    byWeek: z.array(z.object({ week: z.string(), type: z.string(), n: z.number().int() })),
    byType: counts,
    byCountry: counts,
    byReview: counts,
  })
  .openapi('Stats');
