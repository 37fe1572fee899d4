import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { makeDoc } from '../core/doc.js';
import { CasusError } from '../core/errors.js';
import type { ActorOut, Claim, DatePrecision, Doc } from '../core/types.js';
import { acledActorCountry, parseAcledDate } from '../eval/acled.js';
import { sectorOfInter } from '../export/acled-csv.js';
import type { Knowledge } from '../knowledge/load.js';
import { actorCode } from '../stages/build-claims.js';

/**
 * ACLED rows as documents whose one claim is ACLED's own coding, claimed by "ACLED" citing
 * the row's sources, with the notes as evidence: a user's coding and ACLED's side by side.
 */
export function acledRowsToDocs(csv: string, k: Knowledge): Doc[] {
  let rows: Record<string, string>[];
  try {
    rows = parse(csv, { columns: true, skip_empty_lines: true, relax_column_count: true, bom: true });
  } catch (err) {
    throw new CasusError(
      'CASUS_E019',
      `not a valid CSV: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  if (rows.length && !('event_type' in rows[0]! && 'notes' in rows[0]!))
    throw new CasusError('CASUS_E019', 'not an ACLED export (needs event_type and notes)');
  const docs: Doc[] = [];
  for (const r of rows) {
    const notes = r.notes?.trim() || `${r.event_type} in ${r.location}`;
    const date = parseAcledDate(r.event_date ?? '');
    const doc = makeDoc(notes, {
      outlet: 'ACLED',
      sourceId: r.event_id_cnty,
      published: date ?? undefined,
      title: `${r.event_type}: ${r.location}`,
    });
    const entry =
      k.lexiconEntries.find((e) => e.acled[0] === r.event_type && e.acled[1] === r.sub_event_type) ??
      k.lexiconEntries.find((e) => e.acled[0] === r.event_type);
    const actor = (name: string | undefined, inter: string | undefined): ActorOut[] => {
      if (!name) return [];
      const country = acledActorCountry(name, k) ?? (r.iso3 || null);
      const sector = sectorOfInter(inter ?? '');
      return [
        {
          text: '',
          span: { start: 0, end: 0 },
          country,
          sector,
          org: null,
          name,
          code: actorCode({ country, sector, org: null }),
        },
      ];
    };
    const tp = r.time_precision?.trim();
    const precision: DatePrecision = tp === '2' ? 'week' : tp === '3' ? 'month' : 'day';
    const lat = Number(r.latitude);
    const lon = Number(r.longitude);
    const iso3 = r.iso3 || (r.country ? (k.countryByName.get(r.country.toLowerCase()) ?? '') : '');
    const gp = Number(r.geo_precision);
    const claim: Claim = {
      doc: doc.id,
      claim: createHash('sha256').update(`acled|${r.event_id_cnty}|${doc.id}`).digest('hex').slice(0, 16),
      evidence: { start: 0, end: notes.length, text: notes },
      event: {
        plover: entry?.plover ?? 'ASSAULT',
        mode: entry?.mode ?? null,
        cameo: entry?.cameo ?? '190',
        acled: [r.event_type ?? '', r.sub_event_type ?? ''],
      },
      source: actor(r.actor1, r.inter1),
      target: actor(r.actor2, r.inter2),
      place:
        Number.isFinite(lat) && Number.isFinite(lon) && r.latitude
          ? {
              text: '',
              span: { start: 0, end: 0 },
              name: r.location ?? '',
              geonameid: null,
              lat,
              lon,
              country: iso3,
              admin1: r.admin1 || null,
              precision: gp === 2 || gp === 3 ? gp : 1,
            }
          : null,
      date: date ? { text: '', span: { start: 0, end: 0 }, value: date, time: null, precision } : null,
      size: {
        killed: r.fatalities ? Number(r.fatalities) : null,
        injured: null,
        arrested: null,
        crowd: null,
      },
      claimant: [
        { role: 'outlet', name: 'ACLED' },
        ...(r.source ? [{ role: 'cited' as const, name: r.source }] : []),
      ],
      status: 'asserted',
      confidence: 1,
      rules: ['acled-import', ...(entry ? [entry.id] : [])],
    };
    docs.push({ ...doc, layers: { claims: [claim] } });
  }
  return docs;
}
