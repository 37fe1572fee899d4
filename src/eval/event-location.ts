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
  for (const line of lines) {
    if (opts.limit !== undefined && n >= opts.limit) break;
    let r: Record;
    try {
      r = JSON.parse(line) as Record;
    } catch {
      throw new CasusError('CASUS_E030', `${file}: a line is not JSON`);
    }
    const verb = r.spans?.find((s) => s.label === 'VERB');
    const gold = r.spans?.filter((s) => s.label === 'LOCATION') ?? [];
    if (r.answer === 'reject' || !verb || gold.length === 0 || typeof r.text !== 'string') {
      skipped++;
      continue;
    }
    n++;
    const doc = codeDoc(makeDoc(r.text, {}), k);
    const ev = (doc.layers.events ?? []).find((e) => overlaps(e.trigger, verb));
    let chosen: Span | null = null;
    if (ev) {
      viaEvent++;
      chosen = ev.place;
    } else {
      const sentence = (doc.layers.sentences ?? []).find((s) => overlaps(s, verb)) ?? {
        start: 0,
        end: r.text.length,
      };
      const trig: Token = { start: verb.start, end: verb.end, lemma: '', pos: 'VERB', sentence: 0 };
      chosen = chooseEventPlace(doc.layers.places ?? [], trig, sentence);
    }
    if (!chosen) noPlace++;
    else if (gold.some((g) => overlaps(g, chosen))) correct++;
  }
  return {
    kind: 'event-location',
    file,
    n,
    skipped,
    accuracy: ratio(correct, n),
    via_event: ratio(viaEvent, n),
    no_place: ratio(noPlace, n),
    seconds: Math.round((performance.now() - t0) / 10) / 100,
  };
}
