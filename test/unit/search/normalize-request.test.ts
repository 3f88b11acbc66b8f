import { normalizeFilters, normalizeRequest } from "../../../src/search/normalize-request";
import { toMeilisearchFilter, quoteFilterValue } from "../../../src/search/meilisearch/meilisearch-filter";

describe("filter normalisation", () => {
  it("turns prefix filters into equality on the expanded-prefix field", () => {
    expect(normalizeFilters("enterprises", [{ field: "industryCodes", op: "prefix", value: "c36" }])).toEqual([
      { kind: "values", field: "industryPrefixes", values: ["C36"] },
    ]);
    expect(normalizeFilters("projects", [{ field: "countyCode", op: "prefix", value: "5203" }])).toEqual([
      { kind: "values", field: "regionPrefixes", values: ["5203"] },
    ]);
  });

  it("maps numeric operators to ranges and rejects misuse", () => {
    expect(normalizeFilters("enterprises", [{ field: "revenue", op: "between", value: [1, 2] }])).toEqual([{ kind: "range", field: "revenue", min: 1, max: 2 }]);
    expect(normalizeFilters("enterprises", [{ field: "revenue", op: "eq", value: 5 }])).toEqual([{ kind: "range", field: "revenue", min: 5, max: 5 }]);
    expect(() => normalizeFilters("enterprises", [{ field: "listingStatus", op: "gte", value: 1 }])).toThrow(/numeric/);
    expect(() => normalizeFilters("enterprises", [{ field: "revenue", op: "gte", value: Number.NaN }])).toThrow(/not a number/);
    expect(() => normalizeFilters("enterprises", [{ field: "stage", op: "eq", value: "签约" }])).toThrow(/unknown filter field/);
    expect(() => normalizeFilters("enterprises", [{ field: "tags", op: "in", value: [] }])).toThrow(/non-empty/);
  });

  it("validates limit, sort, facets and semanticRatio; caps the window", () => {
    expect(() => normalizeRequest("enterprises", { limit: -1 })).toThrow();
    expect(() => normalizeRequest("enterprises", { limit: 10, sort: [{ field: "name", dir: "asc" }] })).toThrow(/not sortable/);
    expect(() => normalizeRequest("enterprises", { limit: 10, facets: ["registeredCapital"] })).toThrow(/facet/);
    expect(() => normalizeRequest("enterprises", { limit: 10, vector: [1], semanticRatio: 2 })).toThrow(/semanticRatio/);
    expect(normalizeRequest("enterprises", { limit: 100, offset: 1950 }).limit).toBe(50);
    expect(normalizeRequest("enterprises", { limit: 10, semanticRatio: 0.7 }).semanticRatio).toBe(0);
  });
});

describe("Meilisearch filter strings", () => {
  it("quotes values so codes stay strings and operators inside values stay inert", () => {
    expect(quoteFilterValue('a "b" \\ c')).toBe('"a \\"b\\" \\\\ c"');
    expect(
      toMeilisearchFilter(
        normalizeFilters("enterprises", [
          { field: "regionPrefixes", op: "prefix", value: "52" },
          { field: "tags", op: "in", value: ["专精特新", "AND x"] },
          { field: "registeredCapital", op: "gte", value: 1e21 },
          { field: "revenue", op: "lte", value: 0.5 },
        ]),
      ),
    ).toEqual(['regionPrefixes = "52"', 'tags IN ["专精特新", "AND x"]', "registeredCapital >= 1000000000000000000000", "revenue <= 0.5"]);
  });
});
