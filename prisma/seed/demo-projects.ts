import { PROJECT_STAGES, type DemoLabels, type DemoProject, type ProjectStage } from "./demo-types";
import type { DemoRandom } from "./random";
import { DEMO_COUNTY, PARKS, TOWNSHIPS } from "./vocabulary/county";
import { PROJECT_CATALOG, type ProjectGroupCatalog, type ProjectItem } from "./vocabulary/project-catalog";

/*
 * Demo project library for the county. Counts per group and per stage are fixed by quota (not drawn), so
 * every seed shows the same realistic funnel: most projects still 策划/发布, a few 签约 or 政策兑现.
 */

const DAY_MS = 86_400_000;

/** Share of projects per stage in a typical county library. */
export const STAGE_SHARES: Readonly<Record<ProjectStage, number>> = {
  策划: 0.33,
  发布: 0.27,
  考察: 0.11,
  洽谈: 0.09,
  评审: 0.05,
  协议起草: 0.04,
  签约: 0.06,
  政策兑现: 0.02,
  终止: 0.03,
};

/** How many days ago a project at this stage was entered: later stages have been in the library longer. */
const STAGE_AGE_DAYS: Readonly<Record<ProjectStage, readonly [number, number]>> = {
  策划: [0, 200],
  发布: [30, 400],
  考察: [90, 500],
  洽谈: [120, 600],
  评审: [180, 650],
  协议起草: [200, 680],
  签约: [240, 720],
  政策兑现: [400, 900],
  终止: [200, 800],
};

export interface GeneratedProjects {
  projects: DemoProject[];
  labels: DemoLabels["projects"];
}

export function generateProjects(rng: DemoRandom, count: number, referenceDate: Date): GeneratedProjects {
  const groupCounts = apportion(PROJECT_CATALOG.map((g) => g.share), count);
  const stages = rng.shuffle(apportion(PROJECT_STAGES.map((s) => STAGE_SHARES[s]), count).flatMap((n, i) => Array<ProjectStage>(n).fill(PROJECT_STAGES[i])));
  const usedNames = new Set<string>();
  const projects: DemoProject[] = [];
  const labels: GeneratedProjects["labels"] = [];
  const seqByCode = new Map<string, number>();

  PROJECT_CATALOG.forEach((catalog, g) => {
    const variants = projectVariants(rng, catalog);
    for (let k = 0; k < groupCounts[g]; k++) {
      const variant = variants[k % variants.length];
      // A library larger than the catalog repeats a variant as a later phase, as real libraries do.
      const phase = Math.floor(k / variants.length);
      const stage = stages[projects.length];
      const project = buildProject(rng, catalog, variant, phase, stage, referenceDate, usedNames, seqByCode);
      projects.push(project);
      labels.push({ code: project.code, item: variant.item.key, chainNode: variant.item.chainNode });
    }
  });
  return { projects, labels };
}

interface Variant {
  item: ProjectItem;
  nameForm: string;
  fill: string | number | null;
}

/** Every (item, name form) pair of the group in random order, each with one fill value. */
function projectVariants(rng: DemoRandom, catalog: ProjectGroupCatalog): Variant[] {
  const variants = catalog.items.flatMap((item) => item.names.map((nameForm) => ({ item, nameForm, fill: item.fill ? rng.pick(item.fill) : null })));
  // Items first, second name forms after: a small library still covers every kind of project.
  const firstForms = rng.shuffle(variants.filter((v) => v.nameForm === v.item.names[0]));
  const otherForms = rng.shuffle(variants.filter((v) => v.nameForm !== v.item.names[0]));
  return [...firstForms, ...otherForms];
}

