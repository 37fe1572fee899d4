import { describe, expect, it } from 'vitest';
import { sameStart, spellingKey } from './spelling.js';

describe('spellingKey', () => {
  it('gives one key to the romanisations of one name', () => {
    expect(spellingKey('Mirpurkhas')).toBe(spellingKey('Mirpur Khas'));
    expect(spellingKey('Atareb')).toBe(spellingKey('Al-Atareb'));
    expect(spellingKey('Nabatiyeh')).toBe(spellingKey('Nabatiye'));
    expect(spellingKey('Umerkot')).toBe(spellingKey('Umarkot'));
    expect(spellingKey("Ma'arrat An Nu'man")).toBe(spellingKey('Ma‘arrat an Nu‘mān'));
    expect(spellingKey('Joubb Janine')).toBe(spellingKey('Joubb Jannîne'));
  });
  it('keeps different names apart', () => {
    expect(spellingKey('Kabul')).not.toBe(spellingKey('Kobani'));
    expect(spellingKey('Homs')).not.toBe(spellingKey('Hama'));
  });
  it('tells names that begin otherwise apart ("Anfield", "Enfield")', () => {
    expect(sameStart('Anfield', 'Enfield')).toBe(false);
    expect(sameStart('Atareb', 'Al Atārib')).toBe(true);
  });
});
