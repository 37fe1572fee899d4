import { headlineEnd } from '../core/doc.js';
import type { Stage } from '../core/pipeline.js';
import type {
  ActorMention,
  ClaimantLink,
  DateMention,
  Doc,
  EventMention,
  EventStatus,
  PlaceMention,
  Size,
  Span,
  Token,
} from '../core/types.js';
import { ARMED_SECTORS, type Knowledge, namesCountry } from '../knowledge/load.js';
import type { PhraseMatcher } from '../knowledge/phrase-matcher.js';
import type { LexiconEntry } from '../knowledge/schemas.js';
import { classifyAcled, DISRUPTED_WEAPON, isArmed, RIOT, STATE_FORCES } from './classify-acled.js';
import { acledName } from './find-actors.js';
import { WEEKDAYS } from './find-dates.js';
import { toponymOnly } from './find-places.js';
import { homeCountry } from './outlet.js';
import { codedFatalities, readSize } from './read-size.js';
import { isCap, tokenKeys } from './token-keys.js';
import { firstStartingAt, spansBySentence, tokensInside } from './tokens-inside.js';

/** More events than any real report holds (a long news story has a few dozen). */
export const MAX_EVENTS_PER_REPORT = 500;

/** Verbs that carry a noun predicate: "carried out an airstrike", "launched an attack". */
const SUPPORT_VERBS = new Set([
  'carry',
  'conduct',
  'launch',
  'stage',
  'mount',
  'claim',
  'perpetrate',
  'deny',
  'admit',
  'order',
  'carrying',
  'conducting',
  'launching',
]);
/** Reactions to an event named as their object: "condemned the attack", "protested against the arrests". */
const REACTIONS = new Set(['ACCUSE', 'REQUEST', 'SUPPORT', 'CONSULT', 'PROTEST']);
/** Bodies that protest in words, not in the street: international and non-governmental ones. */
const VERBAL_PROTESTERS = new Set(['IGO', 'NGO']);
/** Types whose coordinated subjects act with each other ("X and Y met", "signed", "agreed"). */
const WITH_EACH_OTHER = new Set(['CONSULT', 'AGREE', 'COOPERATE']);
/** Victims: people without arms. */
const UNARMED_VICTIMS = new Set(['CVL', 'JRN', 'HLH', 'EDU', 'REF']);
/** Words of an act that answers another ("in retaliation for", "in response to"). */
const REPLY_WORDS = ['response', 'retaliation', 'reaction', 'revenge'];
/** Words that open what a protest is about; violence named after them is its cause. */
const PURPOSE = new Set([
  'against',
  'denounce',
  'condemn',
  'decry',
  'deplore',
  'over',
  'demand',
  'complain',
  'oppose',
  'shun',
  // ("in response to the arrest of their leader", "in retaliation for the killing")
  ...REPLY_WORDS,
]);
/** Words that say what follows did not happen ("no violence", "without incident", "not violent"). */
const NOT_SO = new Set(['no', 'without', 'not', 'never']);
/** Verbs whose subject suffers the act named after them ("sustained gunshot wounds"). */
const SUFFER = new Set(['sustain', 'suffer', 'survive', 'succumb', 'escape', 'receive']);
/** Words that open the background of an act told before them. */
const BACKGROUND = new Set(['after', 'following', 'amid', 'despite', 'before']);
/** Words that, with the word after them, tie an act told before them to a wider setting. */
const LINKED = new Set(['linked', 'related', 'connected', 'associated', 'tied']);
const SETTING_OF = new Set(['extension', 'victims', 'victim', 'part']);
/** Words between a participle and an actor that make the actor no object of it. */
const PAST_OBJECT = /[,;]|\b(?:them|him|her|it|as|while|when|who|which|after|before|because)\b/i;
/** A participle's object that is a pronoun ("pelting them", "killing several of them"). */
const OBJECT_PRONOUN =
  /^\s+(?:(?:several|some|many|most|all|one|two|three|four|five|\d+)\s+of\s+)?(?:them|him|her)\b/i;
/** Parts of speech that open a verb's object ("wounding six officers", "killing the driver"). */
const OBJECT_OPENERS = new Set(['NUM', 'DET', 'PRON', 'ADJ']);
/** Parts of speech that may stand between a reversal verb and what it undoes. */
const OBJECT_MODIFIER = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'NOUN', 'PROPN', 'ADV']);
const MODAL_BEFORE = new Set(['will', 'would', 'shall', 'must', 'can', 'could', 'may', 'should']);
/** Types whose trigger, undone ("lifted the curfew", "ended their strike"), is a concession or a retreat. */
const REVERSIBLE = new Set(['COERCE', 'SANCTION', 'MOBILIZE', 'PROTEST']);
/** Words calling fighting off ("suspended attacks", "a halt to the offensive"). */
const DEESCALATE = new Set(['suspend', 'suspension', 'halt', 'cease', 'end', 'stop']);
/** Words before a participle that make it attributive ("from seized territory"). */
const ATTRIBUTIVE_BEFORE = new Set([
  'the',
  'a',
  'an',
  'from',
  'its',
  'their',
  'his',
  'her',
  'of',
  'into',
  'in',
  ':',
]);
/** Events that happen at a place (a statement or a meeting is placed only where the text says). */
const MATERIAL = new Set(['ASSAULT', 'PROTEST', 'COERCE', 'MOBILIZE', 'RETREAT', 'AID']);
/** Possessives before an object ("kill his bodyguard"). */
const POSSESSIVE = new Set(['his', 'her', 'their', 'its']);
const BE = new Set(['be', 'was', 'were', 'is', 'are', 'been', 'being', 'get', 'got']);
const CLAUSE_BREAK = new Set([
  ';',
  ':',
  '—',
  '–',
  'but',
  'while',
  'whereas',
  'after',
  'before',
  'when',
  'as',
]);
/** Marks that end the clause a negation or modality cue scopes over. */
const CLAUSE_MARKS = new Set([',', ';', ':']);

/** Where someone came from or went ("a businessman from Sydney"), not where something happened. */
const movedThrough = (p: PlaceMention) => p.trigger === 'from' || p.trigger === 'to';

/** An aside after a subject naming who went with it: ", in coalition with", ", backed by". */
const ACCOMPANYING_ASIDE =
  /,\s*(?:in\s+(?:coalition|cooperation|coordination|conjunction)\s+with|alongside|together\s+with|along\s+with|jointly\s+with|(?:backed|supported|accompanied|assisted|aided)\s+by|with\s+(?:the\s+)?support\s+(?:of|from))\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/** A body named after a place: the place says whose it is ("Puntland parliament"). */
const INSTITUTION_AFTER =
  /^\s+(?:parliament|assembly|legislature|senate|government|administration|authorities|police|council|ministry|governor)\b/i;
/** A place name ending in a locality word. */
const LOCALITY_END = /\s(?:neighbou?rhood|area|district|quarter|camp|village|town|suburb|market|prison)$/i;
/** The same words after a name, outside its span ("the Huriyah neighborhood"). */
const LOCALITY_AFTER =
  /^\s(?:neighbou?rhood|area|district|quarter|camp|village|town|suburb|market|prison)\b/i;

const MODIFIER_POS = new Set(['DET', 'NUM', 'ADJ']);
/** Between a speaker and an act: the speech verb, then a pronoun as the act's subject ("said it had"). */
const SPEAKER_PRONOUN =
  /^\s*(?:[\w']+\s+){0,3}?(?:said|says|announced|announces|stated|added|confirmed|insisted|declared|told [\w ]{1,30}?)\s+(?:(?:on\s+)?\w+day\s+)?(?:that\s+)?(?:it|they|he|she|we)\s+(?:[\w'-]+\s*){0,5}$/i;
/** Villages and dwellings: attacked, they are people's homes ("attacked a village"). */
const DWELLINGS = new Set([
  'village',
  'manyatta',
  'homestead',
  'home',
  'house',
  'hut',
  'settlement',
  'hamlet',
  'housing',
  'apartment',
  'residence',
]);

/** The same, as words in a text ("houses", "a village"). */
const DWELLING_WORDS = new RegExp(String.raw`\b(?:${[...DWELLINGS].join('|')})s?\b`, 'i');

/** Words before a count that leave it a count ("at least five", "some 20", "about a dozen"). */
const APPROX = new Set([
  'at',
  'least',
  'some',
  'about',
  'around',
  'nearly',
  'almost',
  'over',
  'more',
  'than',
  'up',
  'to',
]);
/** What may follow a count that ends its phrase: a preposition, a conjunction, punctuation. */
const COUNT_END = new Set(['ADP', 'CCONJ', 'SCONJ', 'PUNCT']);

/**
 * The token before a phrase starting at `start`, past its articles, counts and adjectives (and
 * names, with `pastNames`): the word that governs it, or -1.
 */
function wordBefore(tokens: readonly Token[], start: number, pastNames = false): number {
  let x = firstStartingAt(tokens, start) - 1;
  while (x >= 0 && (MODIFIER_POS.has(tokens[x]!.pos) || (pastNames && tokens[x]!.pos === 'PROPN'))) x--;
  return x;
}

/**
 * Whether the actor starting at `start` is a verb's or preposition's object ("threw stones at
 * two soldiers", "attacked the police"): the word before it, past determiners, numbers and
 * adjectives, is a verb or a preposition other than "by" (`verbOnly`: a verb).
 */
function isObject(tokens: readonly Token[], start: number, verbOnly = false): boolean {
  // (For a verb's object, past names too: "carrying several Christian pastors".)
  const x = wordBefore(tokens, start, verbOnly);
  const w = tokens[x];
  if (!w) return false;
  // (A verb written onto the word before it is half of an adjective: "Russia-backed separatists".)
  if (verbOnly) return w.pos === 'VERB' && !(x > 0 && tokens[x - 1]!.end === w.start);
  return w.pos === 'VERB' || (w.pos === 'ADP' && w.lemma !== 'by');
}

/**
 * The military of the country whose name or adjective ends right before token `i` (allowing
 * "-led": "Saudi-led"), as an actor mention spanning that word.
 */
function militaryBefore(
  k: Knowledge,
  tokens: readonly Token[],
  surface: readonly string[],
  i: number,
): ActorMention | null {
  const end = surface[i - 1] === 'led' && surface[i - 2] === '-' ? i - 2 : i;
  for (let start = end - 1; start >= Math.max(0, end - 3); start--) {
    const m = k.actorMatcher.matchAt(surface, start);
    if (!m || start + m.length !== end) continue;
    const hit = m.values.find(namesCountry);
    const military = k.agentById.get('agent.military');
    if (!hit || !military) return null;
    return {
      start: tokens[start]!.start,
      end: tokens[end - 1]!.end,
      country: hit.country,
      sector: 'MIL',
      org: null,
      agent: null,
      name: acledName(k, military, hit.country, null),
      rules: ['demonym-before-act'],
      metonym: false,
    };
  }
  return null;
}

/** Types whose verbs take the people they are done to as object ("killed", "arrested"). */
const DONE_TO = new Set(['ASSAULT', 'COERCE']);
/** Words that may follow a participle with no object: where, when, by whom. */
const AFTER_PARTICIPLE = new Set([
  'by',
  'at',
  'along',
  'when',
  'as',
  'in',
  'on',
  'during',
  'near',
  'after',
  'while',
  'following',
  'outside',
  'inside',
  'for',
  'over',
]);
/** Words that tell when, between "was" and its participle: "was on Saturday shot dead". */
const WHEN_WORDS = new Set([
  'on',
  'last',
  'this',
  'early',
  'late',
  'night',
  'morning',
  'evening',
  'afternoon',
  'yesterday',
  'today',
  'overnight',
  // (A weekday with only a publication year is no date mention: "was on Saturday shot dead".)
  ...WEEKDAYS,
]);

/**
 * Where a time phrase ends that stands right before token i, or i: "was on Saturday shot",
 * "were last night attacked", "was yesterday killed". At most five tokens back, in the sentence.
 */
function beforeWhen(v: SentenceView, i: number): number {
  let x = i;
  while (
    x > v.tStart &&
    i - x < 5 &&
    (v.inDate[x - 1] || WHEN_WORDS.has(v.surface[x - 1]!) || v.tokens[x - 1]!.pos === 'ADV')
  )
    x--;
  return x;
}

/** Participles that qualify a noun before it, not a verb of the clause ("suspected militants"). */
const QUALIFYING_PARTICIPLES = new Set([
  'suspected',
  'alleged',
  'presumed',
  'armed',
  'unidentified',
  'wanted',
  'reported',
]);

/** Words before a participle that make it active ("had killed", "who killed"). */
const ACTIVE_BEFORE = new Set(['have', 'has', 'had', 'having', 'who', 'which', 'that', 'and', 'to']);

/**
 * A past participle with its "was" left out, as headlines and short notes write it: "Local
 * politician killed by unknown gunmen", "One man hacked to death in Kilia". The caller has found
 * a past form at `i`; it is the clause's first verb, takes no object (a preposition, a comma
 * or the sentence's end follows the predicate) and has a subject before it.
 */
function headlinePassive(
  tokens: readonly Token[],
  surface: readonly string[],
  i: number,
  j: number,
  start: number,
  end: number,
  isPast: (w: string) => boolean,
): boolean {
  // The participle alone, or with "to death" ("hacked to death"); "opened fire" has its object.
  if (j - i > 1 && !/^(?:death|dead)$/.test(surface[j - 1]!)) return false;
  if (i === start || ACTIVE_BEFORE.has(surface[i - 1]!) || tokens[i - 1]!.pos === 'PUNCT') return false;
  // "attacked and wounded by gunmen", "beaten, robbed and stabbed by": the participles joined to
  // it share its agent; what follows the last of them decides.
  // ("macheted to death and beheaded by": "to death" read apart from the predicate.)
  let last = surface[j] === 'to' && /^(?:death|dead)$/.test(surface[j + 1] ?? '') ? j + 2 : j;
  while (
    (surface[last] === 'and' || surface[last] === ',') &&
    last + 1 < end &&
    isPast(surface[last + 1]!) &&
    // (A past form the tagger read as a noun is a participle where "by" follows: "targeted and
    // chased by suspected gangs".)
    ((tokens[last + 1]!.pos !== 'NOUN' && tokens[last + 1]!.pos !== 'PROPN') || surface[last + 2] === 'by')
  )
    last += 2;
  const next = surface[last];
  if (j < end && !AFTER_PARTICIPLE.has(next!) && next !== '.' && next !== ',') return false;
  // "killed at least five" has its object after all.
  if (next === 'at' && /^(?:least|most)$/.test(surface[last + 1] ?? '')) return false;
  // No verb before it in the clause: "Gunmen attacked a bus and killed in ..." stays active.
  // (A participle that only qualifies the subject is no verb: "Suspected Mungiki members killed".)
  for (let x = i - 1; x >= start && !CLAUSE_BREAK.has(surface[x]!) && surface[x] !== ','; x--)
    if ((tokens[x]!.pos === 'VERB' || tokens[x]!.pos === 'AUX') && !QUALIFYING_PARTICIPLES.has(surface[x]!))
      return false;
  return true;
}

/**
 * Text between "by" and the agent of a passive or a noun predicate. One word of any kind may
 * stand before the agent ("by local militia"), but no gerund: "by assaulting civilians" tells
 * how, not who.
 */
const BY_AGENT =
  /\bby\s+(?:(?:the|an?|some|several|many|unknown|unidentified|presumed|suspected|alleged|two|three|four|five|six|seven|eight|nine|ten|\d+|(?:a\s+)?(?:group|band|gang|crowd|mob)s?\s+of|dozens\s+of|hundreds\s+of)\s+)*(?:(?![\p{L}-]+ing\s)[\p{L}-]+\s+)?$/iu;

/** Higher wins when several predicates in one sentence tell the same event. */
function priority(e: LexiconEntry): number {
  // Property destroyed is told with the killing, not instead of it ("6 killed and homes burned").
  if (e.plover === 'ASSAULT' && e.acled[0] === 'Strategic developments') return 2;
  if (e.plover === 'ASSAULT' && e.weapon && e.mode !== 'seize') return 5;
  if (e.id === 'assault.exchange-fire') return 4;
  if (e.plover === 'ASSAULT') return 3;
  if (e.plover === 'PROTEST') return 3;
  if (e.plover === 'COERCE') return 2;
  return 1;
}

