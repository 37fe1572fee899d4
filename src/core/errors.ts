/**
 * The one table of casus error codes. Thrown `CasusError`s carry one of these codes; data
 * problems found in a report are `Message`s on the Doc and use the `CASUS_W` codes.
 */
export const ERROR_CODES = {
  CASUS_E001: { title: 'Usage error', hint: 'See `casus --help` or `casus CMD --help`.' },
  CASUS_E002: { title: 'Pipeline misconfigured', hint: 'A stage requires a layer no earlier stage assigns.' },
  CASUS_E003: {
    title: 'Knowledge file invalid',
    hint: 'Fix the file named in the message; see README "Knowledge files".',
  },
  CASUS_E004: { title: 'Gazetteer index missing', hint: 'Run `npm run build` to compile the gazetteer.' },
  CASUS_E010: { title: 'Cannot read input', hint: 'Check that the path exists and is readable.' },
  CASUS_E011: { title: 'Unsupported input format', hint: 'Use .txt, .html, .json or .jsonl files.' },
  CASUS_E012: { title: 'Invalid JSON report', hint: 'Each report needs a non-empty string field "text".' },
  CASUS_E013: { title: 'Empty report', hint: 'The report has no text to code.' },
  CASUS_E014: { title: 'Report too large', hint: 'Raise --max-bytes or split the file.' },
  CASUS_E015: { title: 'Binary file', hint: 'The file does not look like text.' },
  CASUS_E016: { title: 'Invalid publication date', hint: 'Use YYYY-MM-DD or YYYY.' },
  CASUS_E017: {
    title: 'URL refused',
    hint: 'Only public http(s) addresses are fetched; --allow-private allows loopback and private networks.',
  },
  CASUS_E018: {
    title: 'Fetch failed',
    hint: 'Check the URL; the server timed out, failed or redirected too often.',
  },
  CASUS_E019: {
    title: 'Invalid CSV',
    hint: 'An ACLED export needs a header with event_type and notes, and balanced quotes.',
  },
  CASUS_E020: {
    title: 'Store error',
    hint: 'Check the database path and that no other program holds it open for writing.',
  },
  CASUS_E021: { title: 'Store schema newer than this casus', hint: 'Upgrade casus.' },
  CASUS_E030: {
    title: 'Evaluation input invalid',
    hint: 'Check the eval file path and its format (see ../shared/eval/README.md).',
  },
  CASUS_E031: { title: 'Unknown eval kind', hint: 'Available kinds are listed by `casus eval --help`.' },
  CASUS_E040: { title: 'Bad request', hint: 'Check the query parameters.' },
  CASUS_E041: { title: 'Not found', hint: 'Check the id.' },
  CASUS_E042: {
    title: 'Not authenticated',
    hint: 'Send `Authorization: Bearer TOKEN`; create one with `casus token create --role analyst`.',
  },
  CASUS_E043: { title: 'Not allowed for this role', hint: 'Use a token whose role allows this.' },
  CASUS_E044: { title: 'Request body too large', hint: 'Send smaller reports, or several requests.' },
  CASUS_E045: { title: 'Too many requests', hint: 'Wait for the time in Retry-After and retry.' },
  CASUS_E050: { title: 'Internal error', hint: 'Please report it with the input that caused it.' },
  CASUS_W101: { title: 'Date not resolvable', hint: 'The date has no anchor (publication date unknown).' },
  CASUS_W102: { title: 'Place not in gazetteer', hint: 'Add it to a places supplement file.' },
  CASUS_W103: { title: 'Invalid characters replaced', hint: 'The input was not valid UTF-8.' },
  CASUS_W104: {
    title: 'Stage failed on this report',
    hint: 'The layer is missing for this report; please report the input.',
  },
  CASUS_W105: {
    title: 'Too many events in one report',
    hint: 'Only the first 500 are kept; split the input into its reports.',
  },
  CASUS_W106: {
    title: 'Known name read as no place',
    hint: 'No reading of the name fits the report; add the place to a supplement file if it is one.',
  },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** A misuse or configuration error with a stable code and a hint. */
export class CasusError extends Error {
  readonly code: ErrorCode;
  readonly hint: string;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CasusError';
    this.code = code;
    this.hint = ERROR_CODES[code].hint;
  }
}

/** Turn anything thrown into a coded error (unknown errors become CASUS_E050). */
export function toCasusError(err: unknown): CasusError {
  if (err instanceof CasusError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new CasusError('CASUS_E050', message, { cause: err });
}
