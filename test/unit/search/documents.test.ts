import { expandIndustryPrefixes, expandRegionPrefixes, isIndustryPrefixLevel, isRegionPrefixLevel } from "../../../src/search/documents";

describe("hierarchical code expansion", () => {
  it("expands GB/T 4754 codes to every level", () => {
    expect(expandIndustryPrefixes(["C3670"])).toEqual(["C", "C36", "C367", "C3670"]);
    expect(expandIndustryPrefixes(["c3612", "C3670"])).toEqual(["C", "C36", "C361", "C3612", "C367", "C3670"]);
    expect(expandIndustryPrefixes(["C36"])).toEqual(["C", "C36"]);
    expect(expandIndustryPrefixes(["3670"])).toEqual(["36", "367", "3670"]);
    expect(expandIndustryPrefixes(["", " "])).toEqual([]);
  });

  it("expands administrative codes to province, prefecture and county", () => {
    expect(expandRegionPrefixes(["520324"])).toEqual(["52", "5203", "520324"]);
    expect(expandRegionPrefixes(["520324100"])).toEqual(["52", "5203", "520324", "520324100"]);
    expect(expandRegionPrefixes(["52", "5203"])).toEqual(["52", "5203"]);
  });

  it("knows which prefixes sit on a level boundary", () => {
    expect(["C", "C36", "C367", "C3670", "36"].every(isIndustryPrefixLevel)).toBe(true);
    expect(isIndustryPrefixLevel("C3")).toBe(false);
    expect(["52", "5203", "520324"].every(isRegionPrefixLevel)).toBe(true);
    expect(isRegionPrefixLevel("520")).toBe(false);
  });
});
