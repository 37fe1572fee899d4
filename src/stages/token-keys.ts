import type { Doc, Token } from '../core/types.js';

/** A plural noun's singular, by the English suffix rules ("troops" → "troop", "militiamen" → "militiaman"). */
export function singular(w: string): string {
  if (w.endsWith('men')) return `${w.slice(0, -3)}man`;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:sh|ch|x|ss|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w) && w.length > 3) return w.slice(0, -1);
  return w;
}

/** Whether a token is written with a capital first letter. */
export function isCap(text: string, t: Token): boolean {
  // ASCII without the Unicode regex, which is most of the words and called for many of them.
  const c = text.charCodeAt(t.start);
  if (c < 128) return c >= 65 && c <= 90;
  return /\p{Lu}/u.test(text.charAt(t.start));
}

/** Token keys per tokens layer: the stages after segmenting each ask for them (read-only). */
const KEYS = new WeakMap<readonly Token[], { surface: readonly string[]; lemma: readonly string[] }>();

/**
 * Keys the matchers work on: lower-cased surface forms and lemmas. Worked out once per tokens
 * layer (a report's tokens do not change after segmenting) and shared by the stages that read them.
 */
export function tokenKeys(doc: Doc): { surface: readonly string[]; lemma: readonly string[] } {
  const tokens = doc.layers.tokens ?? [];
  const known = KEYS.get(tokens);
  if (known) return known;
  const surface = tokens.map((t) => doc.text.slice(t.start, t.end).toLowerCase());
  // wink leaves capitalised and unknown plurals ("Border Troops", "jihadists") unlemmatised: singularise them.
  const lemma = tokens.map((t, i) =>
    (t.pos === 'PROPN' || t.pos === 'NOUN') && t.lemma === surface[i] ? singular(t.lemma) : t.lemma,
  );
  const keys = { surface, lemma };
  KEYS.set(tokens, keys);
  return keys;
}
