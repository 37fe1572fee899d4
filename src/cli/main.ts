import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { SingleBar } from 'cli-progress';
import { Command, CommanderError, Option } from 'commander';
import { runBench } from '../bench/bench.js';
import { benchQueries } from '../bench/queries.js';
import { fillSynthetic } from '../bench/synthetic.js';
import { CasusError, ERROR_CODES, toCasusError } from '../core/errors.js';
import { evalAcled } from '../eval/acled.js';
import { evalEventLocation } from '../eval/event-location.js';
import { evalGeo } from '../eval/geo.js';
import { evalIncidents } from '../eval/incidents.js';
import { evalPlover } from '../eval/plover.js';
import { incidentsToAcledCsv } from '../export/acled-csv.js';
import { claimToPlover, incidentsToGeoJson } from '../export/plover-geojson.js';
import type { Incident } from '../incidents/build-incidents.js';
import { acledRowsToDocs } from '../ingest/import-acled.js';
import { docFromReport, type Failure, type IngestSummary, ingest } from '../ingest/ingest.js';
import { ingestParallel } from '../ingest/ingest-parallel.js';
import { listFiles, normalisePublished, readReports } from '../ingest/read-reports.js';
import { isUrl, readUrls } from '../ingest/read-urls.js';
import { allianceTest, claimAllianceTest } from '../knowledge/alliances.js';
import type { Knowledge } from '../knowledge/load.js';
import { loadKnowledge } from '../knowledge/load.js';
import { createApp } from '../server/app.js';
import { codeDoc } from '../stages/index.js';
import type { ClaimFilter, ReviewRequest } from '../store/event-store.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { incidentTable, toCsv, toGeoJson, toTable } from './output.js';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = join(here, '..', '..');
const DEFAULT_DB = 'casus.db';

const collect = (v: string, prev: string[]) => [...prev, v];

function out(s: string): void {
  process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);
}
function err(s: string): void {
  process.stderr.write(s.endsWith('\n') ? s : `${s}\n`);
}

/** Ingest with a progress bar on a terminal and nothing but failures and a summary line in a pipe. */
async function runIngest(
  paths: string[],
  opts: {
    db: string;
    knowledge: string[];
    maxBytes?: number;
    quiet?: boolean;
    workers?: number;
    allowPrivate?: boolean;
    timeout?: number;
  },
): Promise<IngestSummary & { failures: Failure[] }> {
  const urls = paths.filter(isUrl);
  const fetched = urls.length
    ? await readUrls(urls, {
        allowPrivate: opts.allowPrivate,
        timeoutMs: opts.timeout,
        maxBytes: opts.maxBytes,
      })
    : [];
  paths = paths.filter((p) => !isUrl(p));
  const workers = opts.workers ?? 0;
  const k = workers > 0 ? null : loadKnowledge(opts.knowledge);
  const store = new SqliteStore(opts.db);
  const failures: Failure[] = [];
  const tty = process.stderr.isTTY && !opts.quiet;
  let total = 0;
  if (tty) for (const f of listFiles(paths.filter((p) => p !== '-'))) if ('path' in f) total++;
  const bar = tty
    ? new SingleBar({
        format: 'ingest [{bar}] {value}/{total} reports | stored {stored} skipped {skipped} failed {failed}',
        hideCursor: true,
        clearOnComplete: true,
      })
    : null;
  bar?.start(Math.max(total, 1), 0, { stored: 0, skipped: 0, failed: 0 });
  try {
    const handlers = {
      onFailure: (f: Failure) => {
        failures.push(f);
        if (!tty) err(`${f.code} ${f.origin}: ${f.message}`);
      },
      onProgress: (s: IngestSummary) => {
        if (bar) {
          if (s.read > bar.getTotal()) bar.setTotal(s.read);
          bar.update(s.read, { stored: s.stored, skipped: s.skipped, failed: s.failed });
        }
      },
    };
    const files = readReports(paths, { maxBytes: opts.maxBytes });
    const reports = (function* () {
      yield* fetched;
      yield* files;
    })();
    const summary = k
      ? ingest(store, k, reports, handlers)
      : await ingestParallel(store, reports, { workers, knowledge: opts.knowledge, ...handlers });
    bar?.stop();
    if (tty) for (const f of failures) err(`${f.code} ${f.origin}: ${f.message}`);
    return { ...summary, failures };
  } finally {
    bar?.stop();
    store.close();
  }
}

