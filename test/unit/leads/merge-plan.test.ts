import { compareForMerge, planMerge, type MergeEnterprise, type MergeLead } from "../../../src/modules/leads/merge-plan";
import type { EnterpriseRecord } from "../../../src/modules/enterprises";

const lead = (extra: Partial<MergeLead> = {}): MergeLead => ({
  companyName: "茅台酒（贵州）股份公司",
  creditCode: "91520000214434146R",
  industry: "酱香型白酒",
  industryCode: "1512",
  contactName: "王经理",
  contactPhone: "13812345678",
  contactEmail: null,
  ...extra,
});

const enterprise = (record: Partial<EnterpriseRecord> = {}, confirmedCodes: string[] = ["1512"]): MergeEnterprise => ({
  record: {
    name: "贵州茅台酒股份有限公司", normalizedName: "贵州茅台酒", aliases: [], creditCode: "91520000214434146R", externalId: null,
    stockCode: "600519", exchange: "SSE", listingStatus: "listed", listingDate: null, operatingStatus: "存续", provinceCode: "520000",
    provinceName: "贵州省", cityCode: null, cityName: null, countyCode: null, countyName: null, industryCode: "1512",
    industryLabels: ["白酒"], mainBusiness: null, products: [], registeredCapital: null, revenue: null, employees: null, foundedAt: null,
    contacts: [{ name: "李总", phone: "0851-22386002" }], tags: [], source: "import", searchText: "",
    ...record,
  },
  confirmedCodes,
});

describe("compareForMerge", () => {
  it("lists what the lead could change: conflicts need a choice, additions default to the lead", () => {
    const fields = compareForMerge(lead(), enterprise());
    expect(fields.map((f) => [f.field, f.conflict, f.defaultChoice])).toEqual([
      ["name", true, null],
      ["industryLabels", false, "lead"],
      ["contacts", false, "lead"],
    ]);
  });

  it("fills empty enterprise fields without asking", () => {
    const fields = compareForMerge(lead(), enterprise({ creditCode: null, name: "茅台酒（贵州）股份公司" }, []));
    expect(fields.filter((f) => ["creditCode", "industryCode"].includes(f.field)).map((f) => [f.field, f.conflict, f.defaultChoice])).toEqual([
      ["creditCode", false, "lead"],
      ["industryCode", false, "lead"],
    ]);
  });

  it("has nothing to do when the enterprise already holds everything", () => {
    const same = enterprise({
      name: "茅台酒（贵州）股份公司", industryLabels: ["酱香型白酒"], contacts: [{ name: "王经理", phone: "13812345678" }],
    });
    expect(compareForMerge(lead(), same)).toEqual([]);
  });
});

describe("planMerge", () => {
  it("refuses when a conflicting field has no choice, naming it", () => {
    const plan = planMerge(lead({ creditCode: "91440300192317458F" }), enterprise(), {});
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.missing.map((m) => m.field)).toEqual(["name", "creditCode"]);
  });

  it("keeps the enterprise's values where the analyst says so, and records every decision", () => {
    const plan = planMerge(lead(), enterprise(), { name: "enterprise", contacts: "enterprise" });
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.patch).toEqual({ industryLabels: ["白酒", "酱香型白酒"] });
    expect(plan.decisions).toEqual([
      { field: "name", choice: "enterprise", before: "贵州茅台酒股份有限公司", leadValue: "茅台酒（贵州）股份公司", after: "贵州茅台酒股份有限公司" },
      { field: "industryLabels", choice: "lead", before: ["白酒"], leadValue: "酱香型白酒", after: ["白酒", "酱香型白酒"] },
      { field: "contacts", choice: "enterprise", before: [{ name: "李总", phone: "0851-22386002" }], leadValue: { name: "王经理", phone: "13812345678" }, after: [{ name: "李总", phone: "0851-22386002" }] },
    ]);
  });

  it("takes the lead's name keeping the old one as an alias, and makes its industry primary without dropping the old one", () => {
    const plan = planMerge(lead({ industryCode: "1511" }), enterprise({}, ["1512", "5127"]), { name: "lead", industryCode: "lead" });
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.patch.name).toBe("茅台酒（贵州）股份公司");
    expect(plan.patch.aliases).toEqual(["贵州茅台酒股份有限公司"]);
    expect(plan.patch.industryCodes).toEqual(["1511", "1512", "5127"]);
    expect(plan.patch.contacts).toEqual([{ name: "李总", phone: "0851-22386002" }, { name: "王经理", phone: "13812345678" }]);
  });
});
