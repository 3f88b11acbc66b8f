import { DEFAULT_CHAIN_MAP } from "../../../src/modules/matching/chain-map.data";
import { DEMO_COUNTY, DEMO_REFERENCE_DATE, generateDemoData, INDUSTRY_GROUP_NAMES, type DemoData } from "../../../prisma/seed/demo-data";
import { apportion } from "../../../prisma/seed/demo-projects";
import { ENTERPRISE_PROFILES } from "../../../prisma/seed/vocabulary/enterprise-profiles";
import { PROJECT_CATALOG } from "../../../prisma/seed/vocabulary/project-catalog";

/**
 * An implementation of the GB 32100 check independent of the seed's: weights written out, check value
 * derived the way the standard's text states it.
 */
function isValidCreditCode(code: string): boolean {
  const charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return false;
  const sum = weights.reduce((s, w, i) => s + w * charset.indexOf(code[i]), 0);
  const check = 31 - (sum % 31);
  return charset[check === 31 ? 0 : check] === code[17];
}

const GBT_DIGITS = /^\d{2,4}$/;

/** Records that break a rule; asserting the list once keeps 3,000-record checks fast and readable. */
function violations<T>(items: readonly T[], ok: (item: T) => boolean): T[] {
  return items.filter((item) => !ok(item));
}
const REGION = /^\d{6}$/;
const DAY_MS = 86_400_000;

