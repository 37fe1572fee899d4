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
