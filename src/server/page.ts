/**
 * The plain page that lists events until the full UI lands. Report text is inserted with
 * textContent only, so it is always inert.
 */
export const INDEX_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>casus — events</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem;color:#222}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f4}.ev{color:#555;max-width:40rem}.st-denied,.st-hypothetical{color:#999}
form{margin:0 0 1rem}label{margin-right:.75rem}
</style></head>
<body><h1>casus</h1><p id="summary">Loading…</p>
<form id="filters"><label>Type <input name="type" size="10"></label><label>Country <input name="country" size="4"></label>
<label>Actor <input name="actor" size="12"></label><label>Since <input name="since" type="date"></label><label>Until <input name="until" type="date"></label>
<button type="submit">Filter</button></form>
<table><thead><tr><th>Date</th><th>Type</th><th>ACLED</th><th>Source</th><th>Target</th><th>Place</th><th>Claimant</th><th>Evidence</th></tr></thead><tbody id="rows"></tbody></table>
<script src="/app.js"></script></body></html>`;

export const INDEX_JS = `
const rows = document.getElementById('rows');
const summary = document.getElementById('summary');
const form = document.getElementById('filters');
function cell(tr, text, cls) { const td = document.createElement('td'); td.textContent = text; if (cls) td.className = cls; tr.appendChild(td); }
async function load() {
  const params = new URLSearchParams();
  for (const [k, v] of new FormData(form)) if (v) params.set(k, String(v));
  params.set('limit', '500');
  const res = await fetch('/api/events?' + params);
  const body = await res.json();
  rows.replaceChildren();
  if (!res.ok) { summary.textContent = body.error.code + ': ' + body.error.message; return; }
  summary.textContent = body.total + ' events';
  for (const e of body.events) {
    const tr = document.createElement('tr');
    tr.className = 'st-' + e.status;
    cell(tr, e.date ? e.date.value + (e.date.time ? ' ' + e.date.time : '') : '');
    cell(tr, e.event.plover + (e.status !== 'asserted' ? ' (' + e.status + ')' : ''));
    cell(tr, e.event.acled.join(' / '));
    cell(tr, e.source.map(a => a.name).join('; '));
    cell(tr, e.target.map(a => a.name).join('; '));
    cell(tr, e.place ? e.place.name + ' (' + e.place.country + ', precision ' + e.place.precision + ')' : '');
    cell(tr, e.claimant.map(c => c.name).join(' > '));
    cell(tr, e.evidence.text, 'ev');
    rows.appendChild(tr);
  }
}
form.addEventListener('submit', (ev) => { ev.preventDefault(); load(); });
load();
`;
