/**
 * Regenerate test/golden/examples.jsonl: a compact view of the claims casus codes from each
 * bundled example. Run `npm run golden:update` after an intended change and review the diff.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { goldenLines } from '../test/golden/golden.js';

const out = join(import.meta.dirname, '..', 'test', 'golden', 'examples.jsonl');
writeFileSync(out, goldenLines().join('\n') + '\n');
process.stderr.write(`wrote ${out}\n`);
