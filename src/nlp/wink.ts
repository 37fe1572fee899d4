import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { CasusError } from '../core/errors.js';
import type { Span, Token } from '../core/types.js';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

/** The part of wink-nlp's lexeme cache we reach (`wink-nlp/src/cache.js`). */
interface WinkCache {
  lookup: (text: string) => number[] | null;
  add: (text: string, category: number) => number;
  currentSize: () => number;
  intrinsicSize: () => number;
}
let cache: WinkCache | null = null;

/**
 * Words wink has learnt from earlier documents before it reloads its model. wink adds every
 * out-of-vocabulary word it meets to its lexeme cache, which grows without bound in a long
 * ingest; a reload (~100 ms) empties it. Reloading changes no output (see `getNlp`).
 */
let maxLearnt = 200_000;

/** Set how many learnt words trigger a reload (tests use a small number). */
export function setWinkReloadAfter(words: number): void {
  maxLearnt = words;
}

/**
 * The wink-nlp instance of the process (loading the model takes ~100 ms). wink's tokenizer
 * splits an unknown string ("U.S.-backed", "al-Shabaab's") unless it finds it in its lexeme
 * cache, and the cache keeps every unknown word of every document read before: the same report
 * was tokenised differently after other reports had been read. The cache's lookup is wrapped
 * so that the tokenizer sees only the model's own vocabulary, as in a fresh process; a report
 * is coded the same whatever was coded before it, in one process or in worker threads.
 */
export function getNlp(): Nlp {
  if (nlp && cache && cache.currentSize() - cache.intrinsicSize() > maxLearnt) nlp = null;
  if (!nlp) {
    nlp = winkNLP(model, ['sbd', 'pos']);
    // wink passes its document data, cache included, to the reader given to `out` with
    // `as.text` (the one path that calls a reader of our own).
    const grab = ((_i: number, rdd: { cache: WinkCache }) => {
      cache = rdd.cache;
      return '';
    }) as unknown as typeof nlp.its.value;
    // (`as.text` is missing from wink's type declarations.)
    const asText = (nlp.as as unknown as { text: typeof nlp.as.array }).text;
    nlp.readDoc('x').tokens().out(grab, asText);
    const c = cache as WinkCache | null;
    if (!c || typeof c.lookup !== 'function')
      throw new CasusError('CASUS_E002', 'wink-nlp: cannot reach its lexeme cache');
    const known = c.intrinsicSize();
    const { lookup, add } = c;
    // Inside `add`, the model's feature functions look up the word being added: they see all.
    let adding = 0;
    c.add = (text: string, category: number) => {
      adding++;
      try {
        return add(text, category);
      } finally {
        adding--;
      }
    };
    c.lookup = (text: string) => {
      const hit = lookup(text);
      // An index past the model's lexicon: a word learnt from an earlier document.
      return adding === 0 && hit !== null && hit.length === 1 && hit[0]! >= known ? null : hit;
    };
  }
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
