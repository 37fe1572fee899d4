import type { Claim } from '../core/types.js';
import type { Organisation } from './schemas.js';

/** Whether a country was a member of an organisation on a date (ISO). A frozen membership still counts. */
export function memberOn(org: Organisation, iso3: string, date: string): boolean {
  return org.members.some((m) => m.country === iso3 && m.from <= date && (m.to === null || date <= m.to));
}

/**
 * An intra-alliance event: at least two different countries take part and every one of them
 * was a member of the organisation on the event's date.
 */
export function intraAlliance(org: Organisation, countries: readonly string[], date: string | null): boolean {
  const distinct = [...new Set(countries)];
  if (!date || distinct.length < 2) return false;
  return distinct.every((c) => memberOn(org, c, date));
}

/**
 * The alliance filter of `casus incidents --alliance ORG [--intra]` and the API: with intra,
 * every country taking part was a member on the date; without, at least one was (on the date
 * when there is one).
 */
export function allianceTest(
  org: Organisation,
  intra: boolean,
): (countries: readonly string[], date: string | null) => boolean {
  return (countries, date) =>
    intra
      ? intraAlliance(org, countries, date)
      : countries.some((c) => (date ? memberOn(org, c, date) : org.members.some((m) => m.country === c)));
}

/**
 * The alliance filter of `casus events` and GET /api/events, on one claim: with intra, it has
 * a source and a target country and all of them were members on its date; without, one of its
 * actors' countries is a member (on the date when there is one).
 */
export function claimAllianceTest(org: Organisation, intra: boolean): (c: Claim) => boolean {
  return (c) => {
    const src = c.source.map((a) => a.country).filter((x): x is string => !!x);
    const tgt = c.target.map((a) => a.country).filter((x): x is string => !!x);
    if (intra)
      return src.length > 0 && tgt.length > 0 && intraAlliance(org, [...src, ...tgt], c.date?.value ?? null);
    return allianceTest(org, false)([...src, ...tgt], c.date?.value ?? null);
  };
}