interface Trigger {
  readonly i: number;
  readonly j: number;
  readonly entry: LexiconEntry;
  /** Undone by a verb after it ("Curfew Lifted"): the verb is the predicate, not the noun. */
  readonly undoneAfter?: boolean;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Words that may stand between a locative word and a country's name ("in far eastern Congo").
 * None may match the empty string: repeated below with the spaces after it, it would make
 * "(?:\s+)*", which backtracks exponentially on a run of spaces.
 */
export const PLACE_MODIFIERS = String.raw`(?:far|neighbou?ring|remote|central|(?:north|south)(?:east|west)?(?:ern)?|(?:east|west)(?:ern)?)`;

/** Words before a country's name that make it a place (see chooseEventPlace). */
const LOCATIVE_BEFORE_COUNTRY = new RegExp(
  String.raw`\b(?:in|over|into|inside|across|near|off(?:\s+the\s+coast\s+of)?|throughout|` +
    String.raw`enter(?:s|ed|ing)?|invad(?:e|es|ed|ing)|captur(?:e|es|ed|ing)|seiz(?:e|es|ed|ing)|` +
    String.raw`patroll?(?:s|ed|ing)?)\s+` +
    // "parts of", "much of", "the eastern third of", "one-third of"
    String.raw`(?:(?:(?:the\s+)?(?:\w+\s+)?(?:parts?|much|most|half|third|one-third|a\s+third|quarter))\s+of\s+)?(?:the\s+)?` +
    `(?:${PLACE_MODIFIERS}\\s+)*$`,
  'i',
);

/** A possessive and a place noun after a country's name (see chooseEventPlace). */
const POSSESSED_PLACE =
  /^['’]s\s+(?:[\w-]+\s+){0,3}?(?:borders?|frontier|coast(?:line)?|capital|cit(?:y|ies)|towns?|villages?|provinces?|regions?|north|south|east|west|hospitals?|courts?|prisons?|airports?|ports?|streets|territory|soil|waters|airspace|countryside|mountains|desert)\b(?!\s+(?:service|guards?|police|troops|forces|agency|ministry|officials?))/i;

const ROAD_WORDS = '(?:highway|road|expressway|motorway|route|railway|railroad|pipeline|axis|corridor)';
const ROAD_AFTER_FIRST = new RegExp(
  `^[-–]\\p{Lu}[\\p{L}'’]+(?:\\s\\p{Lu}[\\p{L}'’]+)?\\s+${ROAD_WORDS}\\b`,
  'u',
);
const ROAD_AFTER_SECOND = new RegExp(`^\\s+${ROAD_WORDS}\\b`, 'iu');

/** Whether a place is one end of a road's name: "the Abuja-Kaduna highway", "Nairobi-Mombasa road". */
function roadEnd(text: string, p: PlaceMention): boolean {
  if (ROAD_AFTER_FIRST.test(text.slice(p.end, p.end + 40))) return true;
  return (
    /\p{L}[-–]$/u.test(text.slice(Math.max(0, p.start - 2), p.start)) &&
    ROAD_AFTER_SECOND.test(text.slice(p.end, p.end + 16))
  );
}

/** Where the event happened: the place nearest the predicate, preferring ones after a locative word. */
export function chooseEventPlace(
  places: readonly PlaceMention[],
  trigger: Token,
  sentenceRange: { start: number; end: number },
  text = '',
): PlaceMention | null {
  const inSentence = (p: PlaceMention) => p.start >= sentenceRange.start && p.end <= sentenceRange.end;
  let inSent = places.filter((p) => inSentence(p) && p.trigger !== 'dateline' && !toponymOnly(p));
  // No other place: a country named as an actor right after a locative word or a verb of
  // entering or taking ground ("patrolling zones over northern Iraq", "off the coast of China",
  // "in neighbouring Croatia", "entered Syria", "captured the West Bank") is where it happened.
  if (inSent.length === 0)
    inSent = places.filter(
      (p) =>
        inSentence(p) &&
        // (A modifier counts only when it is the country's name, never an adjective: "near the
        // Kenyan border" does not place an event in Kenya.)
        (p.trigger === 'actor' ||
          (p.trigger === 'demonym' && p.name.toLowerCase() === p.resolved?.name.toLowerCase())) &&
        // (A capital standing for its government too: "peacekeepers patrolling Kabul".)
        (p.resolved?.kind === 'country' || (p.trigger === 'actor' && p.rules.includes('actor-capital'))) &&
        (LOCATIVE_BEFORE_COUNTRY.test(text.slice(Math.max(0, p.start - 50), p.start)) ||
          // "on Syria's northern border", "the West Bank's largest hospital": a country owning a
          // place (not a person or body: "Kyrgyzstan's border service said ..." places nothing).
          (p.trigger === 'actor' && POSSESSED_PLACE.test(text.slice(p.end, p.end + 60)))),
    );
  if (inSent.length === 0) return null;
  const scored = inSent.map((p) => {
    let s = 0;
    // The sentence's other places before this one, which the rules below read.
    const before = inSent.filter((q) => q !== p && q.end <= p.start);
    // A place naming a body ("a member of Puntland parliament", "the Sindh assembly") says whose
    // the body is, not where the event happened, whatever word stands before it.
    const namesBody = INSTITUTION_AFTER.test(text.slice(p.end, p.end + 24));
    // A town that ends a road's name ("on the Abuja-Kaduna highway near Katari") says which
    // road, not where on it: any other place named wins.
    // (Another place of the road's country or one we do not know: "at the Palma bridge" read
    // as a Palma abroad leaves the road's town.)
    if (
      roadEnd(text, p) &&
      inSent.some(
        (q) => q !== p && !roadEnd(text, q) && (!q.resolved || q.resolved.country === p.resolved?.country),
      )
    )
      s -= 4;
    // Where something happened, not where someone came from or went ("a businessman from Sydney").
    if (namesBody) s -= 1;
    else if (movedThrough(p)) s += 1;
    else if (p.trigger) s += 3;
    // The verb's object: "evacuated Barentu", "stormed the Heart Hospital".
    else if (p.start >= trigger.end && /^\s+(?:the\s+)?$/.test(text.slice(trigger.end, p.start))) s += 1.5;
    // A named locality: "the Huriyah neighborhood", "the Nabi Yunis area".
    if (!p.resolved && (LOCALITY_END.test(p.name) || LOCALITY_AFTER.test(text.slice(p.end, p.end + 16))))
      s += 2;
    // "the Suuqa Xoolaha neighborhood of Mogadishu": the city after "neighborhood of" contains
    // the locality named before it.
    // Not so "the Baghdad neighbourhood of Al-Bayaa": a known city before it, an unknown
    // locality after.
    // So "the Sheikh Sa'eed District of southern Aleppo", "the Yarmouk Refugee Camp of southern
    // Damascus": the locality's word is part of its name.
    const before40 = text.slice(Math.max(0, p.start - 40), p.start);
    const localityOf =
      (p.trigger && /^(?:neighbou?rhood|suburb|district|area|quarter|outskirts) of$/.test(p.trigger)) ||
      /\b(?:neighbou?rhood|suburb|district|area|quarter|outskirts|camp|plateau)\s+of\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?$/i.test(
        before40,
      );
    if (
      before.some(
        (q) =>
          (p.resolved || !q.resolved) &&
          ((localityOf && p.start - q.end < 30) ||
            // "Chorkuh jamoat of Isfara": the generic word right after the locality's name.
            /^\s+(?:jamoat|municipality|commune|ward|subdistrict|sub-district)\s+of\s+$/i.test(
              text.slice(q.end, p.start),
            )),
      )
    )
      s -= 4;
    // "According to a military source in Deir Ezzor, ...": where the teller is, not the event.
    if (
      /\b(?:sources?|correspondents?|officials?|residents|reporters?|journalists?|activists?|spokesm[ae]n)\s+(?:in|of|from)\s+(?:the\s+)?$/i.test(
        before40,
      )
    )
      s -= 3;
    // "Maimana, the capital of Faryab Province", "in Hotan Prefecture in the Chinese region of
    // Xinjiang": the area described after a place contains it.
    // (Not "the regional capital of Baydhabo": the town after "capital of" is the capital.)
    if (
      (/\b(?:region|province|state|governorate|prefecture|county|republic)\s+of\s+(?:the\s+)?(?:(?:north|south|east|west|central)(?:ern)?\s+)?$/i.test(
        before40,
      ) ||
        (/\bcapital\s+of\s+(?:the\s+)?$/i.test(before40) && p.resolved?.kind !== 'city')) &&
      before.some((q) => p.start - q.end < 60)
    )
      s -= 3;
    // "the al-Yarmouk Hospital in western Baghdad", "Siinaay junction in Kismaayo town": the place
    // after "in" right behind another contains it.
    if (
      before.some(
        (q) =>
          // (Not "in Lebanon in Sidon": a larger place before is no site inside this one.)
          (q.resolved?.basePrecision ?? 1) <= (p.resolved?.basePrecision ?? 3) &&
          !movedThrough(q) &&
          /^\s*,?\s*(?:junction|hospital|camp|district|village|town|area|neighbou?rhood|market|street|road)?\s*,?\s*in\s+(?:the\s+)?(?:[\w-]+\s+)?$/i.test(
            text.slice(q.end, p.start),
          ),
      )
    )
      s -= 2.5;
    if (p.resolved?.kind === 'country') {
      s -= 1.5;
      // "in Baalbek, ... the movement against the political system in Lebanon": a country says
      // less than a place inside it named in the same sentence.
      const country = p.resolved.country;
      if (
        inSent.some(
          (q) =>
            q.resolved && q.resolved.kind !== 'country' && q.resolved.country === country && !movedThrough(q),
        )
      )
        s -= 3;
    } else if (p.resolved?.kind === 'admin') s -= 0.5;
    // "Hilla, south of Baghdad", "the Balata camp near Nablus": a reference point named after
    // another place is not where the event happened.
    if (
      inSent.length > 1 &&
      ((p.trigger === 'near' && inSent.some((q) => q.end <= p.start && p.start - q.end < 30)) ||
        /\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)\s+of\s*$/i.test(
          text.slice(Math.max(0, p.start - 24), p.start),
        ))
    )
      s -= 2.5;
    // "Yala's Betong district", "Iraq's Nineveh province": the possessor contains the place named next.
    if (
      /^\s*['’]s\b/.test(text.slice(p.end, p.end + 4)) &&
      inSent.some((q) => q.start > p.end && q.start - p.end < 30)
    )
      s -= 4;
    // The verb's own object or adverbial, in its clause ("..., targeting the Jaysh Al-Islam town
    // of Hawsh Al-Salhiyah"), over a place of another clause before it ("in the East Ghouta
    // region of rural Damascus on Thursday,").
    if (
      p.start >= trigger.end &&
      p.start - trigger.end < 80 &&
      !/[,;:]/.test(text.slice(trigger.end, p.start))
    )
      s += 2;
    const dist = p.start >= trigger.end ? p.start - trigger.end : (trigger.start - p.end) * 1.5;
    s -= dist / 60;
    return { p, s };
  });
  scored.sort((a, b) => b.s - a.s);
  const best = scored[0]!.p;
  if (best.resolved) return best;
  // An unknown village: fall back to a named place enclosing or near it in the same sentence
  // (never where someone came from or went), the most specific first ("in Pesqueria, Nuevo Leon
  // ... in Colonia X" is Pesqueria, not the state), then the nearest; a country last.
  const standIns = inSent.filter((p) => p.resolved && !movedThrough(p));
  const fallback = standIns
    .filter((p) => p.resolved!.kind !== 'country')
    .sort(
      (a, b) =>
        a.resolved!.basePrecision - b.resolved!.basePrecision ||
        Math.abs(a.start - best.start) - Math.abs(b.start - best.start),
    )
    .concat(standIns.filter((p) => p.resolved!.kind === 'country'))[0];
  if (!fallback) return best;
  const precision = Math.max(2, fallback.resolved!.basePrecision) as 2 | 3;
  return {
    ...fallback,
    precision,
    rules: [...fallback.rules, 'enclosing-fallback'],
    name: fallback.name,
    near: best.name,
    stoodIn: { start: best.start, end: best.end },
  };
}

function chooseDate(
  dates: readonly DateMention[],
  sent: { start: number; end: number },
  trigger: Token,
  carried: DateMention | null,
  ahead: DateMention | null,
  published: string | undefined,
): { date: DateMention | null; rule: string | null } {
  const inSent = dates.filter((d) => d.start >= sent.start && d.end <= sent.end);
  const own = inSent.filter((d) => !d.timeOnly && !d.rules.includes('dateline'));
  const full = own.length ? own : inSent.filter((d) => !d.timeOnly);
  const timeOnly = inSent.find((d) => d.timeOnly);
  let best =
    full.sort((a, b) => Math.abs(a.start - trigger.start) - Math.abs(b.start - trigger.start))[0] ?? null;
  let rule: string | null = null;
  if (!best) {
    best = carried;
    if (best) rule = 'date-carry';
  }
  // (Not a date after the report's own, nor one moved back a year because it would be: "The
  // burial will take place on 14 May" dates no killing.)
  const day = published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : null;
  if (!best && ahead && !(day && ahead.value > day) && !ahead.rules.includes('past-preferred')) {
    best = ahead;
    rule = 'date-ahead';
  }
  if (!best && published && /^\d{4}-\d{2}-\d{2}$/.test(published)) {
    best = {
      start: 0,
      end: 0,
      value: published,
      time: null,
      precision: 'day',
      timeOnly: false,
      rules: ['publication-date'],
    };
  }
  if (best && timeOnly && !best.time)
    best = { ...best, time: timeOnly.time, rules: [...best.rules, 'time-in-sentence'] };
  return { date: best, rule };
}

/**
 * Event mentions: predicates from the lexicon with their source and target actors (active,
 * passive, "between X and Y", "X and Y exchanged fire"), place, date, size, and status
 * (negated and hypothetical statements are flagged, not coded as events that happened).
 * Accusations ("X blamed Y for the shooting") also yield the accuser's version of the event.
 */
/** What reading any sentence of a document needs. */
interface DocView {
  readonly doc: Doc;
  readonly k: Knowledge;
  readonly tokens: readonly Token[];
  readonly surface: readonly string[];
  readonly lemma: readonly string[];
  /** Words inside date mentions are no predicates ("March 14" is no march). */
  readonly inDate: Uint8Array;
  readonly sentences: readonly Span[];
  /**
   * Where a headline ends (a first line of its own, no sentence end): it states the story's
   * event even when it names nobody ("Curfew Lifted After Protests").
   */
  readonly headline: number;
  /** Speakers ("..., a police officer told reporters") are not the targets of the events they tell. */
  readonly isSpeaker: (a: ActorMention) => boolean;
  /** Capitalised abbreviations looked up so far: whether the report spells each out in brackets. */
  readonly speltOut: Map<string, boolean>;
}

/** One sentence of a document: its tokens [tStart, tEnd) and what it names. */
interface SentenceView extends DocView {
  readonly s: number;
  readonly sent: Span;
  readonly tStart: number;
  readonly tEnd: number;
  readonly sActors: readonly ActorMention[];
  readonly sPlaces: readonly PlaceMention[];
  readonly sDates: readonly DateMention[];
  /** The last dated-to-the-day mention before the sentence, for events whose sentence has none. */
  readonly carried: DateMention | null;
  /** Else the first one after it in the same paragraph. */
  readonly ahead: DateMention | null;
}

export const findEvents: Stage<Knowledge> = {
  name: 'find-events',
  requires: ['sentences', 'tokens', 'actors', 'places', 'dates', 'attributions'],
  assigns: ['events'],
  run(doc, { knowledge: k }) {
    const sentences = doc.layers.sentences ?? [];
    const actors = doc.layers.actors ?? [];
    const places = doc.layers.places ?? [];
    const dates = doc.layers.dates ?? [];
    const { surface, lemma } = tokenKeys(doc);
    const tokens = headlineVerb(doc, k, actors, surface, lemma);
    const speakers = (doc.layers.attributions ?? []).filter((a) => a.rule.startsWith('speech'));
    const speakerSpans = new Set(speakers.map((x) => `${x.start}:${x.end}`));
    const view: DocView = {
      doc,
      k,
      tokens,
      surface,
      lemma,
      inDate: tokensInside(tokens, dates),
      sentences,
      headline: headlineEnd(doc.text),
      isSpeaker: (a) => speakerSpans.has(`${a.start}:${a.end}`),
      speltOut: new Map(),
    };
    const actorsIn = spansBySentence(actors, sentences);
    const placesIn = spansBySentence(places, sentences);
    const datesIn = spansBySentence(dates, sentences);
    const carried = carriedDates(dates, sentences);
    const ahead = datesAhead(doc.text, dates, sentences);
    const events: EventMention[] = [];
    // How many of the events referToEarlierAttack has read, and the last targeted attack's index.
    const targeted = { scanned: 0, at: -1 };
    let lastPlace: PlaceMention | null = null;
    const focus = focusPlace(places);
    const onlyCountry = countryPlace(k, doc);
    let tStart = 0;
    for (let s = 0; s < sentences.length; s++) {
      const sent = sentences[s]!;
      while (tStart < tokens.length && tokens[tStart]!.sentence < s) tStart++;
      let tEnd = tStart;
      while (tEnd < tokens.length && tokens[tEnd]!.sentence === s) tEnd++;
      const v: SentenceView = {
        ...view,
        s,
        sent,
        tStart,
        tEnd,
        sActors: actorsIn[s]!,
        sPlaces: placesIn[s]!,
        sDates: datesIn[s]!,
        carried: carried[s] ?? null,
        ahead: ahead[s] ?? null,
      };
      riotToldAfter(v, events);
      interventionToldAfter(v, events);
      armedResponseAfter(v, events);
      armedVictimAfter(v, events);
      const all = findTriggers(v);
      if (all.length === 0) {
        casualtiesAfter(events, doc.text, sentences, s, k);
        continue;
      }
      const reading = readSentence(v, all);
      const local: EventMention[] = [];
      for (const t of reading.triggers) {
        const e = codeTrigger(v, reading, t, local, events);
        if (e) local.push(e);
      }
      allegedByAccuser(v, local, events);
      referToEarlierAttack(local, events, targeted);
      // No place in the sentence: the last event place of the same paragraph.
      const newParagraph = s > 0 && /\n\s*\n/.test(doc.text.slice(sentences[s - 1]!.end, sent.start));
      if (newParagraph) lastPlace = null;
      const sentenceRules = reading.triggers.map((t) => t.entry.id);
      const stoodIn: PlaceMention | null = lastPlace;
      const merged: EventMention[] = casualtiesOfProtest(mergeSameEvent(local, k, doc.text), k)
        .map(peacefulCountsNoDead)
        .map((e) => frontline(e, reading.sentText))
        .map((e) => remoteViolence(e, sentenceRules, reading.sentText, doc))
        .map((e) => disruptedWeapon(e, v))
        .map((e) => placeFallback(e, stoodIn, focus, onlyCountry));
      for (const e of merged) if (e.place && !e.place.rules.includes('place-carry')) lastPlace = e.place;
      protestFoughtAfter(v, merged, events);
      for (const e of merged) addEvent(events, e, newParagraph);
    }
    const all = [...events, ...deriveBlamed(doc, events)];
    if (all.length <= MAX_EVENTS_PER_REPORT) return { layers: { events: all } };
    // No report tells this many events; a runaway input must not flood the store and incidents.
    return {
      layers: { events: all.slice(0, MAX_EVENTS_PER_REPORT) },
      messages: [
        {
          code: 'CASUS_W105',
          message: `${all.length} events found; the first ${MAX_EVENTS_PER_REPORT} are kept`,
          stage: 'find-events',
          span: { start: all[MAX_EVENTS_PER_REPORT]!.start, end: all[all.length - 1]!.end },
        },
      ],
    };
  },
};

/**
 * Protesters' own violence told in the sentence right after their protest's, in its paragraph
 * ("Traders protested the demolition of kiosks. The protesters lit fires and disrupted
 * traffic"), makes the protest a riot.
 */
function riotToldAfter(v: SentenceView, events: EventMention[]): void {
  // (Or police breaking one up: "Police used tear gas to disperse protesters. Demonstrators
  // responded by throwing stones".)
  const at = protestBefore(v, events);
  const prev = events[at];
  if (!prev || (prev.code.plover !== 'PROTEST' && prev.code.plover !== 'COERCE')) return;
  if (cueFrom(v.k.cues.riotAfter, v, v.tStart) < 0) return;
  // Broken up by the police, the protesters are the riot's side, the police the other.
  const dispersed = prev.code.plover === 'COERCE';
  events[at] = {
    ...prev,
    code: { ...prev.code, ...RIOT, plover: 'PROTEST' },
    source: dispersed ? prev.target : prev.source,
    target: dispersed ? prev.source : prev.target,
    rules: [...prev.rules, 'riot-told-after'],
  };
}

/** A sentence that opens with the people of the one before: "They", "Some members of the group". */
const BACK_TO_THEM =
  /^\W*(?:they|some(?: of them| members| of the (?:protesters|demonstrators|group))?|members|a section of (?:them|the (?:protesters|demonstrators|group)))\b/i;

/**
 * The police's intervention told in the three sentences after a peaceful protest's, in its
 * paragraph, naming the police or the protesters ("Police dispersed the protesters", "Three
 * protesters were arrested"): a protest with intervention. (Not an arrest the protest was
 * about, told with neither: "He was arrested in connection with an accountability case".)
 */
function interventionToldAfter(v: SentenceView, events: EventMention[]): void {
  // (Or two sentences later: "Students protested ... The group called on the police to act.
  // Police dispersed the group with teargas".)
  const at = protestBefore(v, events, 3);
  const prev = events[at];
  if (prev?.code.plover !== 'PROTEST' || prev.code.acled[1] !== 'Peaceful protest') return;
  if (cueFrom(v.k.cues.intervention, v, v.tStart) < 0) return;
  const named =
    v.sActors.some((a) => (a.sector && STATE_FORCES.has(a.sector)) || a.rules.includes('agent.protesters')) ||
    // ("Six arrests reported": arrests counted, not a man's arrest the protest was about.)
    /\bprotest|\barrests\b/i.test(v.doc.text.slice(v.sent.start, v.sent.end));
  if (!named) return;
  events[at] = retyped(prev, ['Protests', 'Protest with intervention'], 'intervention-told-after');
}

/** Sectors of a protest's own people. */
const PROTESTERS = new Set(['PRO', 'RIO']);

/**
 * Violence told in the sentence right after a protest's, in its paragraph, that the protesters
 * do or that is a fight with them ("Journalists were beaten up by demonstrators";
 * "Demonstrators clashed with police forces"; "Clashes with the police broke out"): the protest
 * was a riot. The act stays an event of its own.
 */
function protestFoughtAfter(v: SentenceView, local: readonly EventMention[], events: EventMention[]): void {
  const at = protestBefore(v, events);
  const prev = events[at];
  if (prev?.code.plover !== 'PROTEST') return;
  const sentText = v.doc.text.slice(v.sent.start, v.sent.end);
  // (The sentence's own first verb: "They beat up ...", not "They said the suspect who killed ...".)
  let x = v.tStart;
  while (x < v.tEnd && v.tokens[x]!.pos !== 'VERB' && v.tokens[x]!.pos !== 'AUX') x++;
  const firstVerbAt = x < v.tEnd ? v.tokens[x]!.start : -1;
  const fought = local.some((e) => {
    if (
      e.code.plover !== 'ASSAULT' ||
      e.status !== 'asserted' ||
      e.code.acled[0] === 'Explosions/Remote violence'
    )
      return false;
    const by = (list: readonly ActorMention[]) => list.some((a) => a.sector && PROTESTERS.has(a.sector));
    const mutual = e.rules.includes('assault.exchange-fire');
    // (A fight "with the police" right after a protest is the protesters'.)
    const withPolice = (list: readonly ActorMention[]) => list.some((a) => a.sector === 'COP');
    return (
      by(e.source) ||
      (mutual && (by(e.target) || withPolice(e.source) || withPolice(e.target))) ||
      // (Told of them with no other name: "They beat up the deputy principal", "Some members of
      // the group attacked a county official".)
      (e.source.length === 0 &&
        !e.rules.includes('passive') &&
        BACK_TO_THEM.test(sentText) &&
        e.trigger.start === firstVerbAt)
    );
  });
  if (!fought) return;
  events[at] = {
    ...prev,
    code: { ...prev.code, ...RIOT },
    rules: [...prev.rules, 'riot-fought-after'],
  };
}

/**
 * The index in `events` of the last protest told as done in the `within` sentences right before
 * v (by default the one right before), in its paragraph, or -1: not only that sentence's last
 * event ("Traders protest the killing of a colleague by police. Some of the protesters set his
 * motorbike alight").
 */
function protestBefore(v: SentenceView, events: readonly EventMention[], within = 1): number {
  for (let at = events.length - 1; at >= 0 && events[at]!.sentence >= v.s - within; at--) {
    const e = events[at]!;
    if (e.code.acled[0] === 'Protests') return e.status === 'asserted' && inParagraph(v, e) ? at : -1;
  }
  return -1;
}

/**
 * State forces fighting back in the sentence right after an attack on others, in its paragraph
 * ("Al Shabaab gunmen attack two villages. Security forces pushed back the attackers", "Police
 * respond, killing two"): two armed sides fought, an armed clash.
 */
function armedResponseAfter(v: SentenceView, events: EventMention[]): void {
  const prev = events[events.length - 1];
  if (prev?.code.plover !== 'ASSAULT' || prev.status !== 'asserted' || !rightAfter(v, prev)) return;
  // A grenade or a shelling the other side answers with fire ("Al Shabaab threw a grenade at
  // police. Police responded with gunfire"; "pro-Houthi forces shelled pro-Hadi groups. Pro-Hadi
  // forces fired back"; "... observed explosions in both directions of the frontline") is a fight
  // between the two: any armed side may answer. Not an air strike or a suicide bombing.
  // (ACLED codes heavy weapons fired with small arms an armed clash; `frontline` reads the same
  // in the act's own sentence.)
  const remote =
    prev.code.acled[0] === 'Explosions/Remote violence' &&
    prev.code.acled[1] !== 'Air/drone strike' &&
    prev.code.acled[1] !== 'Suicide bomb';
  if (prev.code.acled[0] !== 'Violence against civilians' && !remote) return;
  if (!remote && prev.source.some((a) => a.sector && STATE_FORCES.has(a.sector))) return;
  const answers = remote ? ARMED_SECTORS : STATE_FORCES;
  // (The fighting back told after the force: "Police respond, killing two".)
  const force = v.sActors.find(
    (a) => a.sector && answers.has(a.sector) && !prev.source.some((b) => b.org && b.org === a.org),
  );
  // (Or small arms heard there too: fighting at close range, "observed 41 explosions/shots
  // involving small arms".)
  const bothWays =
    remote && /\bboth directions\b|\bsmall[- ]arms\b/i.test(v.doc.text.slice(v.sent.start, v.sent.end));
  // The force answers after it is named ("Police respond, killing two"), or the attackers fought
  // with it ("The gunmen later exchanged fire with police").
  const answered = (f: ActorMention): boolean => {
    if (cueFrom(v.k.cues.armedResponse, v, firstStartingAt(v.tokens, f.end)) >= 0) return true;
    const c = cueFrom(v.k.cues.armedResponse, v, v.tStart, firstStartingAt(v.tokens, f.start));
    return c >= 0 && /\bwith\s+(?:the\s+)?$/i.test(v.doc.text.slice(v.tokens[c]!.end, f.start));
  };
  if (!bothWays && (!force || !answered(force))) return;
  events[events.length - 1] = retyped(prev, ARMED_CLASH, 'armed-response-after');
}

/**
 * An attack on civilians whose victim the sentence right after tells was armed or a gang's
 * ("a man was shot to death. The victim was involved in a gang", "had charges against him for
 * several crimes, including drug trafficking"): a fight of two armed sides, as ACLED codes gang
 * members.
 */
function armedVictimAfter(v: SentenceView, events: EventMention[]): void {
  const prev = events.at(-1);
  if (
    prev?.code.plover !== 'ASSAULT' ||
    prev.code.acled[0] !== 'Violence against civilians' ||
    prev.code.acled[1] !== 'Attack' ||
    !rightAfter(v, prev) ||
    prev.target.some((a) => a.sector !== 'CVL') ||
    cueFrom(v.k.cues.victimArmed, v, v.tStart) < 0 ||
    !/\b(?:armed|gangs?|drug)\b/i.test(v.doc.text.slice(v.sent.start, v.sent.end))
  )
    return;
  events[events.length - 1] = retyped(prev, ARMED_CLASH, 'armed-victim-after');
}

/** ACLED's armed clash, a fight of two organised armed sides. */
const ARMED_CLASH: readonly [string, string] = ['Battles', 'Armed clash'];

/** Event e with another ACLED type and sub-type, and the rule that gave it. */
function retyped(e: EventMention, acled: readonly [string, string], rule: string): EventMention {
  return { ...e, code: { ...e.code, acled }, rules: [...e.rules, rule] };
}

/** Whether sentence v is in event e's paragraph. */
function inParagraph(v: SentenceView, e: EventMention): boolean {
  return !/\n\s*\n/.test(v.doc.text.slice(e.end, v.sent.start));
}

/** Whether sentence v is the one right after event e's, in its paragraph. */
function rightAfter(v: SentenceView, e: EventMention): boolean {
  return e.sentence === v.s - 1 && inParagraph(v, e);
}

/** The first token of sentence v from `from` (before `to`) where a cue of `m` starts, by lemma or surface; -1 if none. */
function cueFrom(m: PhraseMatcher<string>, v: SentenceView, from: number, to = v.tEnd): number {
  for (let i = from; i < to; i++) if (m.matchAt(v.lemma, i) || m.matchAt(v.surface, i)) return i;
  return -1;
}

/**
 * For each sentence, the first dated-to-the-day mention in a later sentence of the same
 * paragraph, for an event told before its date ("Students rioted over fees. Source dated 28
 * October."; "Four were killed in clashes. The fighting took place on Saturday [10 September].").
 * Not a date said to be earlier or later than something ("last Friday [16 August]", "later
 * rescued on 20 Feb."), which dates another event.
 */
function datesAhead(
  text: string,
  dates: readonly DateMention[],
  sentences: readonly Span[],
): (DateMention | null)[] {
  const usable = dates
    .filter((d) => !d.timeOnly && d.precision === 'day' && !d.rules.includes('dateline'))
    .filter((d) => !OTHER_TIME_BEFORE.test(text.slice(Math.max(0, d.start - 24), d.start)))
    .sort((a, b) => a.start - b.start);
  const ahead: (DateMention | null)[] = [];
  let j = 0;
  for (let s = 0; s < sentences.length; s++) {
    const sent = sentences[s]!;
    while (j < usable.length && usable[j]!.start < sent.end) j++;
    const d = usable[j];
    ahead.push(d && !/\n\s*\n/.test(text.slice(sent.end, d.start)) ? d : null);
  }
  return ahead;
}

/**
 * What, just before a date, says it is the time of something before or after the event: "last
 * Friday [16 August]", "later rescued on 20 Feb.".
 */
const OTHER_TIME_BEFORE =
  /\b(?:last|previous|earlier|preceding|before|since|until|till|after|later|subsequently|afterwards)\b[^.;]*$/i;

/** An event's date taken from another sentence, which an event it refers to may better know. */
const guessedDate = (e: EventMention) => e.rules.includes('date-carry') || e.rules.includes('date-ahead');

/** For each sentence, the last dated-to-the-day mention before it. */
function carriedDates(dates: readonly DateMention[], sentences: readonly Span[]): (DateMention | null)[] {
  const carried: (DateMention | null)[] = [];
  const byEnd = dates.filter((d) => !d.timeOnly && d.precision === 'day').sort((a, b) => a.end - b.end);
  let j = -1;
  for (const sent of sentences) {
    while (j + 1 < byEnd.length && byEnd[j + 1]!.end <= sent.start) j++;
    carried.push(j >= 0 ? byEnd[j]! : null);
  }
  return carried;
}

/** Whether token x is the particle of "call off". */
const callOffAt = (v: DocView, x: number) => v.lemma[x] === 'off' && v.lemma[x - 1] === 'call';

/**
 * A reversal verb before token i in the same sentence, with only its object's modifiers
 * between ("lift the ban", "end a three-year-old midnight curfew", "lift its state of
 * emergency"). The verb may be mis-tagged in a headline ("Promises to End Curfew"): after
 * "to" or a modal it counts whatever its tag; "an end to the curfew" counts too.
 */
function reversedAt(v: SentenceView, i: number): number {
  const { tokens, lemma, surface, k, tStart } = v;
  for (let b = i - 1, words = 0; b >= tStart && words < 6; b--) {
    const t = tokens[b]!;
    if (k.cues.reversal.has(lemma[b]!)) {
      const before = b > tStart ? lemma[b - 1]! : '';
      if (t.pos === 'VERB' || before === 'to' || MODAL_BEFORE.has(before)) return b;
      if (lemma[b] === 'end' && lemma[b + 1] === 'to') return b;
      return -1;
    }
    // "called off the strike": the verb and its particle.
    if (callOffAt(v, b)) return b - 1;
    if (surface[b] === '-') continue;
    if (!OBJECT_MODIFIER.has(t.pos) && lemma[b] !== 'to') return -1;
    words++;
  }
  return -1;
}

/**
 * "suspended attacks", "a halt to the offensive", "an end to hostilities", "called off the
 * offensive": fighting called off is a ceasefire, not fighting.
 */
function deescalatedAt(v: SentenceView, i: number): number {
  const { tokens, lemma, tStart } = v;
  for (let b = i - 1, words = 0; b >= tStart && words < 4; b--) {
    // ("at the end of the offensive" ends nothing: "end" as a verb or in "an end to")
    if (
      DEESCALATE.has(lemma[b]!) &&
      (lemma[b] !== 'end' || tokens[b]!.pos === 'VERB' || lemma[b + 1] === 'to')
    )
      return b;
    if (callOffAt(v, b)) return b - 1;
    if (lemma[b] !== 'of' && lemma[b] !== 'to' && !OBJECT_MODIFIER.has(tokens[b]!.pos)) return -1;
    words++;
  }
  return -1;
}

/**
 * The first word at or after `j` past up to three auxiliaries, modals and adverbs ("will be",
 * "has been", "temporarily"), in the sentence of the word before `j`; -1 past its end.
 */
function pastAux(v: DocView, j: number): number {
  const { tokens, lemma } = v;
  let a = j;
  const aux = (x: number) =>
    BE.has(lemma[x] ?? '') ||
    lemma[x] === 'have' ||
    lemma[x] === 'has' ||
    MODAL_BEFORE.has(lemma[x] ?? '') ||
    tokens[x]?.pos === 'ADV';
  while (a < j + 3 && aux(a)) a++;
  return a < tokens.length && tokens[a]!.sentence === tokens[j - 1]?.sentence ? a : -1;
}

/**
 * ... or a passive reversal right after the restriction: "the curfew was lifted", "Curfew
 * Lifted After Protests", "sanctions have been eased", "the curfew will be lifted".
 */
function reversedAfter(v: DocView, j: number): boolean {
  const a = pastAux(v, j);
  return a >= 0 && v.tokens[a]!.pos !== 'NOUN' && v.k.cues.reversal.has(v.lemma[a]!);
}

/** ... or fighting that stops, told after it: "Hostilities temporarily stop", "the fighting has ceased". */
function deescalatedAfter(v: DocView, j: number): boolean {
  const a = pastAux(v, j);
  return a >= 0 && v.tokens[a]!.pos === 'VERB' && DEESCALATE.has(v.lemma[a]!);
}

/**
 * What an act undone is: "lifted the curfew", "eased sanctions" a concession, ending a
 * deployment a retreat, "halted economic aid" a sanction, "suspended attacks" a ceasefire;
 * `by` is the undoing word.
 */
function undoneAs(
  v: SentenceView,
  entry: LexiconEntry,
  i: number,
  length: number,
): { entry: LexiconEntry; by: number } | null {
  const byId = v.k.lexiconById;
  if (REVERSIBLE.has(entry.plover)) {
    const by = reversedAt(v, i);
    if (by < 0 && !reversedAfter(v, i + length)) return null;
    return {
      entry:
        (entry.plover === 'MOBILIZE' ? byId.get('retreat.withdraw') : byId.get('concede.yield')) ?? entry,
      by,
    };
  }
  const by =
    entry.plover === 'AID' ? reversedAt(v, i) : entry.plover === 'ASSAULT' ? deescalatedAt(v, i) : -1;
  const undo = entry.plover === 'AID' ? byId.get('sanction.discontinue') : byId.get('retreat.ceasefire');
  if (by < 0 && entry.plover === 'ASSAULT' && undo && deescalatedAfter(v, i + length))
    return { entry: undo, by };
  return by >= 0 && undo ? { entry: undo, by } : null;
}

/** Words after an abbreviation that make it a body's name ("the RPG party", "BMP members"). */
const NAME_AFTER_ABBREVIATION = new Set([
  'party',
  'members',
  'member',
  'supporters',
  'activists',
  'leader',
  'leaders',
]);

/**
 * Whether token i, written in capitals ("BMP", "RPG"), is the abbreviation of a name: the
 * report spells the name out before it in brackets, or a party's or group's word follows it
 * (past a bracketed aside: "the RPG (ruling) party").
 */
function abbreviationOfName(v: SentenceView, i: number): boolean {
  const { doc, tokens, surface } = v;
  const t = tokens[i]!;
  const w = doc.text.slice(t.start, t.end);
  if (!/^[A-Z]{2,6}s?$/.test(w)) return false;
  // (Looked up once per report and word: a long report may repeat the word thousands of times.)
  let known = v.speltOut.get(w);
  if (known === undefined) {
    known = doc.text.includes(`(${w})`);
    v.speltOut.set(w, known);
  }
  if (known) return true;
  let x = i + 1;
  if (surface[x] === '(') {
    while (x < tokens.length && x < i + 6 && surface[x] !== ')') x++;
    x++;
  }
  return NAME_AFTER_ABBREVIATION.has(surface[x] ?? '');
}

type LexiconMatch = NonNullable<ReturnType<Knowledge['lexicon']['matchAt']>>;

/**
 * The lexicon's match at i by lemmas, or by the words as written where that is longer (the
 * lemmatiser's "tearga" for "teargas" must not cut "fired teargas" to "fired").
 */
function longerMatch(
  byLemma: LexiconMatch | null,
  surface: readonly string[],
  i: number,
  k: Knowledge,
): LexiconMatch | null {
  if (byLemma && byLemma.length > 1) return byLemma;
  const bySurface = k.lexicon.matchAt(surface, i);
  return bySurface && (!byLemma || bySurface.length > byLemma.length) ? bySurface : byLemma;
}

/** A phrasal verb's particles ("cut down", "blow up", "shoot down"). */
const PARTICLES: ReadonlySet<string> = new Set(['down', 'up', 'out', 'off']);

/** Tags of the words a noun phrase is made of. */
const NOUN_PHRASE_WORD: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/** Tags a noun phrase may open with. */
const NOUN_PHRASE_START: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'NUM', 'PRON']);

