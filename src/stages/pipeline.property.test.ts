import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { code } from '../../test/helpers.js';

/** Text made of news-like fragments and arbitrary characters, mixed. */
const fragments = fc.constantFrom(
  'Kyrgyz servicemen opened fire on Tajik border guards near Isfara',
  ' on 29 April 2021',
  ', the press centre said.',
  ' Police arrested 12 protesters in Nairobi.',
  ' At 13:00 today ',
  'according to the Border Troops of Tajikistan, ',
  ' killing three and wounding 40',
  '\n\n',
  ' (Khovar) — ',
  'DUSHANBE, ',
  ' the village of Khojai Alo',
  '\u200b',
  '\u202eright-to-left\u202c',
  'Душанбе',
  'بغداد',
  '💥',
  '\uFFFD',
);
const text = fc
  .array(
    fc.oneof(
      fragments,
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.string({ unit: 'binary', maxLength: 10 }),
    ),
    { maxLength: 12 },
  )
  .map((p) => p.join(''));

describe('the pipeline on any text', () => {
  it('never throws, and every span lies inside the text and is the text it points at', async () => {
    const property = fc.property(
      text,
      fc.constantFrom('2021-04-29', '2020', undefined),
      (t: string, published: string | undefined) => {
        const d = code(t, { published });
        const inside = (s: { start: number; end: number }) =>
          s.start >= 0 && s.end <= t.length && s.start <= s.end;
        for (const layer of [
          'sentences',
          'tokens',
          'dates',
          'actors',
          'places',
          'attributions',
          'events',
        ] as const) {
          for (const s of (d.layers[layer] ?? []) as { start: number; end: number }[])
            expect(inside(s)).toBe(true);
        }
        for (const c of d.layers.claims ?? []) {
          expect(t.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
          for (const a of [...c.source, ...c.target]) expect(t.slice(a.span.start, a.span.end)).toBe(a.text);
          if (c.place) expect(t.slice(c.place.span.start, c.place.span.end)).toBe(c.place.text);
          if (c.place?.stoodIn)
            expect(t.slice(c.place.stoodIn.span.start, c.place.stoodIn.span.end)).toBe(c.place.stoodIn.text);
          if (c.date) expect(t.slice(c.date.span.start, c.date.span.end)).toBe(c.date.text);
        }
        // No stage failed on it.
        expect(d.messages.filter((m) => m.code === 'CASUS_W104')).toEqual([]);
      },
    );
    // In chunks, yielding between them: a long synchronous run starves the test runner's own
    // messages (vitest reports "Timeout calling onTaskUpdate" after about a minute). A failure
    // prints the seed that reproduces it.
    const total = Number(process.env.CASUS_FUZZ_RUNS ?? 300);
    const seed = Date.now() | 0;
    for (let done = 0; done < total; done += 2000) {
      fc.assert(property, { numRuns: Math.min(2000, total - done), seed: seed + done });
      await new Promise((resolve) => setImmediate(resolve));
    }
  });
});
