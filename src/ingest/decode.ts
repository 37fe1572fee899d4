import { CasusError } from '../core/errors.js';

export interface Decoded {
  readonly text: string;
  /** True when invalid UTF-8 sequences were replaced with U+FFFD. */
  readonly replaced: boolean;
}

/**
 * Bytes to text: UTF-16 with a BOM, otherwise UTF-8 (a UTF-8 BOM is dropped); invalid
 * sequences are replaced and reported. NUL bytes mark a binary file (CASUS_E015).
 */
export function decodeBytes(buf: Uint8Array, label: string): Decoded {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), replaced: false };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), replaced: false };
  const head = buf.subarray(0, Math.min(buf.length, 8192));
  if (head.includes(0)) throw new CasusError('CASUS_E015', `${label} looks binary (contains NUL bytes)`);
  const start = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  const body = buf.subarray(start);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), replaced: false };
  } catch {
    return { text: new TextDecoder('utf-8').decode(body), replaced: true };
  }
}