/** The predicates of a sentence: lexicon entries matched at its words, in order. */
function findTriggers(v: SentenceView): Trigger[] {
  const { tokens, surface, lemma, k, inDate, tStart, tEnd } = v;
  const all: Trigger[] = [];
  const objectHeads = new Set<number>();
  for (let i = tStart; i < tEnd; ) {
    // "According to ..." and other citing cues are not predicates.
    const cite = k.cues.citing.matchAt(lemma, i) ?? k.cues.citing.matchAt(surface, i);
    if (cite) {
      i += cite.length;
      continue;
    }
    // Nor are the words of an idiom ("fighting for his life" is no fighting).
    const idiom = k.cues.idioms.matchAt(lemma, i);
    if (idiom) {
      i += idiom.length;
      continue;
    }
    if (objectHeads.has(i)) {
      i++;
      continue;
    }
    let m = inDate[i] ? null : longerMatch(k.lexicon.matchAt(lemma, i), surface, i, k);
    // A verb and its object's head noun make a two-word predicate whatever modifies the
    // object: "expelled 23 Russian diplomats" is "expel diplomats", "declines humanitarian
    // assistance" is "decline assistance". The object then holds no predicate of its own.
    // (The tagger reads some verbs as nouns before their object: "Police shot the suspect".)
    const objectNext = tokens[i + 1]?.pos === 'DET' || tokens[i + 1]?.pos === 'PRON';
    if (
      (tokens[i]!.pos === 'VERB' || (tokens[i]!.pos === 'NOUN' && objectNext)) &&
      (!m || m.length === 1) &&
      !inDate[i]
    ) {
      const head = objectHead(tokens, surface, lemma, k, i, tEnd);
      const pair =
        head > i + 1 && tokens[i]!.pos === 'VERB' ? k.lexicon.matchAt([lemma[i]!, lemma[head]!], 0) : null;
      // (A phrasal verb's particle first: "cut down nearly 30 olive trees" is "cut down tree".)
      const particleHead =
        tokens[i]!.pos === 'VERB' && PARTICLES.has(lemma[i + 1] ?? '')
          ? objectHead(tokens, surface, lemma, k, i + 1, tEnd)
          : -1;
      const phrasal =
        particleHead > i + 2 ? k.lexicon.matchAt([lemma[i]!, lemma[i + 1]!, lemma[particleHead]!], 0) : null;
      if (pair?.length === 2 && (!m || pair.values[0] !== m.values[0])) {
        m = { length: 1, values: pair.values };
        for (let x = i + 1; x <= head; x++) objectHeads.add(x);
      } else if (phrasal?.length === 3) {
        m = { length: 2, values: phrasal.values };
        for (let x = i + 2; x <= particleHead; x++) objectHeads.add(x);
      } else {
        // Or a verb whose particle follows its object: "set the houses ablaze", "shot him dead",
        // "hacked a farmer to death" are "set ablaze", "shoot dead", "hack to death".
        const obj = tokens[i + 1]?.pos === 'PRON' ? i + 1 : head;
        const split =
          obj > i && obj + 1 < tEnd
            ? k.lexicon.matchAt([lemma[i]!, ...lemma.slice(obj + 1, Math.min(obj + 4, tEnd))], 0)
            : null;
        // (The particle closes the phrase: "fired rockets at the base" is no "fire at".)
        if (split && split.length >= 2 && !NOUN_PHRASE_START.has(tokens[obj + split.length]?.pos ?? '')) {
          m = { length: 1, values: split.values };
          for (let x = i + 1; x < obj + split.length; x++) objectHeads.add(x);
        }
      }
    }
    // A weapon's abbreviation that names a party or a group here is no weapon: "Bukluran ng
    // Manggagawang Pilipino (BMP)", "the RPG (ruling) party".
    if (m?.length === 1 && abbreviationOfName(v, i)) {
      i++;
      continue;
    }
    // "Russia-backed", "Saudi-led": the second half of a hyphenated adjective is no predicate
    // (but a count's is its noun's: "a four-day strike").
    if (
      m &&
      surface[i - 1] === '-' &&
      tokens[i - 1]!.start === tokens[i - 2]?.end &&
      tokens[i - 2]?.pos !== 'NUM'
    ) {
      i += m.length;
      continue;
    }
    // "Suspected of killing his wife", "arrested for stealing cattle", "a murder suspect", "attack
    // charges": a charge or a case, not the act.
    const chargedAfter =
      ['of', 'for', 'with'].includes(lemma[i - 1] ?? '') &&
      i - 2 >= tStart &&
      (k.cues.chargedBefore.has(surface[i - 2]!) || k.cues.chargedBefore.has(lemma[i - 2]!));
    const chargeNamed = (n: number) =>
      (tokens[i]!.pos === 'NOUN' || tokens[i]!.pos === 'PROPN') &&
      k.cues.charged.has(lemma[i + n] ?? '') &&
      // (The tagger reads "suspect" after a noun as a verb; "an attack suspected to be" is one.)
      !/ed$/.test(surface[i + n] ?? '');
    if (m && (chargedAfter || chargeNamed(m.length))) {
      i += m.length;
      continue;
    }
    if (m) {
      let entry = pickEntry(m.values, tokens[i]!);
      const undone = undoneAs(v, entry, i, m.length);
      if (undone) {
        entry = undone.entry;
        // The reversal verb was read as a predicate of its own ("suspended" as a sanction).
        const own = all.findIndex((o) => o.i === undone.by);
        if (own >= 0) all.splice(own, 1);
      }
      // An attributive participle names a state, not an act: "withdraw from seized
      // territory", "the occupied territories".
      if (
        m.length === 1 &&
        /[a-z]{3}ed$/.test(surface[i]!) &&
        (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'ADJ') &&
        // (Or a count: "rescued 23 kidnapped students".)
        (i === tStart || ATTRIBUTIVE_BEFORE.has(lemma[i - 1] ?? '') || tokens[i - 1]!.pos === 'NUM') &&
        (tokens[i + 1]?.pos === 'NOUN' || tokens[i + 1]?.pos === 'PROPN') &&
        tokens[i + 1]?.sentence === tokens[i]!.sentence &&
        !k.lexicon.matchAt(lemma, i + 1)
      ) {
        i++;
        continue;
      }
      // Entries bound to a part of speech ("fire" as a verb, not "a fire broke out"); no
      // one-word predicate is an adverb ("allowed the observers back in", "fought back").
      if ((entry.pos && tokens[i]!.pos !== entry.pos) || (m.length === 1 && tokens[i]!.pos === 'ADV')) {
        i++;
        continue;
      }
      all.push({ i, j: i + m.length, entry, undoneAfter: !!undone && undone.by < 0 });
      i += m.length;
    } else i++;
  }
  return all;
}

/**
 * Fighting said to go on as another act is told ("reinforcements arrived on the frontlines as
 * battles continue"): the setting of that act, not an event of its own.
 */
