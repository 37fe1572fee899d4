import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** The built-in knowledge files, parsed, and the token forms of their phrases (`npm run build`). */
export const KNOWLEDGE_CACHE_PATH = join(here, '..', '..', 'build', 'knowledge-cache.json');

export interface PhraseForms {
  readonly surface: string[];
  readonly lemma: string[];
}

interface CacheFile {
  /** Relative path under the knowledge directory -> the file's SHA-1 and its parsed YAML. */
  readonly files: Record<string, { readonly sha1: string; readonly data: unknown }>;
  /** Phrase -> its wink token forms, as `phraseTokens` gives them. */
  readonly phrases: Record<string, PhraseForms>;
}

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

/**
 * A cache of what loading the built-in knowledge costs most: parsing its YAML and tokenising
 * its phrases with wink. Made at build time; a file whose text no longer matches its hash is
 * parsed again, and a phrase not in the cache is tokenised, so a stale or missing cache only
 * costs time, never changes what is loaded.
 */
export class KnowledgeCache {
  private readonly files: Map<string, { sha1: string; data: unknown }>;
  private readonly phrases: Map<string, PhraseForms>;

  private constructor(
    private readonly root: string,
    file: CacheFile | null,
  ) {
    this.files = new Map(Object.entries(file?.files ?? {}));
    this.phrases = new Map(Object.entries(file?.phrases ?? {}));
  }

  /** The cache for knowledge under `root`, from `path` when it exists and reads as a cache. */
  static open(root: string, path = KNOWLEDGE_CACHE_PATH): KnowledgeCache {
    let file: CacheFile | null = null;
    try {
      if (existsSync(path)) file = JSON.parse(readFileSync(path, 'utf8')) as CacheFile;
    } catch {
      file = null; // an unreadable cache is no cache
    }
    return new KnowledgeCache(root, file);
  }

  /** An empty cache that records what is parsed and tokenised, for `save`. */
  static recording(root: string): KnowledgeCache {
    return new KnowledgeCache(root, null);
  }

  /** The parsed data of a file under the root whose text is `text`, if cached. */
  data(path: string, text: string): { data: unknown } | null {
    const key = relative(this.root, path);
    if (key.startsWith('..')) return null;
    const hit = this.files.get(key);
    return hit && hit.sha1 === sha1(text) ? { data: hit.data } : null;
  }

  remember(path: string, text: string, data: unknown): void {
    const key = relative(this.root, path);
    if (!key.startsWith('..')) this.files.set(key, { sha1: sha1(text), data });
  }

  phrase(p: string): PhraseForms | undefined {
    return this.phrases.get(p);
  }

  rememberPhrase(p: string, forms: PhraseForms): void {
    this.phrases.set(p, forms);
  }

  get size(): { files: number; phrases: number } {
    return { files: this.files.size, phrases: this.phrases.size };
  }

  save(path = KNOWLEDGE_CACHE_PATH): void {
    const out: CacheFile = {
      files: Object.fromEntries(this.files),
      phrases: Object.fromEntries(this.phrases),
    };
    writeFileSync(path, JSON.stringify(out));
  }
}
