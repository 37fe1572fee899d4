import { CasusError } from './errors.js';
import type { Doc, LayerName, Layers, Message } from './types.js';

/** What a stage sees besides the Doc: frozen knowledge, built once per process. */
export interface StageContext<K> {
  readonly knowledge: K;
}

export interface StageResult {
  readonly layers: Partial<Layers>;
  readonly messages?: readonly Message[];
}

/** A named pipeline stage: a pure function of the Doc and the knowledge. */
export interface Stage<K> {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly assigns: readonly LayerName[];
  run(doc: Doc, ctx: StageContext<K>): StageResult;
}

/** Check that every stage's requirements are assigned by an earlier stage. */
export function checkOrder<K>(stages: readonly Stage<K>[]): void {
  const have = new Set<LayerName>();
  for (const stage of stages) {
    for (const need of stage.requires) {
      if (!have.has(need)) {
        const available = [...have].join(', ') || '(none)';
        throw new CasusError(
          'CASUS_E002',
          `stage "${stage.name}" requires layer "${need}", which no earlier stage assigns. Available: ${available}`,
        );
      }
    }
    for (const a of stage.assigns) have.add(a);
  }
}

/** Time spent per stage, accumulated across documents (for `casus bench`). */
export type StageTimes = Map<string, number>;

/**
 * Run the stages in order. Each stage returns new layers; the Doc is never mutated. A stage
 * that throws on a document leaves a `CASUS_W104` message and its layers empty, so one bad
 * report never stops a batch; later stages see empty layers.
 */
export function runStages<K>(
  doc: Doc,
  stages: readonly Stage<K>[],
  ctx: StageContext<K>,
  times?: StageTimes,
): Doc {
  let current = doc;
  for (const stage of stages) {
    const t0 = times ? performance.now() : 0;
    let result: StageResult;
    try {
      result = stage.run(current, ctx);
    } catch (err) {
      const empty: Partial<Layers> = {};
      for (const a of stage.assigns) (empty as Record<string, unknown>)[a] = [];
      result = {
        layers: empty,
        messages: [
          {
            code: 'CASUS_W104',
            stage: stage.name,
            message: `stage failed: ${err instanceof Error ? err.message : String(err)}`,
          },
        ],
      };
    }
    current = Object.freeze({
      ...current,
      layers: Object.freeze({ ...current.layers, ...result.layers }),
      messages: result.messages?.length
        ? Object.freeze([...current.messages, ...result.messages])
        : current.messages,
    });
    if (times) times.set(stage.name, (times.get(stage.name) ?? 0) + performance.now() - t0);
  }
  return current;
}
