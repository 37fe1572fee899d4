import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { Span, Token } from '../core/types.js';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

/** The one wink-nlp instance of the process (loading the model takes ~70 ms). */
export function getNlp(): Nlp {
  if (!nlp) nlp = winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

export interface Analysis {
  readonly sentences: Span[];
  readonly tokens: Token[];
}

const SPACE_TYPES = new Set(['tabCRLF', 'spaces']);

/**
 * Sentences and tokens with character offsets into `text`. wink-nlp is lossless: each token
 * keeps its preceding whitespace, so offsets are recovered by walking the text.
 */
export function analyse(text: string): Analysis {
  const w = getNlp();
  const its = w.its;
  const doc = w.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemma = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const sentSpans = doc.sentences().out(its.span) as unknown as [number, number][];
  const starts: number[] = new Array(values.length);
  const ends: number[] = new Array(values.length);
  let off = 0;
  for (let i = 0; i < values.length; i++) {
    off += (spaces[i] ?? '').length;
    const v = values[i] ?? '';
    // Guard against any normalisation inside the tokenizer: find the token text itself.
    if (text.startsWith(v, off)) {
      starts[i] = off;
      off += v.length;
    } else {
      const found = text.indexOf(v, off);
      starts[i] = found >= 0 ? found : off;
      off = found >= 0 ? found + v.length : off;
    }
    ends[i] = off;
  }
  const sentences: Span[] = [];
  const sentOf: number[] = new Array(values.length).fill(0);
  for (const [a, b] of sentSpans) {
    const idx = sentences.length;
    let s = -1;
    let e = -1;
    for (let i = a; i <= b; i++) {
      if (SPACE_TYPES.has(types[i] ?? '')) continue;
      if (s < 0) s = starts[i] ?? 0;
      e = ends[i] ?? 0;
    }
    for (let i = a; i <= b; i++) sentOf[i] = idx;
    if (s >= 0) sentences.push({ start: s, end: e });
    else sentences.push({ start: starts[a] ?? 0, end: starts[a] ?? 0 });
  }
  const tokens: Token[] = [];
  for (let i = 0; i < values.length; i++) {
    if (SPACE_TYPES.has(types[i] ?? '')) continue;
    const v = values[i] ?? '';
    if (v.trim() === '') continue;
    tokens.push({
      start: starts[i] ?? 0,
      end: ends[i] ?? 0,
      lemma: (lemma[i] ?? v).toLowerCase(),
      pos: pos[i] ?? 'X',
      sentence: sentOf[i] ?? 0,
    });
  }
  return { sentences, tokens };
}

/** Lower-cased token strings of a short phrase, tokenized the way documents are. */
export function phraseTokens(phrase: string): { surface: string[]; lemma: string[] } {
  const w = getNlp();
  const its = w.its;
  const doc = w.readDoc(phrase);
  const values = doc.tokens().out(its.value) as string[];
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const keep = values.map((x) => x.trim() !== '');
  return {
    surface: values.filter((_, i) => keep[i]).map((x) => x.toLowerCase()),
    lemma: lemmas.filter((_, i) => keep[i]).map((x) => x.toLowerCase()),
  };
}
