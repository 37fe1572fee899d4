import type { Size } from '../core/types.js';

const UNITS: Record<string, number> = {
  zero: 0,
  no: 0,
  one: 1,
  a: 1,
  an: 1,
  single: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
  both: 2,
  couple: 2,
};

// (Digits grouped by commas, never ending in one: "On 3 May 2020, one person was killed" counts one.)
const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ])?(?:one|two|three|four|five|six|seven|eight|nine)|zero|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a dozen|dozens|hundreds|thousands|tens of thousands|hundreds of thousands|several|a few|scores|a|an|one|two|both)`;
const Q = String.raw`(?:(?:at least|more than|over|about|around|some|nearly|almost|up to|approximately|an estimated|as many as)\s+)?`;
// (No time, age or other fate between a count and its verb: "12 soldiers were injured and one
// dead" adds no one to the dead.)
const WHO = String.raw`(?:(?!(?:and|or|after|before|since|ago|years?|yrs?|months?|weeks?|days?|hours?|injured|wounded|hurt|captured|abducted|kidnapped|arrested|missing|rescued|escaped|survived|cheated)\b)[\p{L}-]+\s+){0,4}?`;

/** Read a number written in digits or words; vague quantities use the lexicon's conventions. */
export function parseCount(raw: string, vague: ReadonlyMap<string, number>): number | null {
  const s = raw.toLowerCase().replace(/,/g, '').trim();
  if (/^\d+$/.test(s)) return Number(s);
  const v = vague.get(s);
  if (v !== undefined) return v;
  const parts = s.split(/[- ]/);
  let total = 0;
  for (const p of parts) {
    const n = UNITS[p];
    if (n === undefined) return null;
    total += n;
  }
  return total;
}

/** A count of the dead stated as the coder's ("Unclear fatalities coded as 10"): it stands over any other. */
const CODED = new RegExp(String.raw`\bfatalit\w*\s+(?:were\s+|was\s+|are\s+)?coded\s+as\s+(${NUM})\b`, 'iu');
/** Killed by hand, told with "to death" ("hacked to death"). */
const TO_DEATH = '(?:shot|stabbed|beaten|hacked|burned|burnt|stoned|clubbed) to death';
/** Another act before the killing or wounding ("were shot and killed", "shot and wounded"). */
const AFTER_ACT = String.raw`(?:(?:shot|stabbed|attacked|ambushed|abducted|beaten|tortured|hacked) and\s+)?`;
/** Words that tell people dead after their count ("12 soldiers were killed"). */
const DEAD_WORDS = `(?:killed|dead|died|slain|shot dead|murdered|executed|beheaded|assassinated|lynched|lost their lives|perished|(?:feared|confirmed|reported|presumed|believed) dead|${TO_DEATH})`;
/** Verbs that tell one person killed after a singular subject ("was lynched"). */
const ONE_DEAD = `(?:killed|lynched|assassinated|murdered|shot dead|gunned down|beheaded|slain|dies|died|(?:found|discovered) (?:dead|murdered|killed)|${TO_DEATH})`;
/** Words that cannot be the one person a singular pattern reads ("They were shot dead", "shot them dead"). */
const NOT_ONE = String.raw`(?!(?:were|are|have|had|they|we|them|people|men|women|children)\b)`;
/** When, told between "was" and the act: "was on Sunday night lynched". */
const WHEN = String.raw`(?:(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|last|this|yesterday)(?:\s+(?:morning|afternoon|evening|night))?\s+)?`;
/** Verbs that kill by hand when "to death" follows ("stone two suspects to death"). */
const BY_HAND =
  '(?:stone|stoned|stones|burn|burns|burnt|burned|beat|beats|beaten|hack|hacks|hacked|club|clubbed|stab|stabs|stabbed|shoot|shoots|shot)';
/**
 * The same verbs in their present forms before "to death" and a count ("stone to death two
 * drivers"); not the participles, which end a passive ("shot to death over a land dispute").
 */
const KILL_TO_DEATH =
  '(?:stone|stones|beat|beats|hack|hacks|burn|burns|stab|stabs|club|clubs|shoot|shoots) to death';
/** Two counts of the dead joined ("12 militants and 3 soldiers were killed", "a man and a woman were shot dead"). */
const KILLED_SUM = new RegExp(
  String.raw`\b(?<![/:])${Q}(${NUM})\s+${WHO}and\s+${Q}(${NUM})\s+${WHO}(?:were|have been|had been|are|reportedly)?\s*${AFTER_ACT}${DEAD_WORDS}\b`,
  'iu',
);
/** The same told actively: "killing three civilians and five police" (not "killing two and wounding five"). */
const KILLED_SUM_ACTIVE = new RegExp(
  String.raw`\b(?:killing|killed|kills|kill)\s+${Q}(${NUM})\s+${WHO}and\s+${Q}(${NUM})\b(?!\s+(?:[\p{L}-]+\s+){0,2}?(?:wounded|injured|hurt)\b)`,
  'iu',
);
const KILLED = [
  new RegExp(
    String.raw`\b(?:killing|killed|kills|kill|shot dead|shooting dead|gunned down|beheaded|murdered|assassinated|executed|executes|execute|executing|assassinate|assassinates|murders|murder|beheads|behead|gun down|guns down|${KILL_TO_DEATH}|lynched|lynches|lynch|leaving|left|claimed the lives of|(?:the )?bod(?:y|ies) of|(?:caus\w+|for) the deaths? of|(?<!\b(?:response to|reaction to|over|against|protest\w*|mourn\w*|condemn\w*) )the deaths of|death toll (?:rose |climbed |reached |stood at |of )?(?:to )?)\s+(?:(?:his|her|their)\s+)?${Q}(${NUM})(?!\s+(?:wounded|injured|hurt))\b`,
    'iu',
  ),
  new RegExp(
    // (Also after another act: "2 soldiers were shot and killed"; and "shot to death".)
    String.raw`\b(?<![/:])${Q}(${NUM})\s+${WHO}(?:were|was|have been|has been|had been|are|reportedly|later)?\s*${AFTER_ACT}(?:${DEAD_WORDS}|dies|die|lost his life|fatalities|fatality|deaths|(?<!(?:sentenced|condemned) to )death(?!\s+(?:threats?|sentences?|penalty|row|squads?|toll|certificates?|warrants?))|bodies)\b`,
    'iu',
  ),
  // "stone two suspected robbers to death", "shoot two suspects dead": the count between the
  // verb and "to death" or "dead".
  new RegExp(String.raw`\b${BY_HAND}\s+${Q}(${NUM})\s+(?:[\p{L}-]+\s+){0,3}?to death\b`, 'iu'),
  new RegExp(String.raw`\b(?:shoot|shoots|shot)\s+${Q}(${NUM})\s+(?:[\p{L}-]+\s+){0,4}?dead\b`, 'iu'),
  // One person between the verb and "to death" or "dead", with no count: "stone suspected thief
  // to death", "shoot Al Shabaab suspect dead", "shot him dead".
  new RegExp(
    String.raw`\b${BY_HAND}\s+(?:[\p{L}\d'’-]+\s+){0,3}?${NOT_ONE}(?<one>[\p{L}'’-]*[^s\s'’])\s+(?:to death|dead)\b`,
    'iu',
  ),
  // One person killed, told as a headline is: a singular noun, the participle and no object
  // ("Policeman killed after ambush", "SLDF suspect killed by police").
  new RegExp(
    String.raw`(?:^|[;:]\s+)(?:an?\s+|the\s+)?(?:[\p{L}'’-]+\s+){0,3}?${NOT_ONE}(?<one>[\p{L}'’-]*[^s\s'’])\s+${AFTER_ACT}${ONE_DEAD}(?=\s+(?:by|in|at|after|during|while|when|near|on|outside|as)\b|\s*[.,;]|\s*$)`,
    'iu',
  ),
  // One person killed, told by the verb's number: "a suspected robber was lynched", "MP's
  // bodyguard was shot and killed". (Read last: any count stated comes first.)
  new RegExp(
    String.raw`\b(?<one>was|is|has been|had been)\s+${WHEN}(?:reportedly\s+|allegedly\s+|later\s+)?${AFTER_ACT}${ONE_DEAD}\b`,
    'iu',
  ),
  // "The man died of his injuries", "a passenger later died in hospital".
  new RegExp(
    String.raw`\b(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}?${NOT_ONE}(?<one>[\p{L}'’-]*[^s\s'’])\s+(?:later\s+|subsequently\s+)?(?:died|dies|has died|succumbed)\b`,
    'iu',
  ),
];
const INJURED = [
  new RegExp(String.raw`\b(?:wounding|injuring|wounded|injured)\s+${Q}(${NUM})\b`, 'iu'),
  new RegExp(
    String.raw`\b(?<![/:])${Q}(${NUM})\s+${WHO}(?:were|was|have been|has been|had been|are)?\s*${AFTER_ACT}(?:seriously |critically |slightly )?(?:wounded|injured|hurt|injuries|injury)\b`,
    'iu',
  ),
];
const ARRESTED = [
  new RegExp(
    String.raw`\b(?<![/:])${Q}(${NUM})\s+${WHO}(?:were|was|have been|has been|had been)?\s*(?:arrested|detained|apprehended|taken into custody)\b`,
    'iu',
  ),
  new RegExp(String.raw`\b(?:arrested|detained|arresting|detaining|apprehended)\s+${Q}(${NUM})\b`, 'iu'),
];
const CROWD = [
  /\[size=([^\]]+)\]/iu,
  new RegExp(
    String.raw`\b(?<![/:])${Q}(${NUM})\s+(?:of\s+)?(?:[\p{L}-]+\s+){0,2}?(?:protesters|protestors|demonstrators|people|residents|supporters|students|workers|activists|traders|women|youths|marchers|farmers|teachers|nurses|doctors)\b`,
    'iu',
  ),
];

