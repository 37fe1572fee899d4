#!/usr/bin/env node
// The casus command line; the code lives in dist/ (built by `npm run build`).
import { main } from '../dist/cli/main.js';

await main(process.argv);
