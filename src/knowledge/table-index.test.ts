import { describe, expect, it } from 'vitest';
import { TableIndex } from './table-index.js';

const table = ['aleppo\t1', 'al-bab\t2', 'batken\t3,4', 'kok-tash\t5', 'são paulo\t6', 'zürich\t7']
  .sort()
  .map((l) => `${l}\n`)
  .join('');

describe('TableIndex', () => {
  it('finds every key of the table, and no prefix, extension or other key', () => {
    const idx = TableIndex.build(table);
    const keys = table
      .split('\n')
      .filter(Boolean)
      .map((l) => l.slice(0, l.indexOf('\t')));
    for (const [line, key] of keys.entries()) expect(idx.find(key)).toBe(line);
    for (const miss of ['alep', 'aleppos', 'batken\t3', '', 'zurich', 'kok tash'])
      expect(idx.find(miss)).toBe(-1);
  });

  it('reads back what it wrote, and refuses bytes made for another table', () => {
    const bytes = TableIndex.build(table).serialise();
    const read = TableIndex.read(table, bytes);
    expect(read?.find('são paulo')).toBe(TableIndex.build(table).find('são paulo'));
    expect(read?.starts.length).toBe(6);
    expect(TableIndex.read(`${table}zz\t8\n`, bytes)).toBeNull();
    // The same length, lines cut elsewhere: its line starts are not these.
    const moved = table.replace('aleppo\t1\nbatken', 'aleppo\t1batken\n');
    expect(moved).not.toBe(table);
    expect(moved.length).toBe(table.length);
    expect(TableIndex.read(moved, bytes)).toBeNull();
    expect(TableIndex.read(table, bytes.subarray(0, 12))).toBeNull();
    expect(TableIndex.read(table, null)).toBeNull();
    // Bytes at an offset that is no multiple of four (a small file in Node's buffer pool).
    const shifted = Buffer.concat([Buffer.alloc(2), bytes]).subarray(2);
    expect(shifted.byteOffset % 4).not.toBe(0);
    expect(TableIndex.read(table, shifted)?.find('zürich')).toBe(5);
  });

  it('still finds keys when many share a slot (a table larger than its first size)', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `place ${String(i).padStart(5, '0')}\t${i}\n`).join(
      '',
    );
    const idx = TableIndex.build(many);
    expect(idx.find('place 00000')).toBe(0);
    expect(idx.find('place 04999')).toBe(4999);
    expect(idx.find('place 05000')).toBe(-1);
  });
});
