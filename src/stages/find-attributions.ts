import type { Stage } from '../core/pipeline.js';
import type { ActorMention, Attribution, ClaimantLink, Doc, Span } from '../core/types.js';
import { type Knowledge, type Outlet, STATE_SECTORS } from '../knowledge/load.js';
import { findOutlet } from './outlet.js';
import { tokenKeys } from './token-keys.js';

/** The text naming a cited source: the phrase up to the next clause break. */
function citedPhrase(doc: Doc, from: number, limit: number): Span | null {
  const rest = doc.text.slice(from, limit);
  const m = /^\s*(?:the\s+)?([^,:;.\n—–"“(]{2,160}?)(?=\s*(?:[,:;.\n—–"“(]|$|\sthat\s|\sas\s))/i.exec(rest);
  if (!m?.[1]) return null;
  const start = from + rest.indexOf(m[1]);
  return { start, end: start + m[1].trimEnd().length };
}

/**
 * The country of a cited source: of an actor inside its span, or, for a state body named
 * without its country ("the Border Troops"), the country of the national outlet reporting it.
 */
function countryIn(actors: readonly ActorMention[], span: Span, outletCountry: string | null): string | null {
  const inside = actors.filter((a) => a.start >= span.start && a.end <= span.end);
  for (const a of inside) if (a.country) return a.country;
  if (outletCountry && inside.some((a) => a.sector && STATE_SECTORS.has(a.sector))) return outletCountry;
  return null;
}

/**
 * Reporting chains: who says what each sentence says. The outlet comes first; a cited source
 * ("citing X", "according to X", "referring to X") covers its sentence and the following ones
 * until another attribution; a speaker ("X said", "X reported") covers its own sentence.
 */
