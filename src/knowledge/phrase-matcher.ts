interface TrieNode<T> {
  next: Map<string, TrieNode<T>> | null;
  /** The entry ending here, as `matchAt` returns it (made once: matching allocates nothing). */
  hit: { readonly length: number; readonly values: T[] } | null;
}

/**
 * Longest-match lookup of token sequences (lower-cased surface forms or lemmas). Built once
 * from knowledge files as a trie of tokens: matching costs one Map lookup per token of the
 * longest entry that could match, however many entries share a first token (789 actor names
 * begin with "the").
 */
export class PhraseMatcher<T> {
  private readonly root: TrieNode<T> = { next: null, hit: null };
  private entries = 0;

  add(seq: readonly string[], value: T): void {
    if (seq.length === 0) return;
    let node = this.root;
    for (const key of seq) {
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) {
        child = { next: null, hit: null };
        node.next.set(key, child);
      }
      node = child;
    }
    if (!node.hit) {
      node.hit = { length: seq.length, values: [value] };
      this.entries++;
    } else if (!node.hit.values.includes(value)) node.hit.values.push(value);
  }

  /** The longest entry starting at `i` in `keys`, as [length, values], or null. */
  matchAt(
    keys: readonly string[],
    i: number,
  ): { readonly length: number; readonly values: readonly T[] } | null {
    let node: TrieNode<T> | undefined = this.root;
    let best: { readonly length: number; readonly values: readonly T[] } | null = null;
    for (let k = i; k < keys.length && node.next; k++) {
      node = node.next.get(keys[k]!);
      if (!node) break;
      if (node.hit) best = node.hit;
    }
    return best;
  }

  /** How many distinct token sequences are entered. */
  get size(): number {
    return this.entries;
  }
}
