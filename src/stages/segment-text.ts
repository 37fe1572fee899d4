import type { Stage } from '../core/pipeline.js';
import type { Span, Token } from '../core/types.js';
import { analyse } from '../nlp/wink.js';

/** No news sentence is this long; text without sentence ends (a 5 MB line) is cut at clause marks. */
export const MAX_SENTENCE_TOKENS = 150;

/**
 * Sentences over the limit split into pieces of at most `max` tokens, each ending at the last
 * comma, semicolon or colon in its final third when there is one. Keeps every later stage's
 * per-sentence work bounded, whatever the input.
 */
export function capSentences(
  text: string,
  sentences: readonly Span[],
  tokens: readonly Token[],
  max = MAX_SENTENCE_TOKENS,
): { sentences: Span[]; tokens: Token[] } {
  const bySentence: Token[][] = sentences.map(() => []);
  for (const t of tokens) bySentence[t.sentence]?.push(t);
  if (bySentence.every((ts) => ts.length <= max)) return { sentences: [...sentences], tokens: [...tokens] };
  const outS: Span[] = [];
  const outT: Token[] = [];
  bySentence.forEach((ts, i) => {
    if (ts.length <= max) {
      const idx = outS.length;
      outS.push(sentences[i]!);
      for (const t of ts) outT.push(t.sentence === idx ? t : { ...t, sentence: idx });
      return;
    }
    let from = 0;
    while (from < ts.length) {
      let to = Math.min(ts.length, from + max);
      if (to < ts.length) {
        for (let j = to - 1; j > from + (max * 2) / 3; j--) {
          if (/^[,;:]$/.test(text.slice(ts[j]!.start, ts[j]!.end))) {
            to = j + 1;
            break;
          }
        }
      }
      const idx = outS.length;
      outS.push({ start: ts[from]!.start, end: ts[to - 1]!.end });
      for (let j = from; j < to; j++) outT.push({ ...ts[j]!, sentence: idx });
      from = to;
    }
  });
  return { sentences: outS, tokens: outT };
}

/** Sentences and tokens (with lemma and universal POS) from wink-nlp, as spans. */
export const segmentText: Stage<unknown> = {
  name: 'segment-text',
  requires: [],
  assigns: ['sentences', 'tokens'],
  run(doc) {
    const a = analyse(doc.text);
    const { sentences, tokens } = capSentences(doc.text, a.sentences, a.tokens);
    return { layers: { sentences, tokens } };
  },
};
