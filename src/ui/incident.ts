import { CORRECTABLE_FIELDS } from '../core/review-fields.js';
import { type Claim, get, type IncidentDetail, post, RequestFailed } from './api.js';
import { $, clear, h } from './dom.js';
import { claimMarks, markedText } from './evidence.js';
import { colourOf, PRECISION_LABEL } from './state.js';

/** Which claim fields a dispute key highlights. */
const DISPUTE_FIELDS: Record<string, string[]> = {
  initiator: ['source'],
  fatalities: ['killed'],
  place: ['place'],
  date: ['date'],
  status: ['status'],
  type: ['type'],
};

const actors = (xs: Claim['source']) => xs.map((a) => `${a.text} (${a.code})`).join('; ') || '—';

/**
 * The incident view: claims side by side with the disputed fields highlighted, each with its
 * report text and the evidence, actor, place and date spans marked; and the review controls.
 */
export class IncidentView {
  constructor(
    private readonly el: HTMLElement,
    private readonly role: () => string | null,
    private readonly onClose: () => void,
    private readonly onChanged: (id: string) => void,
  ) {}

  async open(id: string): Promise<void> {
    this.el.hidden = false;
    clear(this.el);
    this.el.append(h('p', {}, 'Loading…'));
    let d: IncidentDetail;
    try {
      d = await get<IncidentDetail>(`/api/incidents/${encodeURIComponent(id)}`);
    } catch (e) {
      clear(this.el);
      this.el.append(
        this.closeButton(),
        h('p', { class: 'error' }, e instanceof Error ? e.message : String(e)),
      );
      return;
    }
    this.render(d);
    $<HTMLButtonElement>('.close', this.el).focus({ preventScroll: true });
  }

  close(): void {
    this.el.hidden = true;
    clear(this.el);
  }

  private closeButton(): HTMLElement {
    return h(
      'button',
      { class: 'close', type: 'button', 'aria-label': 'Close incident', onclick: () => this.onClose() },
      '×',
    );
  }

  private render(d: IncidentDetail): void {
    const i = d.incident;
    clear(this.el);
    const disputedFields = new Set(Object.keys(i.disputes).flatMap((k) => DISPUTE_FIELDS[k] ?? [k]));
    const corr = d.review.corrections;
    const fat =
      i.fatalities.low === null
        ? '—'
        : i.fatalities.low === i.fatalities.high
          ? String(i.fatalities.low)
          : `${i.fatalities.low}–${i.fatalities.high}`;
    this.el.append(
      this.closeButton(),
      h(
        'header',
        {},
        h(
          'h2',
          {},
          h('span', { class: 'type-dot', style: undefined, 'data-type': i.plover }),
          `${i.plover} · ${i.acled[0]} / ${i.acled[1]}`,
        ),
        h(
          'p',
          { class: 'meta' },
          `${i.id} · ${i.date.from ?? 'undated'}${i.date.to && i.date.to !== i.date.from ? ` to ${i.date.to}` : ''} · `,
          i.place
            ? `${i.place.name} (${i.place.country}), ${PRECISION_LABEL[i.place.precision]}`
            : 'no place',
          ` · killed ${fat} · ${i.claims.length} claim${i.claims.length === 1 ? '' : 's'} from ${i.origins} independent source${i.origins === 1 ? '' : 's'}`,
        ),
        h('p', { class: `review-status rs-${d.review.status}` }, `Review: ${d.review.status}`),
        Object.keys(corr).length
          ? h(
              'p',
              { class: 'corrections' },
              'Corrected by an analyst: ',
              Object.entries(corr)
                .map(([k, v]) => `${k} = ${v}`)
                .join('; '),
            )
          : null,
        Object.keys(i.disputes).length
          ? h(
              'div',
              { class: 'disputes' },
              h('strong', {}, 'Disputed: '),
              h(
                'ul',
                {},
                Object.entries(i.disputes).map(([k, vals]) =>
                  h(
                    'li',
                    {},
                    `${k}: `,
                    vals.map((v) => `${v.value} (${v.claimants.join(', ')})`).join(' vs '),
                  ),
                ),
              ),
            )
          : null,
      ),
    );
    const colour = this.el.querySelector<HTMLElement>('.type-dot');
    if (colour) colour.style.background = colourOf(i.plover);
    this.el.append(
      h(
        'div',
        { class: 'claims' },
        d.claims.map((c) => this.claimCard(c, d, disputedFields)),
      ),
    );
    this.el.append(this.reviewPanel(d));
  }

