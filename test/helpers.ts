import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { makeDoc } from '../src/core/doc.js';
import type { Doc, DocMeta } from '../src/core/types.js';
import { type Knowledge, loadKnowledge } from '../src/knowledge/load.js';
import { type AppOptions, createApp } from '../src/server/app.js';
import { codeDoc } from '../src/stages/index.js';
import type { EventStore } from '../src/store/event-store.js';

let k: Knowledge | null = null;
/** The built-in knowledge, loaded once per test file. */
export function knowledge(): Knowledge {
  k ??= loadKnowledge();
  return k;
}

/** Code a short text written for a test. */
export function code(text: string, meta: DocMeta = {}): Doc {
  return codeDoc(makeDoc(text, meta), knowledge());
}

export const slice = (doc: Doc, s: { start: number; end: number }) => doc.text.slice(s.start, s.end);

export const ROOT = join(import.meta.dirname, '..');
/** The gold data beside the project; tests that need it skip when it is absent. */
export const SHARED_EVAL = join(ROOT, '..', 'shared', 'eval');
export const hasShared = existsSync(SHARED_EVAL);

/** Run the real `casus` command (bin/casus.js) as a user would, with optional stdin. */
export function casus(
  args: string[],
  input?: string,
): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'casus.js'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A real HTTP server on a random loopback port over a store (the app as `casus serve` builds it). */
export async function startTestServer(
  store: EventStore,
  opts: Partial<AppOptions> = {},
): Promise<{ base: string; close: () => Promise<void> }> {
  const app = createApp(store, { knowledge, ...opts });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((r) => server.once('listening', () => r()));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
