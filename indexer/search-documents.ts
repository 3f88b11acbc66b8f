import type { EnterpriseSearchDoc, ProjectSearchDoc } from "../src/search/documents";
import { expandRegionPrefixes } from "../src/search/documents";
import { industryAncestors } from "../src/modules/industries/reference-data";
import type { EnterpriseRow } from "../src/modules/enterprises";
import type { ProjectRow } from "../src/modules/projects";
import { buildEmbeddingText } from "../src/embeddings";
import { INFERRED_SEARCHABLE_CONFIDENCE } from "../src/modules/matching/industry-inference-service";

/** Every level of every code, with the section letter, so `industryPrefixes = C` finds 3670 too. */
export function industryPrefixesOf(codes: string[]): string[] {
  const out = new Set<string>();
  for (const code of codes) for (const a of industryAncestors(code)) out.add(a);
  return [...out];
}

const productNames = (products: unknown) => (products as { name: string }[]).map((p) => p.name);

export function enterpriseDocument(row: EnterpriseRow): EnterpriseSearchDoc {
  // Confident inferred codes make sparse records findable by industry; weak guesses stay out of filters.
  const codes = row.industries
    .filter((i) => i.kind !== "inferred" || i.confidence >= INFERRED_SEARCHABLE_CONFIDENCE)
    .map((i) => i.code);
  const region = row.countyCode ?? row.cityCode ?? row.provinceCode;
  return {
    id: row.id,
    name: row.name,
    aliases: row.aliases as string[],
    products: productNames(row.products),
    mainBusiness: row.mainBusiness ?? "",
    industryLabels: row.industryLabels as string[],
    industryCodes: codes,
    industryPrefixes: industryPrefixesOf(codes),
    ...(row.provinceCode ? { provinceCode: row.provinceCode } : {}),
    ...(row.cityCode ? { cityCode: row.cityCode } : {}),
    ...(row.countyCode ? { countyCode: row.countyCode } : {}),
    regionPrefixes: region ? expandRegionPrefixes([region]) : [],
    ...(row.provinceName ? { provinceName: row.provinceName } : {}),
    ...(row.cityName ? { cityName: row.cityName } : {}),
    ...(row.registeredCapital != null ? { registeredCapital: row.registeredCapital } : {}),
    ...(row.revenue != null ? { revenue: row.revenue } : {}),
    listingStatus: row.listingStatus as EnterpriseSearchDoc["listingStatus"],
    operatingStatus: row.operatingStatus,
    tags: row.tags as string[],
    source: row.source,
    updatedAt: row.updatedAt.getTime(),
  };
}

export function projectDocument(row: ProjectRow): ProjectSearchDoc {
  const codes = row.industries.map((i) => i.code);
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    description: row.description,
    constructionContent: row.constructionContent,
    targetProfile: row.targetProfile,
    industryGroup: row.industryGroupName,
    industryCodes: codes,
    industryPrefixes: industryPrefixesOf(codes),
    ...(row.countyCode ? { countyCode: row.countyCode } : {}),
    ...(row.township ? { township: row.township } : {}),
    regionPrefixes: row.countyCode ? expandRegionPrefixes([row.countyCode]) : [],
    stage: row.stage,
    ...(row.totalInvestment != null ? { totalInvestment: row.totalInvestment } : {}),
    ...(row.landArea != null ? { landArea: row.landArea } : {}),
    updatedAt: row.updatedAt.getTime(),
  };
}

/** What an enterprise is, most important first, so truncation at the model's limit cuts the least useful. */
export function enterpriseEmbeddingText(doc: EnterpriseSearchDoc): string {
  return buildEmbeddingText(
    [
      { text: doc.name },
      { label: "主要产品", text: doc.products.join("、") },
      { label: "主营业务", text: doc.mainBusiness },
      { label: "行业", text: doc.industryLabels.join("、") },
    ],
    1000,
  );
}

/** A project as a document (the "what is it" side). The matching query side uses the target profile. */
export function projectEmbeddingText(doc: ProjectSearchDoc): string {
  return buildEmbeddingText(
    [
      { text: doc.name },
      { label: "建设内容", text: doc.constructionContent },
      { label: "项目简介", text: doc.description },
      { label: "产业组", text: doc.industryGroup },
    ],
    1000,
  );
}
