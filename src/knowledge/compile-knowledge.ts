import { fileURLToPath } from 'node:url';
import { KNOWLEDGE_CACHE_PATH, KnowledgeCache } from './knowledge-cache.js';
import { BUILTIN_KNOWLEDGE, loadKnowledge } from './load.js';

/**
 * Build step after the gazetteer: load the built-in knowledge once with an empty cache, which
 * records every file parsed and every phrase tokenised, and write it to `build/`.
 */
export function compileKnowledge(path = KNOWLEDGE_CACHE_PATH): void {
  const cache = KnowledgeCache.recording(BUILTIN_KNOWLEDGE);
  loadKnowledge([], cache);
  cache.save(path);
  process.stderr.write(`knowledge: ${cache.size.files} files, ${cache.size.phrases} phrases -> ${path}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    compileKnowledge();
  } catch (err) {
    process.stderr.write(
      `CASUS_E003 knowledge cache build failed: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    process.exit(1);
  }
}