  private claimCard(c: Claim, d: IncidentDetail, disputed: Set<string>): HTMLElement {
    const row = (field: string, label: string, value: string) =>
      h(
        'tr',
        { class: disputed.has(field) ? 'disputed' : undefined, 'data-field': field },
        h('th', {}, label),
        h('td', {}, value),
      );
    const doc = d.documents[c.doc];
    const canSplit = this.role() && d.claims.length > 1;
    return h(
      'article',
      { class: `claim st-${c.status}`, 'data-claim': c.claim },
      h('h3', {}, c.claimant.map((l) => l.name).join(' › ') || '(unattributed)'),
      doc
        ? h(
            'p',
            { class: 'doc-meta' },
            [doc.meta.outlet, doc.meta.published, doc.meta.title].filter(Boolean).join(' · '),
          )
        : null,
      h(
        'table',
        { class: 'fields' },
        row('status', 'Status', c.status),
        row(
          'type',
          'Type',
          `${c.event.plover}${c.event.mode ? `/${c.event.mode}` : ''} · ${c.event.acled[1]} · CAMEO ${c.event.cameo}`,
        ),
        row('source', 'Source', actors(c.source)),
        row('target', 'Target', actors(c.target)),
        row(
          'place',
          'Place',
          c.place ? `${c.place.name} (${c.place.country}), precision ${c.place.precision}` : '—',
        ),
        row(
          'date',
          'Date',
          c.date ? `${c.date.value}${c.date.time ? ` ${c.date.time}` : ''} (${c.date.precision})` : '—',
        ),
        row('killed', 'Killed', c.size.killed === null ? '—' : String(c.size.killed)),
        row('injured', 'Injured', c.size.injured === null ? '—' : String(c.size.injured)),
      ),
      doc ? markedText(doc.text, claimMarks(c)) : h('p', {}, c.evidence.text),
      h('p', { class: 'rules' }, `rules: ${c.rules.join(', ')}`),
      canSplit
        ? h(
            'button',
            {
              type: 'button',
              class: 'split',
              onclick: () => this.review(d.incident.id, { action: 'split', claim: c.claim }),
            },
            'Split this claim out',
          )
        : null,
    );
  }

  private reviewPanel(d: IncidentDetail): HTMLElement {
    const id = d.incident.id;
    const history = h(
      'ol',
      { class: 'history' },
      d.review.history.map((r) =>
        h(
          'li',
          {},
          `${r.at.slice(0, 16).replace('T', ' ')} ${r.author}: ${r.action}${r.field ? ` ${r.field}` : ''}${r.value ? ` = ${r.value}` : ''}${r.comment ? ` — “${r.comment}”` : ''}`,
        ),
      ),
    );
    if (!this.role())
      return h(
        'section',
        { class: 'review' },
        h('h3', {}, 'Review'),
        h('p', {}, 'Sign in with an analyst token to review.'),
        history,
      );
    const comment = h('input', {
      name: 'comment',
      placeholder: 'comment (optional)',
      'aria-label': 'Review comment',
    });
    const field = h(
      'select',
      { name: 'field', 'aria-label': 'Field to correct' },
      CORRECTABLE_FIELDS.map((f) => h('option', { value: f }, f)),
    );
    const value = h('input', {
      name: 'value',
      placeholder: 'corrected value',
      'aria-label': 'Corrected value',
    });
    const other = h('input', { name: 'other', placeholder: 'inc_…', 'aria-label': 'Incident to merge' });
    const msg = h('p', { class: 'msg', role: 'status' });
    const act = (body: Record<string, string>) =>
      this.review(id, { ...body, ...(comment.value ? { comment: comment.value } : {}) }, msg);
    return h(
      'section',
      { class: 'review' },
      h('h3', {}, 'Review'),
      h(
        'div',
        { class: 'row' },
        comment,
        h(
          'button',
          { type: 'button', class: 'confirm', onclick: () => act({ action: 'confirm' }) },
          'Confirm',
        ),
        h('button', { type: 'button', class: 'reject', onclick: () => act({ action: 'reject' }) }, 'Reject'),
      ),
      h(
        'div',
        { class: 'row' },
        field,
        value,
        h(
          'button',
          {
            type: 'button',
            class: 'correct',
            onclick: () => act({ action: 'correct', field: field.value, value: value.value }),
          },
          'Correct',
        ),
      ),
      h(
        'div',
        { class: 'row' },
        other,
        h(
          'button',
          {
            type: 'button',
            class: 'merge',
            onclick: () => act({ action: 'merge', other: other.value.trim() }),
          },
          'Merge into this',
        ),
      ),
      msg,
      history,
    );
  }

  private async review(id: string, body: Record<string, string>, msg?: HTMLElement): Promise<void> {
    try {
      const r = await post<{ incidents: string[] }>(`/api/incidents/${encodeURIComponent(id)}/review`, body);
      const next = r.incidents.includes(id) ? id : (r.incidents[0] ?? id);
      this.onChanged(next);
    } catch (e) {
      const text = e instanceof RequestFailed ? `${e.error.code}: ${e.error.message}` : String(e);
      if (msg) msg.textContent = text;
      else alert(text);
    }
  }
}