function buildProject(
  rng: DemoRandom,
  catalog: ProjectGroupCatalog,
  variant: Variant,
  phase: number,
  stage: ProjectStage,
  referenceDate: Date,
  usedNames: Set<string>,
  seqByCode: Map<string, number>,
): DemoProject {
  const { item } = variant;
  const fill = variant.fill === null ? "" : String(variant.fill);
  const baseName = variant.nameForm.replace("{s}", fill);
  const name = uniqueProjectName(rng, baseName, phase, usedNames);

  const [ageMin, ageMax] = STAGE_AGE_DAYS[stage];
  const createdAt = new Date(referenceDate.getTime() - rng.int(ageMin, ageMax) * DAY_MS);
  const year = new Date(createdAt.getTime() + 8 * 3600_000).getUTCFullYear();
  const seqKey = `${year}-${catalog.abbr}`;
  const seq = (seqByCode.get(seqKey) ?? 0) + 1;
  seqByCode.set(seqKey, seq);

  const totalInvestment = roundInvestment(pickInvestment(rng, item, variant));
  const landArea = estimateLand(rng, catalog, item, variant, totalInvestment);
  const economics = estimateEconomics(rng, catalog, totalInvestment);
  // Early-stage projects often have no estimates yet.
  const hasEstimates = stage !== "策划" || rng.chance(0.7);

  const location = pickLocation(rng, catalog, item);
  const content = `${item.content.replace("{s}", fill)}${landArea ? `，项目用地约${landArea}亩` : ""}。`;

  return {
    code: `ZA${year}-${catalog.abbr}-${String(seq).padStart(3, "0")}`,
    name,
    industryGroupName: catalog.group,
    industries: [...item.codes],
    description: `${item.pitch.replace("{s}", fill)}${pickBackground(rng, catalog, item, location.park)}`,
    constructionContent: content,
    countyCode: DEMO_COUNTY.code,
    countyName: DEMO_COUNTY.name,
    township: location.township,
    park: location.park,
    totalInvestment,
    landArea,
    cooperationModes: rng.sample(catalog.modes, rng.int(1, Math.min(3, catalog.modes.length))).sort((a, b) => catalog.modes.indexOf(a) - catalog.modes.indexOf(b)),
    expectedOutput: hasEstimates ? economics.output : null,
    expectedTax: hasEstimates ? economics.tax : null,
    expectedJobs: hasEstimates ? economics.jobs : null,
    targetProfile: targetProfile(rng, catalog, item, totalInvestment),
    preferredIndustries: [...item.codes],
    preferredRegions: rng.sample(catalog.regions, rng.int(2, Math.min(5, catalog.regions.length))).sort(),
    minInvestorCapital: rng.chance(0.8) ? roundInvestment(totalInvestment * rng.between(0.1, 0.3)) : null,
    stage,
    responsibleUnits: pickUnits(rng, catalog, location.township),
    contactPerson: rng.personName(),
    createdAt,
  };
}

