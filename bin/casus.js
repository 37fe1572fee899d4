#!/usr/bin/env -S node --v8-pool-size=1
// The casus command line; the code lives in dist/, bundled into one file (`npm run build`).
// --v8-pool-size=1: one V8 helper thread. On a 2-core machine the default four competed with the
// pipeline and each kept its own malloc arena (README, Performance).
import { setFlagsFromString } from 'node:v8';

// After a full collection V8 lets the old generation grow by a factor of up to 4 before the next
// one. Coding keeps ~90 MB alive but frees most of what it allocates, so a bench or an ingest
// peaked at 600 MB of garbage waiting; growing by a quarter keeps it near 400 MB at the same
// speed (README, Performance). Read at every collection, so it can be set here.
setFlagsFromString('--heap-growing-percent=25');

const { main } = await import('../dist/cli/bundle.js');
await main(process.argv);
