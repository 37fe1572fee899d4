import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CasusError } from '../core/errors.js';
import type { StageTimes } from '../core/pipeline.js';
import type { Doc } from '../core/types.js';
import { docFromReport } from '../ingest/ingest.js';
import { readReports } from '../ingest/read-reports.js';
import type { Knowledge } from '../knowledge/load.js';
import { codeDoc } from '../stages/index.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';

export interface BenchOptions {
  readonly corpus?: string | undefined;
  readonly repeat?: number | undefined;
  readonly db?: string | undefined;
  readonly store: boolean;
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

export interface BenchReport {
  docs: number;
  words: number;
  sentences: number;
  claims: number;
  seconds: number;
  words_per_sec: number;
  sentences_per_sec: number;
  docs_per_sec: number;
  startup_ms: number;
  peak_rss_mb: number;
  baseline_regex_words_per_sec: number;
  slowdown_vs_regex: number;
  corpus_mb: number;
  stored: boolean;
  stages: Record<string, number>;
}

const WORDS = /\S+/g;
const countWords = (t: string) => (t.match(WORDS) ?? []).length;

/**
 * The built-in corpus: our example reports repeated to at least 5 MB. Each repetition is made
 * a different report about different events: its years are shifted by the copy number.
 */
export function builtinCorpus(
  examplesDir: string,
  minBytes = 5 * 1024 * 1024,
): { text: string; meta: Doc['meta'] }[] {
  const base = [...readReports([examplesDir])].flatMap((r) => (r.ok ? [r.report] : []));
  const out: { text: string; meta: Doc['meta'] }[] = [];
  let bytes = 0;
  for (let copy = 0; bytes < minBytes; copy++) {
    for (const r of base) {
      const shift = (s: string) => s.replace(/\b(19|20)\d{2}\b/g, (y) => String(Number(y) + copy));
      const text = `${shift(r.text)}\n\n(Bench copy ${copy}.)`;
      out.push({
        text,
        meta: { ...r.meta, published: r.meta.published ? shift(r.meta.published) : undefined },
      });
      bytes += Buffer.byteLength(text);
    }
  }
  return out;
}

/** Reports of a folder or file given with --corpus, read as they are asked for. */
function* corpusFrom(path: string): Generator<{ text: string; meta: Doc['meta'] }> {
  for (const r of readReports([path])) if (r.ok) yield { text: r.report.text, meta: r.report.meta };
}

/** A bare regex tokenizer over the same texts: the yardstick for end-to-end speed. */
function regexBaseline(texts: readonly string[]): number {
  const re = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
  const t0 = performance.now();
  let n = 0;
  for (const t of texts) {
    re.lastIndex = 0;
    while (re.exec(t) !== null) n++;
  }
  const secs = (performance.now() - t0) / 1000;
  const words = texts.reduce((s, t) => s + countWords(t), 0);
  if (n === 0) return 0;
  return Math.round(words / Math.max(secs, 1e-6));
}

/**
 * Code (and by default store) a corpus in one process and report throughput, start-up time,
 * peak memory and the share of time per stage. The first reports warm up and are not counted.
 */
export function runBench(
  k: Knowledge,
  examplesDir: string,
  opts: BenchOptions,
  startedAt: number,
): BenchReport {
  // The first report is coded before the rest of the corpus is read: start-up is the time a
  // streaming ingest takes to its first coded report, not the time to read a whole corpus.
  const source = opts.corpus ? corpusFrom(opts.corpus) : builtinCorpus(examplesDir).values();
  const head = source.next();
  if (head.done) throw new CasusError('CASUS_E013', 'the bench corpus has no readable report');
  codeDoc(docFromReport({ text: head.value.text, meta: head.value.meta, origin: 'bench', warnings: [] }), k);
  const startupMs = Math.round(performance.now() - startedAt);
  const corpus = [head.value, ...source];
  const repeat = Math.max(1, opts.repeat ?? 1);
  const items = Array.from({ length: repeat }, (_, rep) =>
    corpus.map((c) => ({ text: rep === 0 ? c.text : `${c.text}\n(repeat ${rep})`, meta: c.meta })),
  ).flat();
  let dir: string | null = null;
  let dbPath = opts.db;
  if (opts.store && !dbPath) {
    dir = mkdtempSync(join(tmpdir(), 'casus-bench-'));
    dbPath = join(dir, 'bench.db');
  }
  const store = opts.store && dbPath ? new SqliteStore(dbPath) : null;
  const warm = Math.min(20, Math.floor(items.length / 10));
  for (let i = 1; i < warm; i++)
    codeDoc(docFromReport({ text: items[i]!.text, meta: items[i]!.meta, origin: 'bench', warnings: [] }), k);
  const times: StageTimes = new Map();
  let words = 0;
  let sentences = 0;
  let claims = 0;
  let batch: Doc[] = [];
  const measured = items.slice(warm);
  const t0 = performance.now();
  for (let i = 0; i < measured.length; i++) {
    const it = measured[i]!;
    const doc = codeDoc(
      docFromReport({ text: it.text, meta: it.meta, origin: 'bench', warnings: [] }),
      k,
      times,
    );
    words += countWords(it.text);
    sentences += doc.layers.sentences?.length ?? 0;
    claims += doc.layers.claims?.length ?? 0;
    if (store) {
      batch.push(doc);
      if (batch.length >= 200) {
        const s0 = performance.now();
        store.saveBatch(batch);
        times.set('store', (times.get('store') ?? 0) + performance.now() - s0);
        batch = [];
      }
    }
    if (i % 200 === 0) opts.onProgress?.(i, measured.length);
  }
  if (store && batch.length) {
    const s0 = performance.now();
    store.saveBatch(batch);
    times.set('store', (times.get('store') ?? 0) + performance.now() - s0);
  }
  const seconds = (performance.now() - t0) / 1000;
  store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  const total = [...times.values()].reduce((a, b) => a + b, 0);
  const stages: Record<string, number> = {};
  for (const [name, ms] of times) stages[name] = Math.round((ms / total) * 1000) / 1000;
  const baseline = regexBaseline(measured.map((m) => m.text));
  const wps = Math.round(words / seconds);
  return {
    docs: measured.length,
    words,
    sentences,
    claims,
    seconds: Math.round(seconds * 100) / 100,
    words_per_sec: wps,
    sentences_per_sec: Math.round(sentences / seconds),
    docs_per_sec: Math.round(measured.length / seconds),
    startup_ms: startupMs,
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    baseline_regex_words_per_sec: baseline,
    slowdown_vs_regex: Math.round((baseline / wps) * 10) / 10,
    corpus_mb: Math.round((measured.reduce((s, m) => s + Buffer.byteLength(m.text), 0) / 1048576) * 10) / 10,
    stored: store !== null,
    stages,
  };
}
