import type { ActorMention, EventCode } from '../core/types.js';
import { ARMED_SECTORS } from '../knowledge/load.js';
import type { LexiconEntry } from '../knowledge/schemas.js';

/** Sectors of people who carry no arms: their being attacked is violence against civilians. */
const UNARMED = new Set(['CVL', 'JRN', 'HLH', 'EDU', 'REF', 'PRO', 'OPP', 'PTY', 'LAB', 'BUS', 'NGO', 'MED']);

export interface SentenceCues {
  readonly riot: boolean;
  readonly intervention: boolean;
  readonly excessiveForce: boolean;
  /** Told by an observer who names neither side ("the mission observed 19 shots"). */
  readonly observed?: boolean;
  /** The act's object is a dwelling or a village ("attacked a village", "raided a manyatta"). */
  readonly dwelling?: boolean;
  /** The act's object is a bare count of people ("kill five in a raid", "killing three"). */
  readonly counted?: boolean;
  /** The act is a raid ("police raided the homes of activists"). */
  readonly raid?: boolean;
  /** Its sentence makes the sides communal militias ("clashes between two clans"). */
  readonly communal?: boolean;
  /** Its sentence names an armed actor that is not the act's source, or tells a fight ("the clash"). */
  readonly otherArmed?: boolean;
  /** Its sentence tells heavy weapons fired or shelling (remote violence, decided later). */
  readonly heavyWeapons?: boolean;
  /** The act is a shooting ("were shot dead by 4 men", "men in a car opened fire"). */
  readonly firearm?: boolean;
  /** Its sentence tells a killing too ("shoot and kill"). */
  readonly killing?: boolean;
  /** Its sentence names an armed actor beside the act's source (not the source's own, nor the source named again). */
  readonly armedBeside?: boolean;
  /**
   * Its target stands past another verb ("fighting between the army and AA has forced 500
   * villagers to flee"): read by position, it may be no side of the act.
   */
  readonly targetPastVerb?: boolean;
  /**
   * Its sides were read as the two sides of "between" ("killed in violence between Kalenjin and
   * Maasai"): they fought each other, whatever the act's verb.
   */
  readonly between?: boolean;
  /**
   * Its targets are all people protesting, named so ("protesters", "demonstrators"; not an
   * activist, whom the knowledge also counts as a protester).
   */
  readonly protestersTargeted?: boolean;
  /** It is told as done during a protest ("killed by police during a demonstration in Malindi"). */
  readonly duringProtest?: boolean;
  /** Its targets are called suspects ("a suspected thief", "alleged cattle rustlers"). */
  readonly targetSuspected?: boolean;
  /** Its sentence names a protest or a demonstration ("engage police in running battles to protest insecurity"). */
  readonly protestNamed?: boolean;
  /** Its sentence names a riot ("shot dead during election riots"; not "riot police"). */
  readonly riotNamed?: boolean;
  /** Its one source is one person ("a man threw stones at a nurse"): no mob. */
  readonly loneAttacker?: boolean;
}

const EXCESSIVE_FORCE: readonly [string, string] = ['Protests', 'Excessive force against protesters'];
const MOB_VIOLENCE: readonly [string, string] = ['Riots', 'Mob violence'];

/** Bodies that carry no arms and hold no territory: aid groups, agencies, firms, the press. */
const CIVIL_BODIES = new Set(['NGO', 'IGO', 'BUS', 'JRN', 'MED', 'HLH']);

/** A protest turned violent: PLOVER mode, CAMEO code and ACLED type of a riot. */
export const RIOT = {
  mode: 'riot',
  cameo: '145',
  acled: ['Riots', 'Violent demonstration'],
} as const satisfies Pick<EventCode, 'mode' | 'cameo' | 'acled'>;

/** A weapon found, defused or gone off before its time: PLOVER, CAMEO and ACLED codes. */
export const DISRUPTED_WEAPON = {
  plover: 'COERCE',
  mode: 'seize',
  cameo: '1711',
  acled: ['Strategic developments', 'Disrupted weapons use'],
} as const satisfies Pick<EventCode, 'plover' | 'mode' | 'cameo' | 'acled'>;