function uniqueProjectName(rng: DemoRandom, baseName: string, phase: number, used: Set<string>): string {
  const phaseSuffix = ["", "（二期）", "（三期）", "（四期）", "（五期）"];
  const candidates = [
    `${baseName}${phaseSuffix[phase] ?? `（${phase + 1}期）`}`,
    `${DEMO_COUNTY.name}${baseName}${phaseSuffix[phase] ?? ""}`,
  ];
  // Bureaus often prefix the county name; doing it at random keeps names varied.
  if (rng.chance(0.25)) candidates.reverse();
  for (const name of candidates) {
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
  for (let n = 2; ; n++) {
    const name = `${candidates[0]}-${n}`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

/**
 * Total investment, log-uniform in the item's range; when the name states a scale ("年产10万吨"), the
 * investment follows the scale's rank so a bigger plant never comes out cheaper.
 */
function pickInvestment(rng: DemoRandom, item: ProjectItem, variant: Variant): number {
  const [lo, hi] = item.investment.map(Math.log);
  const scaled = typeof variant.fill === "number" && variant.nameForm.includes("{s}") && item.fill;
  if (!scaled) return Math.exp(rng.between(lo, hi));
  const rank = item.fill!.indexOf(variant.fill!);
  const position = (rank + rng.between(0.15, 0.85)) / item.fill!.length;
  return Math.exp(lo + (hi - lo) * position);
}

function estimateLand(rng: DemoRandom, catalog: ProjectGroupCatalog, item: ProjectItem, variant: Variant, investment: number): number | null {
  // When the name or the 建设内容 states the acreage, the land area is that acreage.
  if ((variant.nameForm.includes("{s}亩") || item.content.includes("{s}亩")) && typeof variant.fill === "number") return variant.fill;
  if (item.land) return roundTo(rng.between(item.land[0], item.land[1]), item.land[1] > 2000 ? 100 : 10);
  if (catalog.economics === "manufacturing") {
    // Investment intensity of county industrial land in Guizhou: roughly 150-350万元 per 亩.
    return Math.max(10, roundTo(investment / rng.between(150, 350), 5));
  }
  return rng.chance(0.5) ? Math.max(10, roundTo(investment / rng.between(100, 300), 5)) : null;
}

function estimateEconomics(rng: DemoRandom, catalog: ProjectGroupCatalog, investment: number): { output: number; tax: number; jobs: number } {
  const e = catalog.economics;
  const output = investment * (e === "manufacturing" ? rng.between(1.2, 2) : e === "agriculture" ? rng.between(0.4, 0.9) : e === "tourism" ? rng.between(0.15, 0.35) : rng.between(0.5, 1));
  const tax = output * (e === "manufacturing" ? rng.between(0.03, 0.06) : e === "agriculture" ? rng.between(0.005, 0.02) : rng.between(0.05, 0.08));
  const perJob = e === "manufacturing" ? rng.between(40, 120) : e === "agriculture" ? rng.between(15, 40) : rng.between(30, 80);
  return { output: roundInvestment(output), tax: Math.max(10, roundTo(tax, 10)), jobs: Math.max(10, roundTo(investment / perJob, 10)) };
}

function targetProfile(rng: DemoRandom, catalog: ProjectGroupCatalog, item: ProjectItem, investment: number): string {
  const size =
    investment >= 100_000 ? "年营收10亿元以上" : investment >= 30_000 ? "年营收5亿元以上" : investment >= 10_000 ? "年营收1亿元以上" : "具有一定经营规模";
  const needs = rng.sample(item.target, rng.int(1, item.target.length)).join("、");
  const origin = rng.pick([
    "优先考虑成渝地区及长三角、珠三角产业转移企业",
    "欢迎上市公司、行业龙头企业及其配套企业投资",
    "可接受合资合作或分期建设",
    "优先考虑已在贵州省内布局的企业",
    "",
  ]);
  return `寻求${size}、${needs}的企业${origin ? `，${origin}` : ""}。`;
}

/** A sentence about the county; park amenities are only claimed for projects that are in a park. */
function pickBackground(rng: DemoRandom, catalog: ProjectGroupCatalog, item: ProjectItem, park: string | null): string {
  const all = item.background ?? catalog.background;
  const fitting = park ? all : all.filter((s) => !/园区|产业园|厂房/.test(s));
  return rng.pick(fitting.length > 0 ? fitting : all);
}

function pickLocation(rng: DemoRandom, catalog: ProjectGroupCatalog, item: ProjectItem): { township: string; park: string | null } {
  // Factories go to parks; farms and resorts often sit in a township without a park.
  const kind = item.location ?? catalog.location;
  const inPark = catalog.economics === "manufacturing" && !item.location ? 0.9 : 0.5;
  if (rng.chance(inPark)) {
    const park = rng.pick(PARKS[kind]);
    return { township: park.township, park: park.name };
  }
  return { township: rng.pick(TOWNSHIPS), park: null };
}

function pickUnits(rng: DemoRandom, catalog: ProjectGroupCatalog, township: string): string[] {
  const [lead, ...others] = catalog.units;
  const units = [lead, ...rng.sample(others, rng.int(1, others.length))];
  if (catalog.economics !== "manufacturing" && rng.chance(0.6)) units.push(`${township.replace(/街道$/, "街道办事处")}${township.endsWith("街道") ? "" : "人民政府"}`);
  return units;
}

/** Splits `total` into integer parts proportional to `shares` (largest remainder), so quotas are exact. */
export function apportion(shares: readonly number[], total: number): number[] {
  const sum = shares.reduce((s, x) => s + x, 0);
  const exact = shares.map((s) => (s / sum) * total);
  const counts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const missing = total - counts.reduce((s, x) => s + x, 0);
  for (let k = 0; k < missing; k++) counts[order[k % order.length][1]]++;
  return counts;
}

/** Amounts in 万元 as a bureau writes them: 3 significant figures at most. */
function roundInvestment(x: number): number {
  if (x < 1000) return Math.max(10, roundTo(x, 10));
  const step = 10 ** Math.max(1, Math.floor(Math.log10(x)) - 2);
  return roundTo(x, step);
}

function roundTo(x: number, step: number): number {
  return Math.round(x / step) * step;
}
