import { colourOf } from './state.js';

const SVG = 'http://www.w3.org/2000/svg';
const DAY = 86_400_000;

const svg = <K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>) => {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
};

/**
 * Incidents per week, stacked by type. Dragging across the bars selects a period, which
 * becomes the since/until filter of the map and the table.
 */
export class Timeline {
  private weeks: string[] = [];
  constructor(
    private readonly el: HTMLElement,
    private readonly onBrush: (since: string, until: string) => void,
  ) {}

  draw(
    byWeek: readonly { week: string; type: string; n: number }[],
    selected: { since?: string; until?: string },
  ): void {
    while (this.el.firstChild) this.el.removeChild(this.el.firstChild);
    if (byWeek.length === 0) {
      this.el.textContent = 'No dated incidents match the filters.';
      return;
    }
    // Every week between the first and the last, so gaps show as gaps.
    // At least 26 weeks are shown, so a few busy days do not fill the whole strip.
    let first = Date.parse(`${byWeek[0]!.week}T00:00:00Z`);
    let last = Date.parse(`${byWeek[byWeek.length - 1]!.week}T00:00:00Z`);
    const short = 26 - Math.round((last - first) / (7 * DAY)) - 1;
    if (short > 0) {
      first -= Math.floor(short / 2) * 7 * DAY;
      last += Math.ceil(short / 2) * 7 * DAY;
    }
    this.weeks = [];
    for (let t = first; t <= last && this.weeks.length < 2000; t += 7 * DAY)
      this.weeks.push(new Date(t).toISOString().slice(0, 10));
    const totals = new Map<string, { type: string; n: number }[]>();
    for (const r of byWeek) totals.set(r.week, [...(totals.get(r.week) ?? []), r]);
    const max = Math.max(...[...totals.values()].map((xs) => xs.reduce((a, x) => a + x.n, 0)));
    const width = Math.max(this.el.clientWidth || 600, 200);
    const height = 90;
    const pad = 18;
    const bw = (width - 8) / this.weeks.length;
    const root = svg('svg', {
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-label': 'Incidents per week',
    });
    this.weeks.forEach((w, i) => {
      let y = height - pad;
      const inSel =
        (!selected.since || w >= weekOf(selected.since)) && (!selected.until || w <= selected.until);
      for (const r of totals.get(w) ?? []) {
        const bh = ((height - pad - 6) * r.n) / max;
        y -= bh;
        const rect = svg('rect', {
          x: 4 + i * bw,
          y,
          width: Math.max(1, bw - 1),
          height: bh,
          fill: colourOf(r.type),
          opacity: inSel ? 1 : 0.3,
          class: 'bar',
          'data-week': w,
        });
        const t = svg('title', {});
        t.textContent = `week of ${w}: ${r.n} ${r.type}`;
        rect.appendChild(t);
        root.appendChild(rect);
      }
    });
    const label = (x: number, text: string, anchor: string) => {
      const t = svg('text', { x, y: height - 4, 'font-size': 11, 'text-anchor': anchor, fill: '#555' });
      t.textContent = text;
      root.appendChild(t);
    };
    label(4, this.weeks[0]!, 'start');
    if (this.weeks.length > 1) label(width - 4, this.weeks[this.weeks.length - 1]!, 'end');
    const brush = svg('rect', {
      class: 'brush',
      x: 0,
      y: 0,
      width: 0,
      height: height - pad,
      fill: 'rgba(30,90,160,.15)',
      stroke: '#1e5aa0',
    });
    root.appendChild(brush);
    let from: number | null = null;
    const idx = (ev: PointerEvent) => {
      const r = root.getBoundingClientRect();
      return Math.max(0, Math.min(this.weeks.length - 1, Math.floor((ev.clientX - r.left - 4) / bw)));
    };
    root.addEventListener('pointerdown', (ev) => {
      from = idx(ev);
      root.setPointerCapture(ev.pointerId);
    });
    root.addEventListener('pointermove', (ev) => {
      if (from === null) return;
      const to = idx(ev);
      const [a, b] = from <= to ? [from, to] : [to, from];
      brush.setAttribute('x', String(4 + a * bw));
      brush.setAttribute('width', String((b - a + 1) * bw));
    });
    root.addEventListener('pointerup', (ev) => {
      if (from === null) return;
      const to = idx(ev);
      const [a, b] = from <= to ? [from, to] : [to, from];
      from = null;
      const since = this.weeks[a]!;
      const until = new Date(Date.parse(`${this.weeks[b]!}T00:00:00Z`) + 6 * DAY).toISOString().slice(0, 10);
      this.onBrush(since, until);
    });
    this.el.appendChild(root);
  }
}

/** The Monday on or before a day. */
function weekOf(day: string): string {
  const d = new Date(`${day.length === 4 ? `${day}-01-01` : day.length === 7 ? `${day}-01` : day}T00:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7;
  return new Date(d.getTime() - back * DAY).toISOString().slice(0, 10);
}
