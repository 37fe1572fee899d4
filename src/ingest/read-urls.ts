import { toCasusError } from '../core/errors.js';
import { type FetchOptions, fetchUrl, formatOf } from './fetch-url.js';
import { parseInput, type ReadResult } from './read-reports.js';

export const isUrl = (p: string) => /^https?:\/\//i.test(p);

/**
 * Fetch reports given as URLs (a few at a time) and read them like files: each URL yields its
 * reports, or one failure with its code; one bad URL does not stop the others.
 */
export async function readUrls(
  urls: readonly string[],
  opts: FetchOptions = {},
  parallel = 4,
): Promise<ReadResult[]> {
  const out: ReadResult[][] = new Array(urls.length);
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const i = next++;
      const url = urls[i]!;
      try {
        const f = await fetchUrl(url, opts);
        out[i] = [...parseInput(f.bytes, url, formatOf(f), { url: f.url })];
      } catch (err) {
        const e = toCasusError(err);
        out[i] = [{ ok: false, origin: url, code: e.code, message: e.message }];
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, urls.length) }, worker));
  return out.flat();
}
