import { readFileSync } from 'node:fs';
import { makeDoc } from '../core/doc.js';
import { CasusError } from '../core/errors.js';
import type { Span, Token } from '../core/types.js';
import type { Knowledge } from '../knowledge/load.js';
import { chooseEventPlace } from '../stages/find-events.js';
import { codeDoc } from '../stages/index.js';
import { ratio } from './metrics.js';

interface GoldSpan extends Span {
  label: string;
  /** The span's text, where the corpus gives it. */
  text?: string;
}

/**
 * The gold span as it points into the text. Some records' offsets disagree with the text they
 * give for the span (a shifted or empty slice): such a span is moved to the occurrence of its
 * text nearest the given offset; a span that cannot be placed, or that does not start and end
 * at word boundaries, leaves the record unscored (`misaligned`).
 */
function align(text: string, g: GoldSpan): GoldSpan | null {
  let { start, end } = g;
  if (g.text !== undefined && text.slice(start, end) !== g.text) {
    let best = -1;
    for (let at = text.indexOf(g.text); at >= 0 && g.text.length > 0; at = text.indexOf(g.text, at + 1))
      if (best < 0 || Math.abs(at - g.start) < Math.abs(best - g.start)) best = at;
    if (best < 0) return null;
    start = best;
    end = best + g.text.length;
  }
  const slice = text.slice(start, end);
  if (slice.length < 2 || /\w/.test(text.charAt(start - 1)) || /\w/.test(text.charAt(end))) return null;
  return { ...g, start, end };
}

interface Record {
  text: string;
  spans: GoldSpan[];
  answer?: string;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * Which of a sentence's places is where its event happened. For each sentence with a gold
 * event verb and a gold LOCATION: the place of our event whose trigger overlaps the verb; when we
 * found no event there, our place choice for that verb (the same rule the event finder uses).
 * Correct when the chosen place overlaps the gold LOCATION span.
 */
export function evalEventLocation(file: string, k: Knowledge, opts: { limit?: number } = {}) {
  const t0 = performance.now();
  let lines: string[];
  try {
    lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  } catch (err) {
    throw new CasusError(
      'CASUS_E030',
      `cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  let n = 0;
  let correct = 0;
  let viaEvent = 0;
  let noPlace = 0;
  let skipped = 0;
  let misaligned = 0;
  let realigned = 0;
  for (const line of lines) {
    if (opts.limit !== undefined && n >= opts.limit) break;
    let r: Record;
    try {
      r = JSON.parse(line) as Record;
    } catch {
      throw new CasusError('CASUS_E030', `${file}: a line is not JSON`);
    }
    const rawVerb = r.spans?.find((s) => s.label === 'VERB');
    const rawGold = r.spans?.filter((s) => s.label === 'LOCATION') ?? [];
    if (r.answer === 'reject' || !rawVerb || rawGold.length === 0 || typeof r.text !== 'string') {
      skipped++;
      continue;
    }
    const verb = align(r.text, rawVerb);
    const gold = rawGold.map((g) => align(r.text, g));
    if (!verb || gold.some((g) => g === null)) {
      misaligned++;
      continue;
    }
    if (gold.some((g, i) => g!.start !== rawGold[i]!.start) || verb.start !== rawVerb.start) realigned++;
    n++;
    const doc = codeDoc(makeDoc(r.text, {}), k);
    const ev = (doc.layers.events ?? []).find((e) => overlaps(e.trigger, verb));
    let chosen: Span | null = null;
    if (ev) {
      viaEvent++;
      // A named place standing in for an unknown one: the event's own mention is the unknown name.
      chosen = ev.place?.stoodIn ?? ev.place;
    } else {
      const sentence = (doc.layers.sentences ?? []).find((s) => overlaps(s, verb)) ?? {
        start: 0,
        end: r.text.length,
      };
      const trig: Token = { start: verb.start, end: verb.end, lemma: '', pos: 'VERB', sentence: 0 };
      const place = chooseEventPlace(doc.layers.places ?? [], trig, sentence, r.text);
      chosen = place?.stoodIn ?? place;
    }
    if (!chosen) noPlace++;
    else if (gold.some((g) => overlaps(g!, chosen))) correct++;
  }
  return {
    kind: 'event-location',
    file,
    n,
    skipped,
    misaligned,
    realigned,
    accuracy: ratio(correct, n),
    via_event: ratio(viaEvent, n),
    no_place: ratio(noPlace, n),
    seconds: Math.round((performance.now() - t0) / 10) / 100,
  };
}