function goesOnAs(v: SentenceView, triggers: readonly Trigger[], t: Trigger): boolean {
  const { surface } = v;
  if (!(surface[t.i - 1] === 'as' || (surface[t.i - 2] === 'as' && v.tokens[t.i - 1]!.pos !== 'VERB')))
    return false;
  // (By the words as written: wink's lemma of "raged" is "rag".)
  if (!/^(?:continues?|continued|rages?|raged|persists?|persisted)$/.test(surface[t.j] ?? '')) return false;
  return triggers.some((o) => o.i < t.i);
}

/**
 * A jail named by its name ("outside Adiala jail", "in Kamiti prison"): a place, not an arrest.
 * A name right before the noun, the noun no verb.
 */
function namedFacility(v: SentenceView, t: Trigger): boolean {
  if (t.j !== t.i + 1 || !FACILITY_NOUNS.has(v.lemma[t.i]!) || v.tokens[t.i]!.pos === 'VERB') return false;
  const prev = v.tokens[t.i - 1];
  return prev !== undefined && t.i - 1 >= v.tStart && prev.pos === 'PROPN' && isCap(v.doc.text, prev);
}
const FACILITY_NOUNS = new Set(['jail', 'prison']);

/** Words before people that say they are protesting ("striking doctors", "protesting students"). */
const ON_STRIKE = new Set(['striking', 'protesting', 'demonstrating']);

/** Whether an unarmed actor is named right after a word saying they are on strike or protesting. */
function onStrike(v: SentenceView, a: ActorMention): boolean {
  const x = firstStartingAt(v.tokens, a.start) - 1;
  return x >= 0 && ON_STRIKE.has(v.surface[x]!) && !isArmed(a);
}

/** The actor as ACLED's protesters of its country (rule `on-strike`). */
function asProtesters(a: ActorMention): ActorMention {
  const name = a.name.includes('(') ? a.name.replace(/^[^(]*\(/, 'Protesters (') : 'Protesters';
  return { ...a, sector: 'PRO', name, rules: [...a.rules, 'on-strike'] };
}

const DETERMINERS = new Set(['a', 'an', 'the']);
/** Words before "a raid" that make it the setting of an act told before ("during a raid"). */
const SETTING_WORDS = new Set(['during', 'in', 'amid']);

/**
 * A raid named as the setting of arrests or seizures told before it ("Israeli forces arrested 8
 * Palestinians during a raid in Jenin", "seized weapons in a night raid"): the operation the
 * arrests were made in, not an attack of its own (nor one by those arrested). Not where a
 * fight or an attack is told too ("killed six and made arrests during a raid").
 */
function raidOfArrests(v: SentenceView, triggers: readonly Trigger[], t: Trigger): boolean {
  const { surface, lemma } = v;
  if (lemma[t.i] !== 'raid' || t.j !== t.i + 1 || v.tokens[t.i]!.pos === 'VERB') return false;
  const det = DETERMINERS.has(surface[t.i - 1]!)
    ? t.i - 1
    : DETERMINERS.has(surface[t.i - 2]!)
      ? t.i - 2
      : -1;
  if (det < 0 || !SETTING_WORDS.has(surface[det - 1]!)) return false;
  const before = triggers.filter((o) => o.i < t.i);
  return before.some((o) => o.entry.plover === 'COERCE') && !before.some((o) => o.entry.plover === 'ASSAULT');
}

/** Words that make the act after them what another act answers ("in retaliation for the killing of"). */
const REPLY_TO = new RegExp(
  `\\bin\\s+(?:${[...REPLY_WORDS, 'reprisal', 'protest'].join('|')})\\s+(?:for|to|against|at)\\s+(?:the\\s+|an?\\s+|their\\s+|his\\s+|her\\s+)?(?:[\\p{L}-]+\\s+){0,2}$`,
  'iu',
);

/**
 * An act named "over" after another act is its reason ("imposed sanctions on five officials over
 * the crackdown on protesters", "riots over the killing of a student"), as is one it answers
 * ("in retaliation for the killing of a youth", "in response to rocket fire"): the background.
 */
function reasonOver(v: SentenceView, triggers: readonly Trigger[], t: Trigger): boolean {
  const { surface } = v;
  // (So is one named "in retaliation for", "in response to", "in revenge for".)
  const start = v.tokens[t.i]!.start;
  const before = v.doc.text.slice(Math.max(0, start - 60), start);
  const reply = REPLY_TO.exec(before);
  if (reply && triggers.some((o) => o.i < t.i && v.tokens[o.j - 1]!.end <= start - reply[0].length))
    return true;
  const over =
    surface[t.i - 1] === 'over'
      ? t.i - 1
      : surface[t.i - 2] === 'over' && DETERMINERS.has(surface[t.i - 1]!)
        ? t.i - 2
        : -1;
  if (over < 0 || v.tokens[t.i]!.pos === 'VERB') return false;
  return triggers.some((o) => o.j <= over);
}

/**
 * What people are arrested or jailed "for" ("arrested 40 youths for avoiding conscription",
 * "jailed for attacking police"): the charge, the background of the arrest.
 */
function chargedWith(v: SentenceView, triggers: readonly Trigger[], t: Trigger): boolean {
  const { surface } = v;
  // "for" and a gerund, the act itself or the gerund's object.
  const f =
    surface[t.i - 1] === 'for'
      ? t.i - 1
      : surface[t.i - 2] === 'for' && /ing$/.test(surface[t.i - 1]!)
        ? t.i - 2
        : -1;
  if (f < 0 || (f === t.i - 1 && !/ing$/.test(surface[t.i]!))) return false;
  return triggers.some((o) => o.j <= f && o.entry.plover === 'COERCE');
}

/**
 * An act told in a relative clause on the subject of a protest that follows ("families who claim
 * their children have been kidnapped by the PKK continued their sit-in protest", "residents who
 * were attacked last week marched"), or of which the protesters are named the victims: what
 * the protesters protest, the background of the protest.
 */
function grievanceOfProtest(v: SentenceView, triggers: readonly Trigger[], t: Trigger): boolean {
  if (t.entry.plover !== 'ASSAULT') return false;
  if (!triggers.some((o) => o.i > t.i && o.entry.plover === 'PROTEST')) return false;
  if (triggers.some((o) => o.i < t.i && o.entry.plover === 'PROTEST')) return false;
  // (Or the protesters are named as its victims: "a group of victims of forced displacement protested".)
  const of = v.surface[t.i - 1] === 'of' ? t.i - 1 : v.surface[t.i - 2] === 'of' ? t.i - 2 : -1;
  if (of > v.tStart && /^victims?$/.test(v.surface[of - 1]!)) return true;
  for (let x = t.i - 1; x >= v.tStart; x--) {
    const w = v.surface[x]!;
    if (w === 'who') return x > v.tStart && v.tokens[x - 1]!.pos !== 'PUNCT';
    if (CLAUSE_BREAK.has(w)) return false;
  }
  return false;
}

/**
 * An act told of someone in a relative clause after another act ("clashed with police during an
 * operation to rescue two officers who were kidnapped") describes them; it is the other act's
 * background, not the sentence's event.
 */
function describesEarlierOne(v: SentenceView, triggers: readonly Trigger[], t: Trigger): boolean {
  if (t.entry.plover !== 'ASSAULT') return false;
  const s = v.surface;
  // "who were kidnapped", "who was shot", "who had been abducted".
  const who = /^(?:were|was)$/.test(s[t.i - 1] ?? '')
    ? t.i - 2
    : s[t.i - 1] === 'been' && /^(?:had|have|has)$/.test(s[t.i - 2] ?? '')
      ? t.i - 3
      : -1;
  return who >= 0 && s[who] === 'who' && triggers.some((o) => o !== t && o.j <= who);
}

/**
 * Where a protest's grievance opens: the token of its first purpose word after the predicate
 * ("against", "over", "condemn" ...), or -1.
 */
function grievanceAt(v: SentenceView, t: Trigger): number {
  const { surface, lemma, tEnd } = v;
  for (let x = t.j; x < tEnd && surface[x] !== ';'; x++) if (PURPOSE.has(lemma[x]!)) return x;
  return -1;
}

/**
 * Whether a place is named in what a protest is against (its grievance opening at token `x`),
 * not where it was held: inside the grievance's noun phrase ("demonstrations against the
 * Lebanon-Israeli war") or after an act it names ("protest against Israel's raids in Gaza");
 * "demonstrated against it in Qom" and "against the plan outside the Palais" are where.
 */
function inGrievance(v: SentenceView, x: number, p: PlaceMention): boolean {
  const { tokens, surface, lemma, tEnd, k } = v;
  if (p.start < tokens[x]!.end) return false;
  // The last preposition before the place, if any, and the word before it.
  let prep = -1;
  for (let y = x + 1; y < tEnd && tokens[y]!.end <= p.start; y++) {
    // (The grievance ends at a clause's mark or verb: "... against the dollar rate blocked the
    // Tripoli-Beirut highway".)
    if (surface[y] === ';' || surface[y] === ',' || tokens[y]!.pos === 'VERB' || tokens[y]!.pos === 'AUX')
      return false;
    if (tokens[y]!.pos === 'ADP') prep = y;
  }
  if (prep < 0) return true;
  return k.lexicon.matchAt(lemma, prep - 1)?.values.some((e) => e.plover === 'ASSAULT') === true;
}

/** What the predicates of one sentence share: read once, and only when an event asks. */
interface SentenceReading {
  /** Every predicate found in the sentence. */
  readonly all: readonly Trigger[];
  /** Those coded as events (not an actor's name). */
  readonly triggers: readonly Trigger[];
  readonly sentText: string;
  /** Whether token i is in the background of the sentence's act ("after robbers killed a teacher"). */
  inBackground(i: number): boolean;
  /** Whether token i is in a setting the act is said to be linked to ("linked to clashes"). */
  inLinkedSetting(i: number): boolean;
  /** The sentence's size read once per mode and per side. */
  sizeOf(crowd: boolean, background: boolean): Size;
  /** The riot, intervention and excessive-force cues of a protest. */
  cues(): { riot: boolean; intervention: boolean; excessiveForce: boolean };
  communal(): boolean;
  /** An accident told before a killing (its cause: no attack), or -1. */
  readonly accidentAt: number;
  /** Violence other than killing among the predicates. */
  readonly otherViolence: boolean;
}

/** The characters of trigger t. */
const spanOf = (v: DocView, t: Trigger) => ({ start: v.tokens[t.i]!.start, end: v.tokens[t.j - 1]!.end });

function readSentence(v: SentenceView, all: readonly Trigger[]): SentenceReading {
  const { doc, k, tokens, surface, lemma, sent, tStart, tEnd, sActors } = v;
  // A predicate is no actor's name, unless it spans more than the name ("recalled its
  // ambassador", "joint military exercises"), or runs on past the name's last word into a verb
  // ("Turkish [warplanes struck]").
  const free = all.filter((t) => {
    const sp = spanOf(v, t);
    return !sActors.some(
      (a) =>
        overlaps(a, sp) &&
        !(sp.start <= a.start && a.end <= sp.end && sp.end - sp.start > a.end - a.start) &&
        !(sp.start > a.start && sp.end > a.end && t.j - t.i > 1 && tokens[t.j - 1]!.pos === 'VERB'),
    );
  });
  const triggers =
    free.length > 0 ? free : all.filter((t) => t.entry.plover === 'PROTEST' || t.entry.id === 'assault.mob');
  const sentText = doc.text.slice(sent.start, sent.end);
  // The background: the acts after the first "after", "following", ... past the end of the
  // sentence's first predicate; and a clause the sentence opens with, up to its comma ("The
  // day after robbers killed a teacher, residents blocked the road").
  let opening: [number, number] | null = null;
  for (let x = tStart; x < Math.min(tEnd, tStart + 7); x++) {
    if (triggers.some((o) => o.i <= x)) break;
    if (!BACKGROUND.has(surface[x]!) || surface[x] === 'before') continue;
    let comma = x + 1;
    while (comma < tEnd && surface[comma] !== ',') comma++;
    if (triggers.some((o) => o.i > comma)) opening = [x, comma];
    break;
  }
  let backgroundFrom = Math.min(...triggers.filter((o) => !opening || o.i > opening[1]).map((o) => o.j));
  // (Or what it is said to be linked to: "1 killed - linked to electoral violence".)
  const linkedAt = (x: number) =>
    (LINKED.has(surface[x]!) && (surface[x + 1] === 'to' || surface[x + 1] === 'with')) ||
    (SETTING_OF.has(surface[x]!) && surface[x + 1] === 'of');
  while (backgroundFrom < tEnd && !BACKGROUND.has(surface[backgroundFrom]!) && !linkedAt(backgroundFrom))
    backgroundFrom++;
  const linkedSetting = backgroundFrom < tEnd && linkedAt(backgroundFrom);
  // (Up to a semicolon: "Riots broke out after the verdict; two were killed".)
  let backgroundTo = backgroundFrom;
  while (backgroundTo < tEnd && surface[backgroundTo] !== ';') backgroundTo++;
  const inBackground = (i: number) =>
    (backgroundFrom < i && i < backgroundTo) || (opening !== null && opening[0] < i && i < opening[1]);
  // An act in the foreground counts no dead its background tells ("protesters blocked the
  // highway after five guards were killed").
  // (Built only when an event in the foreground reads its size.)
  const foreText = () => {
    if (!opening && backgroundFrom >= tEnd) return sentText;
    const cut = (from: number, to: number) => [
      from < tEnd ? tokens[from]!.start - sent.start : sentText.length,
      to < tEnd ? tokens[to]!.start - sent.start : sentText.length,
    ];
    let text = sentText;
    for (const [a, b] of [
      ...(opening ? [cut(opening[0], opening[1])] : []),
      ...(backgroundFrom < tEnd ? [cut(backgroundFrom, backgroundTo)] : []),
    ])
      text = text.slice(0, a) + ' '.repeat(b! - a!) + text.slice(b);
    return text;
  };
  const sizes = new Map<string, Size>();
  const cueHit = (m: PhraseMatcher<string>, end = tEnd, start = tStart) => cueFrom(m, v, start, end) >= 0;
  // What a protest is against, told as its object: "Students protest the Garissa attack",
  // "residents protested the burning of two villages" (not "protests by students turned violent").
  const protestObject = (x: number) => {
    // ("protest violently" is how they protest.)
    if (!NOUN_PHRASE_WORD.has(tokens[x]!.pos)) return false;
    let y = x - 1;
    // (Past a participle that describes: "protest reoccurring attacks", "increasing violence".)
    const describing = (z: number) => tokens[z]!.pos === 'VERB' && /[a-z]ing$/.test(surface[z]!);
    while (
      y > tStart &&
      lemma[y] !== 'protest' &&
      (NOUN_PHRASE_WORD.has(tokens[y]!.pos) || lemma[y] === 'of' || describing(y))
    )
      y--;
    return (
      y > tStart && lemma[y] === 'protest' && tokens[y - 1]!.pos !== 'DET' && tokens[y - 1]!.pos !== 'ADJ'
    );
  };
  // A riot's word that is said not to have happened ("No violence was reported", "did not turn
  // violent"), or is part of a name inside the sentence ("the National Torch Movement"), is none.
  const riotHit = (end = tEnd, start = tStart) => {
    for (let x = cueFrom(k.cues.riot, v, start, end); x >= 0; x = cueFrom(k.cues.riot, v, x + 1, end)) {
      const t = tokens[x]!;
      if (x > tStart && t.pos === 'PROPN' && /\p{Lu}/u.test(doc.text[t.start] ?? '')) continue;
      if (protestObject(x)) continue;
      // (Nor a word of the protest's own act: "burned an effigy", "torched coffins".)
      if (all.some((o) => o.entry.plover === 'PROTEST' && o.entry.mode !== 'riot' && o.i <= x && x < o.j))
        continue;
      // (Nor an adverb of another side's act: "police violently dispersed the protest".)
      if (t.pos === 'ADV' && all.some((o) => o.entry.plover === 'COERCE' && (o.i === x + 1 || o.j === x)))
        continue;
      let y = x - 1;
      while (y >= tStart && y >= x - 3 && tokens[y]!.pos !== 'PUNCT' && !NOT_SO.has(lemma[y]!)) y--;
      if (y >= tStart && y >= x - 3 && NOT_SO.has(lemma[y]!)) continue;
      return true;
    }
    return false;
  };
  // Read only for a protest: most sentences hold none, and the scan matched every token.
  let protestCues: { riot: boolean; intervention: boolean; excessiveForce: boolean } | null = null;
  let communal: boolean | undefined;
  return {
    all,
    triggers,
    sentText,
    inBackground,
    inLinkedSetting: (i) => linkedSetting && backgroundFrom < i && i < backgroundTo,
    sizeOf(crowd, background) {
      const key = `${crowd}${background}`;
      const known = sizes.get(key);
      if (known) return known;
      const size = readSize(background ? sentText : foreText(), k.cues.vagueCounts, crowd);
      sizes.set(key, size);
      return size;
    },
    cues: () => {
      if (protestCues) return protestCues;
      const [purpose, purposeEnd] = purposeOf(v, backgroundFrom);
      protestCues = {
        // (Not how the background went: "blocked the road after five guards were killed".)
        riot:
          riotHit(Math.min(purpose, backgroundFrom), opening?.[1]) ||
          (purposeEnd < backgroundFrom && riotHit(backgroundFrom, purposeEnd)) ||
          cueHit(k.cues.riotTurn),
        // (Not what it is against: "protested against the arrest of journalists".)
        intervention:
          cueHit(k.cues.intervention, purpose) ||
          (purposeEnd < tEnd && cueHit(k.cues.intervention, tEnd, purposeEnd)),
        excessiveForce: cueHit(k.cues.excessiveForce, Math.min(purpose, backgroundFrom), opening?.[1]),
      };
      return protestCues;
    },
    communal: () => (communal ??= cueHit(k.cues.communal)),
    // An accident before a killing is its cause: no attack ("the plane crashed, killing four").
    // (Looked for only where a killing is told.)
    accidentAt: (() => {
      if (!triggers.some((t) => t.entry.id === 'assault.kill')) return -1;
      for (let x = tStart; x < tEnd; x++) if (k.cues.accident.matchAt(lemma, x)) return x;
      return -1;
    })(),
    otherViolence: triggers.some((t) => t.entry.plover === 'ASSAULT' && t.entry.id !== 'assault.kill'),
  };
}

/**
 * Where what a protest is against begins and ends in sentence v, as token indexes; not how it
 * went ("a rally against the attack on police"). It ends at "and" and a finite verb of another
 * act: "protested over fees and stoned a building" (not "denouncing the plans and condemning the
 * violence"), or at the background (`backgroundFrom`). [tEnd, tEnd + 1] when it names none.
 */
function purposeOf(v: SentenceView, backgroundFrom: number): [number, number] {
  const { k, tokens, surface, lemma, tStart, tEnd } = v;
  let purpose = tStart;
  while (purpose < tEnd && !PURPOSE.has(lemma[purpose]!)) purpose++;
  let end = purpose + 1;
  while (end < backgroundFrom && end < tEnd) {
    const next = end + 1;
    // (A clause of its own ends it: "... over pay, and police arrested ten"; "...; police".)
    if (surface[end] === ';') break;
    if (surface[end] === 'and' || surface[end] === 'but' || surface[end] === ',') {
      const subj = tokens[next]?.pos === 'DET' ? next + 1 : next;
      if (
        (tokens[subj]?.pos === 'NOUN' || tokens[subj]?.pos === 'PROPN') &&
        tokens[subj + 1]?.pos === 'VERB' &&
        !/ing$/.test(surface[subj + 1] ?? '')
      )
        break;
    }
    if (
      surface[end] === 'and' &&
      tokens[next]?.pos === 'VERB' &&
      !/ing$/.test(surface[next]!) &&
      !PURPOSE.has(lemma[next]!) &&
      !k.lexicon.matchAt(lemma, next)?.values.some((e) => e.plover === 'PROTEST' || e.plover === 'REQUEST')
    )
      break;
    end++;
  }
  return [purpose, end];
}

/**
 * Whether what an attack verb is done to is a thing, not people: its object's head ("attacked and
 * damaged the building"), or in the passive the noun before it ("the oil field was attacked").
 */
function attacksProperty(v: SentenceView, t: Trigger, f: TriggerForm): boolean {
  const { k, tokens, surface, lemma, tStart, tEnd } = v;
  if (f.passive) {
    let x = t.i - 1;
    while (x > tStart && tokens[x]!.pos !== 'NOUN' && tokens[x]!.pos !== 'PROPN' && x > t.i - 5) x--;
    return k.cues.property.has(lemma[x] ?? '');
  }
  // (Past a second verb: "attacked and damaged the building".)
  const from = surface[t.j] === 'and' && tokens[t.j + 1]?.pos === 'VERB' ? t.j + 1 : t.j - 1;
  const head = objectHead(tokens, surface, lemma, k, from, tEnd);
  return head > 0 && k.cues.property.has(lemma[head]!);
}

/**
 * Whether the participle at `i` ends a row of participles that opens with "be": "was attacked
 * and killed", "were tied up, beaten up and robbed" (up to eight words back).
 */
function passiveRowBefore(v: SentenceView, i: number, isPastForm: (w: string) => boolean): boolean {
  const { tokens, surface, tStart } = v;
  if (surface[i - 1] !== 'and' && surface[i - 1] !== ',') return false;
  let sawPast = false;
  for (let x = i - 2; x >= tStart && x >= i - 9; x--) {
    const w = surface[x]!;
    if (BE.has(tokens[x]!.lemma)) return sawPast;
    if (isPastForm(w)) sawPast = true;
    else if (w !== ',' && w !== 'and' && !PARTICLES.has(w)) return false;
  }
  return false;
}

/** How a predicate is told: its characters, its form and the clause around it. */
interface TriggerForm {
  readonly tSpan: Span;
  readonly isVerb: boolean;
  readonly passive: boolean;
  /** ", repulsed by police": a passive participle clause done to the main clause's subject. */
  readonly reducedPassive: boolean;
  /** ", killing three soldiers": a participle clause whose subject is the main clause's. */
  readonly participle: boolean;
  /** The sentence's actors before it in its clause, and after it (no speaker). */
  readonly before: readonly ActorMention[];
  readonly after: readonly ActorMention[];
  /** "by the army", "by three armed men", "by a group of gunmen": the index in `after`, or -1. */
  readonly byIdx: number;
  /** "from (the)": the index in `after`, or -1. */
  readonly fromIdx: number;
  /** The two sides named after "between" ("clashes between X and Y"), or null. */
  readonly between: readonly [ActorMention, ActorMention] | null;
}

function formOf(v: SentenceView, t: Trigger): TriggerForm {
  const { doc, k, tokens, surface, s, sent, tStart, tEnd, sActors } = v;
  const trig = tokens[t.i]!;
  const tSpan = spanOf(v, t);
  // ("shoot-outs" is a noun, though wink tags its first half a verb; "gang-raped" is a verb,
  // inflected at its end.)
  const compound = t.j - t.i === 3 && surface[t.i + 1] === '-';
  const hyphenVerb = compound && tokens[t.j - 1]!.pos === 'VERB';
  const isVerb = (trig.pos === 'VERB' && !compound) || hyphenVerb || (trig.pos === 'AUX' && t.j - t.i > 1);
  // "was attacked", "were shot"; "were shooting" is progressive, not passive.
  // A participle of an act the tagger took for a noun or an adjective is still a participle
  // ("a teacher is beheaded", "two refugees shot dead by another group").
  const isPastForm = (w: string) => /[a-z]{2}ed$/.test(w) || k.irregularPast.has(w);
  const pastForm = isPastForm(surface[hyphenVerb ? t.j - 1 : t.i]!);
  const participleForm = isVerb || (pastForm && !compound);
  const passive =
    (participleForm &&
      pastForm &&
      t.entry.roles !== 'mutual' &&
      DONE_TO.has(t.entry.plover) &&
      headlinePassive(tokens, surface, t.i, t.j, tStart, tEnd, isPastForm)) ||
    (participleForm &&
      !surface[t.i]!.endsWith('ing') &&
      [tokens[t.i - 1], tokens[t.i - 2], tokens[beforeWhen(v, t.i) - 1]].some(
        // ("IS militants killed": an acronym is no "is".)
        (x) =>
          x && x.sentence === s && BE.has(x.lemma) && !/^\p{Lu}{2,}$/u.test(doc.text.slice(x.start, x.end)),
      )) ||
    // "Man found killed", "was found beheaded".
    (participleForm && DONE_TO.has(t.entry.plover) && surface[t.i - 1] === 'found') ||
    // A later one of a row: "was attacked and killed by vigilantes", "were tied up, beaten up and
    // robbed by locals".
    (participleForm && pastForm && passiveRowBefore(v, t.i, isPastForm));
  const reducedPassive =
    pastForm && DONE_TO.has(t.entry.plover) && surface[t.i - 1] === ',' && surface[t.j] === 'by';
  // Clause window around the trigger.
  let left = t.i - 1;
  while (
    left >= tStart &&
    !CLAUSE_BREAK.has(surface[left]!) &&
    !(tokens[left]!.pos === 'VERB' && k.cues.speech.has(tokens[left]!.lemma) && left !== t.i - 1)
  )
    left--;
  const clauseStart = left >= tStart ? tokens[left]!.end : sent.start;
  let right = t.j;
  while (
    right < tEnd &&
    surface[right] !== ';' &&
    !(tokens[right]!.pos === 'VERB' && k.cues.speech.has(tokens[right]!.lemma) && right > t.j + 1)
  )
    right++;
  const clauseEnd = right < tEnd ? tokens[right]!.start : sent.end;
  // (Not a side named in an aside on the subject: "the RDF, in coalition with FARDC forces,
  // clashed with the FDLR" is the RDF's.)
  const before = sActors.filter(
    (a) =>
      a.end <= tSpan.start &&
      a.start >= clauseStart &&
      !ACCOMPANYING_ASIDE.test(doc.text.slice(Math.max(clauseStart, a.start - 40), a.start)),
  );
  const after = sActors.filter((a) => a.start >= tSpan.end && a.end <= clauseEnd && !v.isSpeaker(a));
  const textAfter = doc.text.slice(tSpan.end, clauseEnd);
  return {
    tSpan,
    isVerb,
    passive: passive || reducedPassive,
    reducedPassive,
    participle: /ing$/.test(surface[t.i]!) && (surface[t.i - 1] === ',' || surface[t.i - 1] === 'and'),
    before,
    after,
    byIdx: after.findIndex((a) => BY_AGENT.test(doc.text.slice(Math.max(tSpan.end, a.start - 30), a.start))),
    fromIdx: after.findIndex((a) =>
      /\b(?:by|from)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(tSpan.end, a.start - 12), a.start)),
    ),
    between: betweenSides(surface[t.j - 1] === 'between', textAfter, tSpan.end, after),
  };
}

