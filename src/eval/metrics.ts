/** Shared scoring helpers. */
export function ratio(hit: number, n: number): number | null {
  return n === 0 ? null : Math.round((hit / n) * 10000) / 10000;
}

/** Macro-averaged F1 over the gold labels. */
export function macroF1(pairs: readonly { gold: string; pred: string }[]): number | null {
  const labels = [...new Set(pairs.map((p) => p.gold))];
  if (labels.length === 0) return null;
  let sum = 0;
  for (const l of labels) {
    const tp = pairs.filter((p) => p.gold === l && p.pred === l).length;
    const fp = pairs.filter((p) => p.gold !== l && p.pred === l).length;
    const fn = pairs.filter((p) => p.gold === l && p.pred !== l).length;
    const prec = tp + fp === 0 ? 0 : tp / (tp + fp);
    const rec = tp + fn === 0 ? 0 : tp / (tp + fn);
    sum += prec + rec === 0 ? 0 : (2 * prec * rec) / (prec + rec);
  }
  return Math.round((sum / labels.length) * 10000) / 10000;
}

/** Confusion counts: gold label -> predicted label -> n. */
export function confusion(
  pairs: readonly { gold: string; pred: string }[],
): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const p of pairs) {
    const row = out[p.gold] ?? {};
    row[p.pred] = (row[p.pred] ?? 0) + 1;
    out[p.gold] = row;
  }
  return out;
}
