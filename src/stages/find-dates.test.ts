import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { code, slice } from '../../test/helpers.js';
import { analyse } from '../nlp/wink.js';
import { parseBySentences } from './find-dates.js';

const dates = (text: string, published?: string) => {
  const d = code(text, { published });
  return (d.layers.dates ?? []).map((m) => ({
    text: slice(d, m),
    value: m.value,
    time: m.time,
    precision: m.precision,
    timeOnly: m.timeOnly,
  }));
};

describe('find-dates', () => {
  it('resolves "today" and a clock time against the publication date', () => {
    expect(dates('At 13:00 today the shooting began.', '2021-04-29')[0]).toMatchObject({
      value: '2021-04-29',
      time: '13:00',
      precision: 'day',
    });
  });
  it('reads weekday names as the past, as news reports past events', () => {
    expect(dates('Talks were held on Tuesday.', '2021-04-29')[0]).toMatchObject({
      value: '2021-04-27',
      precision: 'day',
    });
  });
  it('reads two digits after "26 December," followed by a word as a count, not the year', () => {
    const d = dates('On 26 December, 20 people were injured in Naivasha.', '2016-12-30');
    expect(d[0]).toMatchObject({ value: '2016-12-26', precision: 'day' });
    expect(dates('On December 26, 2015, police said.', '2016-12-30')[0]).toMatchObject({
      value: '2015-12-26',
    });
  });
  it('carries the last absolute date for "the same day"', () => {
    const d = dates('On 28 April 2021 the talks opened. The same day, shots were fired.', '2021-05-01');
    expect(d.map((x) => x.value)).toEqual(['2021-04-28', '2021-04-28']);
  });
  it('gives month precision to "in May 1992"', () => {
    expect(dates('The treaty was signed in May 1992 in Tashkent.', '2021-04-29')[0]).toMatchObject({
      value: '1992-05-01',
      precision: 'month',
    });
  });
  it('reads a bare year with year precision', () => {
    expect(dates('The border was closed in 2022.', '2024-01-10')).toContainEqual(
      expect.objectContaining({ value: '2022-01-01', precision: 'year' }),
    );
  });
  it('puts a date without a year after the publication date into the previous year', () => {
    expect(dates('Fighting broke out on December 30.', '2021-01-05')[0]).toMatchObject({
      value: '2020-12-30',
    });
  });
  it('with only a publication year, resolves "28 April" but not "yesterday"', () => {
    const d = code('On 28 April, police arrested two men. Yesterday more were held.', { published: '2020' });
    expect((d.layers.dates ?? []).map((m) => m.value)).toEqual(['2020-04-28']);
    expect(d.messages.some((m) => m.code === 'CASUS_W101')).toBe(true);
  });
  it('anchors on a dateline when no publication date is given', () => {
    expect(dates('KABUL, May 3, 2020 — A bomb exploded on Saturday.').map((x) => x.value)).toEqual([
      '2020-05-03',
      '2020-05-02',
    ]);
  });
  it('reads a month cut short beside a day or a year', () => {
    expect(dates('They met on Mar 3, 2020 and in Oct. 2019.', '2021-04-29').map((d) => d.value)).toEqual([
      '2020-03-03',
      '2019-10-01',
    ]);
  });
  describe('false positives', () => {
    for (const text of [
      'They waited in room 404.',
      'Troops may attack soon.',
      'He scored 13 goals.',
      'The march was peaceful.',
      'Residents of Mar del Plata protested.',
      'Jan and Oct were arrested.',
    ]) {
      it(`finds no date in "${text}"`, () => expect(dates(text, '2021-04-29')).toEqual([]));
    }
  });
});

describe('parseBySentences', () => {
  it('reads what chrono reads in the whole text, skipping sentences that hold no date word', () => {
    const text =
      'Officials met in the capital.\nThe talks ended on Dec. 10\n\nNo one was hurt. Police said nothing more. ' +
      'Nobody spoke. Three days later, protests resumed at 3.20pm on Friday, February 3. Crowds left.';
    const instant = new Date(Date.UTC(2019, 5, 15, 12));
    const whole = chrono
      .parse(text, { instant, timezone: 0 }, { forwardDate: false })
      .map((r) => [r.index, r.text, r.start.date().toISOString()]);
    const bySentence = parseBySentences(text, analyse(text).sentences, instant).map((r) => [
      r.index,
      r.text,
      r.start.date().toISOString(),
    ]);
    expect(bySentence).toEqual(whole);
    expect(whole.length).toBeGreaterThanOrEqual(3);
  });
});
