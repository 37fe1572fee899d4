import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { code } from '../../test/helpers.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { createApp } from './app.js';

describe('HTTP API on a real server and a real SQLite file', () => {
  let base = '';
  let close: () => void = () => {};
  beforeAll(async () => {
    const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'casus-api-')), 'api.db'));
    store.saveBatch([
      code('Kyrgyz servicemen opened fire on Tajik border guards near Isfara on 29 April 2021.', {
        published: '2021-04-29',
      }),
      code(
        'A report with <script>alert(1)</script> and <img src=x onerror=alert(2)>: police arrested 3 men in Nairobi on 1 May 2020.',
        { published: '2020-05-01' },
      ),
    ]);
    const server = serve({ fetch: createApp(store).fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((r) => server.once('listening', () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => {
      server.close();
      store.close();
    };
  });
  afterAll(() => close());

  it('lists events with filters and a total', async () => {
    const res = await fetch(`${base}/api/events?type=ASSAULT&country=TJK`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.total).toBe(1);
    expect(body.events[0].source[0].code).toBe('KGZMIL');
  });

  it('answers bad input with a 400 and the one error shape, never a stack trace', async () => {
    const res = await fetch(`${base}/api/events?country=Tajikistan`);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body).toEqual({ error: { code: 'CASUS_E040', message: expect.stringContaining('country') } });
    const unknown = await fetch(`${base}/api/events?evil=1`);
    expect(unknown.status).toBe(400);
    const missing = await fetch(`${base}/api/documents/abcdef`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe('CASUS_E041');
  });

  it('serves a document with its spans, stats and the OpenAPI document', async () => {
    const ev = (await (await fetch(`${base}/api/events?type=ASSAULT`)).json()).events[0];
    const doc = await (await fetch(`${base}/api/documents/${ev.doc}`)).json();
    expect(doc.text.slice(ev.evidence.start, ev.evidence.end)).toBe(ev.evidence.text);
    expect((await (await fetch(`${base}/api/stats`)).json()).documents).toBe(2);
    expect((await (await fetch(`${base}/openapi.json`)).json()).openapi).toMatch(/^3\./);
  });

  it('serves the page with a strict Content-Security-Policy and security headers', async () => {
    const res = await fetch(`${base}/`);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await res.text();
    expect(html).not.toContain('<script>alert');
  });
});
