import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { z } from 'zod';
import { CasusError, toCasusError } from '../core/errors.js';
import type { DocMeta } from '../core/types.js';
import { decodeBytes } from './decode.js';
import { htmlToText } from './html-to-text.js';

/** A report read from a file or stdin, before coding. */
export interface RawReport {
  readonly text: string;
  readonly meta: DocMeta;
  /** Where it came from, for messages: a path, `path#3` for the third item of a JSON file, or `-`. */
  readonly origin: string;
  readonly warnings: readonly { code: string; message: string }[];
}

export type ReadResult =
  | { ok: true; report: RawReport }
  | { ok: false; origin: string; code: string; message: string };

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
const EXTENSIONS = new Set(['.txt', '.text', '.md', '.html', '.htm', '.json', '.jsonl', '.ndjson']);

const jsonReport = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  title: z.string().optional(),
  url: z.string().optional(),
  outlet: z.string().optional(),
  published: z.string().optional(),
  text: z.string(),
});

/** Publication dates: `YYYY-MM-DD` (a longer ISO timestamp is cut to its date) or `YYYY`. */
export function normalisePublished(p: string | undefined, origin: string): string | undefined {
  if (p === undefined || p === '') return undefined;
  const m = /^(\d{4})(?:-(\d{2})-(\d{2}))?/.exec(p.trim());
  if (!m) throw new CasusError('CASUS_E016', `${origin}: publication date "${p}" is not YYYY-MM-DD or YYYY`);
  if (!m[2]) return m[1];
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== `${m[1]}-${m[2]}-${m[3]}`) {
    throw new CasusError('CASUS_E016', `${origin}: publication date "${p}" is not a calendar date`);
  }
  return `${m[1]}-${m[2]}-${m[3]}`;
}

function fromJsonValue(
  v: unknown,
  origin: string,
  base: DocMeta,
  warnings: RawReport['warnings'],
): RawReport {
  const parsed = jsonReport.safeParse(v);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CasusError(
      'CASUS_E012',
      `${issue?.path.join('.') || 'report'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  const r = parsed.data;
  if (r.text.trim() === '') throw new CasusError('CASUS_E013', 'field "text" is empty');
  return {
    text: r.text,
    meta: {
      ...base,
      sourceId: r.id === undefined ? undefined : String(r.id),
      title: r.title,
      url: r.url,
      outlet: r.outlet ?? base.outlet,
      published: normalisePublished(r.published, origin) ?? base.published,
    },
    origin,
    warnings,
  };
}

/** Split one input (file contents or stdin) into reports by its format. */
export function* parseInput(
  bytes: Uint8Array,
  origin: string,
  format: string,
  base: DocMeta,
): Generator<ReadResult> {
  let text: string;
  const warnings: { code: string; message: string }[] = [];
  try {
    const dec = decodeBytes(bytes, origin);
    text = dec.text;
    if (dec.replaced)
      warnings.push({ code: 'CASUS_W103', message: 'invalid UTF-8 sequences were replaced with U+FFFD' });
  } catch (err) {
    const e = toCasusError(err);
    yield { ok: false, origin, code: e.code, message: e.message };
    return;
  }
  const fail = (o: string, err: unknown): ReadResult => {
    const e = toCasusError(err);
    return { ok: false, origin: o, code: e.code, message: e.message };
  };
  if (format === '.json') {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (err) {
      yield fail(
        origin,
        new CasusError('CASUS_E012', `not valid JSON: ${err instanceof Error ? err.message : String(err)}`),
      );
      return;
    }
    const items = Array.isArray(data) ? data : [data];
    for (let i = 0; i < items.length; i++) {
      const o = items.length > 1 ? `${origin}#${i + 1}` : origin;
      try {
        yield { ok: true, report: fromJsonValue(items[i], o, base, warnings) };
      } catch (err) {
        yield fail(o, err);
      }
    }
    return;
  }
  if (format === '.jsonl' || format === '.ndjson') {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.trim();
      if (!line) continue;
      const o = `${origin}:${i + 1}`;
      try {
        let v: unknown;
        try {
          v = JSON.parse(line);
        } catch (err) {
          throw new CasusError(
            'CASUS_E012',
            `not valid JSON: ${err instanceof Error ? err.message : String(err)}`,
          );
        }
        yield { ok: true, report: fromJsonValue(v, o, base, warnings) };
      } catch (err) {
        yield fail(o, err);
      }
    }
    return;
  }
  if (format === '.html' || format === '.htm') {
    const h = htmlToText(text);
    if (!h.text.trim()) {
      yield fail(origin, new CasusError('CASUS_E013', 'the page has no readable text'));
      return;
    }
    let published: string | undefined;
    try {
      published = normalisePublished(h.published, origin);
    } catch {
      published = undefined;
    }
    yield {
      ok: true,
      report: {
        text: h.text,
        meta: {
          ...base,
          title: h.title,
          url: h.url ?? base.url,
          outlet: base.outlet ?? h.outlet,
          published: base.published ?? published,
        },
        origin,
        warnings,
      },
    };
    return;
  }
  if (!text.trim()) {
    yield fail(origin, new CasusError('CASUS_E013', 'the report has no text'));
    return;
  }
  yield { ok: true, report: { text, meta: base, origin, warnings } };
}

