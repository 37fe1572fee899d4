import type { Stage } from '../core/pipeline.js';
import type { ActorMention, Doc, Sector, Token } from '../core/types.js';
import { type ActorHit, ARMED_SECTORS, type Knowledge, STATE_SECTORS } from '../knowledge/load.js';
import type { AgentEntry, Organisation } from '../knowledge/schemas.js';
import { WEEKDAYS } from './find-dates.js';
import { CONNECTORS, DIRECTION, placeWordAfterName } from './find-places.js';
import { isCap, tokenKeys } from './token-keys.js';

/** Prepositions after which a country or capital names a place, not an actor. */
const LOCATIVE = new Set([
  'in',
  'near',
  'at',
  'to',
  'into',
  'inside',
  'outside',
  'across',
  'throughout',
  'within',
  'from',
  'towards',
  'toward',
  'around',
  'via',
  'through',
]);

/**
 * Words of time that may stand between a subject and its verb ("Pakistan today threatened");
 * the tagger makes them nouns, which would read the country as an adjective ("the US dollar").
 */
const TIME_NOUNS = new Set([
  'today',
  'yesterday',
  'tonight',
  'tomorrow',
  // News agencies' style puts the weekday there bare: "Israel Friday reimposed blockades".
  ...WEEKDAYS,
]);

/** Weapons only states' forces field, as a lexicon entry's mode: drones, aircraft, artillery. */
const STATE_WEAPON_MODES: ReadonlySet<string> = new Set(['drone', 'aerial', 'heavy-weapons']);

/** Agents that, named with a party ("BJP workers", "ODM youths"), are its followers. */
const PARTY_PEOPLE: ReadonlySet<string> = new Set(['CVL', 'LAB', 'PTY']);

/** Nouns after "pro-X" that name X's fighters without an agent word. */
const ALIGNED_GROUPS = new Set([
  'elements',
  'element',
  'groups',
  'group',
  'loyalists',
  'units',
  'reinforcements',
]);

interface Hit {
  readonly i: number;
  readonly j: number;
  readonly named?: ActorHit;
  readonly agent?: AgentEntry;
}

function countryName(k: Knowledge, iso3: string | null): string | null {
  return iso3 ? (k.countries.get(iso3)?.name ?? iso3) : null;
}

export function acledName(
  k: Knowledge,
  agent: AgentEntry | null,
  country: string | null,
  org: Organisation | null,
): string {
  if (org && (!agent || org.sector !== 'IGO' || org.armed || !country)) return org.acled;
  const cn = countryName(k, country);
  if (agent) return cn ? agent.acled.replace('{country}', cn) : agent.acled_nocountry;
  return cn ? `Government of ${cn}` : 'Unknown';
}

/**
 * Whether the token at `comma` is the comma of a place apposition ("in Teotihuacan, Mexico",
 * "near Goma, North Kivu, Congo"): names back to a locative word. The country after it is
 * where, not who.
 */
function inPlaceApposition(tokens: readonly Token[], surface: readonly string[], comma: number): boolean {
  if (surface[comma] !== ',') return false;
  const sentence = tokens[comma]!.sentence;
  for (let b = comma - 1, n = 0; b >= 0 && n < 8 && tokens[b]!.sentence === sentence; b--, n++) {
    if (LOCATIVE.has(surface[b]!)) return n > 0;
    if (
      surface[b] !== ',' &&
      surface[b] !== '(' &&
      tokens[b]!.pos !== 'PROPN' &&
      !CONNECTORS.has(surface[b]!)
    )
      return false;
  }
  return false;
}

/**
 * A leader's or country's name with its possessive written without the apostrophe, as ACLED
 * notes write them ("Kibakis presidential win", "Kenyas capital"): the same actor. Not a word
 * that is a place's or an actor's name itself ("Honduras", "Minas").
 */
function withoutApostrophe(
  k: Knowledge,
  text: string,
  tokens: readonly Token[],
  surface: readonly string[],
  i: number,
): ReturnType<Knowledge['actorMatcher']['matchAt']> {
  const w = surface[i]!;
  if (w.length < 5 || !w.endsWith('s') || w.endsWith('ss') || !/^\p{Lu}/u.test(text.charAt(tokens[i]!.start)))
    return null;
  const m = k.actorMatcher.matchAt([w.slice(0, -1)], 0);
  if (!m?.values.some((v) => v.kind === 'leader' || v.kind === 'country')) return null;
  return k.gazetteer.has(w) ? null : m;
}