/** An analyst's split or merge from the command line: audited in the store, printed here. */
function review(db: string, r: ReviewRequest): void {
  const store = new SqliteStore(db);
  try {
    const res = store.reviewIncident(r);
    out(`${r.kind === 'split' ? 'split' : 'merged'}: now ${res.incidents.join(', ')}`);
  } finally {
    store.close();
  }
}

function summaryLine(s: IngestSummary): string {
  return `ingested: ${s.read} reports read, ${s.stored} stored, ${s.skipped} already stored, ${s.failed} failed, ${s.claims} claims`;
}

function printStoreSummary(db: string): void {
  const store = new SqliteStore(db);
  const s = store.summary();
  store.close();
  out(`casus — ${db}`);
  out(`  documents ${s.documents}   claims ${s.claims}   incidents ${s.incidents}`);
  out(`  asserted claims by type:    ${s.byType.map((r) => `${r.key} ${r.n}`).join(', ') || '-'}`);
  out(`  asserted claims by country: ${s.byCountry.map((r) => `${r.key} ${r.n}`).join(', ') || '-'}`);
}

function parseNear(v: string | undefined, km: string | undefined): ClaimFilter['near'] {
  if (!v) return undefined;
  const m = /^(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)$/.exec(v);
  if (!m) throw new CasusError('CASUS_E001', `--near wants LAT,LON, got "${v}"`);
  const k = km === undefined ? 50 : Number(km);
  if (!(k > 0)) throw new CasusError('CASUS_E001', `--km wants a positive number, got "${km}"`);
  return { lat: Number(m[1]), lon: Number(m[2]), km: k };
}

interface ServeOptions {
  db: string;
  port: string;
  host: string;
  readAuth?: boolean;
  publicReads?: boolean;
  cacheMb: string;
  knowledge: string[];
}

function startServer(o: ServeOptions): void {
  // Incident pages are read at random: 32 MB of page cache instead of SQLite's 2 MB.
  const store = new SqliteStore(o.db, { pageCacheMb: 32 });
  // Loaded before listening, so the first ingest request does not wait for it.
  const k = loadKnowledge(o.knowledge);
  // Reads are open only on loopback unless asked: bound elsewhere, they need a viewer token.
  const loopback = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/.test(o.host);
  const readAuth = o.readAuth === true || (!loopback && o.publicReads !== true);
  const cacheMb = Number(o.cacheMb);
  if (!(cacheMb >= 0))
    throw new CasusError('CASUS_E001', `--cache-mb wants a number >= 0, got "${o.cacheMb}"`);
  const app = createApp(store, { knowledge: () => k, readAuth, cacheMb });
  const server = serve({ fetch: app.fetch, port: Number(o.port), hostname: o.host }, (info) => {
    err(
      `casus serving ${o.db} on http://${o.host === '0.0.0.0' ? 'localhost' : o.host}:${info.port}/${readAuth ? ' (reads need a viewer token)' : ''}`,
    );
  });
  server.on('error', (e) => {
    err(`CASUS_E001 cannot listen on ${o.host}:${o.port}: ${e.message}`);
    process.exit(2);
  });
}

interface BenchCliOptions {
  corpus?: string;
  repeat: string;
  db?: string;
  store: boolean;
  json?: boolean;
  syntheticStore?: string;
  queries?: boolean;
  requests?: string;
}

/** `casus bench --synthetic-store N` and `casus bench --queries`: a large store and its query latency. */
async function benchStore(o: BenchCliOptions): Promise<void> {
  if (!o.db) throw new CasusError('CASUS_E001', '--synthetic-store and --queries need --db FILE');
  const store = new SqliteStore(o.db);
  try {
    if (o.syntheticStore !== undefined) {
      const n = Number(o.syntheticStore);
      if (!Number.isInteger(n) || n < 1)
        throw new CasusError('CASUS_E001', '--synthetic-store wants a positive integer');
      const bar = process.stderr.isTTY
        ? new SingleBar({ format: 'synthetic [{bar}] {value}/{total}', hideCursor: true })
        : null;
      bar?.start(n, 0);
      const t0 = performance.now();
      const claims = fillSynthetic(store, join(ROOT, 'build', 'gazetteer.tsv'), n, {
        onProgress: (d) => bar?.update(d),
      });
      bar?.stop();
      const seconds = Math.round((performance.now() - t0) / 100) / 10;
      const res = { synthetic_reports: n, claims, seconds, claims_per_sec: Math.round(claims / seconds) };
      out(
        o.json
          ? JSON.stringify(res)
          : `stored ${claims} synthetic claims in ${seconds} s (${res.claims_per_sec}/s) into ${o.db}`,
      );
    }
    if (o.queries) {
      let kb: Knowledge | null = null;
      const res = await benchQueries(store, () => (kb ??= loadKnowledge()), Number(o.requests ?? 200));
      if (o.json) out(JSON.stringify(res));
      else {
        out(`${res.claims} claims, ${res.incidents} incidents in ${o.db}`);
        for (const [name, q] of Object.entries(res.queries))
          out(
            `  ${name.padEnd(26)} p50 ${q.p50_ms} ms  p95 ${q.p95_ms} ms  max ${q.max_ms} ms  (${q.requests} requests, ${q.mean_results} results on average)`,
          );
      }
    }
  } finally {
    store.close();
  }
}

