#!/usr/bin/env -S node --v8-pool-size=1
// The casus command line; the code lives in dist/, bundled into one file (`npm run build`).
// --v8-pool-size=1: one V8 helper thread. On a 2-core machine the default four competed with the
// pipeline and each kept its own malloc arena (README, Performance).
import { main } from '../dist/cli/bundle.js';

await main(process.argv);