export const findAttributions: Stage<Knowledge> = {
  name: 'find-attributions',
  requires: ['sentences', 'tokens', 'actors'],
  assigns: ['attributions'],
  run(doc, { knowledge: k }) {
    const tokens = doc.layers.tokens ?? [];
    const sentences = doc.layers.sentences ?? [];
    const actors = doc.layers.actors ?? [];
    const { surface, lemma } = tokenKeys(doc);
    const outlet = findOutlet(doc, k);
    // A national outlet's country for state bodies named without theirs; not an agency's.
    const outletHome = outlet?.outlet.scope === 'national' ? outlet.outlet.country : null;
    const outletLink: ClaimantLink[] = outlet
      ? [{ role: 'outlet', name: outlet.outlet.name, country: outlet.outlet.country, span: outlet.span }]
      : [];
    const found: { sentence: number; cited: ClaimantLink; carry: boolean; span: Span; rule: string }[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const sent = sentences[t.sentence];
      if (!sent) continue;
      const cite = k.cues.citing.matchAt(lemma, i) ?? k.cues.citing.matchAt(surface, i);
      // "as quoted by Khovar": a relay, not a source.
      if (cite && (surface[i + cite.length] === 'by' || surface[i - 1] === 'as')) {
        i += cite.length - 1;
        continue;
      }
      if (cite) {
        const after = tokens[i + cite.length - 1]!.end;
        let span = citedPhrase(doc, after, sent.end);
        if (span) {
          // "the press centre" after "the press centre of the Border Troops ...": the earlier, fuller name.
          const phrase = doc.text.slice(span.start, span.end).toLowerCase();
          const fuller = actors.find(
            (a) =>
              a.end <= span!.start &&
              a.end - a.start > phrase.length &&
              doc.text.slice(a.start, a.end).toLowerCase().startsWith(phrase),
          );
          if (fuller) span = { start: fuller.start, end: fuller.end };
          found.push({
            sentence: t.sentence,
            cited: {
              role: 'cited',
              name: doc.text.slice(span.start, span.end),
              country: countryIn(actors, span, outletHome),
              span,
            },
            carry: true,
            span,
            rule: `citing:${cite.values[0]}`,
          });
          i += cite.length - 1;
          continue;
        }
      }
      const observes = t.pos === 'VERB' && k.cues.observation.has(t.lemma);
      if (t.pos === 'VERB' && (k.cues.speech.has(t.lemma) || observes)) {
        // The speaker is the actor phrase right before the verb ("X said"), or right after
        // it in an inverted clause (", said X").
        // "X, for its part, said": the last actor before the verb with no other verb between.
        const before = [...actors].reverse().find((a) => {
          if (a.end > t.start || a.start < sent.start) return false;
          // Only a parenthetical may stand between: "X, for its part, said" but not "X, two sources said".
          const gap = doc.text.slice(a.end, t.start).trim();
          if (gap.includes(',') && !(gap.startsWith(',') && gap.endsWith(','))) return false;
          if (gap.split(/\s+/).length > 6) return false;
          for (let j = i - 1; j >= 0 && tokens[j]!.start >= a.end; j--)
            if (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX') return false;
          return true;
        });
        const afterActor = actors.find((a) => a.start >= t.end && a.start <= t.end + 5 && a.end <= sent.end);
        const speaker =
          before ??
          (doc.text.slice(Math.max(sent.start, t.start - 3), t.start).includes(',') ? afterActor : undefined);
        const outletHere = !speaker ? matchOutletBefore(k, doc, tokens, surface, i, sent.start) : null;
        if (speaker) {
          const span = { start: speaker.start, end: speaker.end };
          found.push({
            sentence: t.sentence,
            cited: {
              role: 'cited',
              name: doc.text.slice(span.start, span.end),
              country: speaker.country ?? countryIn([speaker], span, outletHome),
              span,
            },
            carry: false,
            span,
            rule: `${observes ? 'observed' : 'speech'}:${t.lemma}`,
          });
        } else if (outletHere && outlet && outletHere.name !== outlet.outlet.name) {
          found.push({
            sentence: t.sentence,
            cited: { role: 'cited', name: outletHere.name, country: outletHere.country },
            carry: true,
            span: { start: t.start, end: t.end },
            rule: 'relay-outlet',
          });
        }
      }
    }
    const attributions: Attribution[] = [];
    for (let f = 0; f < found.length; f++) {
      const a = found[f]!;
      const covered = [a.sentence];
      if (a.carry) {
        // A cited source speaks for the rest of its paragraph, until someone else is cited.
        const nextOwn =
          found.find((b, idx) => idx > f && b.sentence > a.sentence)?.sentence ?? sentences.length;
        for (let s = a.sentence + 1; s < nextOwn; s++) {
          const gap = doc.text.slice(sentences[s - 1]!.end, sentences[s]!.start);
          if (/\n\s*\n/.test(gap)) break;
          covered.push(s);
        }
      }
      attributions.push({
        start: a.span.start,
        end: a.span.end,
        sentences: covered,
        chain: [...outletLink, a.cited],
        rule: a.rule,
      });
    }
    if (outletLink.length) {
      // The outlet alone speaks for every sentence nobody else is cited for.
      const covered = new Set(attributions.flatMap((a) => a.sentences));
      const rest = sentences.map((_, s) => s).filter((s) => !covered.has(s));
      const o = outletLink[0]!;
      attributions.push({
        start: o.span?.start ?? 0,
        end: o.span?.end ?? 0,
        sentences: rest,
        chain: outletLink,
        rule: 'outlet',
      });
    }
    return { layers: { attributions } };
  },
};

function matchOutletBefore(
  k: Knowledge,
  doc: Doc,
  tokens: readonly { start: number; end: number }[],
  surface: readonly string[],
  verb: number,
  sentStart: number,
): Outlet | null {
  for (let i = verb - 1; i >= 0 && i >= verb - 6 && tokens[i]!.start >= sentStart; i--) {
    const m = k.outlets.matchAt(surface, i);
    if (m && /\p{Lu}|\d/u.test(doc.text.charAt(tokens[i]!.start))) return m.values[0]!;
  }
  return null;
}