const serveOptions = (cmd: Command) =>
  cmd
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .option('--port <n>', 'port', '8080')
    .option('--host <addr>', 'address to bind (loopback unless told otherwise)', '127.0.0.1')
    .option('--read-auth', 'require a viewer token for reads too (the default when --host is not loopback)')
    .option('--public-reads', 'with a non-loopback --host: let anyone read without a token')
    .option('--cache-mb <n>', 'memory for whole read answers, emptied by any write (0: off)', '64')
    .option('--knowledge <dir>', 'an extra knowledge directory (repeatable)', collect, []);

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('casus')
    .description('Turn reports about armed conflict and security politics into an auditable event database.')
    .version(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version)
    .showHelpAfterError()
    .exitOverride();

  program
    .command('code')
    .description('Code one report without storing it: one claim per line with --json, a table otherwise.')
    .argument('<file>', 'a .txt/.html/.json/.jsonl file, or - for stdin')
    .option('--published <date>', 'publication date (YYYY-MM-DD or YYYY) relative dates are read against')
    .option('--outlet <name>', 'the outlet that published the report')
    .option('--json', 'print one JSON object per claim per line')
    .option('--knowledge <dir>', 'an extra knowledge directory (repeatable)', collect, [])
    .action(
      (file: string, o: { published?: string; outlet?: string; json?: boolean; knowledge: string[] }) => {
        const published = normalisePublished(o.published, '--published');
        const k = loadKnowledge(o.knowledge);
        let failed = false;
        for (const r of readReports([file], { base: { published, outlet: o.outlet } })) {
          if (!r.ok) {
            err(`${r.code} ${r.origin}: ${r.message}`);
            failed = true;
            continue;
          }
          const doc = codeDoc(
            docFromReport({
              ...r.report,
              meta: {
                ...r.report.meta,
                published: published ?? r.report.meta.published,
                outlet: o.outlet ?? r.report.meta.outlet,
              },
            }),
            k,
          );
          const claims = doc.layers.claims ?? [];
          if (o.json) for (const c of claims) out(JSON.stringify(c));
          else {
            out(toTable(claims));
            for (const m of doc.messages) err(`${m.code} [${m.stage}] ${m.message}`);
          }
        }
        if (failed) process.exitCode = 3;
      },
    );

  program
    .command('ingest')
    .description(
      'Read, code and store reports (files, directories recursively, or - for stdin). Exit 3 when some reports failed.',
    )
    .argument('<paths...>', '.txt, .html, .json, .jsonl files or directories, http(s) URLs, or -')
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .option(
      '--allow-private',
      'fetch URLs on loopback, private and link-local addresses too (refused by default)',
    )
    .option('--timeout <ms>', 'give up on a URL after this many milliseconds', (v) => Number(v), 15000)
    .option('--max-bytes <n>', 'refuse reports larger than this many bytes', (v) => Number(v))
    .option('--knowledge <dir>', 'an extra knowledge directory (repeatable)', collect, [])
    .addOption(
      new Option(
        '--format <f>',
        "input format: reports (default) or an ACLED CSV export stored as ACLED's own claims",
      )
        .choices(['reports', 'acled-csv'])
        .default('reports'),
    )
    .option(
      '--workers <n>',
      'code in this many worker threads (the main thread stores); 0 = in the main thread',
      (v) => Number(v),
      0,
    )
    .action(
      async (
        paths: string[],
        o: {
          db: string;
          maxBytes?: number;
          knowledge: string[];
          format: string;
          workers: number;
          allowPrivate?: boolean;
          timeout?: number;
        },
      ) => {
        if (o.format === 'acled-csv') {
          const k = loadKnowledge(o.knowledge);
          const store = new SqliteStore(o.db);
          try {
            let stored = 0;
            let skipped = 0;
            let claims = 0;
            let failed = 0;
            for (const p of paths) {
              // A bad file is one coded line; the other files are still imported.
              try {
                const docs = acledRowsToDocs(readFileSync(p === '-' ? 0 : p, 'utf8'), k);
                const r = store.saveBatch(docs);
                stored += r.stored;
                skipped += r.skipped;
                claims += r.claims;
              } catch (e) {
                const ce = toCasusError(e);
                failed++;
                err(`${ce.code} ${p}: ${ce.message}`);
              }
            }
            err(
              `imported ACLED rows: ${stored} stored, ${skipped} already stored, ${claims} claims${failed ? `, ${failed} files failed` : ''}`,
            );
            if (failed) process.exitCode = 3;
          } finally {
            store.close();
          }
          return;
        }
        const s = await runIngest(paths, o);
        err(summaryLine(s));
        if (s.failed > 0) process.exitCode = 3;
      },
    );

  program
    .command('events')
    .description('List stored claims with filters.')
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .option('--type <t>', 'PLOVER type (ASSAULT), ACLED type or sub-type ("Battles"), or CAMEO code')
    .option('--country <iso3>', 'event place or actor country (ISO 3166 alpha-3)')
    .option('--actor <text>', 'text in an actor mention or its coded name, or an actor code (KGZMIL)')
    .option('--since <date>', 'events on or after YYYY-MM-DD')
    .option('--until <date>', 'events on or before YYYY-MM-DD')
    .option('--near <lat,lon>', 'events within --km of a point')
    .option('--km <n>', 'radius for --near (default 50)')
    .option('--status <s>', 'asserted, denied or hypothetical')
    .option('--text <words>', 'full-text search over the report text')
    .option('--alliance <org>', 'an organisation id from the knowledge files (CSTO, NATO, ...)')
    .option('--intra', 'with --alliance: source and target countries were all members on the event date')
    .option('--limit <n>', 'at most this many', '1000')
    .addOption(
      new Option('--format <f>', 'output format')
        .choices(['table', 'json', 'csv', 'geojson'])
        .default('table'),
    )
    .action((o: Record<string, string | undefined> & { intra?: boolean }) => {
      const store = new SqliteStore(o.db ?? DEFAULT_DB);
      try {
        const filter = {
          type: o.type,
          country: o.country,
          actor: o.actor,
          since: o.since,
          until: o.until,
          near: parseNear(o.near, o.km),
          status: o.status,
          text: o.text,
          limit: Number(o.limit),
        };
        let keep: ClaimFilter['keep'];
        if (o.alliance) {
          const org = loadKnowledge().organisations.get(String(o.alliance).toUpperCase());
          if (!org) throw new CasusError('CASUS_E001', `unknown organisation "${o.alliance}"`);
          keep = claimAllianceTest(org, o.intra === true);
        }
        const { total, claims } = store.queryClaims({ ...filter, keep });
        if (o.format === 'json') out(JSON.stringify(claims, null, 2));
        else if (o.format === 'csv') out(toCsv(claims));
        else if (o.format === 'geojson') out(toGeoJson(claims));
        else {
          out(toTable(claims));
          err(`${claims.length} of ${total} claims`);
        }
      } finally {
        store.close();
      }
    });

  const incidentOptions = (cmd: Command) =>
    cmd
      .option('--db <file>', 'SQLite database file', DEFAULT_DB)
      .option('--type <t>', 'PLOVER type')
      .option('--country <iso3>', 'a country taking part or where it happened')
      .option('--since <date>', 'incidents on or after YYYY-MM-DD')
      .option('--until <date>', 'incidents on or before YYYY-MM-DD')
      .option('--disputed', 'only incidents whose claims disagree')
      .option('--alliance <org>', 'an organisation id from the knowledge files (CSTO, NATO, ...)')
      .option('--intra', 'with --alliance: every country taking part was a member on the date')
      .option('--limit <n>', 'at most this many', '1000');

  const selectIncidents = (
    store: SqliteStore,
    o: Record<string, string | boolean | undefined>,
    k: () => Knowledge,
  ): Incident[] => {
    let keep: ((countries: readonly string[], date: string | null) => boolean) | undefined;
    if (o.alliance) {
      const org = k().organisations.get(String(o.alliance).toUpperCase());
      if (!org)
        throw new CasusError(
          'CASUS_E001',
          `unknown organisation "${o.alliance}"; known: ${[...k().organisations.keys()].filter((x) => !x.startsWith('ORG.')).join(', ')}`,
        );
      keep = allianceTest(org, o.intra === true);
    }
    return store.queryIncidents({
      type: o.type as string | undefined,
      country: o.country as string | undefined,
      since: o.since as string | undefined,
      until: o.until as string | undefined,
      disputed: o.disputed === true,
      keep,
      limit: Number(o.limit ?? 1000),
    }).incidents;
  };

  incidentOptions(
    program
      .command('incidents')
      .description('List incidents: claims grouped as one real-world event, with their disputes.'),
  )
    .addOption(
      new Option('--format <f>', 'output format').choices(['table', 'json', 'geojson']).default('table'),
    )
    .action((o: Record<string, string | boolean | undefined>) => {
      const store = new SqliteStore(String(o.db));
      try {
        let kb: Knowledge | null = null;
        const incidents = selectIncidents(store, o, () => (kb ??= loadKnowledge()));
        if (o.format === 'json') out(JSON.stringify(incidents, null, 2));
        else if (o.format === 'geojson') out(incidentsToGeoJson(incidents));
        else out(incidentTable(incidents));
      } finally {
        store.close();
      }
    });

  const incident = program
    .command('incident')
    .description('Show one incident, or split and merge incidents (audited, kept across re-ingest).');
  incident
    .command('show', { isDefault: true })
    .description('An incident: its claims with evidence, what they agree on, what they dispute.')
    .argument('<id>', 'incident id')
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .option('--json', 'as JSON')
    .action((id: string, o: { db: string; json?: boolean }) => {
      const store = new SqliteStore(o.db);
      try {
        const r = store.getIncident(id);
        if (!r) throw new CasusError('CASUS_E041', `no incident ${id}`);
        if (o.json) return out(JSON.stringify(r, null, 2));
        const i = r.incident;
        out(
          `${i.id}  ${i.plover} / ${i.acled.join(' / ')}  ${i.date.from ?? '?'}${i.date.to !== i.date.from ? `..${i.date.to}` : ''}  ${i.place ? `${i.place.name} (${i.place.country}) precision ${i.place.precision}` : 'no place'}`,
        );
        out(
          `claims ${i.claims.length}, independent origins ${i.origins}, fatalities ${i.fatalities.low ?? '-'}${i.fatalities.high !== i.fatalities.low ? `..${i.fatalities.high}` : ''}`,
        );
        out(
          `agreed: ${
            Object.entries(i.agreed)
              .map(([f, v]) => `${f}=${v ?? '-'}`)
              .join(', ') || '-'
          }`,
        );
        for (const [f, vals] of Object.entries(i.disputes))
          out(`DISPUTED ${f}: ${vals.map((v) => `${v.value} <- ${v.claimants.join('; ')}`).join('  |  ')}`);
        for (const c of r.claims) {
          const m = i.claims.find((x) => x.claim === c.claim);
          out(
            `\n  claim ${c.claim} [${m?.rule}${m?.score !== null && m?.score !== undefined ? ` ${m.score}` : ''}] ${c.status}`,
          );
          out(
            `    ${c.claimant.map((l) => l.name).join(' > ') || '(unattributed)'}: ${c.source.map((a) => a.code).join('+') || '-'} -> ${c.target.map((a) => a.code).join('+') || '-'}, ${c.date?.value ?? '?'}${c.date?.time ? ` ${c.date.time}` : ''}, ${c.place ? `${c.place.name} p${c.place.precision}` : 'no place'}, killed ${c.size.killed ?? '-'}`,
          );
          out(`    "${c.evidence.text.replace(/\s+/g, ' ')}"`);
        }
      } finally {
        store.close();
      }
    });
  /** What every review command takes: the store, who decides and why. */
  const reviewOptions = (cmd: Command) =>
    cmd
      .option('--db <file>', 'SQLite database file', DEFAULT_DB)
      .option('--author <name>', 'who decides (recorded in the audit trail)', process.env.USER ?? 'analyst')
      .option('--comment <text>', 'why');
  reviewOptions(incident.command('split'))
    .description('Take a claim out of its incident; it stays apart across re-ingest.')
    .argument('<id>', 'incident id')
    .requiredOption('--claim <claim>', 'the claim to split out')
    .action((id: string, o: { db: string; claim: string; author: string; comment?: string }) =>
      review(o.db, { kind: 'split', incident: id, claim: o.claim, author: o.author, comment: o.comment }),
    );
  reviewOptions(incident.command('merge'))
    .description('Merge two incidents into one; kept across re-ingest.')
    .argument('<id>', 'incident id')
    .argument('<other>', 'the incident to merge into it')
    .action((id: string, other: string, o: { db: string; author: string; comment?: string }) =>
      review(o.db, { kind: 'merge', incident: id, other, author: o.author, comment: o.comment }),
    );

  incidentOptions(program.command('export').description("Export incidents or claims in the field's formats."))
    .addOption(
      new Option(
        '--format <f>',
        'acled-csv (one row per incident), plover-jsonl (one PLOVER event per claim), geojson (incidents), csv or json (claims)',
      )
        .choices(['acled-csv', 'plover-jsonl', 'geojson', 'csv', 'json'])
        .makeOptionMandatory(),
    )
    .action((o: Record<string, string | boolean | undefined>) => {
      const store = new SqliteStore(String(o.db));
      try {
        let kb: Knowledge | null = null;
        const k = () => (kb ??= loadKnowledge());
        const incidents = selectIncidents(
          store,
          { ...o, limit: String(o.limit === '1000' ? 1_000_000 : o.limit) },
          k,
        );
        const withClaims = () => incidents.map((i) => store.getIncident(i.id)!).filter(Boolean);
        if (o.format === 'acled-csv') out(incidentsToAcledCsv(withClaims(), k()));
        else if (o.format === 'geojson') out(incidentsToGeoJson(incidents));
        else {
          const claims = withClaims().flatMap((x) => x.claims);
          if (o.format === 'plover-jsonl') for (const c of claims) out(JSON.stringify(claimToPlover(c)));
          else if (o.format === 'csv') out(toCsv(claims));
          else out(JSON.stringify(claims, null, 2));
        }
      } finally {
        store.close();
      }
    });

  program
    .command('eval')
    .description(
      'Score casus against gold data: acled (ACLED CSV with notes), geo (TR-News / GeoWebNews JSONL), incidents (our labelled corpus), event-location (JSONL), plover (PLOVER records JSONL or NGEC stories CSV).',
    )
    .argument('<kind>', 'acled | geo | incidents | event-location | plover')
    .argument('<file>', 'the gold file')
    .option('--json', 'print the scores as JSON (the only output on stdout)')
    .option('--limit <n>', 'score only the first N records', (v) => Number(v))
    .option('--knowledge <dir>', 'an extra knowledge directory (repeatable)', collect, [])
    .action((kind: string, file: string, o: { json?: boolean; limit?: number; knowledge: string[] }) => {
      const k = loadKnowledge(o.knowledge);
      let res: Record<string, unknown>;
      if (kind === 'acled') res = evalAcled(file, k, { limit: o.limit });
      else if (kind === 'incidents') res = evalIncidents(file, k);
      else if (kind === 'geo') res = evalGeo(file, k);
      else if (kind === 'event-location') res = evalEventLocation(file, k, { limit: o.limit });
      else if (kind === 'plover') res = evalPlover(file, k, { limit: o.limit });
      else
        throw new CasusError(
          'CASUS_E031',
          `unknown eval kind "${kind}"; available: acled, geo, incidents, event-location, plover`,
        );
      out(o.json ? JSON.stringify(res) : JSON.stringify(res, null, 2));
    });

  program
    .command('bench')
    .description(
      'Measure throughput, start-up time, memory and time per stage (one process). Prints figures; never a test.',
    )
    .option(
      '--corpus <path>',
      'a folder or file of reports (default: our examples repeated to at least 5 MB)',
    )
    .option('--repeat <n>', 'pass over the corpus this many times', '1')
    .option('--db <file>', 'store into this SQLite file (default: a temporary one)')
    .option('--no-store', 'code only, do not store')
    .option('--json', 'print the figures as JSON')
    .option(
      '--synthetic-store <n>',
      'instead: fill --db with N synthetic reports (one claim each) for query timing',
    )
    .option('--queries', 'instead: time typical API requests (p50/p95) against --db over HTTP on loopback')
    .option('--requests <n>', 'with --queries: requests per kind', '200')
    .action(async (o: BenchCliOptions) => {
      if (o.syntheticStore !== undefined || o.queries) return benchStore(o);
      const k = loadKnowledge();
      const tty = process.stderr.isTTY && !o.json;
      const bar = tty
        ? new SingleBar({
            format: 'bench [{bar}] {value}/{total} reports',
            hideCursor: true,
            clearOnComplete: true,
          })
        : null;
      let started = false;
      const report = runBench(
        k,
        join(ROOT, 'examples'),
        {
          corpus: o.corpus,
          repeat: Number(o.repeat),
          db: o.db,
          store: o.store,
          onProgress: (done, total) => {
            if (!bar) return;
            if (!started) {
              bar.start(total, 0);
              started = true;
            }
            bar.update(done);
          },
        },
        0,
      );
      bar?.stop();
      if (o.json) out(JSON.stringify(report));
      else {
        out(
          `${report.docs} reports, ${report.words} words, ${report.sentences} sentences, ${report.claims} claims in ${report.seconds} s (${report.corpus_mb} MB${report.stored ? ', stored in SQLite' : ''})`,
        );
        out(
          `${report.words_per_sec} words/s, ${report.sentences_per_sec} sentences/s, ${report.docs_per_sec} reports/s; bare regex tokenizer ${report.baseline_regex_words_per_sec} words/s (${report.slowdown_vs_regex}x faster)`,
        );
        out(`start-up ${report.startup_ms} ms, peak RSS ${report.peak_rss_mb} MB`);
        out(
          `time per stage: ${Object.entries(report.stages)
            .map(([s, v]) => `${s} ${(v * 100).toFixed(1)}%`)
            .join(', ')}`,
        );
      }
    });

  serveOptions(program.command('serve').description('Serve the HTTP API and the web UI.')).action(
    (o: ServeOptions) => startServer(o),
  );

  serveOptions(
    program
      .command('start')
      .description(
        'Ingest the bundled example reports into ./casus.db, print a summary and serve the UI on http://localhost:8080.',
      ),
  )
    .option('--no-serve', 'ingest and summarise only')
    .action(async (o: ServeOptions & { serve: boolean }) => {
      const s = await runIngest([join(ROOT, 'examples')], { db: o.db, knowledge: o.knowledge });
      err(summaryLine(s));
      printStoreSummary(o.db);
      if (o.serve) startServer(o);
    });

  const token = program
    .command('token')
    .description('API tokens: create and revoke (only hashes are stored).');
  token
    .command('create')
    .description('Create a bearer token; the token is printed as the last line, once.')
    .addOption(
      new Option('--role <role>', 'what it may do')
        .choices(['viewer', 'analyst', 'admin'])
        .makeOptionMandatory(),
    )
    .option('--label <text>', 'who or what it is for (shown as the review author)')
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .action((o: { role: 'viewer' | 'analyst' | 'admin'; label?: string; db: string }) => {
      const store = new SqliteStore(o.db);
      try {
        const t = store.createToken(o.role, o.label);
        err(`token ${t.id} (${o.role}) created in ${o.db}; it is shown only now:`);
        out(t.token);
      } finally {
        store.close();
      }
    });
  token
    .command('revoke')
    .description('Revoke a token by its id.')
    .argument('<id>', 'the token id (the hex part after casus_)')
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .action((id: string, o: { db: string }) => {
      const store = new SqliteStore(o.db);
      try {
        if (!store.revokeToken(id)) throw new CasusError('CASUS_E041', `no active token ${id}`);
        out(`revoked ${id}`);
      } finally {
        store.close();
      }
    });

  program
    .command('errors')
    .description('List the error and message codes.')
    .action(() => {
      for (const [code, e] of Object.entries(ERROR_CODES)) out(`${code}  ${e.title}. ${e.hint}`);
    });

  return program;
}

/** Run the CLI; coded errors print `CODE message` and a hint, and exit 2 for usage errors. */
export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? 0 : 2;
      return;
    }
    const ce = toCasusError(e);
    err(`${ce.code} ${ce.message}\n  hint: ${ce.hint}`);
    process.exitCode =
      ce.code === 'CASUS_E001' || ce.code === 'CASUS_E016' || ce.code === 'CASUS_E031' ? 2 : 1;
  }
}