/**
 * An armed side: a sector that carries arms, or an international organisation's armed force
 * (a peace operation, `armed-org`: "an attack on a MONUSCO base" is a fight).
 */
export function isArmed(a: ActorMention): boolean {
  return (a.sector !== null && ARMED_SECTORS.has(a.sector)) || a.rules.includes('armed-org');
}

/** A protest's ACLED type by how it was met: excessive force, intervention, else `peaceful`. */
function protestType(cues: SentenceCues, peaceful: readonly [string, string]): readonly [string, string] {
  if (cues.excessiveForce) return EXCESSIVE_FORCE;
  if (cues.intervention) return ['Protests', 'Protest with intervention'];
  return peaceful;
}

/** Acts of words: a demand, an accusation, a rejection. */
const VOICED: ReadonlySet<string> = new Set(['REQUEST', 'ACCUSE', 'REJECT']);

/** The state's armed forces. */
export const STATE_FORCES: ReadonlySet<string> = new Set(['MIL', 'COP']);

/** Law enforcement: its raids are searches and seizures, not attacks. */
const LAW = new Set(['COP', 'SPY', 'JUD']);

/**
 * ACLED type/sub-type from the lexicon entry and the actors: Battles need two organised
 * armed sides; attacks on unarmed people are violence against civilians; weapon-defined
 * entries keep their type; a protest turns into a riot, or one met with intervention or
 * excessive force, by the cues in its sentence.
 */
