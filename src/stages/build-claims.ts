import { createHash } from 'node:crypto';
import type { Stage } from '../core/pipeline.js';
import type {
  ActorMention,
  ActorOut,
  Claim,
  ClaimantLink,
  Doc,
  EventMention,
  PlaceMention,
} from '../core/types.js';
import type { Knowledge } from '../knowledge/load.js';
import { acledName } from './find-actors.js';
import { focusPlace } from './find-events.js';
import { homeCountry } from './outlet.js';
import { spansBySentence } from './tokens-inside.js';

/** The CAMEO-style actor code: ISO3 country + sector, or the organisation id for IGOs. */
export function actorCode(a: { country: string | null; sector: string | null; org: string | null }): string {
  if (a.org && a.sector === 'IGO') return `IGO${a.org}`;
  return `${a.country ?? '---'}${a.sector ?? ''}`;
}

function actorOut(doc: Doc, k: Knowledge, a: ActorMention, fallbackCountry: string | null): ActorOut {
  let country = a.country;
  let name = a.name;
  const stateless = a.org !== null && a.sector !== 'IGO' && a.sector !== 'NGO';
  if (a.rules.includes('ethnic-group') && fallbackCountry && fallbackCountry !== country) {
    // ACLED codes an ethnic group to the country where the event happened ("Dinka Ethnic Group
    // (Sudan)" in Abyei); its own first country stands only where no place is known.
    country = fallbackCountry;
    name = name.replace(/\([^()]*\)$/, `(${k.countries.get(country)?.name ?? country})`);
  } else if (!country && fallbackCountry && a.sector !== 'IGO' && (!a.org || stateless)) {
    // Unnamed local actors ("militants", "police") belong to the country where the event
    // happened, and so do groups active in many ("Islamic State (Iraq)").
    country = fallbackCountry;
    // ACLED names them with the country: "Unidentified Armed Group (Brazil)", "Protesters (Belarus)".
    name = withCountry(k, a.name, country);
  }
  return {
    text: doc.text.slice(a.start, a.end),
    span: { start: a.start, end: a.end },
    country,
    sector: a.sector,
    org: a.org,
    name,
    code: actorCode({ country, sector: a.sector, org: a.org }),
  };
}

/** ACLED event types whose perpetrator, when the text names none, is unidentified: an armed group, or rioters for a riot. */
const UNNAMED_PERPETRATOR = new Set([
  'Violence against civilians',
  'Explosions/Remote violence',
  'Riots',
  'Battles',
]);

/**
 * "A man was shot dead in Culiacan", "a bomb exploded near the market": violence against
 * civilians and explosions whose text names no perpetrator, and fights that name no side, were
 * done by someone unidentified; so was a bomb found or gone off early.
 * As ACLED codes them, the source is an unidentified armed group of the country where it
 * happened; a lynching's or other mob violence's are rioters ("A suspected thief was lynched in
 * Ganze": "Rioters (Kenya)"). Its span is the word that tells the act (the claim's rules say
 * `source:unnamed-perpetrator`).
 */
function unnamedPerpetrator(doc: Doc, k: Knowledge, e: EventMention, country: string | null): ActorOut[] {
  // (A bomb found or gone off early was laid by someone too: "An unexploded bomb was found".)
  const laid = e.rules.includes('weapon-disrupted');
  // (So was property burnt or looted by no one named: "a councillor's car was set on fire".)
  const destroyed = e.code.acled[1] === 'Looting/property destruction';
  if ((e.code.plover !== 'ASSAULT' || !(UNNAMED_PERPETRATOR.has(e.code.acled[0]) || destroyed)) && !laid)
    return [];
  // A fight with one side named is that side's to tell (roles we failed to read are not made up);
  // one told with neither ("the mission observed 16 explosions", "clashes between two clans")
  // was fought by unidentified armed groups.
  // (A passive names no doer by design: "two police officers were attacked" was by someone.)
  if (e.code.acled[0] === 'Battles' && e.target.length > 0 && !e.rules.includes('passive')) return [];
  const agent = k.agentById.get(e.code.acled[0] === 'Riots' ? 'agent.rioters' : 'agent.militants');
  if (!agent) return [];
  const name = acledName(k, agent, country, null);
  return [
    {
      text: doc.text.slice(e.trigger.start, e.trigger.end),
      span: { start: e.trigger.start, end: e.trigger.end },
      country,
      sector: agent.sector,
      org: null,
      name,
      code: actorCode({ country, sector: agent.sector, org: null }),
    },
  ];
}

function withCountry(k: Knowledge, name: string, iso3: string): string {
  const cn = k.countries.get(iso3)?.name ?? iso3;
  if (/^(Military Forces|Police Forces|Government)$/.test(name)) return `${name} of ${cn}`;
  if (!name.includes('(')) return `${name} (${cn})`;
  return name;
}

