import { existsSync, readFileSync } from 'node:fs';
import { CasusError } from '../core/errors.js';
import type { PlaceCandidate } from '../core/types.js';
import { GAZETTEER_PATH } from './compile-gazetteer.js';

/**
 * The compiled GeoNames gazetteer in columnar arrays, plus extra entries (countries,
 * supplement places) as objects. Names are looked up lower-cased.
 */
export class Gazetteer {
  private readonly ids: Int32Array;
  private readonly lat: Float64Array;
  private readonly lon: Float64Array;
  private readonly pop: Float64Array;
  private readonly names: string[];
  private readonly fcode: string[];
  private readonly country: string[];
  private readonly admin1: string[];
  private readonly index = new Map<string, number[]>();
  private readonly extra = new Map<string, PlaceCandidate[]>();
  private readonly byId = new Map<number, number>();

  constructor(tsv: string) {
    const lines = tsv.split('\n');
    const n = lines.length;
    this.ids = new Int32Array(n);
    this.lat = new Float64Array(n);
    this.lon = new Float64Array(n);
    this.pop = new Float64Array(n);
    this.names = new Array(n);
    this.fcode = new Array(n);
    this.country = new Array(n);
    this.admin1 = new Array(n);
    let r = 0;
    for (const line of lines) {
      if (!line) continue;
      const f = line.split('\t');
      const id = Number(f[0]);
      this.ids[r] = id;
      this.names[r] = f[1] ?? '';
      this.lat[r] = Number(f[2]);
      this.lon[r] = Number(f[3]);
      this.fcode[r] = f[4] ?? 'PPL';
      this.country[r] = f[5] ?? '';
      this.admin1[r] = f[6] ?? '';
      this.pop[r] = Number(f[8]) || 0;
      this.byId.set(id, r);
      for (const name of (f[9] ?? '').split('|')) {
        const list = this.index.get(name);
        if (list) list.push(r);
        else this.index.set(name, [r]);
      }
      r++;
    }
  }

  /** Load the compiled index from `build/` (made by `npm run build`). */
  static load(path = GAZETTEER_PATH): Gazetteer {
    if (!existsSync(path)) throw new CasusError('CASUS_E004', `gazetteer index not found at ${path}`);
    return new Gazetteer(readFileSync(path, 'utf8'));
  }

  /** A gazetteer sharing this one's GeoNames columns, with its own extra entries. */
  fork(): Gazetteer {
    const g = Object.create(Gazetteer.prototype) as Gazetteer;
    Object.assign(g, this, { extra: new Map<string, PlaceCandidate[]>() });
    return g;
  }

  /** Add a place that is not in the city file (a country, an admin area, a supplement entry). */
  addExtra(names: readonly string[], place: PlaceCandidate): void {
    for (const raw of names) {
      const key = raw.toLowerCase();
      const list = this.extra.get(key);
      if (list) list.push(place);
      else this.extra.set(key, [place]);
    }
  }

  has(nameLower: string): boolean {
    return this.index.has(nameLower) || this.extra.has(nameLower);
  }

  /** Every candidate for a lower-cased name: extra entries first, then GeoNames places. */
  lookup(nameLower: string): PlaceCandidate[] {
    const out: PlaceCandidate[] = [...(this.extra.get(nameLower) ?? [])];
    for (const r of this.index.get(nameLower) ?? []) out.push(this.row(r));
    return out;
  }

  /** The GeoNames place with this id, if the city file has it. */
  byGeonameId(id: number): PlaceCandidate | null {
    const r = this.byId.get(id);
    return r === undefined ? null : this.row(r);
  }

  /** The most populous places that are seats of an admin1 area (PPLA) in a country. */
  adminSeat(country: string, admin1: string): PlaceCandidate | null {
    for (const [, rows] of this.index) {
      for (const r of rows) {
        if (this.country[r] === country && this.admin1[r] === admin1 && this.fcode[r] === 'PPLA')
          return this.row(r);
      }
    }
    return null;
  }

  private row(r: number): PlaceCandidate {
    return {
      id: `geonames:${this.ids[r]}`,
      geonameid: this.ids[r] ?? null,
      name: this.names[r] ?? '',
      lat: this.lat[r] ?? 0,
      lon: this.lon[r] ?? 0,
      country: this.country[r] ?? '',
      admin1: this.admin1[r] || null,
      featureCode: this.fcode[r] ?? 'PPL',
      population: this.pop[r] ?? 0,
      kind: 'city',
      basePrecision: 1,
    };
  }
}