function first(res: RegExp[], text: string, vague: ReadonlyMap<string, number>): number | null {
  for (const re of res) {
    const m = re.exec(text);
    if (m?.groups?.one) return 1;
    if (m?.[1]) {
      const raw = m[1].replace(/^(?:no report|unknown)$/i, '');
      const q = /(more than|over|at least)\s+(.+)/i.exec(raw);
      const n = parseCount(q?.[2] ?? raw, vague);
      if (n !== null) return n;
    }
  }
  return null;
}

function sum(re: RegExp, text: string, vague: ReadonlyMap<string, number>): number | null {
  const m = re.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const a = parseCount(m[1], vague);
  const b = parseCount(m[2], vague);
  return a !== null && b !== null ? a + b : null;
}

/**
 * The dead named with another victim: "was shot dead along with two others", "along with two
 * bodyguards", "along with his companion".
 */
const ALONG_WITH = new RegExp(
  String.raw`\b(?:killed|dead|died|murdered|slain),?\s+(?:[\p{L}-]+,?\s+){0,3}?along\s+with\s+(?:(?:(?:his|her|their)\s+)?(?:${Q}(${NUM})\s+(?:others?|other\s+[\p{L}-]+|[\p{L}-]+s))|(another|(?:his|her)\s+[\p{L}-]*[^s\s'’]))\b`,
  'iu',
);

