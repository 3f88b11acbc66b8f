import { computeCreditCodeCheckChar } from "../../../src/modules/enterprises/credit-code";
import { createChamber } from "../../../src/modules/auth";
import type { TestContext } from "../../helpers/test-services";

let seq = 0;

/** A valid 统一社会信用代码 (GB 32100 check character computed), different for each n. */
export function creditCodeFor(n: number): string {
  const body = `915203245${String(n).padStart(8, "0")}`;
  return body + computeCreditCodeCheckChar(body);
}

/** A plausible lead as a chamber's system would send it; override what the test is about. */
export function buildLead(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const n = ++seq;
  return {
    companyName: `遵义黔北汽车零部件${n}号有限公司`,
    contactName: "王经理",
    contactPhone: `139${String(10_000_000 + n * 7919).slice(-8)}`,
    industry: "新能源汽车零部件",
    industryCode: "3670",
    investmentAmount: 30000,
    landArea: 80,
    investmentType: "独资",
    intendedRegion: "正安经济开发区",
    description: "拟投资建设驱动电机和电控系统生产线",
    consent: true,
    ...overrides,
  };
}

export const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n", "latin1");
export const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from("IHDR"), Buffer.alloc(17)]);
/** The start of a Windows executable: what a setup.exe renamed to 项目书.pdf contains. */
export const EXE = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00", "latin1"), Buffer.from("This program cannot be run in DOS mode.")]);

/** A chamber and an agent holding its API key. */
export async function chamberAgent(ctx: TestContext, name: string) {
  const chamber = await createChamber({ db: ctx.services.db, auth: ctx.config.auth }, { name, kind: "商会" });
  return { chamber, agent: await ctx.as("chamber", { chamberId: chamber.id }) };
}