/** Who tells this event: the outlet, then the cited source or the speaker of its sentence. */
function claimantOf(doc: Doc, e: EventMention): ClaimantLink[] {
  const atts = doc.layers.attributions ?? [];
  // A source cited in the sentence itself beats one carried from before; "citing X" beats the
  // speaker who cites X ("Khovar reported, referring to the Border Troops, ...").
  const rank = (a: (typeof atts)[number]) =>
    (a.sentences[0] === e.sentence ? 0 : 2) + (a.rule.startsWith('citing') ? 0 : 1);
  const own = atts
    .filter((a) => a.sentences.includes(e.sentence) && a.rule !== 'outlet')
    .sort((a, b) => rank(a) - rank(b))[0];
  const outlet =
    atts.find((a) => a.rule === 'outlet')?.chain ?? own?.chain.filter((l) => l.role === 'outlet') ?? [];
  if (e.speaker) return [...outlet, e.speaker];
  if (own) return [...own.chain];
  return [...outlet];
}

/** Unresolved place names in an event's sentence below region level, normalised. */
function unknownPlaces(places: readonly PlaceMention[], e: EventMention): string[] {
  return places
    .filter(
      (p) =>
        !p.resolved &&
        p.start >= e.start &&
        p.end <= e.end &&
        !/\s(?:region|province|state|oblast|county|governorate)$/i.test(p.name),
    )
    .map((p) => normalPlaceName(p.name));
}

/** An unknown place name, normalised for comparison ("Khojai Alo village" -> "khojai alo"). */
function normalPlaceName(name: string): string {
  return name
    .toLowerCase()
    .replace(/\s+(?:village|town|jamoat|area|district)$/, '')
    .trim();
}

/** One claim per event mention per claimant, with its evidence sentence and the rules that fired. */
export const buildClaims: Stage<Knowledge> = {
  name: 'build-claims',
  requires: ['events', 'attributions'],
  assigns: ['claims'],
  run(doc, { knowledge: k }) {
    const claims: Claim[] = [];
    // Where the report names no place, a national outlet's country is where it happens.
    const focusCountry = focusPlace(doc.layers.places ?? [])?.resolved?.country ?? homeCountry(doc, k);
    const placesIn = spansBySentence(doc.layers.places ?? [], doc.layers.sentences ?? []);
    for (const e of doc.layers.events ?? []) {
      const placeCountry = e.place?.resolved?.country ?? focusCountry;
      const place = e.place?.resolved
        ? {
            text: doc.text.slice(e.place.start, e.place.end),
            span: { start: e.place.start, end: e.place.end },
            name: e.place.resolved.name,
            geonameid: e.place.resolved.geonameid,
            lat: e.place.resolved.lat,
            lon: e.place.resolved.lon,
            country: e.place.resolved.country,
            admin1: e.place.resolved.admin1,
            precision: e.place.precision,
            detail: e.place.near
              ? [normalPlaceName(e.place.near)]
              : unknownPlaces(placesIn[e.sentence] ?? [], e),
            ...(e.place.stoodIn
              ? {
                  stoodIn: {
                    text: doc.text.slice(e.place.stoodIn.start, e.place.stoodIn.end),
                    span: { start: e.place.stoodIn.start, end: e.place.stoodIn.end },
                  },
                }
              : {}),
          }
        : null;
      const date = e.date
        ? {
            text: doc.text.slice(e.date.start, e.date.end),
            span: { start: e.date.start, end: e.date.end },
            value: e.date.value,
            time: e.date.time,
            precision: e.date.precision,
          }
        : null;
      const claimant = claimantOf(doc, e);
      const unnamed = e.source.length ? [] : unnamedPerpetrator(doc, k, e, placeCountry);
      const id = createHash('sha256')
        .update(
          `${doc.id}|${e.start}|${e.trigger.start}|${e.rules.join(',')}|${claimant.map((c) => c.name).join('>')}`,
        )
        .digest('hex')
        .slice(0, 16);
      claims.push({
        doc: doc.id,
        claim: id,
        evidence: { start: e.start, end: e.end, text: doc.text.slice(e.start, e.end) },
        event: { plover: e.code.plover, mode: e.code.mode, cameo: e.code.cameo, acled: e.code.acled },
        source: e.source.length ? e.source.map((a) => actorOut(doc, k, a, placeCountry)) : unnamed,
        target: e.target.map((a) => actorOut(doc, k, a, placeCountry)),
        place,
        date,
        size: e.size,
        claimant,
        status: e.status,
        confidence: e.confidence,
        rules: [
          ...e.rules,
          ...(e.source.length === 0 && unnamed.length ? ['source:unnamed-perpetrator'] : []),
          ...(e.place?.rules ?? []).map((r) => `place:${r}`),
          ...(e.date?.rules ?? []).map((r) => `date:${r}`),
        ],
      });
    }
    return { layers: { claims } };
  },
};
