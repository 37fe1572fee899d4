import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { CasusError } from '../core/errors.js';

export interface FetchOptions {
  /** Allow loopback, private, link-local and other non-public addresses (off by default: SSRF). */
  readonly allowPrivate?: boolean;
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  readonly maxRedirects?: number;
}

export interface Fetched {
  readonly url: string;
  readonly bytes: Uint8Array;
  readonly contentType: string;
}

const V4_BLOCKS: readonly [string, number][] = [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
];

const v4ToInt = (ip: string) => ip.split('.').reduce((a, o) => (a << 8) + Number(o), 0) >>> 0;

/** True for addresses no report should be fetched from without `--allow-private`. */
export function isPrivateAddress(ip: string): boolean {
  const kind = isIP(ip);
  if (kind === 4) {
    const n = v4ToInt(ip);
    return V4_BLOCKS.some(([base, bits]) => n >>> (32 - bits) === v4ToInt(base) >>> (32 - bits));
  }
  if (kind === 6) {
    const a = ip.toLowerCase();
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
    if (mapped) return isPrivateAddress(mapped[1]!);
    if (a === '::' || a === '::1') return true;
    const first = Number.parseInt(a.split(':')[0] || '0', 16);
    return (
      (first & 0xfe00) === 0xfc00 || // unique local fc00::/7
      (first & 0xffc0) === 0xfe80 || // link-local fe80::/10
      (first & 0xff00) === 0xff00 || // multicast
      a.startsWith('64:ff9b:') || // NAT64 can reach private v4
      a.startsWith('2001:db8:')
    );
  }
  return true;
}

/**
 * A DNS lookup that refuses non-public addresses. It runs when the socket connects, so a name
 * that resolves to a public address for a check and a private one for the connection (DNS
 * rebinding) is still refused.
 */
function guardedLookup(allowPrivate: boolean) {
  return (
    hostname: string,
    options: object,
    cb: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
  ) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return cb(err, []);
      const list = addresses as LookupAddress[];
      const bad = list.find((a) => isPrivateAddress(a.address));
      if (bad && !allowPrivate) {
        const e = new Error(
          `${hostname} resolves to a non-public address (${bad.address})`,
        ) as NodeJS.ErrnoException;
        e.code = 'CASUS_PRIVATE';
        return cb(e, []);
      }
      if ((options as { all?: boolean }).all) return cb(null, list);
      cb(null, list[0]!.address, list[0]!.family);
    });
  };
}

/**
 * Fetch one report over HTTP(S) with a timeout for the whole exchange, a size cap read as the
 * body streams, a limited number of redirects (each hop checked again), and non-public
 * addresses refused unless allowed.
 */
export async function fetchUrl(url: string, opts: FetchOptions = {}): Promise<Fetched> {
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const maxBytes = opts.maxBytes ?? 10 * 1024 * 1024;
  const maxRedirects = opts.maxRedirects ?? 5;
  const deadline = Date.now() + timeoutMs;
  let current = url;
  for (let hop = 0; ; hop++) {
    let u: URL;
    try {
      u = new URL(current);
    } catch {
      throw new CasusError('CASUS_E017', `not a URL: ${current}`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
      throw new CasusError('CASUS_E017', `only http and https URLs are fetched, not ${u.protocol}`);
    if (u.username || u.password) throw new CasusError('CASUS_E017', 'URLs with credentials are refused');
    const literal = u.hostname.replace(/^\[|\]$/g, '');
    if (isIP(literal) && isPrivateAddress(literal) && !opts.allowPrivate)
      throw new CasusError(
        'CASUS_E017',
        `${literal} is not a public address; use --allow-private to fetch it`,
      );
    const res = await request(u, Math.max(1, deadline - Date.now()), maxBytes, opts.allowPrivate ?? false);
    if (res.status >= 300 && res.status < 400 && res.location) {
      if (hop >= maxRedirects)
        throw new CasusError('CASUS_E018', `more than ${maxRedirects} redirects from ${url}`);
      current = new URL(res.location, u).toString();
      continue;
    }
    if (res.status < 200 || res.status >= 300)
      throw new CasusError('CASUS_E018', `HTTP ${res.status} from ${current}`);
    return { url: current, bytes: res.body, contentType: res.contentType };
  }
}

function request(
  u: URL,
  timeoutMs: number,
  maxBytes: number,
  allowPrivate: boolean,
): Promise<{ status: number; location?: string; contentType: string; body: Uint8Array }> {
  return new Promise((resolve, reject) => {
    const lib = u.protocol === 'https:' ? https : http;
    const req = lib.request(
      u,
      {
        method: 'GET',
        lookup: guardedLookup(allowPrivate) as never,
        headers: {
          'user-agent': 'casus (+https://github.com/casus)',
          accept: 'text/html,application/json,text/plain;q=0.9,*/*;q=0.5',
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400) {
          res.resume();
          resolve({ status, location: res.headers.location, contentType: '', body: new Uint8Array() });
          return;
        }
        const declared = Number(res.headers['content-length'] ?? 0);
        if (declared > maxBytes) {
          req.destroy();
          reject(new CasusError('CASUS_E014', `${u} is ${declared} bytes, above the limit of ${maxBytes}`));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size > maxBytes) {
            req.destroy();
            reject(new CasusError('CASUS_E014', `${u} is larger than the limit of ${maxBytes} bytes`));
            return;
          }
          chunks.push(c);
        });
        res.on('end', () =>
          resolve({
            status,
            contentType: String(res.headers['content-type'] ?? ''),
            body: new Uint8Array(Buffer.concat(chunks)),
          }),
        );
        res.on('error', (e) => reject(new CasusError('CASUS_E018', `reading ${u}: ${e.message}`)));
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`timed out after ${timeoutMs} ms`)));
    const timer = setTimeout(() => req.destroy(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
    req.on('close', () => clearTimeout(timer));
    req.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'CASUS_PRIVATE')
        reject(new CasusError('CASUS_E017', `${e.message}; use --allow-private to fetch it`));
      else reject(new CasusError('CASUS_E018', `fetching ${u}: ${e.message}`));
    });
    req.end();
  });
}

/** The reader format for a fetched body: by content type, then by the URL's extension. */
export function formatOf(f: Fetched): string {
  const ct = f.contentType.toLowerCase();
  if (ct.includes('html')) return '.html';
  if (ct.includes('json')) return /\.jsonl(\?|$)/.test(f.url) ? '.jsonl' : '.json';
  if (ct.startsWith('text/')) return '.txt';
  const ext = /\.(html?|jsonl?|txt)(\?|$)/i.exec(new URL(f.url).pathname)?.[1]?.toLowerCase();
  return ext ? `.${ext === 'htm' ? 'html' : ext}` : '.html';
}
