import { DEFAULT_CHAIN_MAP, chainGroupIndustryCodes } from "../../src/modules/matching/chain-map.data";
import { generateEnterprises } from "./demo-enterprises";
import { generateProjects } from "./demo-projects";
import type { DemoData, DemoIndustryGroup } from "./demo-types";
import { DemoRandom } from "./random";
import { INDUSTRY_GROUP_NAMES } from "./vocabulary/enterprise-profiles";

export type * from "./demo-types";
export { DEMO_COUNTY } from "./vocabulary/county";
export { INDUSTRY_GROUP_NAMES } from "./vocabulary/enterprise-profiles";

/**
 * "Today" for the demo: signals, founding dates and project dates are placed relative to this fixed date,
 * never to the clock, so a seed gives the same data on every machine and every day.
 */
export const DEMO_REFERENCE_DATE = new Date("2026-11-26T00:00:00+08:00");

export interface DemoDataOptions {
  seed?: number;
  enterprises?: number;
  projects?: number;
  referenceDate?: Date;
}

/**
 * Builds the demo data set: the county's seven industry groups, its project library and a pool of
 * enterprises. Pure and deterministic: no database, no clock; the same options give identical output.
 */
export function generateDemoData({ seed = 20261126, enterprises = 3000, projects = 120, referenceDate = DEMO_REFERENCE_DATE }: DemoDataOptions = {}): DemoData {
  if (!Number.isInteger(enterprises) || enterprises < 0) throw new Error(`enterprises 应为非负整数: ${enterprises}`);
  if (!Number.isInteger(projects) || projects < 0) throw new Error(`projects 应为非负整数: ${projects}`);
  // Separate streams, so asking for more projects does not change the enterprises and vice versa.
  const generatedEnterprises = generateEnterprises(new DemoRandom(mixSeed(seed, 1)), enterprises, referenceDate);
  const generatedProjects = generateProjects(new DemoRandom(mixSeed(seed, 2)), projects, referenceDate);
  return {
    industryGroups: demoIndustryGroups(),
    projects: generatedProjects.projects,
    enterprises: generatedEnterprises.enterprises,
    labels: { enterprises: generatedEnterprises.labels, projects: generatedProjects.labels },
  };
}

/** The seven groups with the GB/T codes of their chain map's core (midstream) nodes. */
export function demoIndustryGroups(): DemoIndustryGroup[] {
  return INDUSTRY_GROUP_NAMES.map((name, i) => {
    const group = DEFAULT_CHAIN_MAP.groups.find((g) => g.name === name);
    if (!group) throw new Error(`产业链图谱缺少产业组 ${name}`);
    return { name, sortOrder: i + 1, industryCodes: chainGroupIndustryCodes(group) };
  });
}

function mixSeed(seed: number, stream: number): number {
  let h = (seed ^ Math.imul(stream, 0x9e3779b9)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}
