import type { Doc, Span } from '../core/types.js';
import type { Knowledge, Outlet } from '../knowledge/load.js';
import { phraseTokens } from '../nlp/wink.js';
import { tokenKeys } from './token-keys.js';

const DATELINE = /^\s*[\p{Lu}][\p{L} .'-]{1,40},\s[^\n(]{0,40}\(([^)\n]{2,40})\)\s*[—–-]/u;

/** Outlets read from metadata and datelines, per knowledge (a corpus repeats a handful of them). */
const memos = new WeakMap<Knowledge, Map<string, Outlet>>();

function remembered(k: Knowledge, key: string, read: () => Outlet): Outlet {
  let memo = memos.get(k);
  if (!memo) {
    memo = new Map();
    memos.set(k, memo);
  }
  let o = memo.get(key);
  if (!o) {
    o = read();
    if (memo.size > 10000) memo.clear();
    memo.set(key, o);
  }
  return o;
}

/**
 * The outlet a metadata string names. The string may list several, separated by semicolons
 * ("AFP; Star (Kenya)"): the first national outlet we can place in a country wins, then the
 * first outlet of known country, then the first. Each is a known outlet (its whole name), a name
 * with its country in brackets ("Daily Nation (Kenya)"), or a name holding a country's name
 * ("Times of India", "Ministry of Defence of Ukraine"): a national outlet of that country.
 * Anything else is an outlet of unknown country.
 */
export function outletFromMeta(meta: string, k: Knowledge): Outlet {
  return remembered(k, `meta:${meta}`, () => {
    const read = meta
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => readOne(part, k));
    return (
      read.find((x) => x.country && x.scope === 'national') ??
      read.find((x) => x.country) ??
      read[0] ?? { name: meta.trim(), country: null, scope: 'national' }
    );
  });
}

function readOne(name: string, k: Knowledge): Outlet {
  const keys = phraseTokens(name).surface;
  const known = k.outlets.matchAt(keys, 0);
  if (known && known.length === keys.length) return known.values[0]!;
  const bracket = /\(([^()]+)\)\s*$/.exec(name)?.[1]?.trim().toLowerCase();
  const inBracket = bracket ? k.countryByName.get(bracket) : undefined;
  if (inBracket) return { name, country: inBracket, scope: 'national' };
  for (let i = 0; i < keys.length; i++) {
    const m = k.actorMatcher.matchAt(keys, i);
    const hit = m?.values.find((v) => v.kind === 'country');
    if (hit && hit.kind === 'country') return { name, country: hit.country, scope: 'national' };
  }
  return { name, country: null, scope: 'national' };
}

/** The outlet a report states: its metadata, else a dateline "(Khovar) —". */
function statedOutlet(doc: Doc, k: Knowledge): { outlet: Outlet; span?: Span } | null {
  if (doc.meta.outlet?.trim()) return { outlet: outletFromMeta(doc.meta.outlet, k) };
  const d = DATELINE.exec(doc.text);
  if (!d?.[1]) return null;
  const name = d[1].trim();
  const start = doc.text.indexOf(d[1], d.index);
  const outlet = remembered(k, `dateline:${name}`, () => {
    const known = k.outlets.matchAt(phraseTokens(name).surface, 0);
    return known ? known.values[0]! : { name, country: null, scope: 'national' };
  });
  return { outlet, span: { start, end: start + d[1].length } };
}

/** The outlet that published the report: metadata, a dateline "(Khovar) —", or an outlet named in the lead. */
export function findOutlet(doc: Doc, k: Knowledge): { outlet: Outlet; span?: Span } | null {
  const stated = statedOutlet(doc, k);
  if (stated) return stated;
  const tokens = doc.layers.tokens ?? [];
  const { surface } = tokenKeys(doc);
  for (let i = 0; i < tokens.length && tokens[i]!.sentence < 2; i++) {
    const m = k.outlets.matchAt(surface, i);
    if (m && /\p{Lu}|\d/u.test(doc.text.charAt(tokens[i]!.start))) {
      return { outlet: m.values[0]!, span: { start: tokens[i]!.start, end: tokens[i + m.length - 1]!.end } };
    }
  }
  return null;
}

/**
 * The country a report is from when it says nothing else: its outlet's, for a national outlet
 * (a Kenyan paper's "police shot two suspects" is Kenya's police); none for an international
 * agency or an outlet of unknown country.
 */
export function homeCountry(doc: Doc, k: Knowledge): string | null {
  // From metadata or a dateline only: an outlet named in the lead may be one the report cites.
  const o = statedOutlet(doc, k)?.outlet;
  return o && o.scope === 'national' ? o.country : null;
}