/** Whether tokens i..j run on, with a capitalised word before or after them, into a known place's name. */
function insidePlaceName(
  k: Knowledge,
  text: string,
  tokens: readonly Token[],
  surface: readonly string[],
  i: number,
  j: number,
): boolean {
  const span = surface.slice(i, j).join(' ');
  const cap = (x: number) =>
    tokens[x] !== undefined &&
    tokens[x]!.sentence === tokens[i]!.sentence &&
    tokens[x]!.pos !== 'PUNCT' &&
    /\p{Lu}/u.test(text.charAt(tokens[x]!.start));
  return (
    (cap(i - 1) && k.gazetteer.has(`${surface[i - 1]} ${span}`)) ||
    (cap(j) && k.gazetteer.has(`${span} ${surface[j]}`))
  );
}

function rawHits(
  k: Knowledge,
  text: string,
  tokens: readonly Token[],
  surface: readonly string[],
  lemma: readonly string[],
): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; ) {
    const stop = k.notActors.matchAt(surface, i);
    if (stop) {
      i += stop.length;
      continue;
    }
    // "pro-Houthi forces": forces aligned with a group fight in the group's country (a
    // country's name after "pro-" says nothing: "pro-Russian activists" in Odessa).
    const aligned = /^pro-./.test(surface[i]!) ? k.actorMatcher.matchAt([surface[i]!.slice(4)], 0) : null;
    const alignedOrg = aligned?.values.find((v) => v.kind === 'org' && v.org.country);
    if (alignedOrg?.kind === 'org' && alignedOrg.org.country) {
      // "pro-Houthi elements", "pro-Hadi groups": an armed side's own fighters, named by no agent
      // word; the side stands for them.
      // So is "a pro-Houthi incursion": the side aligned with an armed group made the attack.
      const grouped = ALIGNED_GROUPS.has(surface[i + 1] ?? '');
      if (
        (grouped || k.lexicon.matchAt(lemma, i + 1)?.values.some((e) => e.plover === 'ASSAULT') === true) &&
        ARMED_SECTORS.has(alignedOrg.org.sector as Sector)
      ) {
        const j = grouped ? i + 2 : i + 1;
        hits.push({ i, j, named: alignedOrg });
        i = j;
        continue;
      }
      hits.push({ i, j: i + 1, named: { kind: 'demonym', country: alignedOrg.org.country } });
      i++;
      continue;
    }
    const named = k.actorMatcher.matchAt(surface, i) ?? withoutApostrophe(k, text, tokens, surface, i);
    const byForm = k.agentMatcher.matchAt(lemma, i) ?? k.agentMatcher.matchAt(surface, i);
    // A verb is no agent word ("troops patrolled", "police guarded"), nor the first half of a
    // hyphenated predicate ("gang-raped").
    const agent =
      byForm &&
      tokens[i + byForm.length - 1]!.pos !== 'VERB' &&
      !(surface[i + byForm.length] === '-' && k.lexicon.matchAt(surface, i)?.length === byForm.length + 2)
        ? byForm
        : null;
    // A named entry must be written with a capital: "chad" or "us" in lower case are words;
    // "al Shabaab" and "al-Qaeda" have theirs after the article.
    let useNamed = false;
    if (named) {
      const first = tokens[surface[i] === 'the' && named.length > 1 ? i + 1 : i]!;
      useNamed = /\p{Lu}/u.test(text.slice(first.start, tokens[i + named.length - 1]!.end));
    }
    // A country's or people's name inside a longer place name is no actor ("Port Sudan",
    // "Kuwait City", "Mount Lebanon").
    if (useNamed && named && insidePlaceName(k, text, tokens, surface, i, i + named.length)) useNamed = false;
    // A person's name before a place word names the place ("the al-Assad district").
    if (
      useNamed &&
      named?.values[0]?.kind === 'leader' &&
      placeWordAfterName(surface[i + named.length] ?? '') &&
      tokens[i + named.length]?.sentence === tokens[i]!.sentence
    )
      useNamed = false;
    if (useNamed && named && (!agent || named.length >= agent.length)) {
      hits.push({ i, j: i + named.length, named: named.values[0]! });
      i += named.length;
    } else if (
      agent &&
      !(
        agent.length === 1 &&
        // (An armed agent word ends a group's name: "Malay Muslim Separatists" are separatists.)
        !agent.values[0]!.armed &&
        i > 0 &&
        /\p{Lu}/u.test(text.charAt(tokens[i]!.start)) &&
        tokens[i - 1]!.pos === 'PROPN' &&
        tokens[i - 1]!.sentence === tokens[i]!.sentence &&
        !hits.some((h) => h.j === i)
      )
    ) {
      // (A capitalised agent word after an unknown name is part of that name: "Borno State".)
      hits.push({ i, j: i + agent.length, agent: agent.values[0]! });
      i += agent.length;
    } else {
      i++;
    }
  }
  return hits;
}

