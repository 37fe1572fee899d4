import { existsSync, readFileSync } from 'node:fs';
import { CasusError } from '../core/errors.js';
import type { PlaceCandidate } from '../core/types.js';
import { GAZETTEER_PATH, NAMES_INDEX_PATH, NAMES_PATH, SPELLINGS_PATH } from './compile-gazetteer.js';
import { MIN_SPELLING_KEY, spellingKey } from './spelling.js';
import { indexPathOf, lineStarts, TableIndex } from './table-index.js';

/**
 * The compiled GeoNames gazetteer, kept as two sorted tables (rows by GeoNames id, names by
 * name) and searched in place: loading is three file reads (the names' hash index among them)
 * and a scan for the rows' line starts, and a row becomes an object only when a name matches it.
 * The rows stay UTF-8 bytes, decoded a row at a time (decoding the whole table cost ~80 ms of
 * start-up); the names are a string, probed through their index by every lookup. Extra entries (countries, admin areas, supplement places) are objects in a
 * map. Names are looked up lower-cased.
 */
export class Gazetteer {
  private readonly rows: Buffer;
  private readonly rowStarts: Int32Array;
  /** The names table with its hash index (`build/gazetteer-names.idx`). */
  private readonly nameIndex: TableIndex;
  private readonly extra = new Map<string, PlaceCandidate[]>();
  /**
   * The rows by spelling key with their index, read on first use (most reports spell their
   * places as GeoNames does); shared with forks.
   */
  private readonly spellings: { table: TableIndex | null } = { table: null };
  private readonly spellingsPath: string | null;

  /**
   * `namesIndex`: the bytes of the names table's index as the build wrote it; when absent or not
   * this table's, the index is built here (~0.3 s).
   */
  constructor(
    rows: Buffer,
    names: string,
    spellingsPath: string | null = null,
    namesIndex: Buffer | null = null,
  ) {
    this.rows = rows;
    this.rowStarts = lineStarts(this.rows);
    this.nameIndex = TableIndex.read(names, namesIndex) ?? TableIndex.build(names);
    this.spellingsPath = spellingsPath;
  }

  /** Load the compiled tables from `build/` (made by `npm run build`). */
  static load(
    rowsPath = GAZETTEER_PATH,
    namesPath = NAMES_PATH,
    spellingsPath = SPELLINGS_PATH,
    namesIndexPath = NAMES_INDEX_PATH,
  ): Gazetteer {
    const missing = [rowsPath, namesPath, spellingsPath].find((p) => !existsSync(p));
    if (missing) throw new CasusError('CASUS_E004', `gazetteer index not found at ${missing}`);
    return new Gazetteer(
      readFileSync(rowsPath),
      readFileSync(namesPath, 'utf8'),
      spellingsPath,
      existsSync(namesIndexPath) ? readFileSync(namesIndexPath) : null,
    );
  }

  /** A gazetteer sharing this one's GeoNames tables, with its own extra entries. */
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
      if (!list) this.extra.set(key, [place]);
      else if (!list.includes(place)) list.push(place);
    }
  }

  /**
   * The GeoNames places whose name or alternate name has the spelling key of this name
   * (`spellingKey`): "Nabatiyeh" finds Nabatîyé, "Mirpurkhas" Mirpur Khas. Looser than
   * `lookup`; callers keep only readings the report argues for.
   */
  lookupSpelling(name: string): PlaceCandidate[] {
    const key = spellingKey(name);
    if (key.length < MIN_SPELLING_KEY || !this.spellingsPath) return [];
    if (!this.spellings.table) {
      const text = readFileSync(this.spellingsPath, 'utf8');
      const idx = indexPathOf(this.spellingsPath);
      this.spellings.table =
        TableIndex.read(text, existsSync(idx) ? readFileSync(idx) : null) ?? TableIndex.build(text);
    }
    return this.spellings.table.values(key).map((r) => this.row(r));
  }

  has(nameLower: string): boolean {
    if (this.extra.has(nameLower) || this.nameIndex.find(nameLower) >= 0) return true;
    return nameLower.includes('-') && this.has(nameLower.replace(/-/g, ' '));
  }

  /** Every candidate for a lower-cased name: extra entries first, then GeoNames places. */
  lookup(nameLower: string): PlaceCandidate[] {
    const out: PlaceCandidate[] = [...(this.extra.get(nameLower) ?? [])];
    for (const r of this.nameIndex.values(nameLower)) out.push(this.row(r));
    // Hyphens are spelt either way: "Deir-ez-Zor" is GeoNames' "Deir ez-Zor" (also "Deir ez Zor").
    if (out.length === 0 && nameLower.includes('-')) return this.lookup(nameLower.replace(/-/g, ' '));
    return out;
  }

  /** The GeoNames place with this id, if the city file has it. */
  byGeonameId(id: number): PlaceCandidate | null {
    let lo = 0;
    let hi = this.rowStarts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      // The id is the row's leading digits.
      let v = 0;
      for (let i = this.rowStarts[mid]!, c = this.rows[i]!; c >= 48 && c <= 57; c = this.rows[++i]!)
        v = v * 10 + (c - 48);
      if (v === id) return this.row(mid);
      if (v < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return null;
  }

  private row(r: number): PlaceCandidate {
    const s = this.rowStarts[r]!;
    const f = this.rows.toString('utf8', s, this.rows.indexOf(10, s)).split('\t');
    const id = Number(f[0]);
    return {
      id: `geonames:${id}`,
      geonameid: id,
      name: f[1] ?? '',
      lat: Number(f[2]),
      lon: Number(f[3]),
      featureCode: f[4] ?? 'PPL',
      country: f[5] ?? '',
      admin1: f[6] || null,
      population: Number(f[8]) || 0,
      kind: 'city',
      basePrecision: 1,
    };
  }
}
