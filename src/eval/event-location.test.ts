import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasShared, knowledge, ROOT, SHARED_EVAL } from '../../test/helpers.js';
import { evalEventLocation } from './event-location.js';

describe('casus eval event-location', () => {
  it('scores our own sentences: the event place among several, rejected and place-less ones skipped', () => {
    const r = evalEventLocation(join(ROOT, 'test', 'fixtures', 'event-location.jsonl'), knowledge());
    expect(r.n).toBe(3);
    expect(r.skipped).toBe(2);
    expect(r.accuracy).toBe(1);
  });

  it.skipIf(!hasShared)('runs on the gold file (skipped without ../shared/eval)', () => {
    const r = evalEventLocation(
      join(SHARED_EVAL, 'event-location', 'event-location.dev.jsonl'),
      knowledge(),
      {
        limit: 200,
      },
    );
    expect(r.n).toBe(200);
    expect(r.accuracy).toBeGreaterThan(0);
  });
});
