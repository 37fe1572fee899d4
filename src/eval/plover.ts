import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { makeDoc } from '../core/doc.js';
import { CasusError } from '../core/errors.js';
import type { ActorOut, Claim } from '../core/types.js';
import type { Knowledge } from '../knowledge/load.js';
import { codeDoc } from '../stages/index.js';
import { confusion, macroF1, ratio } from './metrics.js';

/** The older PLOVER names in the gold-standard records, as the current type (and mode). */
const OLD_LABELS: Readonly<Record<string, { type: string; mode?: string }>> = {
  FIGHT: { type: 'ASSAULT' },
  DEMAND: { type: 'REQUEST' },
  DISAPPROVE: { type: 'ACCUSE', mode: 'disapprove' },
  INVESTIGATE: { type: 'ACCUSE', mode: 'investigate' },
  ENGAGE: { type: 'COOPERATE' },
};

interface GoldActor {
  actorText?: string;
  code?: string;
  sector?: string;
}

/**
 * The story's main event: the type with the most weight, where a claim in the title or lead
 * (first three sentences with events) weighs twice a later one and a denied or hypothetical
 * claim half an asserted one; ties go to the type met first.
 */
export function mainEvent(claims: readonly Claim[]): Claim | null {
  if (claims.length === 0) return null;
  const ordered = [...claims].sort((a, b) => a.evidence.start - b.evidence.start);
  const starts = [...new Set(ordered.map((c) => c.evidence.start))];
  const score = new Map<string, number>();
  const first = new Map<string, Claim>();
  for (const c of ordered) {
    const lead = starts.indexOf(c.evidence.start) < 3 ? 2 : 1;
    const w = lead * (c.status === 'asserted' ? 1 : 0.5);
    score.set(c.event.plover, (score.get(c.event.plover) ?? 0) + w);
    if (!first.has(c.event.plover)) first.set(c.event.plover, c);
  }
  let best: Claim | null = null;
  let bestScore = -1;
  for (const [type, c] of first) {
    const s = score.get(type)!;
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}

/** A coded actor matches a gold one by country, by the code's leading letters, or as any IGO. */
function actorMatches(pred: readonly ActorOut[], gold: readonly GoldActor[]): boolean {
  return gold.some((g) => {
    const code = (g.code ?? '').toUpperCase();
    if (!code) return false;
    return pred.some(
      (p) =>
        p.country === code ||
        p.code.startsWith(code) ||
        (code === 'IGO' && (p.org !== null || p.code.startsWith('IGO'))),
    );
  });
}

const actors = (v: unknown): GoldActor[] =>
  Array.isArray(v) ? (v as GoldActor[]).filter((a) => a && typeof a === 'object') : [];

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new CasusError(
      'CASUS_E030',
      `cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}

interface Scored {
  gold: string;
  pred: string;
  goldMode?: string;
  predMode?: string | null;
}

function summarise<T extends object>(rows: Scored[], extra: T, t0: number) {
  const moded = rows.filter((r) => r.goldMode);
  return {
    n: rows.length,
    event: {
      accuracy: ratio(rows.filter((r) => r.gold === r.pred).length, rows.length),
      macro_f1: macroF1(rows),
      no_event: ratio(rows.filter((r) => r.pred === '(none)').length, rows.length),
      confusion: confusion(rows),
    },
    mode: {
      accuracy: ratio(
        moded.filter((r) => r.gold === r.pred && r.predMode?.toLowerCase() === r.goldMode!.toLowerCase())
          .length,
        moded.length,
      ),
      n: moded.length,
    },
    ...extra,
    seconds: Math.round((performance.now() - t0) / 100) / 10,
  };
}

/**
 * PLOVER gold records (one JSON object per line: text, event, source, target). Each sentence
 * is coded alone; its main event is compared with the gold label (older names mapped), its
 * source and target actors with the gold codes.
 */
export function evalPloverRecords(file: string, k: Knowledge, opts: { limit?: number } = {}) {
  const t0 = performance.now();
  const rows: Scored[] = [];
  let srcN = 0;
  let srcHit = 0;
  let tarN = 0;
  let tarHit = 0;
  for (const line of readText(file).split('\n').filter(Boolean)) {
    if (opts.limit !== undefined && rows.length >= opts.limit) break;
    let r: { text?: unknown; event?: unknown; date?: unknown; source?: unknown; target?: unknown };
    try {
      r = JSON.parse(line);
    } catch {
      throw new CasusError('CASUS_E030', `${file}: a line is not JSON`);
    }
    if (typeof r.text !== 'string' || typeof r.event !== 'string') continue;
    const label = r.event.toUpperCase();
    const gold = OLD_LABELS[label] ?? { type: label };
    const published = typeof r.date === 'string' ? r.date : undefined;
    const doc = codeDoc(makeDoc(r.text, published ? { published } : {}), k);
    const main = mainEvent(doc.layers.claims ?? []);
    rows.push({
      gold: gold.type,
      pred: main?.event.plover ?? '(none)',
      goldMode: gold.mode,
      predMode: main?.event.mode,
    });
    const gs = actors(r.source);
    if (gs.length) {
      srcN++;
      if (main && actorMatches(main.source, gs)) srcHit++;
    }
    const gt = actors(r.target);
    if (gt.length) {
      tarN++;
      if (main && actorMatches(main.target, gt)) tarHit++;
    }
  }
  return summarise(
    rows,
    {
      source: { code_match: ratio(srcHit, srcN), n: srcN },
      target: { code_match: ratio(tarHit, tarN), n: tarN },
    },
    t0,
  );
}

/**
 * NGEC synthetic stories (CSV: text, title, label, mode): the title and text coded as one
 * report; the story's main event type and mode against the label.
 */
export function evalPloverStories(file: string, k: Knowledge, opts: { limit?: number } = {}) {
  const t0 = performance.now();
  let records: Record<string, string>[];
  try {
    records = parse(readText(file), { columns: true, skip_empty_lines: true, relax_quotes: true });
  } catch (err) {
    throw new CasusError('CASUS_E019', `${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const rows: Scored[] = [];
  for (const r of records) {
    if (opts.limit !== undefined && rows.length >= opts.limit) break;
    if (!r.text || !r.label) continue;
    const text = r.title ? `${r.title}\n\n${r.text}` : r.text;
    const doc = codeDoc(makeDoc(text, {}), k);
    const main = mainEvent(doc.layers.claims ?? []);
    rows.push({
      gold: r.label.toUpperCase(),
      pred: main?.event.plover ?? '(none)',
      goldMode: r.mode || undefined,
      predMode: main?.event.mode,
    });
  }
  return summarise(rows, {}, t0);
}

/** `casus eval plover FILE`: gold records (.jsonl) or synthetic stories (.csv). */
export function evalPlover(file: string, k: Knowledge, opts: { limit?: number } = {}) {
  return /\.csv$/i.test(file) ? evalPloverStories(file, k, opts) : evalPloverRecords(file, k, opts);
}
