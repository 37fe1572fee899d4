/**
 * A hash index over a sorted "key\tvalue" text table, written next to the table at build time
 * and read back as typed arrays: a key is found with one hash and a probe or two, where a binary
 * search touched ~20 lines scattered over an 11 MB string (each a cache miss; the gazetteer's
 * name test was ~4% of coding time). The line starts are in the file too, so loading scans no
 * text.
 *
 * Layout (little-endian 32-bit words): magic, the table's length in UTF-16 code units, line
 * count, bits of a slot that hold the line number, slot count, then the line starts (code unit
 * offsets), then the slots. A slot holds a line number in its low bits and a tag (more bits of
 * the key's hash) above them; 0xFFFFFFFF is empty. Linear probing.
 */

const MAGIC = 0x31585343; // "CSX1"
const HEADER_WORDS = 5;
const EMPTY = 0xffffffff;

/** FNV-1a over the UTF-16 code units of `text[from, to)`. */
function hashRange(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Offsets of the line starts of a text or a buffer (code unit or byte offsets; one per
 * "\n"-terminated line), for searching it without splitting it.
 */
export function lineStarts(data: string | Buffer): Int32Array {
  const next = (from: number) =>
    typeof data === 'string' ? data.indexOf('\n', from) : data.indexOf(10, from);
  let n = 0;
  for (let i = next(0); i >= 0; i = next(i + 1)) n++;
  const starts = new Int32Array(n);
  let at = 0;
  for (let k = 0; k < n; k++) {
    starts[k] = at;
    at = next(at) + 1;
  }
  return starts;
}

/** Where the index of a table file is kept: beside it, `.idx` for `.tsv`. */
export function indexPathOf(tablePath: string): string {
  return `${tablePath.replace(/\.tsv$/, '')}.idx`;
}

export class TableIndex {
  private constructor(
    private readonly text: string,
    readonly starts: Int32Array,
    private readonly slots: Uint32Array,
    private readonly lineBits: number,
  ) {}

  /** Build the index of a table in memory. */
  static build(text: string): TableIndex {
    const starts = lineStarts(text);
    const n = starts.length;
    let lineBits = 1;
    while (2 ** lineBits <= n) lineBits++;
    if (lineBits > 28) throw new Error(`table too large to index: ${n} lines`);
    // At most ~60% full: a miss probes about three slots, comparing tags only.
    let size = 1024;
    while (size * 0.6 < n) size *= 2;
    const slots = new Uint32Array(size).fill(EMPTY);
    const mask = size - 1;
    for (let line = 0; line < n; line++) {
      const s = starts[line]!;
      const h = hashRange(text, s, text.indexOf('\t', s));
      let at = h & mask;
      while (slots[at] !== EMPTY) at = (at + 1) & mask;
      slots[at] = (((h >>> lineBits) << lineBits) | line) >>> 0;
    }
    return new TableIndex(text, starts, slots, lineBits);
  }

  /** The index as bytes, for `read`. */
  serialise(): Buffer {
    const header = new Uint32Array([
      MAGIC,
      this.text.length,
      this.starts.length,
      this.lineBits,
      this.slots.length,
    ]);
    return Buffer.concat([
      Buffer.from(header.buffer),
      Buffer.from(this.starts.buffer, this.starts.byteOffset, this.starts.byteLength),
      Buffer.from(this.slots.buffer, this.slots.byteOffset, this.slots.byteLength),
    ]);
  }

  /**
   * The index stored for this text, or null when the bytes are no index of it (another
   * version of the table, a truncated file): callers then build one.
   */
  static read(text: string, bytes: Buffer | null): TableIndex | null {
    if (!bytes || bytes.byteLength < HEADER_WORDS * 4 || bytes.byteLength % 4 !== 0) return null;
    // A large file's bytes have a buffer of their own; small ones may sit in Node's pool at any
    // offset, and are copied to be read as 32-bit words.
    let words: Uint32Array;
    if (bytes.byteOffset % 4 === 0)
      words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
    else {
      words = new Uint32Array(bytes.byteLength / 4);
      new Uint8Array(words.buffer).set(bytes);
    }
    const [magic, length, n, lineBits, size] = words;
    if (magic !== MAGIC || length !== text.length || n === undefined || size === undefined) return null;
    if (HEADER_WORDS + n + size !== words.length || lineBits === undefined) return null;
    if (size === 0 || (size & (size - 1)) !== 0 || lineBits < 1 || lineBits > 28 || 2 ** lineBits <= n)
      return null;
    const starts = new Int32Array(words.buffer, words.byteOffset + HEADER_WORDS * 4, n);
    const slots = new Uint32Array(words.buffer, words.byteOffset + (HEADER_WORDS + n) * 4, size);
    // The starts must be this text's: each line starts the text or follows a newline (~2 ms for
    // the gazetteer's 593k lines).
    for (let line = 0; line < n; line++) {
      const s = starts[line]!;
      if (s < 0 || s >= text.length || (s > 0 && text.charCodeAt(s - 1) !== 10)) return null;
    }
    return new TableIndex(text, starts, slots, lineBits);
  }

  /** The row numbers the line of `key` lists after its tab ("12,40,7"), or none. */
  values(key: string): number[] {
    const line = this.find(key);
    if (line < 0) return [];
    const s = this.starts[line]!;
    const tab = this.text.indexOf('\t', s);
    return this.text
      .slice(tab + 1, this.text.indexOf('\n', tab))
      .split(',')
      .map(Number);
  }

  /** The line whose key is `key`, or -1. */
  find(key: string): number {
    const h = hashRange(key, 0, key.length);
    const mask = this.slots.length - 1;
    const lineMask = 2 ** this.lineBits - 1;
    const tag = ((h >>> this.lineBits) << this.lineBits) >>> 0;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const v = this.slots[at]!;
      if (v === EMPTY) return -1;
      if ((v & ~lineMask) >>> 0 !== tag) continue;
      const line = v & lineMask;
      const s = this.starts[line]!;
      if (this.text.charCodeAt(s + key.length) === 9 && this.text.startsWith(key, s)) return line;
    }
  }
}
