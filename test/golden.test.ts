import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldenLines } from './golden/golden.js';
import { ROOT } from './helpers.js';

describe('golden output on the bundled examples', () => {
  it('codes every example as recorded in test/golden/examples.jsonl (npm run golden:update after an intended change)', () => {
    const expected = readFileSync(join(ROOT, 'test', 'golden', 'examples.jsonl'), 'utf8')
      .trim()
      .split('\n');
    expect(goldenLines()).toEqual(expected);
  });
});
