import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest, readReports } from '../src/ingest/ingest.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { code, knowledge, ROOT, startTestServer } from './helpers.js';

/**
 * The web UI in a real browser (Debian's Chromium through playwright-core) against a real
 * server and SQLite file holding the bundled examples. `npm run screenshots` saves the
 * screenshots shown in the README.
 */
const CHROMIUM = '/usr/bin/chromium';
const SHOTS = process.env.CASUS_SCREENSHOTS ? join(ROOT, process.env.CASUS_SCREENSHOTS) : null;
const HOSTILE =
  'Police arrested 3 men in Nairobi on 1 May 2020 after a post read <script>window.__pwned=1</script> and <img src=x onerror="window.__pwned=2">.';

if (!existsSync(CHROMIUM))
  console.warn(`skipping browser tests: ${CHROMIUM} not found (apt-get install chromium)`);

describe.skipIf(!existsSync(CHROMIUM))('web UI in Chromium', () => {
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'casus-ui-')), 'ui.db'));
  let base = '';
  let close = async () => {};
  let browser: Browser;
  let analyst = '';
  const problems: string[] = [];

  beforeAll(async () => {
    ingest(store, knowledge(), readReports([join(ROOT, 'examples')]));
    store.saveBatch([code(HOSTILE, { published: '2020-05-01', title: 'Hostile <b>title</b>' })]);
    analyst = store.createToken('analyst', 'ui-test').token;
    ({ base, close } = await startTestServer(store));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--headless=new'] });
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await close();
    store.close();
  });

  async function open(path = '/', size = { width: 1280, height: 800 }): Promise<Page> {
    const page = await browser.newPage({ viewport: size });
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().includes('favicon')) problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(`${base}${path}`);
    await page.waitForSelector('table.incidents tr.row');
    return page;
  }

  const rowTypes = (page: Page) =>
    page.$$eval('table.incidents tr.row td.type', (tds) => tds.map((td) => td.textContent ?? ''));

  it('draws the offline map with borders and incident markers, the timeline and the table', async () => {
    const page = await open();
    await page.waitForFunction(() => document.querySelectorAll('.leaflet-base-pane path').length > 0);
    expect(await page.locator('.leaflet-tile').count()).toBe(0);
    await page.waitForFunction(() => document.querySelectorAll('path.incident, .cluster').length > 0);
    expect(await page.locator('path.incident.p3, path.incident.area').count()).toBeGreaterThan(0);
    expect(await page.locator('#timeline rect.bar').count()).toBeGreaterThan(3);
    const total = await page.locator('table.incidents tr.row').count();
    expect(total).toBeGreaterThan(10);
    expect(await page.textContent('#summary')).toMatch(/\d+ reports · \d+ claims/);
    if (SHOTS) {
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(SHOTS, 'map.png') });
    }
    // A marker opens its incident.
    await page.locator('path.incident').first().click({ force: true });
    await page.waitForSelector('#incident article.claim');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#incident', { state: 'hidden' });
    await page.close();
  });

  it('filters by type and by date; the table and the URL follow; the URL restores the view', async () => {
    const page = await open();
    const before = await page.locator('table.incidents tr.row').count();
    await page.selectOption('#type', 'PROTEST');
    await page.waitForURL(/type=PROTEST/);
    await page.waitForFunction(
      (n) => document.querySelectorAll('table.incidents tr.row').length !== n,
      before,
    );
    const types = await rowTypes(page);
    expect(types.length).toBeGreaterThan(0);
    expect(types.every((t) => t.includes('PROTEST'))).toBe(true);
    await page.fill('input[name=since]', '2020-04-29');
    await page.fill('input[name=until]', '2020-05-02');
    await page.click('#filters button[type=submit]');
    await page.waitForURL(/since=2020-04-29/);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('table.incidents tr.row td:first-child')].every((td) => {
        const d = td.textContent ?? '';
        return d >= '2020-04-29' && d <= '2020-05-02~';
      }),
    );
    const url = page.url();
    const again = await open(url.slice(base.length));
    expect(await again.inputValue('#type')).toBe('PROTEST');
    expect(await again.inputValue('input[name=since]')).toBe('2020-04-29');
    expect(await rowTypes(again)).toEqual(await rowTypes(page));
    await again.close();
    await page.close();
  });

  it('brushing the timeline sets the period', async () => {
    const page = await open();
    const box = (await page.locator('#timeline svg').boundingBox())!;
    await page.mouse.move(box.x + 6, box.y + 40);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, box.y + 40, { steps: 5 });
    await page.mouse.up();
    await page.waitForURL(/since=\d{4}-\d{2}-\d{2}&?.*until=|until=.*since=/);
    const u = new URL(page.url());
    expect(u.searchParams.get('since')! <= u.searchParams.get('until')!).toBe(true);
    await page.close();
  });

  it('opens an incident with the claims side by side, disputes and evidence spans marked', async () => {
    const page = await open('/?disputed=1&country=TJK');
    await page.locator('table.incidents tr.row').first().click();
    await page.waitForSelector('#incident article.claim');
    expect(await page.locator('#incident article.claim').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('#incident .disputes li').count()).toBeGreaterThan(0);
    expect(await page.locator('#incident tr.disputed').count()).toBeGreaterThan(0);
    expect(await page.locator('#incident .report .m-evidence').count()).toBeGreaterThan(0);
    expect(await page.locator('#incident .report .m-source').count()).toBeGreaterThan(0);
    const places = await page.locator('#incident .report .m-place').allTextContents();
    expect(places.some((p) => p.includes('Isfara'))).toBe(true);
    expect(page.url()).toMatch(/incident=inc_/);
    if (SHOTS) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(SHOTS, 'incident.png') });
    }
    await page.keyboard.press('Escape');
    await page.waitForSelector('#incident', { state: 'hidden' });
    // Keyboard: focus a row and open it with Enter.
    await page.locator('table.incidents tr.row').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#incident article.claim');
    await page.close();
  });

  it('shows hostile report text as inert text', async () => {
    const page = await open('/?q=onerror');
    await page.locator('table.incidents tr.row').first().click();
    await page.waitForSelector('#incident .report');
    const text = await page.textContent('#incident .report');
    expect(text).toContain('<script>window.__pwned=1</script>');
    expect(text).toContain('<img src=x onerror=');
    expect(await page.locator('#incident img, #incident script').count()).toBe(0);
    expect(await page.textContent('#incident .doc-meta')).toContain('Hostile <b>title</b>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });

  it('reviews an incident with a token; the change shows at once and persists after reload', async () => {
    const page = await open('/?q=Mogadishu');
    const queue = Number(await page.textContent('#queue-n'));
    await page.locator('table.incidents tr.row').first().click();
    await page.waitForSelector('#incident .review');
    expect(await page.locator('#incident button.confirm').count()).toBe(0);
    await page.fill('#token', analyst);
    await page.click('#signin button[type=submit]');
    await page.waitForSelector('#incident button.confirm');
    await page.fill('#incident input[name=comment]', 'matches the police statement');
    await page.click('#incident button.confirm');
    await page.waitForSelector('#incident .review-status.rs-confirmed');
    await page.waitForFunction(
      (q) => Number(document.querySelector('#queue-n')?.textContent) === q - 1,
      queue,
    );
    expect(await page.locator('table.incidents td.rs-confirmed').count()).toBe(1);
    await page.reload();
    await page.waitForSelector('#incident .review-status.rs-confirmed');
    expect(await page.textContent('#incident .history')).toContain('matches the police statement');
    // The review queue lists only unreviewed incidents.
    await page.click('#queue');
    await page.waitForURL(/review=unreviewed/);
    await page.waitForFunction(
      () => document.querySelectorAll('table.incidents td.rs-confirmed').length === 0,
    );
    expect(await page.locator('table.incidents tr.row').count()).toBeGreaterThan(0);
    await page.close();
    if (SHOTS) {
      const queuePage = await open('/?review=unreviewed');
      await queuePage.fill('#token', analyst);
      await queuePage.click('#signin button[type=submit]');
      await queuePage.waitForSelector('#who:has-text("analyst")');
      await queuePage.waitForTimeout(300);
      await queuePage.screenshot({ path: join(SHOTS, 'review-queue.png') });
      await queuePage.close();
    }
  });

  it('ingests a pasted report and lists its coded claims', async () => {
    const page = await open();
    await page.fill('#token', analyst);
    await page.click('#signin button[type=submit]');
    await page.click('#open-ingest');
    await page.fill(
      '#ingest textarea[name=content]',
      'Soldiers shelled the village of Kobani on 6 May 2020, killing two civilians, SANA reported.',
    );
    await page.fill('#ingest input[name=published]', '2020-05-06');
    await page.click('#ingest button[type=submit]');
    await page.waitForSelector('#ingest-out ul.coded li');
    expect(await page.textContent('#ingest-out')).toMatch(/ASSAULT/);
    await page.close();
  });

  it('works in a narrow window', async () => {
    const page = await open('/', { width: 420, height: 860 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.locator('#map').isVisible()).toBe(true);
    await page.close();
  });

  it('raised no script errors, dialogs or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
