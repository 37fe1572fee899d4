import * as chrono from 'chrono-node';
import type { Stage } from '../core/pipeline.js';
import type { DateMention, DatePrecision, Doc, Message, Span } from '../core/types.js';

/** The dateline at the head of a report: a place in capitals, a date, an outlet, a dash. */
const DATELINE_PREFIX =
  /^\s*[\p{Lu}][\p{Lu}\p{L} ./'-]{1,40},[^\n—–]{3,40}?(?:\([^)\n]{1,40}\))?\s*[—–-]{1,2}\s/u;
const SAME_DAY =
  /\b(?:on )?(?:the same day|that day|the same date|that same day|later that day|earlier that day|the day before|the previous day|the following day|the next day)\b/gi;
const PART_OF_DAY = /^(?:(?:early|late) )?(?:morning|afternoon|evening|night) of /i;
const RELATIVE = /\b(?:yesterday|today|tonight|tomorrow|last|this|next|ago|earlier|later|recent)\b/i;
/**
 * A month or weekday word standing alone that is more often something else: "may", "march",
 * and a month cut short ("Mar" in Mar del Plata, "Jan" a given name), which news writes bare only
 * in tables.
 */
const FALSE_MONTH = /^(?:may|march|sat|sun|mon|wed|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?$/i;

/** The days of the week, lower-cased, as news writes them bare ("on Saturday", "Israel Friday reimposed"). */
export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function addDays(value: string, days: number): string {
  const d = new Date(`${value}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The date a report's relative expressions are read against, and how much of it is known. */
export function referenceOf(doc: Doc): { date: Date; yearOnly: boolean } | null {
  const p = doc.meta.published;
  if (!p) return null;
  if (/^\d{4}$/.test(p)) return { date: new Date(Date.UTC(Number(p), 6, 1, 12)), yearOnly: true };
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(p);
  if (!m) return null;
  return { date: new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12)), yearOnly: false };
}

/**
 * Date and time mentions resolved against the publication date (chrono-node), with a
 * precision. Weekdays resolve to the past (news reports past events); "the same day" carries
 * the last absolute date; with only a publication year, relative dates are left unresolved
 * with a message. Without any publication date, the first full date in the text (a dateline)
 * is the anchor.
 */
interface Parsed {
  readonly index: number;
  readonly text: string;
  readonly start: chrono.ParsedComponents;
}

/**
 * Whatever chrono's English parsers can read holds one of these: a digit, a month's or
 * weekday's name or abbreviation, a casual word ("today", "tonight", "noon"), a time unit, or a
 * count word before a unit's abbreviation ("a few hrs"). Substrings, not words: a cue inside a
 * longer word only costs a parse. About a third of news sentences hold none and are skipped
 * (chrono runs some fifty patterns over every text it is given).
 */
const DATE_CUE =
  /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|sun|mon|tue|wed|thu|fri|sat|now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night|morning|afternoon|evening|midnight|midday|noon|sec|min|hour|hr|day|week|fortnight|month|year|yr|qtr|quarter|decade|ago|later|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|half|couple|the)\s*(?:s|m|h|d|w|mo|mos|y)\b/i;

/**
 * chrono over runs of whole sentences of at most ~4,000 characters, offsets shifted back. Date
 * expressions never cross sentences; and chrono's end-of-period refiner matches a regex over
 * all text before each result, which is quadratic on a long document parsed whole.
 */
export function parseBySentences(text: string, sentences: readonly Span[], instant: Date): Parsed[] {
  const out: Parsed[] = [];
  const flush = (from: number, to: number) => {
    if (to <= from) return;
    for (const r of chrono.parse(text.slice(from, to), { instant, timezone: 0 }, { forwardDate: false }))
      out.push({ index: r.index + from, text: r.text, start: r.start });
  };
  if (sentences.length === 0) {
    flush(0, text.length);
    return out;
  }
  // Runs of sentences that hold a word chrono could read. A run keeps the sentence after it, so
  // an expression at its end is read with what follows, as in the whole text ("Dec. 10\n"); a
  // second sentence without a cue ends it.
  let from: number | null = 0;
  let tail = false;
  for (const s of sentences) {
    const cue = DATE_CUE.test(text.slice(s.start, s.end));
    if (from === null) {
      if (cue) from = s.start;
      continue;
    }
    if (!cue && tail) {
      flush(from, s.start);
      from = null;
      tail = false;
      continue;
    }
    tail = !cue;
    if (s.end - from > 4000 && s.start > from) {
      flush(from, s.start);
      from = s.start;
    }
  }
  if (from !== null) flush(from, text.length);
  return out;
}

export const findDates: Stage<unknown> = {
  name: 'find-dates',
  requires: ['sentences'],
  assigns: ['dates'],
  run(doc) {
    const messages: Message[] = [];
    let ref = referenceOf(doc);
    const out: DateMention[] = [];
    const instant = ref?.date ?? new Date(Date.UTC(2000, 0, 1, 12));
    const sentences = doc.layers.sentences ?? [];
    let results = parseBySentences(doc.text, sentences, instant);
    if (!ref) {
      // Anchor on the first fully specified date (a dateline), and parse again against it.
      const anchor = results.find(
        (r) => r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day'),
      );
      if (anchor) {
        const a = anchor.start;
        ref = {
          date: new Date(Date.UTC(a.get('year')!, a.get('month')! - 1, a.get('day')!, 12)),
          yearOnly: false,
        };
        results = parseBySentences(doc.text, sentences, ref.date);
      }
    }
    for (const r of results) {
      let text = r.text;
      let start = r.index;
      let comp = r.start;
      const rules = ['chrono'];
      const part = PART_OF_DAY.exec(text);
      if (part) {
        const rest = chrono.parse(
          text.slice(part[0].length),
          { instant: ref?.date ?? instant, timezone: 0 },
          { forwardDate: false },
        )[0];
        if (rest) {
          comp = rest.start;
          rules.push('part-of-day');
        }
      }
      if (FALSE_MONTH.test(text.trim())) continue;
      // "On 26 December, 20 people were injured": two digits after the comma, then a word, count
      // people, not the year.
      const count = /,\s*\d{2}$/.exec(text);
      if (count && /^\s+\p{L}/u.test(doc.text.slice(start + text.length, start + text.length + 3))) {
        const bare = chrono.parse(
          text.slice(0, count.index),
          { instant: ref?.date ?? instant, timezone: 0 },
          { forwardDate: false },
        )[0];
        if (bare) {
          comp = bare.start;
          text = text.slice(0, count.index);
          rules.push('count-not-year');
        }
      }
      const known = (k: chrono.Component) => comp.isCertain(k);
      const hasDay = known('day') || known('weekday');
      const relative =
        RELATIVE.test(text) || (!known('year') && !known('month') && (hasDay || !known('hour')));
      const timeOnly = !known('day') && !known('weekday') && !known('month') && known('hour');
      const time = known('hour')
        ? `${String(comp.get('hour')).padStart(2, '0')}:${String(comp.get('minute') ?? 0).padStart(2, '0')}`
        : null;
      if (!ref && !known('year')) {
        messages.push({
          code: 'CASUS_W101',
          stage: 'find-dates',
          message: `no publication date to resolve "${text}"`,
          span: { start, end: start + text.length },
        });
        continue;
      }
      if (ref?.yearOnly && (RELATIVE.test(text) || ((relative || timeOnly) && !known('month')))) {
        messages.push({
          code: 'CASUS_W101',
          stage: 'find-dates',
          message: `only the publication year is known; "${text}" left unresolved`,
          span: { start, end: start + text.length },
        });
        continue;
      }
      let y = comp.get('year') ?? instant.getUTCFullYear();
      if (ref?.yearOnly && !known('year')) y = ref.date.getUTCFullYear();
      const m = comp.get('month') ?? 1;
      const d = comp.get('day') ?? 1;
      let value = iso(y, m, d);
      let precision: DatePrecision = 'day';
      if (/\bweek\b/i.test(text)) precision = 'week';
      else if (!known('day') && !known('weekday') && known('month')) precision = 'month';
      else if (!known('day') && !known('weekday') && !known('month') && known('year')) precision = 'year';
      if (precision === 'month') value = iso(y, m, 1);
      if (precision === 'year') value = iso(y, 1, 1);
      // A date later than the publication date without an explicit year is last year's.
      if (ref && !ref.yearOnly && !known('year') && value > ref.date.toISOString().slice(0, 10)) {
        if (known('weekday') && !known('day')) value = addDays(value, -7);
        else value = iso(y - 1, m, precision === 'day' ? d : 1);
        rules.push('past-preferred');
      }
      // Trim a leading preposition chrono keeps ("On 28 April" -> "28 April" stays; fine either way).
      const lead = /^(?:on|at|in|since|by|from|until)\s+/i.exec(text);
      if (lead && !timeOnly) {
        start += lead[0].length;
        text = text.slice(lead[0].length);
      }
      const trimmed = text.replace(/[\s,.;:]+$/, '');
      out.push({ start, end: start + trimmed.length, value, time, precision, timeOnly, rules });
    }
    // Bare years chrono leaves alone: "in 2022", "since 1992".
    const YEAR =
      /\b(?:in|since|during|until|by|of)\s+((?:19|20)\d{2})\b(?!\s*(?:people|troops|soldiers|protesters|km|kilomet))/g;
    for (let m = YEAR.exec(doc.text); m; m = YEAR.exec(doc.text)) {
      const start = m.index + m[0].length - m[1]!.length;
      if (out.some((d) => d.start <= start && start < d.end)) continue;
      out.push({
        start,
        end: start + 4,
        value: `${m[1]}-01-01`,
        time: null,
        precision: 'year',
        timeOnly: false,
        rules: ['bare-year'],
      });
    }
    // "the same day": carry the last absolute day before it.
    SAME_DAY.lastIndex = 0;
    for (let m = SAME_DAY.exec(doc.text); m; m = SAME_DAY.exec(doc.text)) {
      const at = m.index;
      const prev = [...out].filter((d) => d.end <= at && !d.timeOnly && d.precision === 'day').pop();
      if (!prev) continue;
      const phrase = m[0].toLowerCase();
      const shift =
        phrase.includes('before') || phrase.includes('previous')
          ? -1
          : phrase.includes('following') || phrase.includes('next')
            ? 1
            : 0;
      out.push({
        start: at,
        end: at + m[0].length,
        value: addDays(prev.value, shift),
        time: null,
        precision: 'day',
        timeOnly: false,
        rules: ['same-day-carry'],
      });
    }
    out.sort((a, b) => a.start - b.start);
    // A dateline date ("KABUL, May 3, 2020 —") dates the report, not the events in it.
    const dl = DATELINE_PREFIX.exec(doc.text);
    if (dl) {
      const end = dl.index + dl[0].length;
      for (let i = 0; i < out.length; i++) {
        const d = out[i]!;
        if (d.end <= end) out[i] = { ...d, rules: [...d.rules, 'dateline'] };
      }
    }
    return { layers: { dates: out }, messages };
  },
};