function alongWith(killed: number | null, text: string, vague: ReadonlyMap<string, number>): number | null {
  if (killed === null) return null;
  const m = ALONG_WITH.exec(text);
  if (!m) return killed;
  const n = m[2] ? 1 : parseCount(m[1] ?? '', vague);
  return n === null ? killed : killed + n;
}

function killedIn(text: string, vague: ReadonlyMap<string, number>): number | null {
  return sum(KILLED_SUM, text, vague) ?? sum(KILLED_SUM_ACTIVE, text, vague) ?? first(KILLED, text, vague);
}

/** The text without its asides in brackets: "Six police (or seven - a local outlet) officers are killed". */
function aside(text: string): string {
  return text.replace(/\s*\([^()]*\)/g, '');
}

/** Whether a sentence states the count of the dead as coded ("Fatalities coded as 0"). */
export function codedFatalities(text: string): boolean {
  return CODED.test(text);
}

/**
 * Word stems without which no pattern of the dead, the injured or the arrested can match: most
 * sentences hold none, and the patterns' alternations are then not tried at every "a" and "one".
 */
const DEATH_HINT =
  /kill|dead|die|death|slain|murder|lynch|behead|execut|assassin|fatalit|bod(?:y|ies)|perish|lives|life|gun|shot|shoot|stab|ston|burn|beat|hack|club|succumb|toll|leav|left/i;
const INJURY_HINT = /wound|injur|hurt/i;
const ARREST_HINT = /arrest|detain|apprehend|custody/i;

/** Casualty, arrest and crowd figures stated in a sentence. */
export function readSize(quoted: string, vague: ReadonlyMap<string, number>, crowd: boolean): Size {
  // (Quotation marks say who wrote the words, not what happened: 'a pastor is "hacked to death"'.)
  const text = quoted.replace(/["“”]/g, '');
  const noCasualties = /\b(?:no (?:one|casualties|fatalities|deaths|injuries)|nobody)\b/i.test(text);
  return {
    killed:
      noCasualties &&
      !/killed|dead/i.test(
        text
          .replace(
            /\b(?:no one|nobody)\s+(?:was|were|has been|had been)\s+(?:killed|hurt|injured|wounded)\b/gi,
            '',
          )
          .replace(/no (?:one|casualties|fatalities|deaths)/i, ''),
      )
        ? 0
        : !DEATH_HINT.test(text)
          ? null
          : (first([CODED], text, vague) ??
            alongWith(
              killedIn(text, vague) ?? (text.includes('(') ? killedIn(aside(text), vague) : null),
              text,
              vague,
            )),
    injured: INJURY_HINT.test(text) ? first(INJURED, text, vague) : null,
    arrested: ARREST_HINT.test(text) ? first(ARRESTED, text, vague) : null,
    crowd: crowd ? first(CROWD, text, vague) : null,
  };
}
