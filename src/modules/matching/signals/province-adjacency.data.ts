/**
 * Provinces that share a land border (plus 广东–海南 across the Qiongzhou Strait and 广东–香港/澳门), by the
 * first two digits of the administrative code. Written as pairs so the relation is symmetric by construction.
 * Data, not logic: a bureau may add the ties it cares about (e.g. its 对口帮扶 partner province).
 */
export const PROVINCE_BORDER_PAIRS: readonly (readonly [string, string])[] = [
  ["11", "12"], ["11", "13"], ["12", "13"],
  ["13", "14"], ["13", "15"], ["13", "21"], ["13", "37"], ["13", "41"],
  ["14", "15"], ["14", "41"], ["14", "61"],
  ["15", "21"], ["15", "22"], ["15", "23"], ["15", "61"], ["15", "62"], ["15", "64"],
  ["21", "22"], ["22", "23"],
  ["31", "32"], ["31", "33"],
  ["32", "33"], ["32", "34"], ["32", "37"],
  ["33", "34"], ["33", "35"], ["33", "36"],
  ["34", "36"], ["34", "37"], ["34", "41"], ["34", "42"],
  ["35", "36"], ["35", "44"],
  ["36", "42"], ["36", "43"], ["36", "44"],
  ["37", "41"],
  ["41", "42"], ["41", "61"],
  ["42", "43"], ["42", "50"], ["42", "61"],
  ["43", "44"], ["43", "45"], ["43", "50"], ["43", "52"],
  ["44", "45"], ["44", "46"], ["44", "81"], ["44", "82"],
  ["45", "52"], ["45", "53"],
  ["50", "51"], ["50", "52"], ["50", "61"],
  ["51", "52"], ["51", "53"], ["51", "54"], ["51", "61"], ["51", "62"], ["51", "63"],
  ["52", "53"],
  ["53", "54"],
  ["54", "63"], ["54", "65"],
  ["61", "62"], ["61", "64"],
  ["62", "63"], ["62", "64"], ["62", "65"],
  ["63", "65"],
];

const NEIGHBOURS = new Map<string, Set<string>>();
for (const [a, b] of PROVINCE_BORDER_PAIRS) {
  if (!NEIGHBOURS.has(a)) NEIGHBOURS.set(a, new Set());
  if (!NEIGHBOURS.has(b)) NEIGHBOURS.set(b, new Set());
  NEIGHBOURS.get(a)?.add(b);
  NEIGHBOURS.get(b)?.add(a);
}

/** True when two provinces (2-digit prefixes) border each other. */
export function areNeighbouringProvinces(a: string, b: string): boolean {
  return NEIGHBOURS.get(a.slice(0, 2))?.has(b.slice(0, 2)) ?? false;
}

/** The neighbours of a province, sorted. */
export function neighbouringProvinces(province: string): string[] {
  return [...(NEIGHBOURS.get(province.slice(0, 2)) ?? [])].sort();
}
