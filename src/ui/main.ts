import { get, type Incident, pointsFrom, RequestFailed, type Stats, token } from './api.js';
import { $, clear, h } from './dom.js';
import { IncidentView } from './incident.js';
import { setupIngest } from './ingest.js';
import { IncidentMap } from './map.js';
import { FILTER_KEYS, PAGE, query, readUrl, type ViewState, writeUrl } from './state.js';
import { IncidentTable } from './table.js';
import { Timeline } from './timeline.js';

/** The casus web UI: map, timeline and table of incidents, incident evidence, review and ingest. */

let state: ViewState = readUrl();
let role: string | null = null;
let generation = 0;
let lastWeeks: Stats['byWeek'] = [];

const form = $<HTMLFormElement>('#filters');
const status = $('#status');
const incidentView = new IncidentView(
  $('#incident'),
  () => (role === 'analyst' || role === 'admin' ? role : null),
  () => openIncident(null),
  (id) => {
    void refresh();
    void openIncident(id, false);
  },
);
const map = new IncidentMap($('#map'), (id) => void openIncident(id));
const timeline = new Timeline($('#timeline'), (since, until) => setFilters({ since, until }));
const table = new IncidentTable($('#table'), {
  open: (id) => void openIncident(id),
  sort: (sort) => {
    state = { ...state, sort, offset: 0 };
    writeUrl(state, true);
    void refresh();
  },
  page: (offset) => {
    state = { ...state, offset };
    writeUrl(state, true);
    void refresh();
  },
});

function fillForm(): void {
  for (const k of FILTER_KEYS) {
    const el = form.elements.namedItem(k) as HTMLInputElement | HTMLSelectElement | null;
    if (!el) continue;
    if (el instanceof HTMLInputElement && el.type === 'checkbox') el.checked = state.filters[k] === '1';
    else el.value = state.filters[k] ?? '';
  }
}

function setFilters(patch: ViewState['filters']): void {
  const filters = { ...state.filters, ...patch };
  for (const k of FILTER_KEYS) if (!filters[k]) delete filters[k];
  state = { ...state, filters, offset: 0 };
  writeUrl(state, true);
  fillForm();
  void refresh();
}

form.addEventListener('submit', (ev) => {
  ev.preventDefault();
  const patch: ViewState['filters'] = {};
  for (const k of FILTER_KEYS) {
    const el = form.elements.namedItem(k) as HTMLInputElement | HTMLSelectElement | null;
    if (!el) continue;
    patch[k] =
      el instanceof HTMLInputElement && el.type === 'checkbox' ? (el.checked ? '1' : '') : el.value.trim();
  }
  setFilters(patch);
});
form.addEventListener('change', (ev) => {
  if ((ev.target as HTMLElement).tagName === 'SELECT' || (ev.target as HTMLInputElement).type === 'checkbox')
    form.requestSubmit();
});
$('#clear').addEventListener('click', () => {
  state = { ...state, filters: {}, offset: 0 };
  writeUrl(state, true);
  fillForm();
  void refresh();
});
$('#queue').addEventListener('click', () => setFilters({ review: 'unreviewed' }));

async function refresh(): Promise<void> {
  const mine = ++generation;
  status.textContent = 'Loading…';
  try {
    const sort = state.sort;
    const withoutPeriod: ViewState = {
      ...state,
      filters: { ...state.filters, since: undefined, until: undefined },
    };
    const filtered = Object.values(state.filters).some(Boolean);
    const [list, points, stats, all] = await Promise.all([
      get<{ total: number; incidents: Incident[] }>(
        `/api/incidents?${query(state, { sort, limit: PAGE, offset: state.offset })}`,
      ),
      get<{ fields: string[]; rows: (string | number | null)[][] }>(
        `/api/incidents/points?${query(state)}`,
      ).then(pointsFrom),
      get<Stats>(`/api/stats?${query(withoutPeriod)}`),
      filtered ? get<Stats>('/api/stats') : null,
    ]);
    if (mine !== generation) return;
    table.draw(list.incidents, list.total, state.offset, sort);
    map.show(points);
    lastWeeks = stats.byWeek;
    timeline.draw(lastWeeks, { since: state.filters.since, until: state.filters.until });
    $('#summary').textContent =
      `${stats.documents} reports · ${stats.claims} claims · ${list.total} of ${stats.incidents} incidents shown`;
    $('#queue-n').textContent = String((all ?? stats).byReview.find((r) => r.key === 'unreviewed')?.n ?? 0);
    const types = $<HTMLSelectElement>('#type');
    if (types.options.length <= 1)
      for (const t of stats.byType) types.append(h('option', { value: t.key }, t.key));
    fillForm();
    status.textContent = '';
    // The first screen is drawn: the time since navigation start, for the load benchmark.
    document.body.dataset.ready ??= String(Math.round(performance.now()));
  } catch (e) {
    if (mine !== generation) return;
    status.textContent = e instanceof RequestFailed ? `${e.error.code}: ${e.error.message}` : String(e);
  }
}

async function openIncident(id: string | null, push = true): Promise<void> {
  state = { ...state, incident: id };
  writeUrl(state, push);
  document.body.classList.toggle('with-incident', !!id);
  if (id) await incidentView.open(id);
  else incidentView.close();
  map.invalidate();
}

async function signIn(t: string | null): Promise<void> {
  const who = $('#who');
  token.set(t);
  role = null;
  try {
    const me = await get<{ token: { id: string; role: string; label: string | null } | null }>('/api/me');
    role = me.token?.role ?? null;
    who.textContent = me.token ? `${me.token.label ?? me.token.id} (${me.token.role})` : 'reading';
  } catch (e) {
    token.set(null);
    who.textContent = e instanceof RequestFailed ? `${e.error.code}: ${e.error.message}` : String(e);
  }
  document.body.classList.toggle('can-write', role === 'analyst' || role === 'admin');
  if (state.incident) void incidentView.open(state.incident);
}

$<HTMLFormElement>('#signin').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const input = $<HTMLInputElement>('#token');
  void signIn(input.value.trim() || null);
  input.value = '';
});
$('#signout').addEventListener('click', () => void signIn(null));

const ingestDialog = $<HTMLDialogElement>('#ingest');
$('#open-ingest').addEventListener('click', () => ingestDialog.showModal());
$('#close-ingest').addEventListener('click', () => ingestDialog.close());
setupIngest(
  $<HTMLFormElement>('#ingest-form'),
  $('#ingest-out'),
  (id) => {
    ingestDialog.close();
    void openIncident(id);
  },
  () => void refresh(),
);

document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && state.incident && !ingestDialog.open) void openIncident(null);
  if (e.key === '/' && !(e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement)) {
    e.preventDefault();
    $<HTMLInputElement>('#q').focus();
  }
});
window.addEventListener('popstate', () => {
  state = readUrl();
  fillForm();
  void refresh();
  void openIncident(state.incident, false);
});
let resizing = 0;
window.addEventListener('resize', () => {
  clearTimeout(resizing);
  resizing = window.setTimeout(() => {
    timeline.draw(lastWeeks, { since: state.filters.since, until: state.filters.until });
    map.invalidate();
  }, 150);
});

fillForm();
clear($('#status'));
void map.loadBase();
void signIn(token.get());
void refresh();
if (state.incident) void openIncident(state.incident, false);