/**
 * Actor mentions: countries, demonyms, capitals (as metonyms), named organisations and
 * agent words, composed into coded actors ("Kyrgyz servicemen" -> KGZ MIL; "the Border
 * Troops of ... Tajikistan" -> TJK MIL). Countries after a locative preposition are places.
 */
export const findActors: Stage<Knowledge> = {
  name: 'find-actors',
  requires: ['tokens'],
  assigns: ['actors'],
  run(doc, { knowledge: k }) {
    const tokens = doc.layers.tokens ?? [];
    const { surface, lemma } = tokenKeys(doc);
    const hits = rawHits(k, doc.text, tokens, surface, lemma);
    const out: ActorMention[] = [];
    let h = 0;
    while (h < hits.length) {
      const hit = hits[h]!;
      const next = hits[h + 1];
      const sentence = tokens[hit.i]!.sentence;
      const sameSentence = (x: Hit | undefined) => x !== undefined && tokens[x.i]!.sentence === sentence;
      if (hit.named?.kind === 'ethnic') {
        const found = ethnicMention(k, doc, tokens, surface, hits, h);
        if (found) out.push(found.actor);
        h = found?.next ?? h + 1;
        continue;
      }
      // A head of state or government by name: "Museveni said".
      if (hit.named?.kind === 'leader') {
        const gov = k.agentById.get('agent.government') ?? null;
        out.push(compose(k, doc, tokens, hit.i, hit.j, hit.named.country, gov, null, ['leader']));
        h++;
        continue;
      }
      // Country/demonym (+ "'s") + agent words: "Kyrgyz servicemen", "Kyrgyzstan's border service".
      if (hit.named && hit.named.kind !== 'org') {
        const iso = hit.named.country;
        let gapOk = false;
        if (next && sameSentence(next) && next.agent) {
          const gap = surface.slice(hit.j, next.i);
          // "French Operation Barkhane forces": a name of up to three capitalised words between.
          const named =
            gap.length > 0 &&
            gap.length <= 3 &&
            tokens.slice(hit.j, next.i).every((x) => /^\p{Lu}/u.test(doc.text.slice(x.start, x.end)));
          const possessive = gap[0] === "'s" || gap[0] === '’s' || gap[0] === "'";
          // "Iraq's interim government", "Nicaragua's Sandinista government": up to two
          // adjectives or name words after the possessive.
          const modifiers = tokens
            .slice(hit.j + 1, next.i)
            .every((x) => x.pos === 'ADJ' || /^\p{Lu}/u.test(doc.text.slice(x.start, x.end)));
          // "Saudi-led coalition warplanes", "US-led forces": the leader's country.
          const led = gap[0] === '-' && gap[1] === 'led' && gap.length <= 4;
          // "Ethiopian cattle raiders", "Kenyan opposition supporters": one word saying which kind.
          const kind =
            hit.named.kind === 'demonym' &&
            gap.length === 1 &&
            (tokens[hit.j]!.pos === 'NOUN' || tokens[hit.j]!.pos === 'ADJ');
          gapOk = gap.length === 0 || named || (possessive && gap.length <= 3 && modifiers) || led || kind;
        }
        // "Kyrgyz and Tajik border guards": the agent applies to both.
        const third = hits[h + 2];
        if (
          !gapOk &&
          next?.named &&
          next.named.kind !== 'org' &&
          third?.agent &&
          surface[hit.j] === 'and' &&
          next.i === hit.j + 1 &&
          third.i === next.j
        ) {
          out.push(
            compose(k, doc, tokens, hit.i, hit.j, iso, third.agent, null, ['country+agent', 'coordination']),
          );
          h += 1;
          continue;
        }
        if (gapOk && next?.agent) {
          const [end, agents] = extendAgents(hits, h + 1, tokens, sentence);
          // "Ugandan President Yoweri Museveni": the name belongs to the phrase.
          const named = leaderAt(hits, h + 1 + agents.length, end, tokens, sentence);
          const rules = named ? ['country+agent', 'leader'] : ['country+agent'];
          out.push(compose(k, doc, tokens, hit.i, named?.j ?? end, iso, pickAgent(agents), null, rules));
          h = h + 1 + agents.length + (named ? 1 : 0);
          continue;
        }
        // Bare country/capital/demonym ("in central Mali" is still a place).
        let back = hit.i - 1;
        while (back > 0 && DIRECTION.test(surface[back] ?? '')) back--;
        const prevTok = surface[back] ?? '';
        const nextTok = tokens[hit.j];
        // The word after any adverbs and words of time: "Pakistan today threatened", "Beirut
        // again rejected".
        let after = hit.j;
        while (
          tokens[after]?.sentence === sentence &&
          (tokens[after]!.pos === 'ADV' || TIME_NOUNS.has(tokens[after]!.lemma))
        )
          after++;
        // (A finite verb: in "the capital Warsaw Friday demanding ..." the participle tells the crowd's aim.)
        const verbPos =
          tokens[after]?.sentence === sentence && !(after > hit.j && surface[after]!.endsWith('ing'))
            ? tokens[after]!.pos
            : '';
        const nextIsName =
          nextTok !== undefined &&
          nextTok.sentence === sentence &&
          nextTok.pos === 'PROPN' &&
          // ("Israel Friday reimposed": a weekday before the verb; not "in central Hong Kong Sunday".)
          !(TIME_NOUNS.has(surface[hit.j]!) && (verbPos === 'VERB' || verbPos === 'AUX')) &&
          !hits.some((x) => x.i === hit.j);
        const nextPos = nextTok && nextTok.sentence === sentence ? nextTok.pos : '';
        let keep =
          !LOCATIVE.has(prevTok) &&
          !nextIsName &&
          !inPlaceApposition(tokens, surface, back) &&
          !(CONNECTORS.has(prevTok) && tokens[back - 1]?.pos === 'PROPN');
        if (hit.named.kind === 'demonym')
          keep = keep && nextPos !== 'NOUN' && nextPos !== 'PROPN' && nextPos !== 'ADJ';
        // "the US dollar": a country name used as an adjective names no actor.
        if (
          hit.named.kind === 'country' &&
          nextPos === 'NOUN' &&
          !(after > hit.j && (verbPos === 'VERB' || verbPos === 'AUX'))
        )
          keep = false;
        // A capital stands for its government as a subject ("Moscow said") or an object ("accused Kyiv").
        const prevPos = tokens[hit.i - 1]?.sentence === sentence ? tokens[hit.i - 1]!.pos : '';
        if (hit.named.kind === 'capital')
          keep =
            keep &&
            (nextPos === 'VERB' ||
              nextPos === 'AUX' ||
              prevPos === 'VERB' ||
              // (Not "the outskirts of Damascus reportedly killed": a place's name after "of".)
              (after > hit.j && (verbPos === 'VERB' || verbPos === 'AUX') && prevTok !== 'of'));
        if (hit.named.kind === 'country' && (surface[hit.j] === "'s" || surface[hit.j] === '’s'))
          keep = !LOCATIVE.has(prevTok);
        // "a Turkey backed police patrol", "Iran-supported militias": the backer does not act.
        const backedAt = surface[hit.j] === '-' ? hit.j + 1 : hit.j;
        if (BACKED.has(surface[backedAt] ?? '') && tokens[backedAt]?.sentence === sentence) keep = false;
        // "a Turkish drone attacked", "Israeli airstrikes", "Russian shelling": a state's weapon
        // is fired by its forces (rule `weapon-owner`).
        if (
          (hit.named.kind === 'demonym' || hit.named.kind === 'country') &&
          tokens[hit.j]?.sentence === sentence &&
          k.lexicon.matchAt(lemma, hit.j)?.values.some((e) => STATE_WEAPON_MODES.has(e.mode ?? '')) === true
        ) {
          out.push(
            compose(k, doc, tokens, hit.i, hit.j, iso, k.agentById.get('agent.military') ?? null, null, [
              'weapon-owner',
            ]),
          );
          h++;
          continue;
        }
        // "The Palestinians rejected the plan", "Kenyans protested": the people, not an adjective.
        if (hit.named.kind === 'people') {
          if (!LOCATIVE.has(prevTok))
            out.push(
              compose(k, doc, tokens, hit.i, hit.j, iso, k.agentById.get('agent.civilians') ?? null, null, [
                'demonym-plural',
              ]),
            );
        } else if (keep) {
          const m = compose(k, doc, tokens, hit.i, hit.j, iso, null, null, [`${hit.named.kind}-metonym`]);
          out.push({ ...m, metonym: true });
        }
        h++;
        continue;
      }
      if (hit.named?.kind === 'org') {
        const org = hit.named.org;
        let end = hit.j;
        let used = 1;
        // "CSTO Committee of ..." or "Committee ... of the CSTO".
        if (
          next?.named?.kind === 'org' &&
          next.named.org.id === org.id &&
          next.i <= end + 2 &&
          sameSentence(next)
        ) {
          end = next.j;
          used = 2;
        }
        // Org + agent words: "Al Shabaab militants".
        const after = hits[h + used];
        let agent: AgentEntry | null = null;
        if (after?.agent && after.i === end && sameSentence(after)) {
          agent = after.agent;
          end = after.j;
          used++;
        }
        const ofCountry = ofChain(hits, h + used, end, surface, tokens, sentence);
        let country = org.country;
        if (ofCountry) {
          country = ofCountry.country;
          end = ofCountry.end;
          used = ofCountry.next - h;
        }

        out.push(compose(k, doc, tokens, hit.i, end, country, agent, org, ['organisation']));
        h += used;
        continue;
      }
      // Agent words, possibly owned by a country through "of": "the Border Troops of ... Tajikistan".
      const [end0, agents] = extendAgents(hits, h, tokens, sentence);
      const run = agents.length;
      let end = end0;
      let used = agents.length;
      let country: string | null = null;
      let org: Organisation | null = null;
      let chain = ofChain(hits, h + used, end, surface, tokens, sentence);
      const rules = ['agent'];
      // "King Hassan of Morocco", "President Eyadema of Togo": a state's title, a person's name
      // the knowledge lacks, then "of" and the country.
      const titleSector = pickAgent(agents)?.sector;
      if (!chain && titleSector && STATE_SECTORS.has(titleSector as Sector)) {
        let n = end;
        while (
          n < end + 3 &&
          tokens[n]?.sentence === sentence &&
          tokens[n]!.pos === 'PROPN' &&
          /^\p{Lu}/u.test(doc.text.slice(tokens[n]!.start, tokens[n]!.end)) &&
          !hits.some((x) => x.i === n)
        )
          n++;
        if (n > end && surface[n] === 'of') {
          chain = ofChain(hits, h + used, n, surface, tokens, sentence);
          if (chain) rules.push('title+name');
        }
      }
      // "President Yoweri Museveni": a title and a head of state's or government's name.
      const named = chain ? null : leaderAt(hits, h + used, end, tokens, sentence);
      if (named?.named?.kind === 'leader') {
        country = named.named.country;
        end = named.j;
        used++;
        rules.push('leader');
      }
      if (chain) {
        country = chain.country;
        org = chain.org;
        end = chain.end;
        used = chain.next - h;
        agents.push(...chain.agents);
        rules.push('of-chain');
      }
      out.push(
        compose(
          k,
          doc,
          tokens,
          hit.i,
          end,
          country,
          pickAgent(agents, run),
          org && org.sector === 'IGO' ? org : null,
          rules,
        ),
      );
      h += used;
    }
    return {
      layers: {
        actors: [...out, ...namedUnits(doc, tokens, surface, out)].sort((a, b) => a.start - b.start),
      },
    };
  },
};

