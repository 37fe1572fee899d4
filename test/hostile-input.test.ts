import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { casus } from './helpers.js';

/**
 * Hostile and broken input through the real `casus ingest`: each bad report is one line
 * `CODE path: message` and nothing is stored for it; every good one is stored whole.
 */
describe('hostile and broken input never crashes a batch', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casus-hostile-'));
  const inp = join(dir, 'in');
  mkdirSync(inp);
  const put = (name: string, data: string | Uint8Array) => writeFileSync(join(inp, name), data);
  const RTL =
    'الشرطة اعتقلت ثلاثة رجال في بغداد. Police arrested 3 men in Baghdad on 8 May 2020 — שלום мир 你好.';
  const ZW = 'Po\u200blice arr\u200dested 4 men in Ka\u200cbul on 9 May 2020.\u2060';
  put('ok.txt', 'Police arrested 12 protesters in Minsk on 10 August 2020.');
  put(
    'bad-utf8.txt',
    Buffer.from([
      ...Buffer.from('Police arrested 3 men in Nairobi'),
      0xff,
      0xfe,
      ...Buffer.from(' on 1 May 2020.'),
    ]),
  );
  put(
    'utf16.txt',
    Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Soldiers shelled Avdiivka on 1 May 2020.', 'utf16le'),
    ]),
  );
  put('binary.txt', Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 256)));
  put('empty.txt', '');
  put(
    'one-line.txt',
    'Gunmen attacked a convoy near Gao on 3 May 2020 and killed 4 soldiers '
      .repeat(72_000)
      .slice(0, 5_000_000),
  );
  // Long reports of one act over and over, each looking back at the acts before it: a search
  // from the end of the report's events per sentence was quadratic (over 300 s for the first).
  put('untargeted.txt', 'Rebels fired RPGs at the base. '.repeat(72_000));
  put('accusations.txt', 'Kenya accused Somalia of shelling Mandera. '.repeat(50_000));
  put(
    'nested.html',
    `${'<div>'.repeat(20_000)}<p>Protesters marched in Lagos on 2 May 2020.</p>${'</div>'.repeat(20_000)}`,
  );
  put(
    'scripts.html',
    '<html><body><iframe src="http://evil.example"></iframe><script>alert(1)</script><p onclick="x()">Rebels shelled Idlib on 4 May 2020.</p><img src=x onerror=alert(2)></body></html>',
  );
  put(
    'laughs.html',
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&lol3; &xxe;</title><description>Police arrested 5 men in Kano on 5 May 2020.</description></item></channel></rss>',
  );
  put(
    'wrong-types.json',
    JSON.stringify([{ text: 5 }, { text: 'Troops clashed with rebels near Beni on 6 May 2020.' }]),
  );
  put('broken.json', '{"text": "unterminated');
  put('rtl.txt', RTL);
  put('zero-width.txt', ZW);
  put(
    'numbers.txt',
    `Militants killed ${Array.from({ length: 10_000 }, (_, i) => (i * 7919) % 100_000).join(' ')} people in Mosul.`,
  );
  // 200 MB, sparse: refused by size before it is read.
  const fd = openSync(join(inp, 'huge.txt'), 'w');
  ftruncateSync(fd, 200 * 1024 * 1024);
  closeSync(fd);

  it('stores the good reports, reports each bad one with its code, and exits 3', () => {
    const db = join(dir, 'h.db');
    const r = casus(['ingest', inp, '--db', db]);
    expect(r.code).toBe(3);
    const lines = r.stderr
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('CASUS_'));
    const codes = Object.fromEntries(
      lines.map((l) => {
        const m = /^(CASUS_E\d{3}) (\S+): \S/.exec(l)!;
        expect(m, l).not.toBeNull();
        return [m[2]!.slice(inp.length + 1), m[1]];
      }),
    );
    expect(codes).toEqual({
      'binary.txt': 'CASUS_E015',
      'broken.json': 'CASUS_E012',
      'empty.txt': 'CASUS_E013',
      'huge.txt': 'CASUS_E014',
      'wrong-types.json#1': 'CASUS_E012',
    });
    expect(r.stderr).toMatch(/ingested: 18 reports read, 13 stored, 0 already stored, 5 failed/);
    const store = new SqliteStore(db);
    try {
      const docs = store.db.prepare('SELECT id, path, text, messages FROM documents').all() as {
        id: string;
        path: string;
        text: string;
        messages: string;
      }[];
      const byName = (n: string) => docs.find((d) => d.path?.endsWith(n))!;
      // Nothing is lost: mixed scripts and zero-width characters are kept verbatim.
      expect(byName('rtl.txt').text).toBe(RTL);
      expect(byName('zero-width.txt').text).toBe(ZW);
      expect(byName('bad-utf8.txt').text).toContain('\uFFFD');
      expect(JSON.parse(byName('bad-utf8.txt').messages)[0].code).toBe('CASUS_W103');
      expect(byName('utf16.txt').text).toBe('Soldiers shelled Avdiivka on 1 May 2020.');
      expect(byName('scripts.html').text).not.toMatch(/alert|evil/);
      expect(byName('laughs.html').text).not.toContain('root:');
      expect(byName('laughs.html').text.length).toBeLessThan(2000);
      expect(byName('nested.html').text).toContain('Protesters marched in Lagos');
      expect(byName('one-line.txt').text.length).toBe(5_000_000);
      expect(JSON.parse(byName('one-line.txt').messages).map((m: { code: string }) => m.code)).toContain(
        'CASUS_W105',
      );
      // Every stored span is true to its text.
      for (const d of docs) {
        for (const c of store.queryClaims({ docId: d.id, limit: 1000 }).claims) {
          expect(d.text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
          for (const a of [...c.source, ...c.target])
            expect(d.text.slice(a.span.start, a.span.end)).toBe(a.text);
        }
      }
      expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      store.close();
    }
  }, 120_000);

  it('imports the good ACLED files and reports a CSV with broken quoting', () => {
    const bad = join(dir, 'broken.csv');
    const header = ['event_id_cnty', 'event_date', 'event_type', 'notes'].join(',');
    writeFileSync(bad, `${header}\nX1,2020-01-01,Protests,"unterminated\n`);
    const r = casus(['ingest', '--format', 'acled-csv', bad, '--db', join(dir, 'csv.db')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      new RegExp(`^CASUS_E019 ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not a valid CSV`, 'm'),
    );
  });
});
