// Bundle the web UI into build/ui: app.js (esbuild), app.css (Leaflet's CSS and ours),
// index.html and the Natural Earth countries (world-atlas TopoJSON). No network involved.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'build', 'ui');
const require = createRequire(import.meta.url);
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [join(root, 'src', 'ui', 'main.ts')],
  bundle: true,
  format: 'iife',
  target: 'es2020',
  minify: true,
  sourcemap: false,
  outfile: join(out, 'app.js'),
  logLevel: 'warning',
});
const css = [require.resolve('leaflet/dist/leaflet.css'), join(root, 'src', 'ui', 'style.css')].map((f) =>
  readFileSync(f, 'utf8'),
);
writeFileSync(join(out, 'app.css'), css.join('\n'));
copyFileSync(join(root, 'src', 'ui', 'index.html'), join(out, 'index.html'));
for (const res of ['110m', '50m'])
  copyFileSync(require.resolve(`world-atlas/countries-${res}.json`), join(out, `countries-${res}.json`));
