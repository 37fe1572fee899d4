import type { Stage } from '../core/pipeline.js';
import { analyse } from '../nlp/wink.js';

/** Sentences and tokens (with lemma and universal POS) from wink-nlp, as spans. */
export const segmentText: Stage<unknown> = {
  name: 'segment-text',
  requires: [],
  assigns: ['sentences', 'tokens'],
  run(doc) {
    const { sentences, tokens } = analyse(doc.text);
    return { layers: { sentences, tokens } };
  },
};