/**
 * The sides of a fight named after "between": right after the predicate, two words on
 * ("clashes erupted between"), or after a verb of happening and where it happened ("clashes
 * broke out in Hebron City, between Palestinian vendors and police", "a clash took place between").
 * `own` when the predicate itself ends with "between".
 */
function betweenSides(
  own: boolean,
  textAfter: string,
  from: number,
  after: readonly ActorMention[],
): readonly [ActorMention, ActorMention] | null {
  let pos = 0;
  if (!own) {
    const m =
      /^\s*(?:\S+\s+){0,2}?between\s/i.exec(textAfter) ??
      /^\s*(?:broke out|broken out|took place|erupted|occurred|flared(?: up)?)\b[^.;]{0,60}?\bbetween\s/i.exec(
        textAfter,
      );
    if (!m) return null;
    pos = m[0].length;
  }
  // (The first sides told after "between": "between X and Y".)
  const sides = after.filter((a) => a.start >= from + pos);
  if (sides.length >= 2) return [sides[0]!, sides[1]!];
  // "Clashes between rival clans", "between two communities": one plural both sides are.
  const one = sides[0];
  if (
    one &&
    one.start - from - pos < 24 &&
    /^\s*(?:the\s+)?(?:two|rival|opposing|warring)\s/i.test(textAfter.slice(pos))
  )
    return [one, one];
  return null;
}

/**
 * The last two actors before the predicate when only "and (the)" stands between them, or a word
 * or two of the second's own: "journalists and forest guards clashed".
 */
function coordinated(text: string, list: readonly ActorMention[]): [ActorMention, ActorMention] | null {
  const [prev, last] = [list[list.length - 2], list[list.length - 1]];
  return prev && last && /^\s*and\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$/.test(text.slice(prev.end, last.start))
    ? [prev, last]
    : null;
}

interface Roles {
  source: ActorMention[];
  target: ActorMention[];
  /** Told by an observer ("the mission observed 16 explosions"): who did it is not told. */
  observed: boolean;
}

/** Who did the act to whom, from the predicate's form and the actors around it; `rules` says how. */
function rolesOf(v: SentenceView, r: SentenceReading, t: Trigger, f: TriggerForm, rules: string[]): Roles {
  const { tokens, lemma, tStart } = v;
  const { tSpan, isVerb, participle } = f;
  const roles = rolesFromForm(v, r, t, f, rules);
  let { source, target } = roles;
  // "Japan said it had halted aid", "the rebels announced they would free him": a pronoun
  // right after the speaker's verb is the speaker, the act's subject.
  // (The act is the pronoun's verb, or a noun that verb undoes, "had halted aid".)
  const headVerb = (): number => {
    for (let b = t.i - 1; b > tStart && tokens[b]!.pos !== 'PRON'; b--)
      if (tokens[b]!.pos === 'VERB') return b;
    return -1;
  };
  const undoing = (x: number) =>
    x >= 0 && (v.k.cues.reversal.has(lemma[x]!) || DEESCALATE.has(lemma[x]!) || callOffAt(v, x + 1));
  // (Or a verb that codes no act of its own and governs the noun directly: "will extend the
  // curfew"; "condemned the attack", "respond to the attack" do not.)
  const governs = (x: number) =>
    x >= 0 &&
    !v.k.lexicon.matchAt(lemma, x) &&
    tokens.slice(x + 1, t.i).every((y) => y.pos !== 'ADP' && y.pos !== 'VERB');
  const head = source.length === 0 && !participle && !isVerb ? headVerb() : -1;
  if (source.length === 0 && !participle && (isVerb || undoing(head) || governs(head))) {
    const speaker = v.sActors.filter((a) => v.isSpeaker(a) && a.end <= tSpan.start).at(-1);
    if (speaker && SPEAKER_PRONOUN.test(v.doc.text.slice(speaker.end, tSpan.start))) {
      source = [speaker];
      rules.push('speaker-pronoun');
    }
  }
  // "eight civilians died when armed men raided a village": the victims named in the sentence.
  if (t.entry.plover === 'ASSAULT' && target.length === 0) {
    const victim = v.sActors.find(
      (a) => a.sector && UNARMED_VICTIMS.has(a.sector) && !source.includes(a) && !v.isSpeaker(a),
    );
    if (victim) {
      target = [victim];
      rules.push('victims-in-sentence');
    }
  }
  // "Israeli airstrikes", "Turkish shelling", "Saudi-led air raids": a country's adjective
  // right before an air strike or a shelling names that country's military.
  if (source.length === 0 && (t.entry.mode === 'aerial' || t.entry.mode === 'heavy-weapons')) {
    const army = militaryBefore(v.k, tokens, v.surface, t.i);
    if (army) {
      source = [army];
      rules.push('demonym-before-act');
    }
  }
  if (t.entry.roles === 'patient-only' && source.length && !target.length) {
    target = source;
    source = [];
  }
  // "shot dead a regime's fighter", "attacked the governor's guards": the possessor only says
  // whose; the one it owns suffered the act.
  if (target.length === 1) {
    const owner = target[0]!;
    const x = firstStartingAt(tokens, owner.end);
    if (v.surface[x] === "'s" || v.surface[x] === '’s') {
      const owned = v.sActors.find(
        (a) => a.start >= tokens[x]!.end && a.start - tokens[x]!.end <= 20 && a !== owner,
      );
      if (owned && !/[,;.]/.test(v.doc.text.slice(tokens[x]!.end, owned.start))) {
        target = [owned];
        rules.push('possessed-target');
      }
    }
  }
  return { source, target, observed: roles.observed };
}

/** What says that men are a group's: "gunmen linked to", "raiders believed to be from". */
const MEN_OF_WORDS =
  /^(?:\s+(?:(?:suspected|believed|thought|said) to (?:be|have been)(?: members of| from)?|(?:linked|allied|affiliated|loyal) to|with (?:suspected |alleged )?(?:links|ties) to)|,?\s+(?:(?:allegedly|reportedly|presumably|apparently|suspected|alleged)\s+)?members of)\s+(?:the\s+)?$/i;
/**
 * Whether the text between men and a group says they are its, also past a name we do not know
 * before the group's word ("members of the Los Enanos gang").
 */
function menOf(between: string): boolean {
  return (
    MEN_OF_WORDS.test(between) || MEN_OF_WORDS.test(between.replace(/(?:\p{Lu}[\p{L}-]*\s+){1,3}$/u, ''))
  );
}

/**
 * The actor at `at` in `list`, or the group the next one names when the text says the first
 * are its men ("by people believed to be from the Maasai community": the Maasai).
 */
function groupOf(text: string, list: readonly ActorMention[], at: number): ActorMention {
  const men = list[at]!;
  const group = list[at + 1];
  return group && menOf(text.slice(men.end, group.start)) ? group : men;
}

/** Words that open a relative clause after a noun ("policemen who were escorting a bus"). */
const RELATIVE_OPENERS = new Set(['who', 'which', 'whom']);

/**
 * The subject of the predicate among the actors before it: the last one, unless it stands in a
 * modifier of an earlier one, a participle or a relative clause right after that actor: "Five
 * policemen escorting a passenger bus were killed" (the policemen), "Gunmen who attacked the
 * villagers were shot" (the gunmen), "Supporters of the ruling party attacked journalists" (the
 * supporters). "Gunmen attacked villagers, who were killed": the verb
 * after the gunmen is the clause's own, and the villagers stay.
 */
function clauseSubject(v: SentenceView, before: readonly ActorMention[]): ActorMention | undefined {
  const { tokens, surface } = v;
  let subj = before[before.length - 1];
  for (let n = before.length - 2; subj && n >= 0; n--) {
    const p = before[n]!;
    const x = firstStartingAt(tokens, p.end);
    if (x >= v.tEnd || tokens[x]!.start >= subj.start) break;
    // (wink tags some participles nouns: "Militants hiding among civilians".)
    // (Or "of" and whom followers or fighters belong to: "Supporters of the ruling party attacked
    // journalists"; not a leader's: "Leaders of the opposition coalition agreed".)
    const modifier =
      RELATIVE_OPENERS.has(surface[x]!) ||
      (surface[x] === 'of' && (p.rules.includes('partisan-agent') || isArmed(p))) ||
      // (Or "from" and whose armed men they are: "ethnic militia from the Lendu community attacked".)
      (surface[x] === 'from' && isArmed(p)) ||
      ((tokens[x]!.pos === 'VERB' || tokens[x]!.pos === 'NOUN') &&
        /[a-z]{2}ing$/.test(surface[x]!) &&
        surface[x] !== 'during');
    if (!modifier) break;
    subj = p;
  }
  return subj;
}

/**
 * The subject a noun predicate's verb shares with a verb before it: "Police shot two protesters
 * and made 20 arrests", "soldiers killed two militants and carried out arrests" (the arrests
 * are the police's, the soldiers'; not those shot). `last`: the actor right before the noun,
 * the object of the first verb. Null when no verb joined by "and" stands between.
 */
function sharedSubject(
  v: SentenceView,
  r: SentenceReading,
  before: readonly ActorMention[],
  last: ActorMention | undefined,
  t: Trigger,
): ActorMention | undefined {
  const { tokens, surface } = v;
  if (!last) return undefined;
  // (The first verb may be one the tagger took for a noun: "shot" in "Police shot two protesters".)
  const x = wordBefore(tokens, last.start);
  if (!isObject(tokens, last.start, true) && !r.all.some((o) => o !== t && o.j - 1 === x)) return undefined;
  let joined = false;
  for (let y = firstStartingAt(tokens, last.end); y < t.i - 1; y++)
    if (surface[y] === 'and' && tokens[y + 1]!.pos === 'VERB') joined = true;
  if (!joined) return undefined;
  return before.filter((a) => a.end <= last.start && !isObject(tokens, a.start)).at(-1);
}

/**
 * Whether an actor is the object of another act named right before it with "of" ("the killing of
 * civilians in an air strike": the civilians are no side of the strike).
 */
function ofOtherAct(v: SentenceView, r: SentenceReading, t: Trigger, a: ActorMention): boolean {
  const x = wordBefore(v.tokens, a.start);
  return v.surface[x] === 'of' && r.all.some((o) => o !== t && o.j === x);
}

