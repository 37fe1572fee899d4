import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { headlineEnd, makeDoc } from '../core/doc.js';
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
 * PLOVER codes an intended or threatened act as the statement: AGREE to cooperate, THREATEN to
 * coerce. Committing to yield ("agreed to lift the ban") is itself the concession.
 */
const INTENT: Readonly<Record<string, string>> = {
  SUPPORT: 'AGREE',
  COOPERATE: 'AGREE',
  AID: 'AGREE',
  CONSULT: 'AGREE',
  ASSAULT: 'THREATEN',
  COERCE: 'THREATEN',
  SANCTION: 'THREATEN',
  MOBILIZE: 'THREATEN',
  // "agreed to withdraw", "announced their intention to lay down arms": a promise to yield.
  RETREAT: 'CONCEDE',
};
const YIELDING = new Set(['CONCEDE', 'RETREAT']);

/** Modality cues that make a hypothetical act a demand on someone, or a threat. */
const DEMAND_CUES = new Set([
  'request',
  'must',
  'should',
  'have to',
  'need to',
  'ought to',
  'call for',
  'call on',
  'urge',
  'demand',
]);
const THREAT_CUES = new Set(['threaten to', 'warn']);
/** Cues that float a possibility: a hostile act floated is a threat ("raises the potential of suspending talks"). */
const FLOATED_CUES = new Set(['possibility of', 'potential of', 'potential for', 'prospect of']);
const FUTURE_CUES = new Set([
  'will',
  'would',
  'may',
  'might',
  'could',
  'shall',
  'going to',
  'ready to',
  'headline-to',
  'promise to',
  'vow to',
]);
/** Acts against someone, or the end of something they want (a force withdrawn, mediation halted). */
const HOSTILE = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'PROTEST', 'MOBILIZE', 'REJECT', 'RETREAT']);
const CONDITION = /\b(?:unless|if)\b/i;

/**
 * A claim's PLOVER type as a story-level coder records it: a hypothetical act is the statement
 * that made it so: a demand ("Iraq must cooperate": REQUEST), a threat, or an intent.
 */
export function ploverType(c: Claim): string {
  if (c.status !== 'hypothetical') return c.event.plover;
  const cue = c.rules.find((r) => r.startsWith('modality:'))?.slice('modality:'.length);
  if (cue && DEMAND_CUES.has(cue)) return 'REQUEST';
  if (cue && THREAT_CUES.has(cue)) return 'THREATEN';
  if (cue && FLOATED_CUES.has(cue) && HOSTILE.has(c.event.plover)) return 'THREATEN';
  // A hostile act announced on a condition is a threat: "will boycott the elections unless the
  // president steps down", "may halt mediation if cooperation founders".
  if (cue && FUTURE_CUES.has(cue) && HOSTILE.has(c.event.plover) && CONDITION.test(c.evidence.text))
    return 'THREATEN';
  return INTENT[c.event.plover] ?? c.event.plover;
}

/**
 * The story's main event. A headline (a first line of its own) states it: when the headline
 * holds events, the story's type is one of the headline's, and the body's weight only chooses
 * between them. Otherwise the type with the most weight: the first three sentences with events
 * weigh twice, later ones once. A denied or hypothetical claim weighs half an asserted one,
 * unless it is read as an intent, demand or threat, and except a concession agreed to in the
 * same sentence ("agreed to lift the ban"), which takes the place of the agreement; a demand
 * rejected in its sentence ("rejected the demand for a ceasefire") weighs a quarter. Ties go to
 * the type met first.
 */