describe("generateDemoData", () => {
  let sut: DemoData;
  beforeAll(() => {
    sut = generateDemoData();
  });

  describe("determinism", () => {
    it("gives byte-identical output for the same seed", () => {
      expect(JSON.stringify(generateDemoData())).toBe(JSON.stringify(sut));
    });

    it("gives different output for another seed", () => {
      const other = generateDemoData({ seed: 7, enterprises: 50, projects: 10 });
      expect(JSON.stringify(other.enterprises)).not.toBe(JSON.stringify(sut.enterprises.slice(0, 50)));
    });

    it("keeps enterprises unchanged when only the project count changes", () => {
      const a = generateDemoData({ enterprises: 200, projects: 10 });
      const b = generateDemoData({ enterprises: 200, projects: 150 });
      expect(JSON.stringify(a.enterprises)).toBe(JSON.stringify(b.enterprises));
    });

    it("places every date relative to the reference date, not the clock", () => {
      const shifted = generateDemoData({ enterprises: 100, projects: 20, referenceDate: new Date(DEMO_REFERENCE_DATE.getTime() + 10 * DAY_MS) });
      const base = generateDemoData({ enterprises: 100, projects: 20 });
      expect(shifted.projects[0].createdAt.getTime() - base.projects[0].createdAt.getTime()).toBe(10 * DAY_MS);
    });
  });

  describe("counts", () => {
    it("makes 3,000 enterprises and 120 projects by default", () => {
      expect(sut.enterprises).toHaveLength(3000);
      expect(sut.projects).toHaveLength(120);
      expect(sut.labels.enterprises).toHaveLength(3000);
      expect(sut.labels.projects).toHaveLength(120);
    });

    it("honours custom counts, including zero", () => {
      const small = generateDemoData({ enterprises: 0, projects: 7 });
      expect(small.enterprises).toHaveLength(0);
      expect(small.projects).toHaveLength(7);
    });

    it("rejects negative or fractional counts", () => {
      expect(() => generateDemoData({ enterprises: -1 })).toThrow();
      expect(() => generateDemoData({ projects: 1.5 })).toThrow();
    });
  });

  describe("industry groups", () => {
    it("are the county's seven groups, each with GB/T codes", () => {
      expect(sut.industryGroups.map((g) => g.name)).toEqual([...INDUSTRY_GROUP_NAMES]);
      for (const group of sut.industryGroups) {
        expect(group.industryCodes.length).toBeGreaterThan(0);
        for (const code of group.industryCodes) expect(code).toMatch(GBT_DIGITS);
      }
    });
  });

  describe("enterprises", () => {
    it("carry valid, unique credit codes whose region part is the enterprise's own", () => {
      const codes = sut.enterprises.flatMap((e) => (e.creditCode ? [e.creditCode] : []));
      expect(codes.length).toBeGreaterThan(2500);
      expect(new Set(codes).size).toBe(codes.length);
      const bad = violations(sut.enterprises, (e) => !e.creditCode || (isValidCreditCode(e.creditCode) && e.creditCode.slice(2, 4) === e.provinceCode!.slice(0, 2)));
      expect(bad.map((e) => e.creditCode)).toEqual([]);
    });

    it("have unique names and external ids", () => {
      expect(new Set(sut.enterprises.map((e) => e.name)).size).toBe(3000);
      expect(new Set(sut.enterprises.map((e) => e.externalId)).size).toBe(3000);
    });

    it("use 6-digit region codes that nest province ⊃ city ⊃ county", () => {
      const bad = violations(
        sut.enterprises,
        (e) =>
          REGION.test(e.provinceCode ?? "") &&
          e.provinceCode!.endsWith("0000") &&
          (!e.cityCode || (REGION.test(e.cityCode) && e.cityCode.slice(0, 2) === e.provinceCode!.slice(0, 2))) &&
          (!e.countyCode || (REGION.test(e.countyCode) && e.countyCode.slice(0, 4) === e.cityCode?.slice(0, 4))),
      );
      expect(bad.map((e) => [e.provinceCode, e.cityCode, e.countyCode])).toEqual([]);
    });

    it("use GB/T codes without section letters, the primary one first", () => {
      const bad = violations(sut.enterprises, (e) =>
        e.industryCode === null
          ? e.industries.length === 0
          : GBT_DIGITS.test(e.industryCode) &&
            e.industries[0].code === e.industryCode &&
            e.industries[0].kind === "primary" &&
            e.industries.every((i) => GBT_DIGITS.test(i.code) && i.confidence === 1) &&
            new Set(e.industries.map((i) => i.code)).size === e.industries.length,
      );
      expect(bad.map((e) => e.industries)).toEqual([]);
    });

    it("are about 70% relevant to the seven groups and about 30% sparse", () => {
      const relevant = sut.labels.enterprises.filter((l) => l.industryGroup !== null).length / 3000;
      const sparse = sut.labels.enterprises.filter((l) => l.sparse).length / 3000;
      expect(relevant).toBeGreaterThan(0.65);
      expect(relevant).toBeLessThan(0.78);
      expect(sparse).toBeGreaterThan(0.26);
      expect(sparse).toBeLessThan(0.34);
    });

    it("keep some text to infer an industry from, even when sparse", () => {
      expect(violations(sut.enterprises, (e) => e.mainBusiness !== null || e.products.length > 0)).toEqual([]);
    });

    it("have product revenue shares in [0,1] that sum to at most 1", () => {
      const bad = violations(sut.enterprises, (e) => {
        const shares = e.products.flatMap((p) => (p.share === undefined ? [] : [p.share]));
        return shares.every((s) => s >= 0 && s <= 1) && shares.reduce((a, b) => a + b, 0) <= 1;
      });
      expect(bad.map((e) => e.products)).toEqual([]);
    });

    it("spread registered capital log-normally, with a few large groups", () => {
      const caps = sut.enterprises.flatMap((e) => (e.registeredCapital === null ? [] : [e.registeredCapital])).sort((a, b) => a - b);
      const median = caps[Math.floor(caps.length / 2)];
      expect(median).toBeGreaterThan(300);
      expect(median).toBeLessThan(5000);
      expect(caps.filter((c) => c >= 100_000).length).toBeGreaterThan(5);
      expect(caps.filter((c) => c >= 100_000).length / caps.length).toBeLessThan(0.05);
    });

    it("are mostly unlisted; listed ones have a stock code on a real exchange", () => {
      const listed = sut.enterprises.filter((e) => e.listingStatus !== "unlisted");
      expect(listed.length / 3000).toBeGreaterThan(0.01);
      expect(listed.length / 3000).toBeLessThan(0.08);
      expect(new Set(listed.map((e) => e.stockCode)).size).toBe(listed.length);
      const exchanges = ["上海证券交易所", "深圳证券交易所", "北京证券交易所"];
      const badListed = violations(listed, (e) => /^\d{6}$/.test(e.stockCode ?? "") && exchanges.includes(e.exchange ?? "") && e.listingDate!.getTime() > (e.foundedAt?.getTime() ?? 0));
      expect(badListed.map((e) => [e.stockCode, e.exchange])).toEqual([]);
      expect(violations(sut.enterprises, (e) => e.listingStatus !== "unlisted" || e.stockCode === null)).toEqual([]);
    });

    it("are mostly operating, with some deregistered or revoked", () => {
      const alive = sut.enterprises.filter((e) => e.operatingStatus === "存续" || e.operatingStatus === "在业").length;
      const dead = sut.enterprises.filter((e) => e.operatingStatus === "注销" || e.operatingStatus === "吊销").length;
      expect(alive / 3000).toBeGreaterThan(0.85);
      expect(dead).toBeGreaterThan(30);
    });

    it("date expansion signals within the three years before the reference date", () => {
      const signals = sut.enterprises.flatMap((e) => e.signals.map((s) => ({ s, e })));
      expect(signals.length).toBeGreaterThan(500);
      const earliest = DEMO_REFERENCE_DATE.getTime() - 3 * 366 * DAY_MS;
      const types = ["branch", "financing", "land", "hiring", "capacity", "investment", "other"];
      const bad = violations(signals, ({ s, e }) => {
        const t = s.occurredAt.getTime();
        return t <= DEMO_REFERENCE_DATE.getTime() && t >= earliest && (!e.foundedAt || t > e.foundedAt.getTime()) && types.includes(s.type) && s.description.length > 4;
      });
      expect(bad.map(({ s }) => s)).toEqual([]);
      const deadWithSignals = sut.enterprises.filter((e) => (e.operatingStatus === "注销" || e.operatingStatus === "吊销") && e.signals.length > 0);
      expect(deadWithSignals).toEqual([]);
    });

    it("have contacts with mobile numbers", () => {
      const contacts = sut.enterprises.flatMap((e) => e.contacts);
      expect(contacts.length).toBeGreaterThan(1000);
      expect(violations(contacts, (c) => c.name.length >= 2 && /^1[3-9]\d{9}$/.test(c.phone ?? ""))).toEqual([]);
    });
  });

  describe("projects", () => {
    it("cover all seven groups in proportion to the catalog shares", () => {
      const expected = apportion(PROJECT_CATALOG.map((c) => c.share), 120);
      PROJECT_CATALOG.forEach((c, i) => expect(sut.projects.filter((p) => p.industryGroupName === c.group)).toHaveLength(expected[i]));
    });

    it("have unique codes and names and sit in the demo county", () => {
      expect(new Set(sut.projects.map((p) => p.code)).size).toBe(120);
      expect(new Set(sut.projects.map((p) => p.name)).size).toBe(120);
      for (const p of sut.projects) {
        expect(p.code).toMatch(/^ZA20\d\d-[A-Z]+-\d{3}$/);
        expect(p.countyCode).toBe(DEMO_COUNTY.code);
        expect(p.township).toBeTruthy();
        expect(p.name.endsWith("项目") || /（.期）$/.test(p.name)).toBe(true);
      }
    });

    it("follow a realistic funnel: most 策划/发布, few 签约/政策兑现", () => {
      const count = (...stages: string[]) => sut.projects.filter((p) => stages.includes(p.stage)).length;
      expect(count("策划", "发布")).toBeGreaterThanOrEqual(60);
      expect(count("签约", "政策兑现")).toBeGreaterThan(0);
      expect(count("签约", "政策兑现")).toBeLessThanOrEqual(12);
      expect(count("策划")).toBeGreaterThan(count("洽谈"));
    });

    it("have plausible amounts", () => {
      for (const p of sut.projects) {
        expect(p.totalInvestment).toBeGreaterThanOrEqual(3000);
        expect(p.totalInvestment).toBeLessThanOrEqual(300_000);
        if (p.landArea !== null) expect(p.landArea).toBeGreaterThan(0);
        if (p.minInvestorCapital !== null) expect(p.minInvestorCapital).toBeLessThan(p.totalInvestment);
        if (p.expectedTax !== null) expect(p.expectedTax).toBeLessThan(p.expectedOutput!);
        expect(p.cooperationModes.length).toBeGreaterThan(0);
        expect(p.responsibleUnits.length).toBeGreaterThan(0);
        expect(p.targetProfile).toMatch(/^寻求/);
      }
    });

    it("name GB/T codes and 6-digit province codes", () => {
      for (const p of sut.projects) {
        expect(p.industries.length).toBeGreaterThan(0);
        for (const c of [...p.industries, ...p.preferredIndustries]) expect(c).toMatch(GBT_DIGITS);
        for (const r of p.preferredRegions) expect(r).toMatch(/^\d{2}0000$/);
      }
    });

    it("were entered earlier the further they have progressed, on average", () => {
      const age = (stage: string) => {
        const ps = sut.projects.filter((p) => p.stage === stage);
        return ps.reduce((s, p) => s + (DEMO_REFERENCE_DATE.getTime() - p.createdAt.getTime()), 0) / ps.length;
      };
      expect(age("签约")).toBeGreaterThan(age("策划"));
    });
  });

  describe("ground-truth labels", () => {
    const nodeGroup = new Map(DEFAULT_CHAIN_MAP.groups.flatMap((g) => g.nodes.map((n) => [n.id, g.name] as const)));

    it("point every enterprise profile at a chain node of its own group", () => {
      for (const p of ENTERPRISE_PROFILES) {
        if (p.group === null) expect(p.chainNode).toBeNull();
        else expect(nodeGroup.get(p.chainNode!)).toBe(p.group);
      }
    });

    it("point every project item at a chain node of its own group", () => {
      for (const catalog of PROJECT_CATALOG) for (const item of catalog.items) expect(nodeGroup.get(item.chainNode)).toBe(catalog.group);
    });

    it("match the generated projects", () => {
      const byCode = new Map(sut.projects.map((p) => [p.code, p]));
      for (const l of sut.labels.projects) expect(nodeGroup.get(l.chainNode)).toBe(byCode.get(l.code)!.industryGroupName);
    });
  });
});

describe("apportion", () => {
  it("splits a total exactly by largest remainder", () => {
    expect(apportion([0.5, 0.3, 0.2], 7)).toEqual([4, 2, 1]);
    expect(apportion([1, 1, 1], 10).reduce((a, b) => a + b, 0)).toBe(10);
    expect(apportion([0.33, 0.27, 0.11, 0.09, 0.05, 0.04, 0.06, 0.02, 0.03], 120).reduce((a, b) => a + b, 0)).toBe(120);
  });
});