/** Guess the format of stdin from its first character. */
export function sniffFormat(bytes: Uint8Array): string {
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).trimStart();
  if (head.startsWith('[')) return '.json';
  if (head.startsWith('{')) {
    const nl = head.indexOf('\n');
    return nl > 0 && head.slice(nl).trimStart().startsWith('{') ? '.jsonl' : '.json';
  }
  if (head.startsWith('<')) return '.html';
  return '.txt';
}

/** Every file under the given paths (directories recursively, sorted), or a read error. */
export function* listFiles(paths: readonly string[]): Generator<{ path: string } | { error: ReadResult }> {
  for (const p of paths) {
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(p);
    } catch (err) {
      yield {
        error: {
          ok: false,
          origin: p,
          code: 'CASUS_E010',
          message: err instanceof Error ? err.message : String(err),
        },
      };
      continue;
    }
    if (st.isDirectory()) {
      const entries = readdirSync(p)
        .filter((e) => !e.startsWith('.'))
        .sort();
      yield* listFiles(entries.map((e) => join(p, e)));
    } else yield { path: p };
  }
}

/** Read reports from files and directories; every failure is a result, never a throw. */
export function* readReports(
  paths: readonly string[],
  opts: { maxBytes?: number; base?: DocMeta; stdin?: () => Uint8Array } = {},
): Generator<ReadResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const base = opts.base ?? {};
  for (const p of paths.length ? paths : ['-']) {
    if (p === '-') {
      const bytes = opts.stdin ? opts.stdin() : readFileSync(0);
      if (bytes.length > maxBytes) {
        yield {
          ok: false,
          origin: '-',
          code: 'CASUS_E014',
          message: `stdin is ${bytes.length} bytes, above the limit of ${maxBytes}`,
        };
        continue;
      }
      yield* parseInput(bytes, '-', sniffFormat(bytes), base);
      continue;
    }
    for (const f of listFiles([p])) {
      if ('error' in f) {
        yield f.error;
        continue;
      }
      const ext = extname(f.path).toLowerCase();
      if (!EXTENSIONS.has(ext)) {
        yield {
          ok: false,
          origin: f.path,
          code: 'CASUS_E011',
          message: `unsupported file type "${ext || '(none)'}"`,
        };
        continue;
      }
      // Size first (a file too large is never read), then the bytes; either may fail.
      let bytes: Uint8Array;
      try {
        const size = statSync(f.path).size;
        if (size > maxBytes) {
          yield {
            ok: false,
            origin: f.path,
            code: 'CASUS_E014',
            message: `file is ${size} bytes, above the limit of ${maxBytes} (--max-bytes)`,
          };
          continue;
        }
        bytes = readFileSync(f.path);
      } catch (err) {
        yield {
          ok: false,
          origin: f.path,
          code: 'CASUS_E010',
          message: err instanceof Error ? err.message : String(err),
        };
        continue;
      }
      yield* parseInput(
        bytes,
        f.path,
        ext === '.htm' ? '.html' : ext === '.md' || ext === '.text' ? '.txt' : ext,
        { ...base, path: f.path },
      );
    }
  }
}
