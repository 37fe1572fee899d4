import { checkOrder, runStages, type Stage, type StageTimes } from '../core/pipeline.js';
import type { Doc } from '../core/types.js';
import type { Knowledge } from '../knowledge/load.js';
import { buildClaims } from './build-claims.js';
import { findActors } from './find-actors.js';
import { findAttributions } from './find-attributions.js';
import { findDates } from './find-dates.js';
import { findEvents } from './find-events.js';
import { findPlaces } from './find-places.js';
import { segmentText } from './segment-text.js';

/** The pipeline order, as data. Each stage declares what it requires and assigns. */
export const PIPELINE: readonly Stage<Knowledge>[] = Object.freeze([
  segmentText as Stage<Knowledge>,
  findDates as Stage<Knowledge>,
  findActors,
  findPlaces,
  findAttributions,
  findEvents,
  buildClaims,
]);

checkOrder(PIPELINE);

/** Code one document with the full pipeline. */
export function codeDoc(doc: Doc, knowledge: Knowledge, times?: StageTimes): Doc {
  return runStages(doc, PIPELINE, { knowledge }, times);
}
