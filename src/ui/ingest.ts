import { type Claim, post, RequestFailed } from './api.js';
import { $, clear, h } from './dom.js';

interface IngestResult {
  reports: {
    origin: string;
    doc: string;
    stored: boolean;
    claims: Claim[];
    incidents: Record<string, string>;
  }[];
  failures: { origin: string; code: string; message: string }[];
}

const FORMAT: Record<string, string> = {
  txt: 'txt',
  text: 'txt',
  md: 'txt',
  html: 'html',
  htm: 'html',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
};

/** Paste a report or upload files; the coded claims are listed at once, each linking to its incident. */
export function setupIngest(
  form: HTMLFormElement,
  out: HTMLElement,
  openIncident: (id: string) => void,
  done: () => void,
): void {
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clear(out);
    const data = new FormData(form);
    const files = ($<HTMLInputElement>('input[type=file]', form).files ?? []) as FileList;
    const base: Record<string, string> = {};
    for (const k of ['title', 'published', 'outlet']) {
      const v = String(data.get(k) ?? '').trim();
      if (v) base[k] = v;
    }
    const jobs: { name: string; body: Record<string, string> }[] = [];
    const text = String(data.get('content') ?? '');
    if (text.trim())
      jobs.push({
        name: 'pasted report',
        body: { ...base, content: text, format: String(data.get('format') ?? 'txt') },
      });
    for (const f of Array.from(files)) {
      const ext = f.name.split('.').pop()?.toLowerCase() ?? '';
      jobs.push({
        name: f.name,
        body: { ...base, content: await f.text(), format: FORMAT[ext] ?? 'txt', name: f.name },
      });
    }
    if (jobs.length === 0) {
      out.append(h('p', { class: 'error' }, 'Paste a report or choose files first.'));
      return;
    }
    for (const j of jobs) {
      try {
        const r = await post<IngestResult>('/api/documents', j.body);
        for (const f of r.failures)
          out.append(h('p', { class: 'error' }, `${f.code} ${f.origin}: ${f.message}`));
        for (const rep of r.reports) {
          out.append(
            h(
              'h4',
              {},
              `${rep.origin}: ${rep.claims.length} claim${rep.claims.length === 1 ? '' : 's'}${rep.stored ? '' : ' (already stored)'}`,
            ),
            h(
              'ul',
              { class: 'coded' },
              rep.claims.map((c) =>
                h(
                  'li',
                  {},
                  h(
                    'button',
                    {
                      type: 'button',
                      class: 'link',
                      onclick: () => rep.incidents[c.claim] && openIncident(rep.incidents[c.claim]!),
                    },
                    `${c.event.plover} · ${c.event.acled[1]}`,
                  ),
                  ` ${c.source.map((a) => a.code).join('+') || '?'} → ${c.target.map((a) => a.code).join('+') || '?'}`,
                  c.place ? ` · ${c.place.name}` : '',
                  c.date ? ` · ${c.date.value}` : '',
                  ` · ${c.status}`,
                  h('div', { class: 'ev' }, c.evidence.text),
                ),
              ),
            ),
          );
        }
      } catch (e) {
        out.append(
          h(
            'p',
            { class: 'error' },
            `${j.name}: ${e instanceof RequestFailed ? `${e.error.code} ${e.error.message}` : String(e)}`,
          ),
        );
      }
    }
    done();
  });
}