export function classifyAcled(
  entry: LexiconEntry,
  source: readonly ActorMention[],
  target: readonly ActorMention[],
  cues: SentenceCues,
): EventCode {
  let acled: readonly [string, string] = entry.acled;
  let plover = entry.plover;
  let mode = entry.mode;
  let cameo = entry.cameo;
  // An ethnic group that attacks or fights is a communal militia ("Borana and Turkana fought");
  // attacked by others, it is people (its name only says whose).
  // (So are agents marked `communal`: "herders attacked farmers" is a communal militia's raid.)
  const ethnic = (a: ActorMention) => a.rules.includes('ethnic-group') || a.rules.includes('communal-agent');
  const mutual = entry.roles === 'mutual' || cues.between === true;
  // So is a side its sentence calls a clan, a tribe or a community ("fighting between the Garre
  // and Degodia clans", "morans from two communities clashed").
  const communal = plover === 'ASSAULT' && !!cues.communal;
  const srcArmed = communal || source.some((a) => isArmed(a) || ethnic(a));
  // People with no arms, or rioters, and no ethnic group.
  const unarmedOrRioters = (side: readonly ActorMention[]) =>
    side.length > 0 &&
    side.every((a) => a.sector && (UNARMED.has(a.sector) || a.sector === 'RIO') && !ethnic(a));
  const srcUnarmed = !communal && unarmedOrRioters(source);
  const tgtUnarmed =
    target.length > 0 && target.every((a) => a.sector && UNARMED.has(a.sector) && !(mutual && ethnic(a)));
  // A party's followers who attack people who carry no arms (not rioters, not the police): a
  // political militia's attack ("PNU supporters beat a candidate", "supporters attacked
  // journalists").
  const partisan =
    plover === 'ASSAULT' &&
    !mutual &&
    source.length > 0 &&
    source.every((a) => a.rules.includes('partisan-agent')) &&
    tgtUnarmed;
  const rioters = source.some((a) => a.sector === 'RIO');
  const demonstrators = source.length > 0 && source.every((a) => a.sector === 'PRO' || a.sector === 'RIO');
  if (plover === 'PROTEST') {
    if (cues.riot || rioters || entry.mode === 'riot') ({ acled, mode, cameo } = RIOT);
    else acled = protestType(cues, acled);
  } else if (VOICED.has(plover) && demonstrators) {
    // Protesters who demand, denounce or reject are protesting ("hundreds of protesters in Kut
    // demanded new elections"): ACLED codes the protest; PLOVER keeps what they said.
    acled = cues.riot || rioters ? RIOT.acled : protestType(cues, ['Protests', 'Peaceful protest']);
  } else if (acled[1] === 'Looting/property destruction' && demonstrators) {
    // Protesters or rioters who burn and wreck riot ("protesters torched a police station"):
    // ACLED's looting and property destruction is of a side that is not demonstrating.
    plover = 'PROTEST';
    ({ acled, mode, cameo } = RIOT);
  } else if (
    plover === 'ASSAULT' &&
    cues.raid &&
    source.length > 0 &&
    source.every((a) => a.sector && LAW.has(a.sector)) &&
    !target.some(isArmed)
  ) {
    // "Police raided the homes of activists": a search and seizure (PLOVER COERCE, seize).
    plover = 'COERCE';
    mode = 'seize';
    cameo = '1711';
    acled = ['Strategic developments', 'Other'];
  } else if (
    plover === 'ASSAULT' &&
    !mutual &&
    !cues.riotNamed &&
    source.length > 0 &&
    source.every((a) => a.sector && STATE_FORCES.has(a.sector)) &&
    (cues.protestersTargeted === true || (cues.duringProtest === true && !target.some(isArmed)))
  ) {
    // State forces who shoot, beat or attack protesters (not rioters), or people with no arms
    // during a protest: ACLED's excessive force against protesters, a protest event ("Police open
    // fire on CORD protesters, killing five", "a woman was killed by police during a demonstration").
    acled = EXCESSIVE_FORCE;
  } else if (
    plover === 'ASSAULT' &&
    !mutual &&
    source.length > 0 &&
    source.every((a) => a.sector && STATE_FORCES.has(a.sector)) &&
    target.length > 0 &&
    target.every((a) => a.sector === 'RIO')
  ) {
    // State forces who shoot at or beat rioters meet the riot ("Police fire on rioters in Kibera"):
    // ACLED codes the riot, not violence against civilians.
    acled = RIOT.acled;
  } else if (
    plover === 'ASSAULT' &&
    !mutual &&
    entry.roles !== 'patient-only' &&
    cues.targetSuspected &&
    unarmedOrRioters(source)
  ) {
    // People with no arms who beat or kill suspects do mob justice ("Residents of Ogwedhi kill two
    // suspected cattle rustlers"), whatever the suspects are said to have done.
    acled = MOB_VIOLENCE;
  } else if (partisan && (!entry.weapon || acled[0] === 'Riots')) {
    // The act's own civilian type, or an attack where it names mob violence ("PNU supporters
    // threw rocks at a former candidate").
    acled =
      entry.acled_civilians ?? (acled[0] === 'Riots' ? ['Violence against civilians', 'Attack'] : acled);
  } else if (
    plover === 'ASSAULT' &&
    !mutual &&
    cues.loneAttacker === true &&
    srcUnarmed &&
    !srcArmed &&
    !rioters &&
    (!entry.weapon || acled[1] === 'Mob violence') &&
    !target.some(isArmed)
  ) {
    // One person is no mob: "a man threw stones at a female nurse" is an attack on her.
    acled = entry.acled_civilians ?? ['Violence against civilians', 'Attack'];
  } else if (!entry.weapon && plover === 'ASSAULT') {
    // Battles need a second organised armed side: a named target not known to be armed (an
    // official, a judge, a mayor) makes one-sided violence against civilians.
    const tgtArmed = target.some((a) => isArmed(a) || (mutual && ethnic(a)));
    // People who shoot are armed, whatever the words for them ("4 men", "a man and a woman on
    // a motorcycle"): their shooting is no mob violence. (Protesters and rioters who shoot stay
    // rioters.)
    const gunmen = cues.firearm === true && source.every((a) => a.sector === 'CVL');
    // (Protesters who fight demonstrate violently: "CORD protesters clash with police".)
    if (srcUnarmed && !srcArmed && !gunmen)
      acled = source.some((a) => a.rules.includes('agent.protesters')) ? RIOT.acled : MOB_VIOLENCE;
    // A fight of one side's making told from the other side: "Police clash with market traders"
    // is the traders' riot as much as "Traders clashed with police" (not a fight of two armed
    // sides; not communal militias).
    else if (
      mutual &&
      !communal &&
      // (Not a shoot-out, nor with armed men named beside: "raiders clash with police and civilians".)
      !cues.firearm &&
      !cues.armedBeside &&
      !cues.targetPastVerb &&
      source.length > 0 &&
      source.every((a) => a.sector && STATE_FORCES.has(a.sector)) &&
      unarmedOrRioters(target)
    )
      acled = target.some((a) => a.sector === 'PRO') ? RIOT.acled : MOB_VIOLENCE;
    else if ((tgtUnarmed || (target.length > 0 && !tgtArmed)) && entry.acled_civilians)
      acled = entry.acled_civilians;
    // No side attacked but people's homes, or people only counted: "raiders attacked a village,
    // killing two", "attackers killed five in a cattle raid".
    else if (target.length === 0 && (cues.dwelling || cues.counted) && entry.acled_civilians && !mutual)
      acled = entry.acled_civilians;
    // Armed attackers and no armed side anywhere in the sentence: "a group of armed bandits
    // attack a missionary group's vehicle", "gunmen attacked an activist at her home".
    else if (
      target.length === 0 &&
      srcArmed &&
      !cues.otherArmed &&
      !cues.heavyWeapons &&
      entry.acled[0] === 'Battles' &&
      // (Fire with no one it was aimed at may be across a frontline, unless it killed:
      // "Unidentified gunmen shoot and kill an Imam".)
      (entry.id !== 'assault.open-fire' || cues.killing === true) &&
      !cues.observed &&
      entry.acled_civilians &&
      !mutual
    )
      acled = entry.acled_civilians;
    // No side named: violence against civilians, unless an observer saw it without telling
    // the sides (shots across a frontline stay the entry's own type).
    else if (
      target.length === 0 &&
      !srcArmed &&
      source.length === 0 &&
      !cues.observed &&
      entry.acled_civilians &&
      !mutual
    )
      acled = entry.acled_civilians;
  } else if (
    entry.id === 'retreat.withdraw' &&
    source.length > 0 &&
    source.every((a) => a.sector && CIVIL_BODIES.has(a.sector) && !isArmed(a))
  ) {
    // "The rights group withdrew from Georgia": a civil body's withdrawal cuts relations (PLOVER
    // SANCTION, withdraw); a force's is a retreat.
    plover = 'SANCTION';
    cameo = '166';
    acled = ['Strategic developments', 'Other'];
  } else if (entry.id === 'assault.ied' && cues.observed) {
    // Explosions an observer counted, who fired them untold ("the SMM observed 16 explosions
    // near Lozove"): fire across a frontline, ACLED's shelling, not a planted bomb.
    mode = 'heavy-weapons';
    cameo = '195';
    acled = ['Explosions/Remote violence', 'Shelling/artillery/missile attack'];
  } else if (entry.id === 'coerce.force-protesters') {
    plover = 'COERCE';
    // Police dispersing a riot: ACLED codes the riot, the police its second side.
    if (cues.riot) acled = RIOT.acled;
    // Dispersal that kills: "fired tear gas and live bullets at protesters, killing two".
    else if (cues.excessiveForce) acled = EXCESSIVE_FORCE;
  }
  // Violence told with a protest is the demonstrators' ("Residents engage police in running
  // battles to protest insecurity"): a violent demonstration, not a mob's.
  if (acled[0] === MOB_VIOLENCE[0] && acled[1] === MOB_VIOLENCE[1] && cues.protestNamed) acled = RIOT.acled;
  return { plover, mode, cameo, acled };
}
