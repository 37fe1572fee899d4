// How fast the first screen of the web UI is ready (table, timeline and map markers drawn) with
// N synthetic incidents in the store, in Debian's Chromium over loopback. Prints figures.
// Usage: npx tsx scripts/bench-ui.ts [N=10000] [runs=7]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { fillSynthetic } from '../src/bench/synthetic.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { ROOT, startTestServer } from '../test/helpers.js';

const n = Number(process.argv[2] ?? 10000);
const runs = Number(process.argv[3] ?? 7);
const dir = mkdtempSync(join(tmpdir(), 'casus-bench-ui-'));
const store = new SqliteStore(join(dir, 'ui.db'));
fillSynthetic(store, join(ROOT, 'build', 'gazetteer.tsv'), n);
const incidents = store.summary().incidents;
const server = await startTestServer(store, { knowledge: () => loadKnowledge() });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new'],
});
const ready: number[] = [];
try {
  for (let i = 0; i < runs + 1; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.base}/`);
    await page.waitForSelector('body[data-ready]');
    const ms = await page.evaluate(() => Number(document.body.dataset.ready));
    if (i > 0) ready.push(ms); // the first run warms the server's file cache
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
}
ready.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    incidents,
    runs,
    first_screen_ms: {
      median: ready[Math.floor(ready.length / 2)],
      min: ready[0],
      max: ready[ready.length - 1],
    },
  }),
);
