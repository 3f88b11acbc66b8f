/**
 * Which fields of each index are searched, filtered, faceted and sorted. Both engines derive their settings
 * from this one table so they cannot drift apart.
 */
import type { IndexName } from "./types";

export interface SearchableField {
  field: string;
  /** bm25 column weight in the embedded engine; Meilisearch uses the order of this list instead. */
  weight: number;
}

export interface IndexSchema {
  /** In decreasing importance: name > products > business text / labels. */
  searchable: SearchableField[];
  /** Exact-match fields (string codes, statuses); single- or multi-valued. Also the facetable fields. */
  keywordFields: string[];
  /** Numeric fields for range filters and sort. */
  numericFields: string[];
  sortable: string[];
  /**
   * `prefix` filters on these fields are rewritten to equality on the field that holds expanded prefixes.
   * Each entry also says which code shape the prefix must have.
   */
  prefixFields: Record<string, { via: string; kind: "industry" | "region" }>;
  /** Default order for browse queries (no text, no vector, no sort). */
  defaultSort: { field: string; dir: "asc" | "desc" };
}

const enterprises: IndexSchema = {
  searchable: [
    { field: "name", weight: 10 },
    { field: "aliases", weight: 8 },
    { field: "products", weight: 5 },
    { field: "industryLabels", weight: 3 },
    { field: "mainBusiness", weight: 2 },
    { field: "tags", weight: 2 },
  ],
  keywordFields: [
    "industryCodes",
    "industryPrefixes",
    "provinceCode",
    "cityCode",
    "countyCode",
    "regionPrefixes",
    "listingStatus",
    "operatingStatus",
    "tags",
    "source",
  ],
  numericFields: ["registeredCapital", "revenue", "updatedAt"],
  sortable: ["registeredCapital", "revenue", "updatedAt"],
  prefixFields: {
    industryCodes: { via: "industryPrefixes", kind: "industry" },
    industryPrefixes: { via: "industryPrefixes", kind: "industry" },
    regionPrefixes: { via: "regionPrefixes", kind: "region" },
    provinceCode: { via: "regionPrefixes", kind: "region" },
    cityCode: { via: "regionPrefixes", kind: "region" },
    countyCode: { via: "regionPrefixes", kind: "region" },
  },
  defaultSort: { field: "updatedAt", dir: "desc" },
};

const projects: IndexSchema = {
  searchable: [
    { field: "name", weight: 10 },
    { field: "code", weight: 8 },
    { field: "industryGroup", weight: 4 },
    { field: "targetProfile", weight: 3 },
    { field: "constructionContent", weight: 2 },
    { field: "description", weight: 1 },
  ],
  keywordFields: [
    "code",
    "industryGroup",
    "industryCodes",
    "industryPrefixes",
    "countyCode",
    "township",
    "regionPrefixes",
    "stage",
  ],
  numericFields: ["totalInvestment", "landArea", "updatedAt"],
  sortable: ["totalInvestment", "landArea", "updatedAt"],
  prefixFields: {
    industryCodes: { via: "industryPrefixes", kind: "industry" },
    industryPrefixes: { via: "industryPrefixes", kind: "industry" },
    regionPrefixes: { via: "regionPrefixes", kind: "region" },
    countyCode: { via: "regionPrefixes", kind: "region" },
  },
  defaultSort: { field: "updatedAt", dir: "desc" },
};

export const INDEX_SCHEMAS: Readonly<Record<IndexName, IndexSchema>> = { enterprises, projects };