/** The roles the predicate's form gives: passive, "between", a noun predicate, a participle, a verb's subject and object. */
function rolesFromForm(
  v: SentenceView,
  r: SentenceReading,
  t: Trigger,
  f: TriggerForm,
  rules: string[],
): Roles {
  const { doc, k, tokens, surface, lemma, sActors, isSpeaker } = v;
  const { tSpan, isVerb, passive, reducedPassive, participle, before, after, byIdx, fromIdx, between } = f;
  const trig = tokens[t.i]!;
  const withEachOther = t.entry.roles === 'mutual' || WITH_EACH_OTHER.has(t.entry.plover);
  let source: ActorMention[] = [];
  let target: ActorMention[] = [];
  let observed = false;
  const comeUnder =
    t.entry.roles === 'patient-first' || (trig.lemma === 'come' && surface[t.i + 1] === 'under');
  if (comeUnder) {
    const subj = before[before.length - 1];
    if (subj) target = [subj];
    if (fromIdx >= 0) source = [after[fromIdx]!];
    rules.push('patient-first');
  } else if (between && (between[0] !== between[1] || t.entry.roles === 'mutual')) {
    // (One plural for both sides only in a fight: "mediation between rival militias" is not theirs.)
    source = [between[0]];
    target = [between[1]];
    rules.push('between');
  } else if (passive) {
    if (byIdx >= 0) source = [groupOf(doc.text, after, byIdx)];
    // (After a comma, the main clause's subject: "Bandits attack villagers, repulsed by police".)
    const subj = reducedPassive
      ? sActors.find((a) => a.end <= tSpan.start && !isSpeaker(a) && !isObject(tokens, a.start))
      : clauseSubject(v, before);
    if (subj) target = [subj];
    rules.push('passive');
  } else if (!isVerb && !(participle && OBJECT_OPENERS.has(tokens[t.j]?.pos ?? ''))) {
    // Noun predicates: "attack by X on Y", "meeting of X", "X's attack on Y".
    // (Not an "-ing" form after a comma with its object after it, which the tagger took for a
    // noun: "a car bomb exploded outside a police station, wounding six officers".)
    // (Nor the agent of another predicate between: "riders protest the killing of a colleague
    // by police" is the riders' protest.)
    const byOther =
      byIdx >= 0 && r.all.some((o) => o !== t && o.i >= t.j && tokens[o.i]!.end <= after[byIdx]!.start);
    if (byIdx >= 0 && !byOther) source = [groupOf(doc.text, after, byIdx)];
    const onIdx = after.findIndex((a) =>
      /\b(?:on|against|targeting|at)\s+(?:an?\s+|the\s+)?$/i.test(
        doc.text.slice(Math.max(tSpan.end, a.start - 14), a.start),
      ),
    );
    if (onIdx >= 0) target = [after[onIdx]!];
    // A verb the tagger took for a noun ("shot dead a judge"): the actor right after it, or
    // after a name that says whose or where ("armed group attacks Mandera police post").
    // (Or a pattern ending on its verb, "warplanes struck", whose subject is inside it.)
    if (
      target.length === 0 &&
      t.entry.roles !== 'mutual' &&
      (before.length > 0 || (t.j - t.i > 1 && tokens[t.j - 1]!.pos === 'VERB'))
    ) {
      const direct = after.find((a) =>
        /^\s*(?:(?:an?|the|two|three|four|five|several|\d+)\s+)?(?:(?:suspected|alleged|presumed|wanted)\s+)?(?:[A-Z][\w'-]*\s+){0,2}$/.test(
          doc.text.slice(tSpan.end, a.start),
        ),
      );
      if (direct) target = [direct];
    }
    const endsWithOf = surface[t.j - 1] === 'of';
    const ofIdx = after.findIndex((a) =>
      (endsWithOf ? /^\s*(?:the\s+)?$/i : /^\s*(?:of|with|among|involving)\s+(?:the\s+)?$/i).test(
        doc.text.slice(tSpan.end, a.start),
      ),
    );
    // A fight "with" another side told right after its subject is a verb the tagger took for a
    // noun ("CORD protesters clash with police"): the subject fights the other side.
    const subjectRightBefore = before.at(-1);
    if (
      ofIdx >= 0 &&
      source.length === 0 &&
      t.entry.roles === 'mutual' &&
      subjectRightBefore &&
      doc.text.slice(subjectRightBefore.end, tSpan.start).trim() === '' &&
      /^\s*with\s/i.test(doc.text.slice(tSpan.end, after[ofIdx]!.start))
    ) {
      source = [subjectRightBefore];
      target = [after[ofIdx]!];
      rules.push('subject-with');
    } else if (ofIdx >= 0 && source.length === 0) {
      // (Whom an act is done to: "the killing of", "the arrest of", "the release of" someone.)
      if (
        (DONE_TO.has(t.entry.plover) && t.entry.roles !== 'mutual') ||
        (t.entry.plover === 'RETREAT' && t.entry.mode === 'release')
      )
        target = target.length ? target : [after[ofIdx]!];
      else source = [after[ofIdx]!];
    }
    // The last actor before it, unless that actor is the subject of a reaction to it told
    // in between ("The UN condemned the attack on civilians": the UN did not attack).
    // "Turkish forces brought military reinforcements": an agent word that only types the
    // predicate's noun yields to the actor before it.
    const last = before[before.length - 1];
    const typing =
      last !== undefined &&
      before.length >= 2 &&
      !last.country &&
      doc.text.slice(last.end, tSpan.start).trim() === '' &&
      !/\s/.test(doc.text.slice(last.start, last.end));
    const subject = sharedSubject(v, r, before, last, t) ?? (typing ? before[before.length - 2] : last);
    const reactedTo =
      subject !== undefined &&
      r.all.some(
        (o) =>
          o !== t &&
          REACTIONS.has(o.entry.plover) &&
          tokens[o.i]!.pos === 'VERB' &&
          tokens[o.i]!.start >= subject.end &&
          o.j <= t.i,
      );
    // Nor an observer's: "the OSCE SMM observed 16 explosions near Lozove" (the mission
    // saw them; who fired is not told).
    for (let x = t.i - 1; subject && x >= 0 && tokens[x]!.start >= subject.end; x--)
      if (tokens[x]!.pos === 'VERB' && k.cues.observation.has(lemma[x]!)) {
        observed = true;
        break;
      }
    // "Two children sustained gunshot injuries": who suffers an act is its target.
    let suffered = false;
    for (let x = t.i - 1; subject && x >= 0 && tokens[x]!.start >= subject.end; x--)
      if (SUFFER.has(lemma[x]!)) suffered = true;
    if (suffered && subject && target.length === 0 && t.entry.plover === 'ASSAULT') {
      target = [subject];
      rules.push('suffered-by-subject');
    } else if (
      source.length === 0 &&
      subject &&
      !reactedTo &&
      !observed &&
      !suffered &&
      !ofOtherAct(v, r, t, subject)
    ) {
      source = [subject];
      const pair = coordinated(doc.text, typing ? before.slice(0, -1) : before);
      if (pair) {
        [source, target] = withEachOther ? [[pair[0]], target.length ? target : [pair[1]]] : [pair, target];
        rules.push('coordinated-subject');
      }
    } else if (observed) rules.push('observed');
    // "The military denied carrying out an airstrike": the subject of a support verb.
    if (source.length === 0) {
      const subj = sActors.find((a) => a.end <= tSpan.start);
      const firstAfter = subj ? tokens.findIndex((x) => x.start >= subj.end) : -1;
      const between = firstAfter >= 0 ? lemma.slice(firstAfter, t.i) : [];
      if (subj && between.some((w) => SUPPORT_VERBS.has(w))) {
        source = [subj];
        rules.push('support-verb-subject');
      }
    }
    if (t.entry.roles === 'mutual' && target.length === 0) {
      const rest = after.filter((a) => !source.includes(a));
      if (rest[0]) target = [rest[0]];
    }
    rules.push(t.undoneAfter ? 'undone-after' : 'noun-predicate');
  } else if (participle) {
    // Its object, not an actor of a later clause ("pelting them with stones as they tried to
    // screen residents": those pelted are the main clause's object, not the residents).
    if (after[0] && !PAST_OBJECT.test(doc.text.slice(tSpan.end, after[0].start))) target = [after[0]];
    // A pronoun for its object stands for the main clause's ("thwarted a pro-Houthi incursion,
    // killing several of them").
    else if (OBJECT_PRONOUN.test(doc.text.slice(tSpan.end, tSpan.end + 30))) {
      const obj = sActors.filter((a) => a.end <= tSpan.start && isObject(tokens, a.start)).at(-1);
      if (obj) {
        target = [obj];
        rules.push('pronoun-object');
      }
    }
    rules.push('participle');
    // Its subject is the main clause's, even when the main verb codes no event ("forces
    // thwarted an incursion, killing several").
    // Not an object of the main clause ("riders threw stones at two soldiers, injuring
    // them" has no subject we know, not the soldiers).
    const subj = sActors.find((a) => a.end <= tSpan.start && !isSpeaker(a) && !isObject(tokens, a.start));
    if (subj) {
      source = [subj];
      rules.push('participle-subject');
    }
  } else {
    let subj = clauseSubject(v, before);
    // "Gunman sprays a vehicle carrying pastors with bullets, kills a civilian", "Gunmen raided
    // a camp holding refugees and killed two": the last actor before is an earlier verb's
    // object; the clause's subject is the first actor before it that is none. (Not past a
    // relative word, "police arrested youths who then attacked a station", nor for a gerund,
    // "blamed Tajik troops for starting the shooting".)
    if (subj && !surface[t.i]!.endsWith('ing') && isObject(tokens, subj.start, true)) {
      const relative = surface
        .slice(firstStartingAt(tokens, subj.end), t.i)
        .some((w) => RELATIVE_OPENERS.has(w));
      const first = before.find((a) => a.start < subj!.start && !isObject(tokens, a.start));
      if (first && !relative) {
        subj = first;
        rules.push('subject-past-object');
      }
    }
    if (subj) {
      source = [subj];
      // "X and Y exchanged fire", "X and Y met": both sides, one the other's target;
      // "police and soldiers arrested five men": both are the source.
      const pair = coordinated(doc.text, before);
      if (pair) {
        if (withEachOther) [source, target] = [[pair[0]], [pair[1]]];
        else source = pair;
        rules.push('coordinated-subject');
      }
    }
    if (target.length === 0 && after[0]) target = [after[0]];
    // "X denied A and accused B": the subject of a coordinated verb is the sentence subject.
    if (source.length === 0) {
      const subj = sActors.filter((a) => a.end <= tSpan.start && !target.includes(a))[0];
      if (subj) {
        source = [subj];
        rules.push('subject-fallback');
      }
    }
  }
  // "Merille militia attacks Kenyan civilians and police": both are its targets (not "attacked
  // civilians and police responded", the next clause's subject).
  const only = target.length === 1 ? target[0]! : null;
  const next =
    only && t.entry.plover === 'ASSAULT' && t.entry.roles !== 'mutual'
      ? sActors[sActors.indexOf(only) + 1]
      : undefined;
  // (A count or an article may stand before the second: "killing three civilians and five police".)
  const countBefore = (a: ActorMention, from: number) => {
    for (let x = firstStartingAt(tokens, from); x < tokens.length && tokens[x]!.end <= a.start; x++)
      if (tokens[x]!.pos !== 'NUM' && tokens[x]!.pos !== 'DET') return false;
    return true;
  };
  const and = only && next ? /^\s*and\s+/i.exec(doc.text.slice(only.end, next.start)) : null;
  if (only && next && and && !source.includes(next) && countBefore(next, only.end + and[0].length)) {
    const pos = tokens[firstStartingAt(tokens, next.end)]?.pos;
    if (pos !== 'VERB' && pos !== 'AUX') {
      target = [only, next];
      rules.push('coordinated-target');
    }
  }
  return { source, target, observed };
}

/**
 * Whether the act is told as a fact, denied or hypothetical: negation and modality cues in the
 * clause before the predicate, and a headline's "X to VERB".
 */
function statusOf(
  v: SentenceView,
  r: SentenceReading,
  t: Trigger,
  tSpan: Span,
  rules: string[],
): EventStatus {
  const { k, tokens, surface, lemma, inDate, tStart, headline } = v;
  let status: EventStatus = 'asserted';
  // Cues before the predicate, back to a comma or an earlier predicate ("denied X and accused Y").
  // A mark right before the predicate closes the clause at once ("On 3 May, protesters
  // blocked ...": the month is no "may").
  let from = CLAUSE_MARKS.has(surface[t.i - 1]!) ? t.i : t.i - 1;
  let earlier: Trigger | undefined;
  while (from > tStart && from > t.i - 6 && !CLAUSE_MARKS.has(surface[from - 1]!)) {
    earlier = r.all.find((o) => o.j === from);
    if (earlier) {
      from = earlier.i; // include it: "threatened to" is itself the modality cue
      break;
    }
    from--;
  }
  // An act a call, a proposal or a threat is "for" is asked, offered or threatened, not done
  // ("rejected a US proposal for a ceasefire", "calls for the release of").
  if (
    earlier &&
    earlier.entry.plover !== t.entry.plover &&
    (earlier.entry.plover === 'REQUEST' ||
      earlier.entry.plover === 'THREATEN' ||
      earlier.entry.id === 'agree.intent') &&
    /^(?:for|of)$/.test(surface[earlier.j] ?? '') &&
    v.tokens[earlier.i]!.pos !== 'VERB'
  ) {
    rules.push('modality:proposed');
    return 'hypothetical';
  }
  for (let i = Math.max(from, tStart); i < t.i; i++) {
    if (inDate[i]) continue;
    const neg = k.cues.negation.matchAt(lemma, i) ?? k.cues.negation.matchAt(surface, i);
    // "deny" scopes over a clause; "not", "no", "never" only over the next few words
    // ("No group claimed responsibility for the blast" does not deny the blast).
    if (neg && (t.i - i <= 3 || /^(?:deny|denied|refute|reject)/.test(neg.values[0] ?? '')))
      status = 'denied';
    else if (status === 'asserted') {
      const cue = k.cues.modality.matchAt(lemma, i) ?? k.cues.modality.matchAt(surface, i);
      if (cue) {
        status = 'hypothetical';
        // Which cue: an intent, a demand or a threat ("modality:must").
        rules.push(`modality:${cue.values[0] ?? ''}`);
      }
    }
  }
  // Forces sent "to fight the rebels", "to disperse protesters": what they were sent for, not
  // what they did. (Not people gathered "to protest the act": their protest is the event.)
  if (
    status === 'asserted' &&
    t.entry.plover !== 'PROTEST' &&
    surface[t.i - 1] === 'to' &&
    tokens[t.i]!.pos === 'VERB' &&
    r.all.some((o) => o.j < t.i && o.entry.plover === 'MOBILIZE')
  ) {
    status = 'hypothetical';
    rules.push('modality:purpose');
  }
  // A headline's "X to VERB" tells what X will do ("Government to Detain Journalists").
  if (
    status === 'asserted' &&
    tSpan.end <= headline &&
    surface[t.i - 1] === 'to' &&
    (tokens[t.i - 2]?.pos === 'NOUN' || tokens[t.i - 2]?.pos === 'PROPN')
  ) {
    status = 'hypothetical';
    // (The cue is the headline's convention, not a word: its own name, read like "will".)
    rules.push('modality:headline-to');
  }
  return status;
}

/**
 * The event one predicate tells, or null: none (an accident's killing, an act with no one and
 * nothing to show for it), or one added to the event before it (a relative clause).
 */
function codeTrigger(
  v: SentenceView,
  r: SentenceReading,
  t: Trigger,
  local: EventMention[],
  events: readonly EventMention[],
): EventMention | null {
  const { doc, k, tokens, surface, lemma, s, sent, tStart, tEnd, sActors, headline } = v;
  const { triggers, inBackground, sizeOf } = r;
  if (r.accidentAt >= 0 && r.accidentAt < t.i && t.entry.id === 'assault.kill' && !r.otherViolence)
    return null;
  // An office or a role taken over is no territory: "took over as president".
  if (t.entry.id === 'assault.capture' && surface[t.j] === 'as') return null;
  const trig = tokens[t.i]!;
  const f = formOf(v, t);
  const { tSpan, isVerb, passive } = f;
  // "an airstrike ... that killed 29 civilians": the relative clause adds to the event it modifies.
  if (['that', 'which'].includes(surface[t.i - 1] ?? '') && local.length > 0) {
    const prev = local[local.length - 1]!;
    local[local.length - 1] = {
      ...prev,
      size: mergeSize(prev.size, sizeOf(false, inBackground(t.i))),
      rules: [...prev.rules, 'relative-clause'],
    };
    return null;
  }
  if (raidOfArrests(v, triggers, t) || namedFacility(v, t)) return null;
  const rules = [t.entry.id];
  // "Opposition concedes after meeting with the prime minister": an act after "after",
  // "following", "amid", "despite" or "before", behind another predicate, is the background.
  if (
    inBackground(t.i) ||
    grievanceOfProtest(v, triggers, t) ||
    goesOnAs(v, triggers, t) ||
    chargedWith(v, triggers, t) ||
    reasonOver(v, triggers, t)
  )
    rules.push('background');
  else if (describesEarlierOne(v, triggers, t)) rules.push('background', 'describes');
  if (r.inLinkedSetting(t.i)) rules.push('linked-setting');
  const roles = rolesOf(v, r, t, f, rules);
  let { source, target } = roles;
  const { observed } = roles;
  if (t.entry.id === 'assault.attack' && attacksProperty(v, t, f)) rules.push('property-attacked');
  const status = statusOf(v, r, t, tSpan, rules);
  let size = sizeOf(t.entry.plover === 'PROTEST', inBackground(t.i));
  // "Mob lynches suspected thief", "Gunmen kill police reservist": with no count stated, a
  // lethal predicate whose object is one person kills one.
  if (
    size.killed === null &&
    isVerb &&
    !passive &&
    status === 'asserted' &&
    k.cues.lethal.matchAt(lemma, t.i)?.length === t.j - t.i &&
    // (Not a purpose or a charge: "tries to lynch a man", "accused of killing a warden".)
    surface[t.i - 1] !== 'to' &&
    tokens[t.i - 1]?.pos !== 'ADP' &&
    oneObject(tokens, surface, lemma, k, t.j - 1, tEnd, sActors)
  ) {
    size = { ...size, killed: 1 };
    rules.push('size:one-object');
  }
  const hasSize = (size.killed !== null && size.killed > 0) || (size.injured ?? 0) > 0;
  const grievance = t.entry.plover === 'PROTEST' ? grievanceAt(v, t) : -1;
  const placesHere = grievance < 0 ? v.sPlaces : v.sPlaces.filter((p) => !inGrievance(v, grievance, p));
  let place = chooseEventPlace(placesHere, trig, sent, doc.text);
  // "Dushanbe hosted a session": a capital standing for its government also places the meeting.
  if (!place && t.entry.plover === 'CONSULT') place = hostCapital(k, doc, sActors);
  // No actor: only casualties, a weapon, or a fight or protest at a named place make an event
  // ("a battle for the title" and "shooting a film" do not).
  if (source.length === 0 && target.length === 0) {
    const keep =
      (t.entry.plover === 'ASSAULT' && (hasSize || (t.entry.weapon && t.entry.mode !== 'seize'))) ||
      // "a dealer was shot dead by several armed individuals": someone suffered it.
      (t.entry.plover === 'ASSAULT' && passive && status === 'asserted') ||
      // "the mission observed six shots near Kashtanove": seen by a named observer.
      (t.entry.plover === 'ASSAULT' && observed && status === 'asserted') ||
      // "attacked a party member in Bugabira": an attack at a named place, even on an unnamed victim.
      (t.entry.id === 'assault.attack' &&
        place?.resolved !== undefined &&
        place !== null &&
        status === 'asserted') ||
      ((t.entry.roles === 'mutual' || t.entry.plover === 'PROTEST') && place !== null && !isVerb) ||
      // "CNL and CNDD-FDD fought each other in Rukore", "Al Sham Corps clashed with another
      // faction near ...": named sides we do not know, fighting at a named place.
      (t.entry.roles === 'mutual' &&
        isVerb &&
        place !== null &&
        status === 'asserted' &&
        ((tokens[t.i - 1]?.sentence === s && tokens[t.i - 1]!.pos === 'PROPN') ||
          /^\s+(?:with\s+)?(?:each other|one another|among(?:st)? (?:themselves|each other))\b/i.test(
            doc.text.slice(tSpan.end, tSpan.end + 30),
          ))) ||
      // "Ethnic clashes in the area", "Clash between Pokot warriors and UPDF": a fight a
      // sentence opens with, between communities or between sides it names.
      (t.entry.roles === 'mutual' &&
        status === 'asserted' &&
        !rules.includes('background') &&
        t.i - tStart <= 2 &&
        (r.communal() ||
          /^\s+between\s/i.test(doc.text.slice(tSpan.end, tSpan.end + 10)) ||
          // ("A shoot-out broke out and neither injuries nor fatalities were reported.")
          /^\s+(?:broke out|erupted|ensued)\b/i.test(doc.text.slice(tSpan.end, tSpan.end + 12)))) ||
      // "held a protest", "demonstrated against ...": a protest told as a fact is an event,
      // whoever its unnamed participants were, unless it refers back to one told before
      // ("The march was peaceful").
      (t.entry.plover === 'PROTEST' &&
        status === 'asserted' &&
        !events.some((e) => e.code.plover === 'PROTEST')) ||
      tSpan.end <= headline;
    if (!keep) return null;
  }
  // "Serbia protested to Albania", "a rights group protested": a state (named by its
  // name or capital) or an international or non-governmental body as the subject of the
  // verb "protest" protests in words, not in the street. (People, parties and officials
  // who "staged a protest" did take to the street.)
  let entry = t.entry;
  const disapproveEntry = k.lexiconById.get('accuse.condemn');
  if (
    entry.plover === 'PROTEST' &&
    disapproveEntry &&
    isVerb &&
    trig.lemma === 'protest' &&
    source.length > 0 &&
    source.every((a) => a.end <= tSpan.start && (a.metonym || VERBAL_PROTESTERS.has(a.sector ?? '')))
  ) {
    entry = disapproveEntry;
    rules[0] = entry.id;
    rules.push('verbal-protest');
  }
  // "Residents stormed the county offices demanding ...", "youths stormed the law courts to
  // demand an explanation": people with no arms who storm a building to press a demand, hurting
  // no one, protest (ACLED); they do not attack.
  const demonstrateEntry = k.lexiconById.get('protest.demonstrate');
  if (
    entry.id === 'assault.attack' &&
    trig.lemma === 'storm' &&
    demonstrateEntry &&
    !hasSize &&
    !source.some(isArmed) &&
    lemma.slice(t.j, tEnd).some((w) => w === 'demand' || w === 'protest')
  ) {
    entry = demonstrateEntry;
    rules[0] = entry.id;
    rules.push('storm-to-demand');
  }
  // "Pro-Houthi reinforcements arrived in Al Bayda", "Turkish troops arrived in Idlib": armed men
  // who arrive somewhere move there; they pay no visit (rule `forces-arrive`).
  const deployEntry = k.lexiconById.get('mobilize.deploy');
  if (
    entry.id === 'consult.visit' &&
    deployEntry &&
    trig.lemma === 'arrive' &&
    source.length > 0 &&
    source.every(isArmed) &&
    target.length === 0
  ) {
    entry = deployEntry;
    rules[0] = entry.id;
    rules.push('forces-arrive');
  }
  // People named on strike or protesting are protesters ("police beat striking doctors").
  target = target.map((a) =>
    a.sector !== 'PRO' && a.sector !== 'RIO' && onStrike(v, a) ? asProtesters(a) : a,
  );
  if (entry.plover === 'PROTEST') {
    source = source.map((a) =>
      a.sector === 'CVL' ? { ...a, sector: 'PRO', name: a.name.replace(/^Civilians/, 'Protesters') } : a,
    );
    // "A protest was held in Brest": a protest told with no one named was made by protesters
    // (ACLED's "Protesters (Country)"); the actor's span is the word that tells the protest.
    if (source.length === 0 && status === 'asserted')
      source = [
        {
          start: tSpan.start,
          end: tSpan.end,
          country: null,
          sector: 'PRO',
          org: null,
          agent: null,
          name: 'Protesters',
          rules: ['implicit-protesters'],
          metonym: false,
        },
      ];
  }
  // The act's object within five words: a village or a dwelling.
  let dwelling = false;
  for (let x = t.j; x < Math.min(t.j + 5, tEnd) && !CLAUSE_BREAK.has(surface[x]!); x++)
    if (DWELLINGS.has(lemma[x]!)) dwelling = true;
  // Or people counted but not named: "kill five in a raid", "killing three." (a number
  // ending its phrase, past "at least", "some", "about"), where the sentence names no
  // armed side but the attackers ("attacked police officers, wounding two" is a fight).
  let x = t.j;
  while (x < tEnd && APPROX.has(lemma[x]!)) x++;
  // In the passive the count is the subject: "2 killed by bandits", "Four were shot dead",
  // "4 shot dead by raiders" (the tagger makes "shot" a noun).
  let y = t.i - 1;
  while (y > tStart && BE.has(lemma[y]!)) y--;
  const countedSubject =
    (passive || surface[t.j] === 'by') &&
    y >= tStart &&
    tokens[y]!.pos === 'NUM' &&
    (y === tStart || APPROX.has(lemma[y - 1]!) || surface[y - 1] === ',');
  // An armed actor in the sentence beside the act's source (not the source's own men:
  // "Gunmen linked to Al Shabaab kill two").
  const besides = sActors.filter(
    (a) =>
      !source.includes(a) &&
      isArmed(a) &&
      !source.some((s) => s.start > a.end && menOf(doc.text.slice(a.end, s.start))),
  );
  const armedBeside = besides.length > 0;
  // (Nor, for whose fight it is, the source named again: "a clash erupted between police and
  // shopkeepers after police slapped a shopkeeper".)
  const otherArmedBeside = besides.some(
    (a) => !source.some((s) => s.sector === a.sector && s.country === a.country && s.org === a.org),
  );
  const counted =
    (countedSubject ||
      (x < tEnd && tokens[x]!.pos === 'NUM' && (x + 1 >= tEnd || COUNT_END.has(tokens[x + 1]!.pos)))) &&
    !armedBeside;
  // (A raid that kills is an attack, whoever makes it.)
  const raid = lemma[t.i] === 'raid' && !/\b(?:kill|killing|killed|dead|death|died)\b/i.test(r.sentText);
  const code = classifyAcled(entry, source, target, {
    get riot() {
      return r.cues().riot;
    },
    get intervention() {
      return r.cues().intervention;
    },
    get excessiveForce() {
      return r.cues().excessiveForce;
    },
    get communal() {
      return r.communal();
    },
    observed,
    dwelling,
    counted,
    raid,
    get heavyWeapons() {
      return triggers.some((o) => HEAVY.has(o.entry.id));
    },
    get firearm() {
      return FIREARM_ACTS.has(entry.id) || FIREARM_WORDS.test(doc.text.slice(tSpan.start, tSpan.end));
    },
    get otherArmed() {
      return armedBeside || triggers.some((o) => o.entry.roles === 'mutual');
    },
    armedBeside: otherArmedBeside,
    between: rules.includes('between'),
    get protestersTargeted() {
      return (
        target.length > 0 &&
        target.every((a) => PROTESTING.test(doc.text.slice(a.start, a.end)) || a.rules.includes('on-strike'))
      );
    },
    get loneAttacker() {
      // (The subject of an active verb, told before it: not a passive's agent.)
      const only = source.length === 1 && !passive ? source[0]! : null;
      return (
        only !== null &&
        only.end <= tSpan.start &&
        // (Nor one told of in a relative clause: "a man who killed his wife was seized by a mob".)
        !/^\s+who\b/i.test(doc.text.slice(only.end, only.end + 6)) &&
        LONE_PERSON.test(doc.text.slice(only.start, only.end)) &&
        /\b(?:a|an|one)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(
          doc.text.slice(Math.max(0, only.start - 30), only.start),
        )
      );
    },
    get duringProtest() {
      return DURING_PROTEST.test(r.sentText);
    },
    get targetSuspected() {
      // (Told as the act's object, its doers before it: "Residents kill two suspected rustlers".)
      return (
        target.length > 0 &&
        source.every((a) => a.end <= tSpan.start) &&
        target.every(
          (a) =>
            a.start >= tSpan.end &&
            /\b(?:suspected|alleged)\s+$/i.test(doc.text.slice(Math.max(0, a.start - 12), a.start)),
        )
      );
    },
    get protestNamed() {
      return PROTEST_NAMED.test(r.sentText);
    },
    get riotNamed() {
      return RIOT_NAMED.test(r.sentText);
    },
    get killing() {
      return triggers.some((o) => o.entry.id === 'assault.kill');
    },
    get targetPastVerb() {
      const tg = target[0];
      if (!tg || tg.start < tSpan.end) return false;
      // (From the source where it too stands after the act: "a clash erupted between police and
      // shopkeepers" names both sides past "erupted".)
      const src = source.find((a) => a.start >= tSpan.end && a.end <= tg.start);
      let x = src ? firstStartingAt(tokens, src.end) : t.j;
      for (; x < tEnd && tokens[x]!.start < tg.start; x++) if (tokens[x]!.pos === 'VERB') return true;
      return false;
    },
  });
  const { date, rule: dateRule } = chooseDate(v.sDates, sent, trig, v.carried, v.ahead, doc.meta.published);
  if (dateRule) rules.push(dateRule);
  let confidence =
    0.4 + (source.length ? 0.2 : 0) + (target.length ? 0.15 : 0) + (place ? 0.1 : 0) + (date ? 0.1 : 0);
  if (status !== 'asserted') confidence -= 0.1;
  return {
    start: sent.start,
    end: sent.end,
    sentence: s,
    trigger: tSpan,
    code,
    source,
    target,
    place,
    date,
    size,
    status,
    confidence: Math.round(confidence * 100) / 100,
    rules,
  };
}

/** "X accused Y of shelling Z": the shelling is X's allegation. */
function allegedByAccuser(v: DocView, local: EventMention[], events: readonly EventMention[]): void {
  const { doc } = v;
  for (const acc of local.filter((x) => x.rules[0] === 'accuse.accuse' && x.source[0])) {
    const accuser = acc.source[0]!;
    for (let n = 0; n < local.length; n++) {
      const x = local[n]!;
      if (x === acc || x.trigger.start < acc.trigger.end || x.code.plover === 'ACCUSE') continue;
      let ref: EventMention | undefined;
      for (let y = events.length - 1; y >= 0 && !ref; y--) {
        const r = events[y]!;
        if (r.code.plover === x.code.plover && r.status === 'asserted') ref = r;
      }
      const accused = x.source[0];
      const other =
        ref && accused
          ? [...ref.source, ...ref.target].find((a) => a.country && a.country !== accused.country)
          : undefined;
      local[n] = {
        ...x,
        target: x.target.length || !other ? x.target : [other],
        place: x.place ?? ref?.place ?? null,
        date: x.date && !guessedDate(x) ? x.date : (ref?.date ?? x.date),
        speaker: {
          role: 'cited',
          name: doc.text.slice(accuser.start, accuser.end),
          country: accuser.country,
          span: { start: accuser.start, end: accuser.end },
        },
        rules: [...x.rules, 'alleged-by-accuser', ...(ref ? ['refers-to-earlier-event'] : [])],
      };
      local[local.indexOf(acc)] = { ...acc, rules: [...acc.rules, 'blame-object'] };
    }
  }
}

/**
 * "Tajik guards fired first": an attack with no target refers to the last attack told; its
 * other side is the target, and its place and date carry over.
 */
function referToEarlierAttack(
  local: EventMention[],
  events: readonly EventMention[],
  seen: { scanned: number; at: number },
): void {
  // The last asserted attack with a target, found by reading only the events added since the last
  // sentence (a long report of such sentences made a search from the end quadratic). Whether an
  // event is one never changes once added: the steps that rewrite earlier events keep an
  // attack's type, status and target.
  let ref: EventMention | null | undefined;
  for (let n = 0; n < local.length; n++) {
    const x = local[n]!;
    if (
      x.code.plover !== 'ASSAULT' ||
      x.target.length > 0 ||
      x.source.length === 0 ||
      x.rules.includes('refers-to-earlier-event')
    )
      continue;
    if (ref === undefined) {
      for (let y = seen.scanned; y < events.length; y++) {
        const r = events[y]!;
        if (r.code.plover === 'ASSAULT' && r.status === 'asserted' && r.target.length > 0) seen.at = y;
      }
      seen.scanned = events.length;
      ref = seen.at >= 0 ? events[seen.at]! : null;
    }
    if (!ref) continue;
    const sides = [...ref.source, ...ref.target];
    const src = x.source[0]!;
    if (!src.country || !sides.some((a) => a.country === src.country)) continue;
    const other = sides.find((a) => a.country && a.country !== src.country);
    if (!other) continue;
    local[n] = {
      ...x,
      target: [other],
      place: x.place ?? ref.place,
      date:
        x.date && !guessedDate(x) && !x.date.rules.includes('publication-date')
          ? x.date
          : (ref.date ?? x.date),
      rules: [...x.rules, 'refers-to-earlier-event'],
    };
  }
}

/**
 * A material event with no place of its own known takes the last event place of its paragraph,
 * else the report's focus (precision 2 at best), else its one country.
 */
function placeFallback(
  e: EventMention,
  lastPlace: PlaceMention | null,
  focus: PlaceMention | null,
  onlyCountry: PlaceMention | null,
): EventMention {
  if (e.place?.resolved || !MATERIAL.has(e.code.plover)) return e;
  // An unknown name ("the town of Az-Zubayr") stays the event's own mention; the place
  // that stands in for it is named, with the unknown name as its detail.
  const unknown = e.place ? { near: e.place.name, stoodIn: { start: e.place.start, end: e.place.end } } : {};
  if (lastPlace)
    return { ...e, place: { ...lastPlace, ...unknown, rules: [...lastPlace.rules, 'place-carry'] } };
  if (focus)
    return {
      ...e,
      place: {
        ...focus,
        ...unknown,
        precision: Math.max(2, focus.precision) as 2 | 3,
        rules: [...focus.rules, 'focus-fallback'],
      },
    };
  if (onlyCountry) return { ...e, place: { ...onlyCountry, ...unknown } };
  return e;
}

/** Add an event to the report's, or fold it into the one before as its casualties. */
function addEvent(events: EventMention[], e: EventMention, newParagraph: boolean): void {
  // "Two health workers were injured": casualties of the event just told, not a new one.
  // So are the dead told as suffered in a fight with no named side ("One of the assailants
  // was killed ... during a gunbattle").
  const prev = events[events.length - 1];
  const casualties =
    (e.rules[0] === 'assault.kill' && e.source.length === 0) ||
    (e.rules.includes('assault.kill') &&
      e.rules.includes('passive') &&
      !e.source.some((a) => a.rules.includes('organisation') || a.country));
  if (
    !newParagraph &&
    prev &&
    prev.code.plover === 'ASSAULT' &&
    e.code.plover === 'ASSAULT' &&
    casualties &&
    e.status === 'asserted'
  ) {
    events[events.length - 1] = {
      ...prev,
      size: mergeSize(prev.size, e.size),
      rules: [...prev.rules, 'casualties-next-sentence'],
    };
    return;
  }
  events.push(e);
}

/**
 * A title-case headline's verb, which the tagger reads as a name or a noun: "Police Raid
 * Opposition Offices", "Government Declines Humanitarian Assistance". The word right after the
 * headline's subject (an actor starting within its first three words), capitalised, with more of
 * the headline after it, is read as a verb when it is a one-word predicate of the lexicon or
 * makes one with its object's head ("decline assistance"). (Verbs the lexicon lacks stay as
 * tagged: "Police Charge Dozens".)
 */
function headlineVerb(
  doc: Doc,
  k: Knowledge,
  actors: readonly ActorMention[],
  surface: readonly string[],
  lemma: readonly string[],
): readonly Token[] {
  const tokens = doc.layers.tokens ?? [];
  const end = headlineEnd(doc.text);
  if (!end) return tokens;
  const subject = actors.find((a) => a.end < end && tokens.findIndex((t) => t.start >= a.start) <= 2);
  if (!subject) return tokens;
  const x = tokens.findIndex((t) => t.start >= subject.end);
  const t = tokens[x];
  if (!t || tokens[x + 1] === undefined || tokens[x + 1]!.end > end) return tokens;
  if ((t.pos !== 'NOUN' && t.pos !== 'PROPN') || !/^[A-Z][a-z]+$/.test(doc.text.slice(t.start, t.end)))
    return tokens;
  const head = objectHead(tokens, surface, lemma, k, x, tokens.length);
  const pair = head > x + 1 ? k.lexicon.matchAt([lemma[x]!, lemma[head]!], 0) : null;
  if (k.lexicon.matchAt(lemma, x)?.length !== 1 && pair?.length !== 2) return tokens;
  const out = [...tokens];
  out[x] = { ...t, pos: 'VERB' };
  return out;
}

/**
 * The head noun of the object after verb `v`: the last word of the first run of nouns and
 * names, past articles, counts, adjectives and a vague count before "of" ("dozens of", the
 * cues file's vague counts). -1 when none follows in five words.
 */
function objectHead(
  tokens: readonly Token[],
  surface: readonly string[],
  lemma: readonly string[],
  k: Knowledge,
  v: number,
  end: number,
): number {
  // (A hyphen inside a word: "the Eldoret-Malaba highway", "Palestinian-owned".)
  const hyphen = (y: number) =>
    surface[y] === '-' && tokens[y]!.start === tokens[y - 1]!.end && tokens[y + 1]?.start === tokens[y]!.end;
  const run = (y: number) => tokens[y]!.pos === 'NOUN' || tokens[y]!.pos === 'PROPN';
  // (A compound modifier ending in a participle or adjective: "Palestinian-owned olive trees".)
  const compound = (y: number) =>
    y + 2 < end && hyphen(y) && (tokens[y + 1]!.pos === 'VERB' || tokens[y + 1]!.pos === 'ADJ');
  let x = v + 1;
  for (let n = 0; x < end && n < 7; n++, x++) {
    const t = tokens[x]!;
    if (k.cues.vagueCounts.has(surface[x]!) && lemma[x + 1] === 'of') {
      x++;
      continue;
    }
    // (A title-case headline tags its nouns as names: "Expels Dozens of Diplomats".)
    if (t.pos === 'NOUN' || t.pos === 'PROPN') {
      for (;;) {
        if (x + 1 < end && run(x + 1)) x++;
        else if (x + 2 < end && hyphen(x + 1) && run(x + 2)) x += 2;
        // (Past a possessive: "the train's rails".)
        else if (x + 2 < end && (surface[x + 1] === "'s" || surface[x + 1] === '’s') && run(x + 2)) x += 2;
        else if (compound(x + 1) && run(x + 3)) x += 3;
        else return x;
      }
    }
    if (compound(x + 1)) {
      x += 2;
      continue;
    }
    // (A count's approximation: "nearly 30 olive trees".)
    if (t.pos === 'ADV' && APPROX.has(lemma[x]!) && tokens[x + 1]?.pos === 'NUM') continue;
    if (t.pos !== 'DET' && t.pos !== 'NUM' && t.pos !== 'ADJ') return -1;
  }
  return -1;
}

/**
 * Whether a verb's object is one person: a singular noun after any article, possessive and
 * modifiers ("kills man suspected of theft", "kill his bodyguard", "lynches suspected criminal",
 * where the tagger reads the actor word as an adjective), or "him", "her".
 */
function oneObject(
  tokens: readonly Token[],
  surface: readonly string[],
  lemma: readonly string[],
  k: Knowledge,
  v: number,
  end: number,
  actors: readonly ActorMention[],
): boolean {
  // (Past a second verb joined to it: "lynches and burns a suspected thief".)
  if (surface[v + 1] === 'and' && tokens[v + 2]?.pos === 'VERB') v += 2;
  if ((surface[v + 1] === 'him' || surface[v + 1] === 'her') && tokens[v + 1]?.pos === 'PRON') return true;
  const inActor = (x: number) => actors.some((a) => a.start <= tokens[x]!.start && tokens[x]!.end <= a.end);
  let head = -1;
  for (let x = v + 1; x < end && x <= v + 6; x++) {
    const t = tokens[x]!;
    const w = surface[x]!;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'ADJ' && inActor(x))) {
      head = x;
      continue;
    }
    if (head >= 0) break;
    // Articles, possessives, modifiers and participles before the noun ("suspected", "wanted").
    if (t.pos === 'DET' || t.pos === 'ADJ' || POSSESSIVE.has(w) || (t.pos === 'VERB' && /ed$/.test(w)))
      continue;
    break;
  }
  // A common noun (not a people: "kill Turkana"), singular in form, not a collective, no count
  // before it, and no second person joined ("a man and his wife"; "kill a girl and steal cattle"
  // joins another act).
  if (head < 0 || tokens[head]!.pos === 'PROPN' || k.cues.collective.has(surface[head]!)) return false;
  // (A number stops the walk to the head; a vague count, "several", is tagged an adjective.)
  for (let x = v + 1; x < head; x++) if (k.cues.vagueCounts.has(surface[x]!)) return false;
  const joined = surface[head + 1] === 'and' && tokens[head + 2]?.pos !== 'VERB';
  return surface[head] === lemma[head] && !joined;
}