export function mainEvent(claims: readonly Claim[], text = ''): { claim: Claim; type: string } | null {
  if (claims.length === 0) return null;
  const ordered = [...claims].sort((a, b) => a.evidence.start - b.evidence.start);
  const starts = [...new Set(ordered.map((c) => c.evidence.start))];
  const headline = headlineEnd(text);
  const agreedYield = new Set(
    ordered
      .filter((c) => YIELDING.has(c.event.plover) && c.status === 'hypothetical')
      .filter((c) => ordered.some((a) => a.evidence.start === c.evidence.start && a.event.plover === 'AGREE'))
      .map((c) => c.evidence.start),
  );
  // Sentences where a hostile act is promised on a condition: the promise is the threat
  // ("Insurgents promise to renew bombing if talks fail").
  const threatened = new Set(
    ordered
      .filter((c) => c.status === 'hypothetical' && ploverType(c) === 'THREATEN')
      .map((c) => c.evidence.start),
  );
  // Sentences with a rejection told as done ("Israel rejected the demand for a ceasefire").
  const rejecting = new Set(
    ordered
      .filter((c) => c.event.plover === 'REJECT' && c.status === 'asserted')
      .map((c) => c.evidence.start),
  );
  // Sentences with a protest told as done: a demand in them is the protest's purpose ("began a
  // hunger strike to demand the return of property").
  const protesting = new Set(
    ordered
      .filter((c) => c.event.plover === 'PROTEST' && c.status === 'asserted')
      .map((c) => c.evidence.start),
  );
  const inHeadline = new Map<string, number>();
  const inBody = new Map<string, number>();
  const first = new Map<string, Claim>();
  for (const c of ordered) {
    if (c.event.plover === 'AGREE' && (agreedYield.has(c.evidence.start) || threatened.has(c.evidence.start)))
      continue;
    const rank = starts.indexOf(c.evidence.start);
    const yielded = YIELDING.has(c.event.plover) && agreedYield.has(c.evidence.start);
    const type = ploverType(c);
    // A hypothetical act read as the statement that made it (an intent, demand or threat) is
    // that statement, which did happen; but a demand in a sentence that rejects it is what was
    // rejected, and the rejection is the event.
    // (So is whatever the rejection's object holds: "rejected a US offer to host a summit".)
    const rejected =
      c.rules.includes('modality:reject') ||
      (type === 'REQUEST' && c.status !== 'asserted' && rejecting.has(c.evidence.start));
    const purpose = type === 'REQUEST' && protesting.has(c.evidence.start);
    const told = rejected
      ? 0.25
      : purpose
        ? 0.5
        : c.status === 'asserted' || yielded || type !== c.event.plover
          ? 1
          : 0.5;
    // The background of another act ("concedes after meeting"): half as much.
    const w = c.rules.includes('background') ? told / 2 : told;
    if (c.evidence.start < headline) {
      // A headline's verb tells its event; a noun in it is often that verb's object
      // ("Rights Group Investigates Killings").
      const nounOnly = c.rules.includes('noun-predicate') ? 0.5 : 1;
      inHeadline.set(type, (inHeadline.get(type) ?? 0) + w * nounOnly);
    } else inBody.set(type, (inBody.get(type) ?? 0) + w * (rank < 3 ? 2 : 1));
    if (!first.has(type)) first.set(type, c);
  }
  let best: { claim: Claim; type: string } | null = null;
  let bestScore: [number, number] = [-1, -1];
  for (const [type, claim] of first) {
    const s: [number, number] = [inHeadline.get(type) ?? 0, inBody.get(type) ?? 0];
    if (s[0] > bestScore[0] || (s[0] === bestScore[0] && s[1] > bestScore[1])) {
      best = { claim, type };
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
      pred: main?.type ?? '(none)',
      goldMode: gold.mode,
      predMode: main?.claim.event.mode,
    });
    const gs = actors(r.source);
    if (gs.length) {
      srcN++;
      if (main && actorMatches(main.claim.source, gs)) srcHit++;
    }
    const gt = actors(r.target);
    if (gt.length) {
      tarN++;
      if (main && actorMatches(main.claim.target, gt)) tarHit++;
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
    const main = mainEvent(doc.layers.claims ?? [], text);
    rows.push({
      gold: r.label.toUpperCase(),
      pred: main?.type ?? '(none)',
      goldMode: r.mode || undefined,
      predMode: main?.claim.event.mode,
    });
  }
  return summarise(rows, {}, t0);
}

/** `casus eval plover FILE`: gold records (.jsonl) or synthetic stories (.csv). */
export function evalPlover(file: string, k: Knowledge, opts: { limit?: number } = {}) {
  return /\.csv$/i.test(file) ? evalPloverStories(file, k, opts) : evalPloverRecords(file, k, opts);
}
