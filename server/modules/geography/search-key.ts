/**
 * A name as the gazetteer matches it: lower case, without accents, hyphens, apostrophes and
 * dots as spaces, single spaces ("Saint-Étienne" → "saint etienne", "L'Haÿ" → "l hay").
 * The same function keys the places when they are loaded and the words people type.
 */
export function searchKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[-'’.,/()]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