/** The hit at `h` when it names a head of state or government and begins at token `at`. */
function leaderAt(
  hits: readonly Hit[],
  h: number,
  at: number,
  tokens: readonly Token[],
  sentence: number,
): Hit | null {
  const x = hits[h];
  return x?.named?.kind === 'leader' && x.i === at && tokens[x.i]!.sentence === sentence ? x : null;
}

/** Consecutive agent hits ("military servicemen") as one phrase. */
function extendAgents(
  hits: Hit[],
  from: number,
  tokens: readonly Token[],
  sentence: number,
): [number, AgentEntry[]] {
  const agents: AgentEntry[] = [];
  let end = hits[from]!.i;
  let h = from;
  while (h < hits.length) {
    const x = hits[h]!;
    if (!x.agent || (x.i !== end && agents.length > 0) || tokens[x.i]!.sentence !== sentence) break;
    agents.push(x.agent);
    end = x.j;
    h++;
  }
  return [end, agents];
}

/**
 * The agent that gives the sector: of consecutive agent words the last, the head noun ("local
 * policemen", "chief police officer", "State police" are police), unless it is a mouthpiece
 * ("police spokesman": the police); of a mouthpiece's "of" chain the first agent after it
 * ("press centre of the Border Troops"). `run` is how many of `agents` are consecutive.
 */
