/**
 * Longest-match lookup of token sequences (lower-cased surface forms or lemmas). Built once
 * from knowledge files; matching costs one Map lookup per token plus the candidates that
 * share the first token.
 */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, { seq: readonly string[]; values: T[] }[]>();
  private maxLen = 0;

  add(seq: readonly string[], value: T): void {
    if (seq.length === 0) return;
    const first = seq[0]!;
    let list = this.byFirst.get(first);
    if (!list) {
      list = [];
      this.byFirst.set(first, list);
    }
    const same = list.find((e) => e.seq.length === seq.length && e.seq.every((s, i) => s === seq[i]));
    if (same) {
      if (!same.values.includes(value)) same.values.push(value);
    } else {
      list.push({ seq, values: [value] });
      list.sort((a, b) => b.seq.length - a.seq.length);
    }
    if (seq.length > this.maxLen) this.maxLen = seq.length;
  }

  /** The longest entry starting at `i` in `keys`, as [length, values], or null. */
  matchAt(keys: readonly string[], i: number): { length: number; values: readonly T[] } | null {
    const list = this.byFirst.get(keys[i] ?? '');
    if (!list) return null;
    for (const e of list) {
      if (i + e.seq.length > keys.length) continue;
      let ok = true;
      for (let k = 1; k < e.seq.length; k++) {
        if (keys[i + k] !== e.seq[k]) {
          ok = false;
          break;
        }
      }
      if (ok) return { length: e.seq.length, values: e.values };
    }
    return null;
  }

  get size(): number {
    let n = 0;
    for (const l of this.byFirst.values()) n += l.length;
    return n;
  }
}
