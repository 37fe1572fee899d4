import type { Incident } from './api.js';
import { clear, h } from './dom.js';
import { colourOf, PAGE } from './state.js';

const COLUMNS: { key: string; label: string; sort?: string }[] = [
  { key: 'date', label: 'Date', sort: 'date' },
  { key: 'type', label: 'Type', sort: 'type' },
  { key: 'place', label: 'Place' },
  { key: 'country', label: 'Country', sort: 'country' },
  { key: 'fatalities', label: 'Killed', sort: 'fatalities' },
  { key: 'claims', label: 'Claims', sort: 'claims' },
  { key: 'claimants', label: 'Claimants' },
  { key: 'review', label: 'Review' },
];

/** The incident table: sortable columns, pages of 50, keyboard-openable rows. */
export class IncidentTable {
  constructor(
    private readonly el: HTMLElement,
    private readonly handlers: {
      open: (id: string) => void;
      sort: (key: string) => void;
      page: (offset: number) => void;
    },
  ) {}

  draw(rows: readonly Incident[], total: number, offset: number, sort: string): void {
    clear(this.el);
    const head = h(
      'tr',
      {},
      COLUMNS.map((c) => {
        if (!c.sort) return h('th', { scope: 'col' }, c.label);
        const active = sort === c.sort || sort === `-${c.sort}`;
        const dir =
          c.sort === 'date'
            ? sort === 'date'
              ? 'ascending'
              : sort === '-date'
                ? 'descending'
                : 'none'
            : active
              ? 'descending'
              : 'none';
        const next = c.sort === 'date' && sort === '-date' ? 'date' : c.sort === 'date' ? '-date' : c.sort;
        return h(
          'th',
          { scope: 'col', 'aria-sort': dir },
          h(
            'button',
            { type: 'button', class: 'sort', 'data-sort': next, onclick: () => this.handlers.sort(next) },
            c.label,
            dir === 'ascending' ? ' ▲' : dir === 'descending' ? ' ▼' : '',
          ),
        );
      }),
    );
    const body = h(
      'tbody',
      {},
      rows.map((i) => {
        const tr = h(
          'tr',
          {
            tabindex: 0,
            class: `row${i.disputed ? ' disputed' : ''}`,
            'data-id': i.id,
            onclick: () => this.handlers.open(i.id),
            onkeydown: (e: Event) => {
              if ((e as KeyboardEvent).key === 'Enter') this.handlers.open(i.id);
            },
          },
          h('td', {}, i.date.from ?? '—', i.date.to && i.date.to !== i.date.from ? ` – ${i.date.to}` : ''),
          h(
            'td',
            { class: 'type' },
            h('span', { class: 'type-dot', 'data-type': i.plover }),
            `${i.plover} · ${i.acled[1]}`,
          ),
          h(
            'td',
            {},
            i.place ? `${i.place.name}${i.place.precision > 1 ? ` (p${i.place.precision})` : ''}` : '—',
          ),
          h('td', {}, i.place?.country ?? i.countries.join(', ') ?? '—'),
          h(
            'td',
            { class: 'num' },
            i.fatalities.high === null
              ? '—'
              : i.fatalities.low === i.fatalities.high
                ? String(i.fatalities.high)
                : `${i.fatalities.low}–${i.fatalities.high}`,
          ),
          h('td', { class: 'num' }, String(i.claims.length)),
          h('td', { class: 'claimants' }, i.claimants.join('; ')),
          h(
            'td',
            { class: `rs-${i.review ?? 'unreviewed'}` },
            i.review ?? 'unreviewed',
            i.disputed ? ' · disputed' : '',
          ),
        );
        return tr;
      }),
    );
    for (const dot of body.querySelectorAll<HTMLElement>('.type-dot'))
      dot.style.background = colourOf(dot.dataset.type ?? '');
    const last = Math.min(total, offset + rows.length);
    this.el.append(
      h('table', { class: 'incidents' }, h('thead', {}, head), body),
      h(
        'nav',
        { class: 'pager', 'aria-label': 'Pages' },
        h(
          'button',
          {
            type: 'button',
            class: 'prev',
            disabled: offset === 0,
            onclick: () => this.handlers.page(Math.max(0, offset - PAGE)),
          },
          '‹ Previous',
        ),
        h('span', { class: 'range' }, total ? `${offset + 1}–${last} of ${total}` : 'No incidents match'),
        h(
          'button',
          {
            type: 'button',
            class: 'next',
            disabled: last >= total,
            onclick: () => this.handlers.page(offset + PAGE),
          },
          'Next ›',
        ),
      ),
    );
  }
}
