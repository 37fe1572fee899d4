import { createHash } from 'node:crypto';
import type { Doc, DocMeta, Span } from './types.js';

/** A stable content fingerprint: the same text gives the same id, whatever its file name. */
export function fingerprint(text: string): string {
  const normal = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normal).digest('hex').slice(0, 32);
}

/** Build an immutable Doc from verbatim text. */
export function makeDoc(text: string, meta: DocMeta = {}, id?: string): Doc {
  return Object.freeze({
    id: id ?? fingerprint(text).slice(0, 16),
    text,
    meta: Object.freeze({ ...meta }),
    layers: Object.freeze({}),
    messages: Object.freeze([]),
  });
}

/** The text a span points at. */
/**
 * The layers a store keeps: tokens are recomputed on demand and events live on as claims, so
 * neither is stored (nor sent from a coding worker to the store).
 */
export function storedLayers(layers: Doc['layers']): Omit<Doc['layers'], 'tokens' | 'events'> {
  const { tokens: _tokens, events: _events, ...kept } = layers;
  return kept;
}

export function slice(doc: Doc, span: Span): string {
  return doc.text.slice(span.start, span.end);
}

/**
 * Where a report's headline ends: a first line of its own (at most 200 characters, no sentence
 * end, a line break after it), or 0 when the text starts with its body. A closing quote ends a
 * sentence only after a full stop, a question or an exclamation mark (a headline may close on
 * a quoted phrase: 'Minister vows "no retreat"').
 */
export function headlineEnd(text: string): number {
  return /^[^\n]{1,200}(?<![.!?]["”]?)\n/.exec(text)?.[0].length ?? 0;
}
