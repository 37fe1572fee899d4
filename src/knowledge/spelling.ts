/**
 * A spelling key for place names: one key for the ways news and gazetteers romanise the same
 * name ("Nabatiyeh" / "Nabatiye", "Mirpurkhas" / "Mirpur Khas", "Atareb" / "Al Atārib",
 * "Joubb Janine" / "Joubb Jannîne", "Umerkot" / "Umarkot"; not "Tal Tamer" / "Tall Tamr", a vowel
 * left out is not put back). Written by the casus authors from the common
 * transliteration variants of Arabic, Persian and South Asian names: diacritics, apostrophes
 * and ʿayn marks, the article "al-"/"el-"/"ash-" before a word, spaces and hyphens, the
 * digraphs kh/gh/dh/th/sh, q for k, y for i, e for a, o and ou for u, a final h after a vowel,
 * and doubled letters. No library does this for place names (transliteration packages go from
 * one script to Latin, not between Latin spellings).
 */
export function spellingKey(name: string): string {
  let s = bare(name).replace(/[^a-z]/g, '');
  s = s
    .replace(/kh/g, 'k')
    .replace(/gh/g, 'g')
    .replace(/dh/g, 'd')
    .replace(/th/g, 't')
    .replace(/sh/g, 's')
    .replace(/ou/g, 'u')
    .replace(/ee/g, 'i')
    .replace(/oo/g, 'u')
    .replace(/q/g, 'k')
    .replace(/y/g, 'i')
    .replace(/e/g, 'a')
    .replace(/o/g, 'u');
  s = s.replace(/([aiu])h$/, '$1');
  return s.replace(/(.)\1+/g, '$1');
}

/** Keys shorter than this match too many unrelated names to be used. */
export const MIN_SPELLING_KEY = 5;

/** Lower case without diacritics, apostrophes and articles: "Al Ḩudaydah" is "hudaydah". */
export function bare(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`‘ʿʾ]/g, '')
    .replace(/(^|[\s-])(?:al|el|ad|as|ash|ar|az|an|at|ath|adh)[\s-]+/g, '$1');
}

/**
 * Whether two spellings of a name begin alike (past an article): variants differ inside a name,
 * "Anfield" and "Enfield" are two places.
 */
export function sameStart(a: string, b: string): boolean {
  const x = bare(a).replace(/[^a-z]/g, '');
  const y = bare(b).replace(/[^a-z]/g, '');
  return x.charAt(0) !== '' && x.charAt(0) === y.charAt(0);
}
