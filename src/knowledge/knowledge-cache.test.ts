import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeCache } from './knowledge-cache.js';
import { BUILTIN_KNOWLEDGE, loadKnowledge } from './load.js';

describe('knowledge cache', () => {
  it('gives a file its cached data only while the file text is the one recorded', () => {
    const root = mkdtempSync(join(tmpdir(), 'casus-kc-'));
    const file = join(root, 'actors', 'agents.yaml');
    const rec = KnowledgeCache.recording(root);
    rec.remember(file, '- a: 1\n', [{ a: 1 }]);
    rec.rememberPhrase('armed forces', { surface: ['armed', 'forces'], lemma: ['arm', 'force'] });
    // Files outside the root (a user's --knowledge directory) are never cached.
    rec.remember(join(root, '..', 'elsewhere.yaml'), 'x: 1\n', { x: 1 });
    const path = join(root, 'cache.json');
    rec.save(path);
    const c = KnowledgeCache.open(root, path);
    expect(c.size).toEqual({ files: 1, phrases: 1 });
    expect(c.data(file, '- a: 1\n')).toEqual({ data: [{ a: 1 }] });
    expect(c.data(file, '- a: 2\n')).toBeNull();
    expect(c.phrase('armed forces')?.lemma).toEqual(['arm', 'force']);
    expect(c.phrase('police')).toBeUndefined();
  });

  it('reads a corrupt cache file as no cache', () => {
    const root = mkdtempSync(join(tmpdir(), 'casus-kc-'));
    const path = join(root, 'cache.json');
    writeFileSync(path, '{"files": {');
    expect(KnowledgeCache.open(root, path).size).toEqual({ files: 0, phrases: 0 });
  });

  it('loads the same knowledge with the build cache as without one', () => {
    // (The comparison means something only with a cache built: `npm test` builds first.)
    expect(KnowledgeCache.open(BUILTIN_KNOWLEDGE).size.files).toBeGreaterThan(0);
    const cached = loadKnowledge();
    const fresh = loadKnowledge([], KnowledgeCache.recording(BUILTIN_KNOWLEDGE));
    expect(cached.lexicon.size).toBe(fresh.lexicon.size);
    expect(cached.actorMatcher.size).toBe(fresh.actorMatcher.size);
    expect(cached.agentMatcher.size).toBe(fresh.agentMatcher.size);
    expect(cached.lexiconEntries).toEqual(fresh.lexiconEntries);
    expect([...cached.agentById.keys()]).toEqual([...fresh.agentById.keys()]);
    const words = ['open', 'fire'];
    expect(cached.lexicon.matchAt(words, 0)?.values.map((e) => e.id)).toEqual(
      fresh.lexicon.matchAt(words, 0)?.values.map((e) => e.id),
    );
  });
});
