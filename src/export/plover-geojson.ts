import type { Claim } from '../core/types.js';
import type { Incident } from '../incidents/build-incidents.js';

/** One PLOVER event record per claim (JSON Lines). */
export function claimToPlover(c: Claim): Record<string, unknown> {
  const actor = (a: Claim['source'][number]) => ({
    actorText: a.text,
    code: a.country ?? a.org ?? '---',
    sector: a.sector,
    name: a.name,
    span: a.span,
  });
  return {
    id: c.claim,
    doc: c.doc,
    date: c.date?.value ?? null,
    datePrecision: c.date?.precision ?? null,
    event: c.event.plover,
    mode: c.event.mode,
    cameo: c.event.cameo,
    source: c.source.map(actor),
    target: c.target.map(actor),
    location: c.place
      ? {
          name: c.place.name,
          geonameid: c.place.geonameid,
          lat: c.place.lat,
          lon: c.place.lon,
          country: c.place.country,
          precision: c.place.precision,
        }
      : null,
    eventText: c.evidence.text,
    evidence: { start: c.evidence.start, end: c.evidence.end },
    claimant: c.claimant,
    status: c.status,
    size: c.size,
  };
}

/** One incident as a GeoJSON point feature; region- or country-level places are flagged, not pinned as towns. */
export function incidentFeature(i: Incident & { place: NonNullable<Incident['place']> }) {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [i.place.lon, i.place.lat] },
    properties: {
      id: i.id,
      plover: i.plover,
      event_type: i.acled[0],
      sub_event_type: i.acled[1],
      date_from: i.date.from,
      date_to: i.date.to,
      location: i.place.name,
      country: i.place.country,
      geo_precision: i.place.precision,
      area: i.place.precision === 3,
      claims: i.claims.length,
      origins: i.origins,
      fatalities_low: i.fatalities.low,
      fatalities_high: i.fatalities.high,
      disputed: i.disputed,
    },
  };
}

export const hasPlace = (i: Incident): i is Incident & { place: NonNullable<Incident['place']> } => !!i.place;

/** Incidents as a GeoJSON FeatureCollection of points. */
export function incidentsToGeoJson(incidents: readonly Incident[]): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: incidents.filter(hasPlace).map(incidentFeature),
  });
}
