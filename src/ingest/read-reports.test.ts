import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text.js';
import { type ReadResult, readReports } from './read-reports.js';

function dir(files: Record<string, string | Uint8Array>): string {
  const d = mkdtempSync(join(tmpdir(), 'casus-read-'));
  for (const [name, body] of Object.entries(files)) {
    const p = join(d, name);
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, body);
  }
  return d;
}
const ok = (rs: ReadResult[]) => rs.filter((r) => r.ok).map((r) => (r.ok ? r.report : null)!);
const bad = (rs: ReadResult[]) => rs.filter((r) => !r.ok) as Extract<ReadResult, { ok: false }>[];

describe('read-reports', () => {
  it('reads txt, html, json arrays and jsonl, recursing into directories in a stable order', () => {
    const d = dir({
      'a.txt': 'Police arrested two men.',
      'sub/b.html':
        '<html><head><title>T</title><script>alert(1)</script></head><body><p>Troops <b>moved</b>.</p></body></html>',
      'c.json': JSON.stringify([{ text: 'One.', outlet: 'AFP', published: '2020-05-01' }, { text: 'Two.' }]),
      'd.jsonl': '{"text":"Three."}\n{"text":"Four.","published":"2020"}\n',
    });
    const rs = [...readReports([d])];
    expect(ok(rs).map((r) => r.text)).toEqual([
      'Police arrested two men.',
      'One.',
      'Two.',
      'Three.',
      'Four.',
      'Troops moved.',
    ]);
    expect(ok(rs)[1]!.meta).toMatchObject({ outlet: 'AFP', published: '2020-05-01' });
    expect(ok(rs)[4]!.meta.published).toBe('2020');
  });

  it('reports each bad report with a code and goes on with the rest', () => {
    const d = dir({
      'empty.txt': '',
      'bin.txt': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]),
      'wrong.json': JSON.stringify({ text: 42 }),
      'broken.jsonl': '{"text":"Good."}\n{"text": \n',
      'date.json': JSON.stringify({ text: 'x', published: '29/04/2021' }),
      'pic.png': 'not really',
      'fine.txt': 'Militants attacked a post.',
    });
    const rs = [...readReports([d, join(d, 'missing.txt')])];
    expect(ok(rs).map((r) => r.text)).toEqual(['Good.', 'Militants attacked a post.']);
    const codes = Object.fromEntries(bad(rs).map((b) => [b.origin.replace(`${d}/`, ''), b.code]));
    expect(codes).toEqual({
      'bin.txt': 'CASUS_E015',
      'broken.jsonl:2': 'CASUS_E012',
      'date.json': 'CASUS_E016',
      'empty.txt': 'CASUS_E013',
      'missing.txt': 'CASUS_E010',
      'pic.png': 'CASUS_E011',
      'wrong.json': 'CASUS_E012',
    });
  });

  it('refuses a file above the size limit and keeps the others', () => {
    const d = dir({ 'big.txt': 'x'.repeat(2000), 'small.txt': 'Troops withdrew.' });
    const rs = [...readReports([d], { maxBytes: 1000 })];
    expect(bad(rs)[0]?.code).toBe('CASUS_E014');
    expect(ok(rs).map((r) => r.text)).toEqual(['Troops withdrew.']);
  });

  it('replaces invalid UTF-8 with a message and decodes UTF-16 with a BOM', () => {
    const d = dir({
      'latin1.txt': new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x61, 0x74, 0x74, 0x61, 0x63, 0x6b]),
      'u16.txt': new Uint8Array([0xff, 0xfe, ...[...'Talks began.'].flatMap((c) => [c.charCodeAt(0), 0])]),
    });
    const [l1, u16] = ok([...readReports([d])]);
    expect(l1!.text).toBe('Caf\uFFFD attack');
    expect(l1!.warnings[0]?.code).toBe('CASUS_W103');
    expect(u16!.text).toBe('Talks began.');
  });

  it('reads stdin in the format its first character suggests', () => {
    const rs = [
      ...readReports(['-'], { stdin: () => new TextEncoder().encode('{"text":"A."}\n{"text":"B."}\n') }),
    ];
    expect(ok(rs).map((r) => r.text)).toEqual(['A.', 'B.']);
  });
});

describe('html-to-text', () => {
  it('keeps the article text, drops scripts, styles, navigation and handlers, and reads metadata', () => {
    const h = htmlToText(
      '<html><head><title>X</title><meta property="article:published_time" content="2020-04-30T09:00:00Z"><style>p{}</style></head><body><nav>Menu</nav><article><p onclick="evil()">First &amp; second.</p><script>steal()</script><p>Third.</p></article><footer>(c)</footer></body></html>',
    );
    expect(h.text).toBe('First & second.\n\nThird.');
    expect(h.published).toBe('2020-04-30');
    expect(h.title).toBe('X');
  });
});
