/** FTS5 query from user text: every word quoted, so no user input is read as FTS syntax. */
export function ftsQuery(text: string): string {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `"${w.replace(/"/g, '""')}"`)
    .join(' ');
}

/** A LIKE pattern's wildcards escaped (used with ESCAPE '\'). */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A bounding box around a point wide enough for `km`, for an index range scan before the exact distance. */
export function boxAround(lat: number, lon: number, km: number): [number, number, number, number] {
  const dLat = km / 111;
  const dLon = km / (111 * Math.max(0.05, Math.cos((lat * Math.PI) / 180)));
  return [lat - dLat, lat + dLat, lon - dLon, lon + dLon];
}

/**
 * WHERE terms for `near` (a box on the lat/lon index, then the exact distance through the
 * `casus_km` SQL function) and `bbox` (west, south, east, north; across the antimeridian when
 * west > east), for any table with `lat` and `lon` columns.
 */
export function placeTerms(
  f: {
    readonly near?: { readonly lat: number; readonly lon: number; readonly km: number } | undefined;
    readonly bbox?: readonly [number, number, number, number] | undefined;
  },
  where: string[],
  params: unknown[],
): void {
  if (f.near) {
    const [s, n, w, e] = boxAround(f.near.lat, f.near.lon, f.near.km);
    where.push('lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? AND casus_km(lat, lon, ?, ?) <= ?');
    params.push(s, n, w, e, f.near.lat, f.near.lon, f.near.km);
  }
  if (f.bbox) {
    const [w, s, e, n] = f.bbox;
    where.push(
      w <= e
        ? 'lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?'
        : 'lat BETWEEN ? AND ? AND (lon >= ? OR lon <= ?)',
    );
    params.push(s, n, w, e);
  }
}
