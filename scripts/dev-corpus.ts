/**
 * Assemble the speed issue's benchmark corpus from ../shared/eval at run time (never committed):
 * TR-News and GeoWebNews article text, ACLED notes (both dev exports) and NGEC synthetic
 * stories, written as JSONL files into one folder for `casus bench --corpus DIR`.
 *
 *   npx tsx scripts/dev-corpus.ts [OUT_DIR] [--eval DIR]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { parseAcledDate } from '../src/eval/acled.js';

const args = process.argv.slice(2);
const evalAt = args.indexOf('--eval');
const evalDir = resolve(evalAt >= 0 ? args[evalAt + 1]! : join(import.meta.dirname, '../../shared/eval'));
const out = resolve(
  args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--eval') ?? '/tmp/casus-dev-corpus',
);
if (!existsSync(evalDir)) {
  console.error(`no eval data at ${evalDir} (needs ../shared/eval beside the project)`);
  process.exit(2);
}
mkdirSync(out, { recursive: true });

const line = (text: string, meta: Record<string, unknown>) => JSON.stringify({ text, ...meta });
const counts: Record<string, number> = {};
function write(name: string, lines: string[]): void {
  writeFileSync(join(out, `${name}.jsonl`), `${lines.join('\n')}\n`);
  counts[name] = lines.length;
}

for (const name of ['tr-news', 'geowebnews']) {
  const rows = readFileSync(join(evalDir, 'geo', `${name}.dev.jsonl`), 'utf8')
    .split('\n')
    .filter(Boolean);
  write(
    name,
    rows.map((r) => {
      const o = JSON.parse(r) as { text: string; title?: string; date?: string };
      // Article dates come in many layouts; only ISO ones are passed on.
      const iso = /^\d{4}-\d{2}-\d{2}/.exec(o.date ?? '')?.[0];
      return line(o.text, { title: o.title, published: iso });
    }),
  );
}
for (const name of ['global-2020', 'kenya-2004-2019']) {
  const rows = parse(readFileSync(join(evalDir, 'acled', `${name}.dev.csv`)), {
    columns: true,
    skip_empty_lines: true,
  }) as { notes: string; event_date: string }[];
  write(
    `acled-${name}`,
    rows
      .filter((r) => r.notes?.trim())
      .map((r) => line(r.notes, { published: parseAcledDate(r.event_date) ?? undefined })),
  );
}
const ngec = parse(readFileSync(join(evalDir, 'plover', 'ngec-synthetic.dev.csv')), {
  columns: true,
  skip_empty_lines: true,
  relax_quotes: true,
}) as { text: string; title?: string }[];
write(
  'ngec',
  ngec.filter((r) => r.text?.trim()).map((r) => line(r.text, { title: r.title })),
);
console.log(JSON.stringify({ out, reports: counts }));
