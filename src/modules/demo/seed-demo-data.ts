import { recordAudit } from "../auth";
import type { Logger } from "../../logger";
import type { Db } from "../../db";
import type { RegionDirectory } from "../regions/region-directory";
import { createEnterprisesInTx, type EnterpriseInput } from "../enterprises";
import { createProjectInTx, type ProjectInput } from "../projects";
import { generateDemoData, type DemoEnterprise, type DemoProject } from "../../../prisma/seed/demo-data";

export interface DemoSeedDeps {
  db: Db;
  regions: RegionDirectory;
}

export interface DemoSeedOptions {
  seed?: number;
  enterprises?: number;
  projects?: number;
}

function enterpriseInput(e: DemoEnterprise): EnterpriseInput {
  return {
    name: e.name,
    aliases: e.aliases,
    creditCode: e.creditCode,
    externalId: e.externalId,
    stockCode: e.stockCode,
    exchange: e.exchange,
    listingStatus: e.listingStatus,
    listingDate: e.listingDate,
    // 在业 is the registry's synonym of 存续; the service stores canonical terms only.
    operatingStatus: e.operatingStatus === "在业" ? "存续" : e.operatingStatus,
    provinceCode: e.provinceCode,
    cityCode: e.cityCode,
    countyCode: e.countyCode,
    industryCodes: [...e.industries].sort((a, b) => (a.kind === "primary" ? -1 : b.kind === "primary" ? 1 : 0)).map((i) => i.code),
    industryLabels: e.industryLabels,
    mainBusiness: e.mainBusiness,
    products: e.products,
    registeredCapital: e.registeredCapital,
    revenue: e.revenue,
    employees: e.employees,
    foundedAt: e.foundedAt,
    signals: e.signals.map((s) => ({ type: s.type, occurredAt: s.occurredAt, description: s.description, source: s.source, ...(s.url ? { url: s.url } : {}) })),
    contacts: e.contacts,
    tags: e.tags,
    source: "demo",
  };
}

function projectInput(p: DemoProject): ProjectInput {
  return {
    code: p.code,
    name: p.name,
    industryGroup: p.industryGroupName,
    industryCodes: p.industries,
    description: p.description,
    constructionContent: p.constructionContent,
    countyCode: p.countyCode,
    township: p.township,
    park: p.park,
    totalInvestment: p.totalInvestment,
    landArea: p.landArea,
    cooperationModes: p.cooperationModes as ProjectInput["cooperationModes"],
    expectedOutput: p.expectedOutput,
    expectedTax: p.expectedTax,
    expectedJobs: p.expectedJobs,
    targetProfile: p.targetProfile,
    preferredIndustries: p.preferredIndustries,
    preferredRegions: p.preferredRegions,
    minInvestorCapital: p.minInvestorCapital,
    stage: p.stage,
    responsibleUnits: p.responsibleUnits,
    contactPerson: p.contactPerson,
  };
}

/** Writes the deterministic demo data set through the same service functions the API uses (outbox included). */
export async function seedDemoData(deps: DemoSeedDeps, opts: DemoSeedOptions = {}, logger?: Logger) {
  const data = generateDemoData(opts);
  const started = Date.now();
  await deps.db.$transaction(
    async (tx) => {
      for (const p of data.projects) await createProjectInTx(tx, projectInput(p), deps.regions);
    },
    { timeout: 120_000 },
  );
  const batch = 500;
  for (let i = 0; i < data.enterprises.length; i += batch) {
    await deps.db.$transaction(
      async (tx) => {
        await createEnterprisesInTx(tx, data.enterprises.slice(i, i + batch).map(enterpriseInput), deps.regions);
      },
      { timeout: 120_000 },
    );
  }
  await recordAudit(deps.db, { action: "demo_seed", entityType: "Demo", summary: { projects: data.projects.length, enterprises: data.enterprises.length } });
  logger?.info(
    { projects: data.projects.length, enterprises: data.enterprises.length, ms: Date.now() - started },
    `已生成演示数据：${data.projects.length} 个项目，${data.enterprises.length} 家企业`,
  );
  return { projects: data.projects.length, enterprises: data.enterprises.length };
}

/** `npm start` on an empty database: a library an analyst can click through at once. */
export async function seedDemoDataIfEmpty(deps: DemoSeedDeps, logger?: Logger) {
  const [enterprises, projects] = await Promise.all([deps.db.enterprise.count(), deps.db.project.count()]);
  if (enterprises > 0 || projects > 0) return null;
  logger?.info("数据库为空，正在生成演示数据…");
  return seedDemoData(deps, {}, logger);
}