function hostCapital(k: Knowledge, doc: Doc, sActors: readonly ActorMention[]): PlaceMention | null {
  const cap = sActors.find((a) => a.metonym && a.rules.includes('capital-metonym'));
  if (!cap) return null;
  const name = doc.text.slice(cap.start, cap.end);
  const resolved =
    k.gazetteer
      .lookup(name.toLowerCase())
      .find((c) => c.country === cap.country && (c.featureCode === 'PPLC' || c.featureCode === 'PPLA')) ??
    null;
  if (!resolved) return null;
  return {
    start: cap.start,
    end: cap.end,
    name,
    resolved,
    precision: 1,
    trigger: null,
    rules: ['host-capital'],
  };
}

const REMOTE = new Set([
  'assault.shelling',
  'assault.heavy-fire',
  'assault.ied',
  'assault.airstrike',
  'assault.grenade',
]);
const CLOSE = new Set(['assault.small-arms', 'assault.exchange-fire']);
/** Acts that are shootings whatever their words. */
const FIREARM_ACTS = new Set([
  'assault.open-fire',
  'assault.small-arms',
  'assault.fire-verb',
  'assault.execute',
]);
/** The words for people protesting now, at the end of an actor's words. */
const PROTESTING = /\b(?:protest[eo]rs?|demonstrators?|marchers?|picketers?|strikers?)$/i;
/** A protest or a demonstration named as such. */
const PROTEST_NAMED = /\b(?:protest(?:s|ed|ing|ers?|ors?)?|demonstrat(?:e|ed|es|ing|ion|ions|ors?))\b/i;
/** A protest as the setting of what a sentence tells ("during a demonstration in Malindi", "in protests over fees"). */
const DURING_PROTEST =
  /\b(?:during|in|amid|at)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:protests?|demonstrations?)\b/iu;
/** A riot named as such, not the riot police's gear. */
const RIOT_NAMED = /(?<!anti-)\briot(?:s|ing|ers?)?\b(?!\s+(?:police|squad|gear|unit|control|officers?))/i;
/** One person named by a word for one ("a man", "an individual on a bicycle"). */
const LONE_PERSON = /^(?:man|woman|individual|person|boy|girl|youth|teenager|resident|villager|neighbou?r)$/i;
/** Words of an act that make it a shooting ("shot dead", "gunned down"). */
const FIREARM_WORDS = /\b(?:shot|shoot|shoots|shooting|gunned|gun)\b/i;
/** Heavy weapons: fired one-sided, they are shelling. */
const HEAVY = new Set(['assault.heavy-fire', 'assault.shelling']);
/** Who strikes from the air: an attack by them is an air strike (ACLED). */
const AIR_ARM =
  /\b(?:air ?force|air forces|warplanes?|war planes?|fighter jets?|jets|aircrafts?|helicopters?|gunships?|drones?|aviation)\b/i;

/**
 * ACLED's remote violence from the weapons and the attacker: heavy weapons fired at positions
 * with no fighting told ("fired grenade launchers at the positions of ...") are shelling; an
 * attack by an air force or drones is an air strike.
 */
function remoteViolence(
  e: EventMention,
  sentenceRules: readonly string[],
  sentText: string,
  doc: Doc,
): EventMention {
  if (e.code.plover !== 'ASSAULT') return e;
  // (An abduction or a rape by an air force's men is no strike: "members of the regime's Air
  // Force Intelligence abducted 3 civilians".)
  if (e.code.acled[1] === 'Abduction/forced disappearance' || e.code.acled[1] === 'Sexual violence') return e;
  const airStrike = (rule: string): EventMention => ({
    ...e,
    code: { ...e.code, mode: 'aerial', acled: ['Explosions/Remote violence', 'Air/drone strike'] },
    rules: [...e.rules, rule],
  });
  // (Or drones named before their operator: "drones controlled by an unidentified group targeted
  // Hama Airbase", "a Turkish air drone operated by GNA targeted a truck".)
  const first = e.source[0];
  const operated =
    first !== undefined &&
    first.start < e.trigger.start &&
    /\b(?:drones?|warplanes?|aircraft|helicopters?)\s+(?:\p{L}+\s+){0,1}?(?:controlled|operated|flown|belonging|sent)\s+(?:by|to)\s+(?:\S+\s+){0,4}$/iu.test(
      doc.text.slice(Math.max(0, first.start - 60), first.start),
    );
  const byAir = operated || e.source.some((a) => AIR_ARM.test(doc.text.slice(a.start, a.end)));
  // Bombs dropped by aircraft, or a state's military bombing ("the military forces of Mozambique
  // bombed militant bases", "aircraft ... dropping light bombs"): an air strike, not a planted bomb.
  if (e.code.acled[1] === 'Remote explosive/landmine/IED') {
    const trigger = doc.text.slice(e.trigger.start, e.trigger.end);
    const bombing =
      /^bomb(?:ed|ing)$/i.test(trigger) && e.source.length > 0 && e.source.every((a) => a.sector === 'MIL');
    const dropped = /\bdrop(?:s|ped|ping)?\b/i.test(sentText) && AIR_ARM.test(sentText);
    return bombing || dropped || byAir ? airStrike('air-bombing') : e;
  }
  if (e.code.acled[0] === 'Explosions/Remote violence') return e;
  if (e.rules.includes('remote-with-small-arms') || /\bboth directions\b/i.test(sentText)) return e;
  if (e.code.acled[0] === 'Strategic developments') return e;
  if (byAir) return airStrike('air-arm-source');
  const heavy = sentenceRules.some((r) => HEAVY.has(r));
  const fighting = sentenceRules.some((r) => CLOSE.has(r));
  if (!heavy || fighting || e.code.acled[1] !== 'Armed clash') return e;
  return {
    ...e,
    code: {
      ...e.code,
      mode: 'heavy-weapons',
      acled: ['Explosions/Remote violence', 'Shelling/artillery/missile attack'],
    },
    rules: [...e.rules, 'heavy-weapons-one-sided'],
  };
}

