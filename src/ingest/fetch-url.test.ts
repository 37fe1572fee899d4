import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchUrl, isPrivateAddress } from './fetch-url.js';
import { readUrls } from './read-urls.js';

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    const u = req.url ?? '/';
    if (u === '/report.html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(
        '<html><body><script>alert(1)</script><p>Police arrested 4 men in Kisumu on 2 May 2020.</p></body></html>',
      );
    } else if (u.startsWith('/hop/')) {
      const n = Number(u.slice(5));
      res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/report.html' });
      res.end();
    } else if (u === '/big') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('x'.repeat(300_000));
    } else if (u === '/big-chunked') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 30; i++) res.write('y'.repeat(10_000));
      res.end();
    } else if (u === '/slow') {
      // Never answers.
    } else if (u === '/to-metadata') {
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' });
      res.end();
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('fetching reports by URL', () => {
  it('classifies non-public addresses', () => {
    for (const ip of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '0.0.0.0',
      '100.64.0.1',
      '::1',
      '::',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      '224.0.0.1',
    ])
      expect([ip, isPrivateAddress(ip)]).toEqual([ip, true]);
    for (const ip of ['8.8.8.8', '1.1.1.1', '172.32.0.1', '2a00:1450:4001::200e', '::ffff:8.8.8.8'])
      expect([ip, isPrivateAddress(ip)]).toEqual([ip, false]);
  });

  it('refuses loopback, private and metadata addresses unless allowed (SSRF)', async () => {
    await expect(fetchUrl(`${base}/report.html`)).rejects.toMatchObject({ code: 'CASUS_E017' });
    await expect(fetchUrl('http://localhost:9/')).rejects.toMatchObject({ code: 'CASUS_E017' });
    await expect(fetchUrl('http://169.254.169.254/latest/meta-data/')).rejects.toMatchObject({
      code: 'CASUS_E017',
    });
    await expect(fetchUrl('http://[::1]:9/')).rejects.toMatchObject({ code: 'CASUS_E017' });
    await expect(fetchUrl('file:///etc/passwd')).rejects.toMatchObject({ code: 'CASUS_E017' });
    await expect(fetchUrl('http://user:pw@example.org/')).rejects.toMatchObject({ code: 'CASUS_E017' });
    // A redirect from an allowed host to the metadata address is checked again at the hop.
    await expect(fetchUrl(`${base}/to-metadata`, { allowPrivate: false })).rejects.toMatchObject({
      code: 'CASUS_E017',
    });
  });

  it('fetches with --allow-private, follows a few redirects, and stops at the limit', async () => {
    const f = await fetchUrl(`${base}/hop/2`, { allowPrivate: true });
    expect(new TextDecoder().decode(f.bytes)).toContain('Kisumu');
    expect(f.url).toBe(`${base}/report.html`);
    await expect(fetchUrl(`${base}/hop/9`, { allowPrivate: true, maxRedirects: 5 })).rejects.toMatchObject({
      code: 'CASUS_E018',
    });
  });

  it('caps the size, declared or streamed, and times out', async () => {
    await expect(fetchUrl(`${base}/big`, { allowPrivate: true, maxBytes: 100_000 })).rejects.toMatchObject({
      code: 'CASUS_E014',
    });
    await expect(
      fetchUrl(`${base}/big-chunked`, { allowPrivate: true, maxBytes: 100_000 }),
    ).rejects.toMatchObject({
      code: 'CASUS_E014',
    });
    const t0 = Date.now();
    await expect(fetchUrl(`${base}/slow`, { allowPrivate: true, timeoutMs: 300 })).rejects.toMatchObject({
      code: 'CASUS_E018',
    });
    expect(Date.now() - t0).toBeLessThan(5000);
    await expect(fetchUrl(`${base}/missing`, { allowPrivate: true })).rejects.toMatchObject({
      code: 'CASUS_E018',
    });
  });

  it('reads fetched pages like files; a failing URL is one coded failure and the rest go on', async () => {
    const res = await readUrls([`${base}/report.html`, `${base}/missing`, `${base}/slow`], {
      allowPrivate: true,
      timeoutMs: 500,
    });
    expect(res).toHaveLength(3);
    const ok = res[0]!;
    expect(ok.ok && ok.report.text).toContain('Police arrested 4 men in Kisumu');
    expect(ok.ok && ok.report.text).not.toContain('alert');
    expect(ok.ok && ok.report.meta.url).toBe(`${base}/report.html`);
    expect(res.slice(1).map((r) => (r.ok ? 'ok' : r.code))).toEqual(['CASUS_E018', 'CASUS_E018']);
  });
});
