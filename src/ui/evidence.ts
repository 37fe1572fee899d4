import type { Claim } from './api.js';
import { type Child, h } from './dom.js';

interface Mark {
  start: number;
  end: number;
  cls: string;
  label: string;
}

/** The spans of a claim to mark in its report: evidence, actors, place, date, claimant. */
export function claimMarks(c: Claim): Mark[] {
  const marks: Mark[] = [{ ...c.evidence, cls: 'm-evidence', label: 'evidence' }];
  for (const a of c.source) marks.push({ ...a.span, cls: 'm-source', label: `source: ${a.code}` });
  for (const a of c.target) marks.push({ ...a.span, cls: 'm-target', label: `target: ${a.code}` });
  if (c.place) marks.push({ ...c.place.span, cls: 'm-place', label: `place: ${c.place.name}` });
  // The event's own place when the gazetteer does not know it, and where it was put instead.
  if (c.place?.stoodIn)
    marks.push({
      ...c.place.stoodIn.span,
      cls: 'm-place',
      label: `place (not in the gazetteer; placed at ${c.place.name}, precision ${c.place.precision})`,
    });
  if (c.date) marks.push({ ...c.date.span, cls: 'm-date', label: `date: ${c.date.value}` });
  for (const l of c.claimant)
    if (l.span) marks.push({ ...l.span, cls: 'm-claimant', label: `claimant: ${l.name}` });
  return marks;
}

/**
 * A window of the report around the evidence, cut at the marks' boundaries; each piece is a
 * text node inside spans carrying the classes of every mark covering it. Nothing is parsed as HTML.
 */
export function markedText(text: string, marks: readonly Mark[], context = 400): HTMLElement {
  const ev = marks[0]!;
  const from = Math.max(0, ev.start - context);
  const to = Math.min(text.length, ev.end + context);
  const cuts = new Set<number>([from, to]);
  for (const m of marks) {
    if (m.start > from && m.start < to) cuts.add(m.start);
    if (m.end > from && m.end < to) cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const parts: Child[] = [from > 0 ? '… ' : ''];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const piece = text.slice(a, b);
    const on = marks.filter((m) => m.start <= a && m.end >= b);
    if (on.length === 0) parts.push(piece);
    else
      parts.push(
        h('span', { class: on.map((m) => m.cls).join(' '), title: on.map((m) => m.label).join('; ') }, piece),
      );
  }
  if (to < text.length) parts.push(' …');
  return h('blockquote', { class: 'report' }, ...parts);
}