/** Bombs, mines and grenades: found or defused, they are no attack. */
const PLANTED_WEAPONS = new Set(['assault.ied', 'assault.grenade']);

/**
 * A bomb or grenade told found or defused with no one hurt, or gone off in the hands of those
 * who laid it, a cue within six words of its own ("Police discover a bomb on a minibus and
 * disarm it", "an unexploded bomb", "killed when the bomb they were planting blew up"): ACLED's
 * disrupted weapons use, not an explosion.
 */
function disruptedWeapon(e: EventMention, v: SentenceView): EventMention {
  if (e.code.acled[0] !== 'Explosions/Remote violence' || !e.rules.some((r) => PLANTED_WEAPONS.has(r)))
    return e;
  const at = Math.min(v.tEnd, firstStartingAt(v.tokens, e.trigger.start));
  const [from, to] = [Math.max(v.tStart, at - 6), Math.min(v.tEnd, at + 7)];
  const hurt = (e.size.killed ?? 0) > 0 || (e.size.injured ?? 0) > 0;
  const premature = cueFrom(v.k.cues.weaponPremature, v, from, to) >= 0;
  if (!premature && (hurt || cueFrom(v.k.cues.weaponDisrupted, v, from, to) < 0)) return e;
  return {
    ...e,
    code: { ...e.code, ...DISRUPTED_WEAPON },
    rules: [...e.rules, 'weapon-disrupted'],
  };
}

/**
 * ACLED codes heavy weapons fired together with small arms, or fire "in both directions", as an
 * armed clash between the two sides, not as remote violence.
 */
function frontline(e: EventMention, sentText: string): EventMention {
  if (
    e.code.plover !== 'ASSAULT' ||
    e.code.acled[0] !== 'Explosions/Remote violence' ||
    !e.rules.some((r) => REMOTE.has(r))
  )
    return e;
  const close = e.rules.some((r) => CLOSE.has(r)) || /\bboth directions\b/i.test(sentText);
  if (!close || e.target.some((a) => a.sector === 'CVL')) return e;
  return retyped(e, ARMED_CLASH, 'remote-with-small-arms');
}

/**
 * The one country a document is about, as a precision-3 place, when its actors name only one.
 * When nothing but an organisation's home names a country, or nothing does, a national outlet's
 * country comes first: "Residents blocked roads" or "Al Shabaab attacked a police post in
 * Mbuwani", in a Kenyan paper, happened in Kenya.
 */
function countryPlace(k: Knowledge, doc: Doc): PlaceMention | null {
  // (Not a group living in several countries: Fulani live in many; nor a state whose drones or
  // guns the report names: "Turkish shelling hit the village of Tal Tamr" is not in Turkey.)
  const actors = (doc.layers.actors ?? []).filter(
    (a) => !a.rules.includes('ethnic-several-countries') && !a.rules.includes('weapon-owner'),
  );
  const countries = (list: readonly (string | null | undefined)[]) =>
    new Set(list.filter((c): c is string => !!c));
  const direct = countries([
    ...actors.filter((a) => !a.org).map((a) => a.country),
    // Not a demonym or modifier ("the US dollar"): it names a country, not where things happen.
    ...(doc.layers.places ?? []).filter((p) => !toponymOnly(p)).map((p) => p.resolved?.country),
  ]);
  let named = direct.size ? direct : countries(actors.map((a) => a.country));
  const home = direct.size === 0 ? homeCountry(doc, k) : null;
  // Last, groups of a few countries that share the first of them: "Garre militia attacks
  // Degodia herdsmen" (both of Kenya, Somalia and Ethiopia, first of Kenya) is Kenya's, as ACLED
  // codes them, where nothing else names a country.
  if (named.size === 0 && !home) {
    const shared = (doc.layers.actors ?? []).filter(
      (a) => a.rules.includes('ethnic-several-countries') && !a.rules.includes('ethnic-many-countries'),
    );
    named = countries(shared.map((a) => a.country));
  }
  if (named.size !== 1 && !home) return null;
  const iso = home ?? [...named][0]!;
  const c = k.countries.get(iso);
  if (!c) return null;
  const resolved = k.countryPlaces.get(iso);
  if (!resolved) return null;
  return {
    start: 0,
    end: 0,
    name: c.name,
    resolved,
    precision: 3,
    trigger: null,
    rules: [home ? 'outlet-country' : 'country-fallback'],
  };
}

/** The document's focus: its most named resolved place, else its dateline place. */
export function focusPlace(places: readonly PlaceMention[]): PlaceMention | null {
  const resolved = places.filter((p) => p.resolved && p.resolved.kind !== 'country' && !toponymOnly(p));
  // The places the story is about come first; the dateline only says where it was filed.
  const told = resolved.filter((p) => p.trigger !== 'dateline');
  const count = new Map<string, number>();
  for (const p of told) count.set(p.resolved!.id, (count.get(p.resolved!.id) ?? 0) + 1);
  let best: PlaceMention | null = null;
  for (const p of told) if (!best || count.get(p.resolved!.id)! > count.get(best.resolved!.id)!) best = p;
  return best ?? resolved.find((p) => p.trigger === 'dateline') ?? null;
}

function pickEntry(all: readonly LexiconEntry[], t: Token): LexiconEntry {
  // Entries bound to another part of speech yield to those that fit the word ("shot" tagged a
  // noun in "Gunmen shot a soldier" is no verb of firing, but still a shooting).
  const fitting = all.filter((v) => !v.pos || v.pos === t.pos);
  const values = fitting.length ? fitting : all;
  return values.length === 1 || t.pos === 'VERB'
    ? values[0]!
    : (values.find((v) => v.plover !== 'CONSULT') ?? values[0]!);
}

/** Lexicon entries for territory taken. */
const TERRITORY = new Set(['assault.capture', 'assault.regain']);

/**
 * Territory taken in a fight told with it (one of two predicates of a sentence) is the fight's
 * outcome: the government regaining it (a regain, or state forces taking it) or a non-state actor
 * overtaking it (ACLED's battles). Its taker is the source and the fight's other side the target
 * ("FARDC soldiers recovered territory following a clash with the ADF"), where the taker is named.
 */
function territoryTaken(
  a: EventMention,
  b: EventMention,
): {
  acled: readonly [string, string];
  source?: readonly ActorMention[];
  target?: readonly ActorMention[];
} | null {
  const [taken, fight] = TERRITORY.has(a.rules[0] ?? '') ? [a, b] : [b, a];
  if (!TERRITORY.has(taken.rules[0] ?? '') || fight.code.acled[0] !== 'Battles') return null;
  const taker = taken.source;
  const state = taker.length > 0 && taker.every((x) => x.sector && STATE_FORCES.has(x.sector));
  const acled: readonly [string, string] = [
    'Battles',
    taken.rules[0] === 'assault.regain' || state
      ? 'Government regains territory'
      : 'Non-state actor overtakes territory',
  ];
  if (taker.length === 0) return { acled };
  const other = [...fight.source, ...fight.target, ...taken.target].filter((x) => !taker.includes(x));
  return { acled, source: taker, ...(other.length ? { target: other.slice(0, 1) } : {}) };
}

/** Acts that are no casualties of a riot told with them: attacks of their own on civilians. */
const NOT_CASUALTIES = new Set(['Sexual violence', 'Abduction/forced disappearance']);

/**
 * "One killed as farmers' protest turns violent": deaths told with no one who caused them, in a
 * sentence with a protest or riot told as done, are that protest's casualties, not an attack of
 * their own.
 */
function casualtiesOfProtest(local: EventMention[], k: Knowledge): EventMention[] {
  // (Not a setting the deaths are said to be linked to: "1 killed - linked to electoral violence".)
  const protest = local.find(
    (e) => e.code.plover === 'PROTEST' && e.status === 'asserted' && !e.rules.includes('linked-setting'),
  );
  if (!protest) return local;
  // (Not a fight between groups told with a setting, "violence around an election": that is a fight.)
  const setting = k.lexiconById.get(protest.rules[0] ?? '')?.setting === true;
  const folded = local.filter(
    (e) =>
      e.code.plover === 'ASSAULT' &&
      // (A rape or an abduction is no casualty of a riot: an attack of its own on civilians.)
      !NOT_CASUALTIES.has(e.code.acled[1] ?? '') &&
      !(setting && k.lexiconById.get(e.rules[0] ?? '')?.roles === 'mutual') &&
      e.source.length === 0 &&
      e.status === 'asserted' &&
      e.target.every((a) => a.sector === 'CVL' || a.sector === 'PRO'),
  );
  if (folded.length === 0) return local;
  const size = folded.reduce((acc, e) => mergeSize(acc, e.size), protest.size);
  return local
    .filter((e) => !folded.includes(e))
    .map((e) =>
      e === protest
        ? {
            ...e,
            size,
            // Its victims are whom the riot struck, where it names no one else.
            target: e.target.length ? e.target : (folded.find((f) => f.target.length)?.target ?? []),
            rules: [...e.rules, 'casualties-of-protest'],
          }
        : e,
    );
}

/**
 * A peaceful protest kills no one: the dead its sentence tells are what it protests ("residents
 * staged a demonstration to protest the killing of five herders"), else it would be a riot or
 * met with excessive force. Rule `peaceful-no-dead`.
 */
function peacefulCountsNoDead(e: EventMention): EventMention {
  if (e.code.acled[1] !== 'Peaceful protest' || !e.size.killed) return e;
  return { ...e, size: { ...e.size, killed: null }, rules: [...e.rules, 'peaceful-no-dead'] };
}

/**
 * Several predicates of one type in one sentence ("ambushed and killed") are one event: keep
 * the most specific, and fill its missing roles from the others.
 */
/** Words that make the noun after them the setting of a clause's act ("during a gunbattle"). */
const SETTING_BEFORE = /\b(?:during|amid|in)\s+(?:an?|the)\s+(?:[a-z-]+\s+)?$/i;

function mergeSameEvent(local: EventMention[], k: Knowledge, text: string): EventMention[] {
  const out: EventMention[] = [];
  for (const e of local) {
    const same = out.findIndex(
      (o) => o.code.plover === e.code.plover && o.status === e.status && o.speaker?.name === e.speaker?.name,
    );
    if (same < 0) {
      out.push(e);
      continue;
    }
    const o = out[same]!;
    const eo = k.lexiconById.get(o.rules[0] ?? '');
    const ee = k.lexiconById.get(e.rules[0] ?? '');
    // (Looting told in the foreground wins over an attack told as its background: "looted shops
    // the day after they attacked the town" is the looting.)
    const eBack = e.rules.includes('background');
    const oBack = o.rules.includes('background');
    const fore = eBack && !oBack ? o : oBack && !eBack ? e : null;
    // (So does an act told of someone's past in a relative clause: "to rescue two officers who
    // were kidnapped".)
    const described = e.rules.includes('describes') !== o.rules.includes('describes');
    const keepE =
      fore?.code.acled[1] === 'Looting/property destruction' || described
        ? fore === e
        : ee && eo && priority(ee) > priority(eo);
    const [win, lose] = keepE ? [e, o] : [o, e];
    const winEntry = keepE ? ee : eo;
    // A fight named with no "between", whose sides it only guessed, beside an act done by one
    // named side to another: "Raiders kill civilians in revenge attacks, four days of clashes" is
    // the killing's, sides and type.
    const guessedFight =
      win.rules.includes('noun-predicate') &&
      winEntry?.roles === 'mutual' &&
      !win.rules.includes('between') &&
      win.trigger.start > lose.trigger.end &&
      !/^\s*(?:with|between)\b/i.test(text.slice(win.trigger.end, win.trigger.end + 10)) &&
      !lose.rules.includes('passive') &&
      lose.source.length > 0 &&
      lose.target.length > 0;
    // So are a noun's sides where the noun only tells the setting ("Police kill two al Shabaab
    // suspects during a gunbattle": the police are the subject; the gunbattle's own reading took
    // the suspects before it).
    const verbSides =
      guessedFight ||
      (win.rules.includes('noun-predicate') &&
        SETTING_BEFORE.test(text.slice(Math.max(0, win.trigger.start - 30), win.trigger.start)) &&
        !lose.rules.includes('noun-predicate') &&
        !lose.rules.includes('passive') &&
        !lose.rules.includes('participle') &&
        lose.source.length > 0 &&
        lose.target.length > 0);
    const source = verbSides ? lose.source : win.source.length ? win.source : lose.source;
    // Where the other predicate's target is this one's source, its source is the other side
    // ("Al Shabaab lays siege to Wajir, but is repelled by soldiers").
    const other = lose.source.filter((a) => !source.includes(a));
    const target = verbSides
      ? lose.target
      : win.target.length || lose.target.length === 0
        ? win.target
        : lose.target.every((a) => source.includes(a)) && other.length
          ? other
          : lose.target;
    // An abduction told with a killing is an attack (ACLED: "killed a British man and kidnapped
    // his wife"; not "attacked a village and abducted the village head").
    // (Of armed men, a fight: "2 soldiers were kidnapped and later killed following an attack by
    // Taliban militants" is a battle.)
    const attackToo =
      win.code.acled[1] === 'Abduction/forced disappearance' &&
      ((lose.code.acled[0] === 'Violence against civilians' && lose.code.acled[1] === 'Attack') ||
        (lose.code.acled[0] === 'Battles' && lose.target.length > 0 && lose.target.every(isArmed))) &&
      (lose.rules.includes('assault.kill') || (lose.size.killed ?? 0) > 0);
    const territory = territoryTaken(win, lose);
    // An act told with no side was typed without any; the other's sides type both ("Two killed
    // when armed group attacks the police post": an attack on the police, a battle). Not a
    // weapon's act, typed by its weapon.
    const typedBySides =
      win.source.length === 0 &&
      win.target.length === 0 &&
      lose.source.length > 0 &&
      lose.target.length > 0 &&
      !winEntry?.weapon;
    // An attack that did nothing told but wreck, burn or loot property is ACLED's property
    // destruction ("the military burnt motorcycles and looted a shop during a raid"); not where
    // it names whom it attacked, nor where people's homes burn ("raiders attacked the village and
    // torched 30 houses": an attack on them).
    const unhurt = (e: EventMention) => !(e.size.killed ?? 0) && !(e.size.injured ?? 0);
    const propertyOnly =
      win.rules[0] === 'assault.attack' &&
      (win.rules.includes('noun-predicate') || win.rules.includes('property-attacked')) &&
      lose.code.acled[1] === 'Looting/property destruction' &&
      win.target.length === 0 &&
      unhurt(win) &&
      unhurt(lose) &&
      !DWELLING_WORDS.test(text.slice(Math.min(win.start, lose.start), Math.max(win.end, lose.end)));
    out[same] = {
      ...win,
      ...(attackToo || typedBySides || propertyOnly || guessedFight
        ? { code: { ...win.code, acled: lose.code.acled } }
        : {}),
      ...(territory ? { code: { ...win.code, acled: territory.acled } } : {}),
      source: territory?.source ?? source,
      target: territory?.target ?? target,
      place: win.place ?? lose.place,
      size: mergeSize(win.size, lose.size),
      // (One act told in the foreground and again as the background of the other is foreground:
      // "2 soldiers were killed following an attack by the Taliban".)
      rules: [...win.rules, ...lose.rules.filter((r) => !win.rules.includes(r))].filter(
        (r) => r !== 'background' || (win.rules.includes(r) && lose.rules.includes(r)),
      ),
    };
  }
  return out;
}

/**
 * A sentence with no event of its own that counts the dead or wounded ("Four men died.", "3
 * fatalities.") right after a violent event's sentence, in its paragraph, gives that event the
 * counts it lacked; a count stated as coded replaces the event's own. Rule `casualties-after`.
 */
function casualtiesAfter(
  events: EventMention[],
  text: string,
  sentences: readonly Span[],
  s: number,
  k: Knowledge,
): void {
  const prev = events[events.length - 1];
  // (The dead told after a riot are the riot's too: "Youths blocked roads, lit fires and looted
  // shops. Two deaths reported.")
  const violent = prev?.code.plover === 'ASSAULT' || prev?.code.acled[0] === 'Riots';
  if (!prev || !violent || prev.status !== 'asserted' || s === 0) return;
  const sent = sentences[s]!;
  // A count stated as coded ("Unclear fatalities coded as 10") stands over the event's own.
  const coded = codedFatalities(text.slice(sent.start, sent.end));
  if (prev.size.killed !== null && prev.size.injured !== null && !coded) return;
  // Only the sentences right after the event's own, in its paragraph.
  if (prev.end < sentences[s - 1]!.start || /\n\s*\n/.test(text.slice(prev.end, sent.start))) return;
  const size = readSize(text.slice(sent.start, sent.end), k.cues.vagueCounts, false);
  if (size.killed === null && size.injured === null) return;
  const found = { ...size, arrested: null, crowd: null };
  const merged = coded ? mergeSize(found, prev.size) : mergeSize(prev.size, found);
  events[events.length - 1] = { ...prev, size: merged, rules: [...prev.rules, 'casualties-after'] };
}

function mergeSize(a: Size, b: Size): Size {
  return {
    killed: a.killed ?? b.killed,
    injured: a.injured ?? b.injured,
    arrested: a.arrested ?? b.arrested,
    crowd: a.crowd ?? b.crowd,
  };
}

/**
 * "X blamed Y for the shooting": besides the accusation, X's version of the event it refers to
 * (the last violent event before it, or one named after "for"/"of") with Y as the initiator.
 */
function deriveBlamed(doc: Doc, events: readonly EventMention[]): EventMention[] {
  const out: EventMention[] = [];
  // The last asserted attack told at or before each event, in one pass (a search per accusation
  // was quadratic in a long report). The events stand in the order of their sentences: each is
  // appended as its sentence is read, and a rewritten one keeps its sentence's start.
  const lastAttack: (EventMention | undefined)[] = [];
  for (let i = 0; i < events.length; i++) {
    const x = events[i]!;
    lastAttack[i] = x.code.plover === 'ASSAULT' && x.status === 'asserted' ? x : lastAttack[i - 1];
  }
  const attackBefore = (e: EventMention, i: number): EventMention | undefined => {
    // (The last event told in the same sentence or before: those after it share its start.)
    let lo = i;
    let hi = events.length;
    while (lo + 1 < hi) {
      const mid = (lo + hi) >> 1;
      if (events[mid]!.start <= e.start) lo = mid;
      else hi = mid;
    }
    return lastAttack[lo];
  };
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (
      e.code.plover !== 'ACCUSE' ||
      e.rules[0] !== 'accuse.accuse' ||
      e.rules.includes('blame-object') ||
      e.status !== 'asserted'
    )
      continue;
    const accused = e.target[0];
    const accuser = e.source[0];
    if (!accused || !accuser) continue;
    const ref = attackBefore(e, i);
    if (!ref) continue;
    const sides = [...ref.source, ...ref.target];
    const other = sides.find((a) => a.country && a.country !== accused.country);
    const speaker: ClaimantLink = {
      role: 'cited',
      name: doc.text.slice(accuser.start, accuser.end),
      country: accuser.country,
      span: { start: accuser.start, end: accuser.end },
    };
    out.push({
      ...ref,
      start: e.start,
      end: e.end,
      sentence: e.sentence,
      trigger: e.trigger,
      source: [accused],
      target: other ? [other] : [],
      speaker,
      confidence: Math.max(0.3, ref.confidence - 0.1),
      rules: [...ref.rules.filter((r) => !r.startsWith('blame')), 'blame-derived'],
    });
  }
  return out;
}
