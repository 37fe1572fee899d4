import type { Span } from '../core/types.js';

/**
 * Which tokens lie wholly inside any of the spans: one merge-like pass over both sorted lists,
 * not a scan of every token for every span.
 */
export function tokensInside(tokens: readonly Span[], spans: readonly Span[]): Uint8Array {
  const mask = new Uint8Array(tokens.length);
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let i = 0;
  for (const s of sorted) {
    while (i < tokens.length && tokens[i]!.start < s.start) i++;
    for (let j = i; j < tokens.length && tokens[j]!.start < s.end; j++)
      if (tokens[j]!.end <= s.end) mask[j] = 1;
  }
  return mask;
}

/** The index of the first of `spans` (sorted by start) starting at or after `offset`, by binary search. */
export function firstStartingAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Spans grouped by the sentence that wholly contains them (sentences sorted and disjoint):
 * a binary search per span, so per-sentence lookups cost nothing however long the document.
 */
export function spansBySentence<T extends Span>(spans: readonly T[], sentences: readonly Span[]): T[][] {
  const out: T[][] = sentences.map(() => []);
  for (const x of spans) {
    // The last sentence starting at or before the span (empty sentences may share its start).
    let k = firstStartingAt(sentences, x.start + 1) - 1;
    for (; k >= 0 && sentences[k]!.end >= x.start; k--) {
      const s = sentences[k]!;
      if (x.start >= s.start && x.end <= s.end) {
        out[k]!.push(x);
        break;
      }
    }
  }
  return out;
}
