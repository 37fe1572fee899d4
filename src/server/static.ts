import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { CasusError } from '../core/errors.js';

/** build/ui of this package, where `npm run build` puts the bundled web UI. */
export const UI_DIR = fileURLToPath(new URL('../../build/ui/', import.meta.url));

const FILES: Readonly<Record<string, { file: string; type: string }>> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/app.css': { file: 'app.css', type: 'text/css; charset=utf-8' },
  '/countries-110m.json': { file: 'countries-110m.json', type: 'application/json' },
  '/countries-50m.json': { file: 'countries-50m.json', type: 'application/json' },
};

/** The web UI's files, read once and kept in memory. */
export function staticUi(dir = UI_DIR): Hono {
  const app = new Hono();
  const cache = new Map<string, Buffer>();
  for (const [path, { file, type }] of Object.entries(FILES)) {
    app.get(path, (c) => {
      let body = cache.get(file);
      if (!body) {
        try {
          body = readFileSync(join(dir, file));
        } catch {
          throw new CasusError('CASUS_E004', `the web UI is not built (${file} missing); run npm run build`);
        }
        cache.set(file, body);
      }
      c.header('Content-Type', type);
      c.header('Cache-Control', file === 'index.html' ? 'no-cache' : 'public, max-age=300');
      return c.body(new Uint8Array(body));
    });
  }
  return app;
}