function pickAgent(agents: readonly AgentEntry[], run = agents.length): AgentEntry | null {
  for (let x = run - 1; x >= 0; x--) if (!agents[x]!.voice) return agents[x]!;
  return agents.slice(run).find((a) => !a.voice) ?? agents[0] ?? null;
}

/**
 * Follow "of (the) ..." links after an actor phrase, through further agent words and named
 * organisations, up to a country: "of the State Committee for National Security of Tajikistan".
 */
function ofChain(
  hits: Hit[],
  from: number,
  end: number,
  surface: readonly string[],
  tokens: readonly Token[],
  sentence: number,
): {
  country: string | null;
  org: Organisation | null;
  end: number;
  next: number;
  agents: AgentEntry[];
} | null {
  let h = from;
  let at = end;
  const agents: AgentEntry[] = [];
  let org: Organisation | null = null;
  while (h < hits.length) {
    const x = hits[h]!;
    if (tokens[x.i]!.sentence !== sentence) return null;
    const gap = surface.slice(at, x.i);
    const linkOk =
      gap.length >= 1 &&
      gap.length <= 5 &&
      (gap[0] === 'of' || gap[0] === 'under') &&
      gap.every((g) => /^[\p{L}'’.-]+$/u.test(g)) &&
      gap.slice(1).every((g) => OF_CHAIN_WORDS.has(g));
    if (!linkOk) return null;
    if (x.named && x.named.kind !== 'org' && x.named.kind !== 'ethnic') {
      // "... of Tajikistan's Border Troops": the possessed agent belongs to the phrase.
      const poss = hits[h + 1];
      if (
        poss?.agent &&
        (surface[x.j] === "'s" || surface[x.j] === '’s') &&
        poss.i === x.j + 1 &&
        tokens[poss.i]!.sentence === sentence
      ) {
        return { country: x.named.country, org, end: poss.j, next: h + 2, agents: [...agents, poss.agent] };
      }
      return { country: x.named.country, org, end: x.j, next: h + 1, agents };
    }
    if (x.named?.kind === 'org') {
      org = x.named.org;
      if (org.country) return { country: org.country, org, end: x.j, next: h + 1, agents };
    } else if (x.agent) {
      agents.push(x.agent);
    }
    at = x.j;
    h++;
  }
  return null;
}

/** Words that close the name of an armed unit ("Al Sham Corps", "Sultan Murad Division"). */
const UNIT_WORDS = new Set([
  'corps',
  'brigade',
  'brigades',
  'division',
  'battalion',
  'battalions',
  'regiment',
  'legion',
]);
/** Names of units that carry no arms or that every reader knows as a state's ("Peace Corps"). */
const UNARMED_UNITS = new Set([
  'peace',
  'marine',
  'press',
  'diplomatic',
  'medical',
  'volunteer',
  'volunteers',
]);

/**
 * An armed unit we do not know by name: up to four capitalised words before a unit word, none
 * of them an actor we know ("unidentified gunmen carried out a raid on the headquarters of Al
 * Sham Corps"). An armed group of its own (REB, rule `named-unit`); not a numbered unit ("the
 * 35th Brigade"), a state's.
 */
function namedUnits(
  doc: Doc,
  tokens: readonly Token[],
  surface: readonly string[],
  known: readonly ActorMention[],
): ActorMention[] {
  const out: ActorMention[] = [];
  const cap = (x: Token) => /^\p{Lu}[\p{L}'’-]*$/u.test(doc.text.slice(x.start, x.end));
  for (let j = 1; j < tokens.length; j++) {
    if (!UNIT_WORDS.has(surface[j]!)) continue;
    const unit = tokens[j]!;
    if (!cap(unit)) continue;
    let i = j;
    while (i - 1 >= 0 && j - (i - 1) <= 4 && tokens[i - 1]!.sentence === unit.sentence && cap(tokens[i - 1]!))
      i--;
    // (Not the first word of a sentence alone: "Division commanders met".)
    if (i === j || (i === j - 1 && (i === 0 || tokens[i - 1]!.sentence !== unit.sentence))) continue;
    if (surface.slice(i, j).some((w) => UNARMED_UNITS.has(w))) continue;
    const start = tokens[i]!.start;
    if (known.some((a) => a.start < unit.end && start < a.end)) continue;
    out.push({
      start,
      end: unit.end,
      country: null,
      sector: 'REB',
      org: null,
      agent: null,
      name: doc.text.slice(start, unit.end),
      rules: ['named-unit'],
      metonym: false,
    });
  }
  return out;
}

/** Words an "of" chain may pass over ("of the Republic of ..."); any other word ends it. */
const OF_CHAIN_WORDS = new Set(['the', 'republic', 'kingdom', 'state', 'federation']);

/** A group's own leaders ("Yoruba leaders"), though "leader" alone is a government word. */
const GROUP_LEADERS = new Set(['leader', 'leaders', 'elder', 'elders', 'chief', 'chiefs']);
/** Words after a country's name that make it a backer, not an actor ("Turkey-backed factions"). */
const BACKED = new Set(['backed', 'supported', 'sponsored', 'funded', 'armed', 'trained', 'allied']);
/**
 * Nouns after a group's name that name the group itself ("Kalenjins and Maasais groups",
 * "clashes between Kalenjin and Kikuyu tribes", "Degodia and Garre clans").
 */
const GROUP_NOUNS = new Set(['group', 'groups', 'tribe', 'tribes', 'clan', 'clans']);
const TITLE_BEFORE = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'chief', 'sheikh']);

/**
 * An ethnic group or clan as an actor: before a non-state agent word, its armed men or its people
 * ("Pokot raiders", "Maasai herders", "the Garre community"); alone, the people, where the name is
 * written as a plural or is no place's name ("clashes between Kalenjin and Kikuyu"; "in Turkana"
 * and "Turkana County" are the place). ACLED names it "<Group> Ethnic Militia (<Country>)"
 * when armed and "<Group> Ethnic Group (<Country>)" otherwise; rule `ethnic-group`.
 */
function ethnicMention(
  k: Knowledge,
  doc: Doc,
  tokens: readonly Token[],
  surface: readonly string[],
  hits: Hit[],
  h: number,
): { actor: ActorMention; next: number } | null {
  const hit = hits[h]!;
  if (hit.named?.kind !== 'ethnic') return null;
  const { group, countries, plural } = hit.named;
  // "Kenyan Turkana and Sudanese Toposa": a demonym right before says which country's.
  const dem = hits[h - 1]?.j === hit.i ? hits[h - 1]?.named : undefined;
  const country = dem?.kind === 'demonym' ? dem.country : hit.named.country;
  // A group living in several countries says nothing of which one the report is about.
  const rules = [
    'ethnic-group',
    ...(countries.length > 1 ? ['ethnic-several-countries'] : []),
    ...(countries.length > 3 ? ['ethnic-many-countries'] : []),
  ];
  const sentence = tokens[hit.i]!.sentence;
  const countryLabel = countryName(k, country) ?? country;
  const next = hits[h + 1];
  if (
    next?.agent &&
    next.i === hit.j &&
    tokens[next.i]!.sentence === sentence &&
    // (Not a state body: "Turkana police" are the county's.)
    (!STATE_SECTORS.has(next.agent.sector as Sector) || GROUP_LEADERS.has(surface[next.i]!))
  ) {
    const [end, agents] = extendAgents(hits, h + 1, tokens, sentence);
    const agent = pickAgent(agents);
    const m = compose(k, doc, tokens, hit.i, end, country, agent, null, ['ethnic+agent', ...rules]);
    const armed = agent?.armed === true;
    return {
      actor: { ...m, name: `${group} Ethnic ${armed ? 'Militia' : 'Group'} (${countryLabel})` },
      next: h + 1 + agents.length,
    };
  }
  const prev = surface[hit.i - 1] ?? '';
  const before = tokens[hit.i - 1];
  const after = tokens[hit.j];
  if (LOCATIVE.has(prev) || TITLE_BEFORE.has(prev)) return null;
  if (before && before.sentence === sentence && before.pos === 'PROPN' && dem?.kind !== 'demonym')
    return null;
  // (A name before a noun modifies it, "Kikuyu town", unless the noun is an act the group does:
  // "Maasai attack guard at farm", "Pokot raid village", where the tagger reads a verb as a noun.)
  const actAfter = () =>
    k.lexicon.matchAt(tokenKeys(doc).lemma, hit.j)?.values.some((e) => e.plover === 'ASSAULT') === true;
  // (Not where the group is whence other men came: "raiders from either Turkana or Samburu
  // tribes" are the raiders.)
  const groupNoun = () => GROUP_NOUNS.has(surface[hit.j]!) && !fromBefore(doc.text, tokens, surface, hit.i);
  if (
    after &&
    after.sentence === sentence &&
    (after.pos === 'PROPN' || (after.pos === 'NOUN' && !actAfter() && !groupNoun()))
  )
    return null;
  // A place's name too ("Kikuyu" is a town): the group only beside another group ("Kalenjin
  // and Kikuyu", "between the Borana and the Gabra").
  const group2 = (x: Hit | undefined, a: number, b: number) =>
    x?.named?.kind === 'ethnic' &&
    b - a <= 2 &&
    surface.slice(a, b).some((w) => w === 'and' || w === 'or' || w === ',');
  // (Past a demonym before the other group: "Kenyan Turkana and Sudanese Toposa".)
  const after1 = hits[h + 1]?.named?.kind === 'demonym' ? hits[h + 2] : hits[h + 1];
  const start1 = hits[h + 1]?.named?.kind === 'demonym' ? hits[h + 1]!.i : (after1?.i ?? 0);
  const paired =
    group2(hits[h - 1], hits[h - 1]?.j ?? 0, hit.i) ||
    (group2(after1, hit.j, start1) && (after1 === hits[h + 1] || hits[h + 1]!.j === after1!.i));
  if (!plural && !paired && k.gazetteer.has(surface.slice(hit.i, hit.j).join(' '))) return null;
  const m = compose(
    k,
    doc,
    tokens,
    hit.i,
    hit.j,
    country,
    k.agentById.get('agent.civilians') ?? null,
    null,
    rules,
  );
  return { actor: { ...m, name: `${group} Ethnic Group (${countryLabel})` }, next: h + 1 };
}

/** Whether "from" opens the phrase of group names ending at token i ("from either Turkana or"). */
function fromBefore(text: string, tokens: readonly Token[], surface: readonly string[], i: number): boolean {
  for (let x = i - 1; x >= 0 && x >= i - 5; x--) {
    const w = surface[x]!;
    if (w === 'from') return true;
    if (!isCap(text, tokens[x]!) && !/^(?:either|neither|both|the|or|nor|and|,)$/.test(w)) return false;
  }
  return false;
}

/** Words before an agent that say the person no longer holds the post. */
const FORMER = new Set(['former', 'ex', 'retired', 'onetime', 'one-time', 'erstwhile']);

/** Whether the phrase at token i is said to be a former holder ("former", "ex-", "retired") or off duty. */
function formerAt(doc: Doc, tokens: readonly Token[], i: number): boolean {
  const { surface } = tokenKeys(doc);
  const word = (x: number) => (tokens[x]?.sentence === tokens[i]!.sentence ? surface[x]! : '');
  // "a former Kenyan soldier" (the phrase begins at the demonym), "an ex-soldier"; and one
  // off duty, who stands for no force: "an off-duty police officer".
  // (Past the capitalised words of a name the phrase leaves out: "an off-duty National
  // Intelligence Service officer".)
  let b = i;
  while (
    b > 0 &&
    i - b < 3 &&
    tokens[b - 1]?.sentence === tokens[i]!.sentence &&
    isCap(doc.text, tokens[b - 1]!)
  )
    b--;
  const offDuty = (x: number) =>
    word(x - 1) === 'off-duty' ||
    (word(x - 1) === 'duty' && (word(x - 2) === 'off' || (word(x - 2) === '-' && word(x - 3) === 'off')));
  return FORMER.has(word(i - 1)) || (word(i - 1) === '-' && word(i - 2) === 'ex') || offDuty(i) || offDuty(b);
}

/** Whether a phrase ending at `end` is said to be off duty after it: "a soldier (off-duty)". */
const OFF_DUTY_AFTER = /^\s*[(,]\s*off[- ]duty\b/i;

function compose(
  k: Knowledge,
  doc: Doc,
  tokens: readonly Token[],
  i: number,
  j: number,
  country: string | null,
  agent: AgentEntry | null,
  org: Organisation | null,
  rules: string[],
): ActorMention {
  let start = tokens[i]!.start;
  // Leave a leading "the" out of the span.
  if (doc.text.slice(start, start + 4).toLowerCase() === 'the ' && j - i > 1) start = tokens[i + 1]!.start;
  let end = tokens[j - 1]!.end;
  // Leave a trailing possessive out ("Kyrgyzstan's" -> "Kyrgyzstan").
  const last = doc.text.slice(tokens[j - 1]!.start, end);
  if ((last === "'s" || last === '’s') && j - 1 > i) end = tokens[j - 2]!.end;
  // A named armed group keeps its own sector ("Houthi positions" are the Houthis'), and so does
  // a peace operation ("a MONUSCO convoy" is the mission's, not the country's army).
  let sector = (
    org && (org.sector !== 'IGO' || org.armed) ? org.sector : (agent?.sector ?? (org ? org.sector : 'GOV'))
  ) as Sector;
  // "A former soldier", "an ex-policeman", "a retired general": no longer armed, nor the state.
  if (
    !org &&
    (formerAt(doc, tokens, i) || OFF_DUTY_AFTER.test(doc.text.slice(end, end + 14))) &&
    (ARMED_SECTORS.has(sector) || STATE_SECTORS.has(sector))
  ) {
    rules = [...rules, 'former'];
    agent = k.agentById.get('agent.civilians') ?? null;
    sector = 'CVL';
  }
  // (An agent that acts as a communal or political militia, and an international organisation's
  // armed force (a peace operation), say so in rules the ACLED classifier reads.)
  const ids = [
    ...(agent ? [agent.id] : []),
    ...(org ? [org.id] : []),
    ...rules,
    ...(agent?.communal ? ['communal-agent'] : []),
    // (A party's own people are its followers: "BJP workers", "ODM youths".)
    ...(agent?.partisan || (org?.sector === 'PTY' && agent && PARTY_PEOPLE.has(agent.sector))
      ? ['partisan-agent']
      : []),
    ...(org?.armed && org.sector === 'IGO' ? ['armed-org'] : []),
  ];
  return {
    start,
    end,
    country,
    sector,
    org: org?.id ?? null,
    agent: agent?.agent ?? null,
    name: acledName(k, agent, country, org),
    rules: ids,
    metonym: false,
  };
}
