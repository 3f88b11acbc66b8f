import { capacityBandValue, capacityFit } from "../../../../src/modules/matching/signals/capacity-fit";
import { buildContext, buildMatchEnterprise, buildMatchProject } from "../match-builders";

const ctx = buildContext();
const company = (registeredCapital: number | null, revenue: number | null, listingStatus: "listed" | "unlisted" = "unlisted") =>
  buildMatchEnterprise({ registeredCapital, revenue, listingStatus });

describe("capacityBandValue", () => {
  it("is full between 1% and 100% of capacity, boundaries included", () => {
    expect(capacityBandValue(1)).toBe(1);
    expect(capacityBandValue(0.01)).toBe(1);
    expect(capacityBandValue(0.3)).toBe(1);
  });

  it("falls over 1.5 decades above capacity and stops at zero", () => {
    expect(capacityBandValue(10)).toBeCloseTo(1 - 1 / 1.5, 10);
    expect(capacityBandValue(Math.pow(10, 1.5))).toBeCloseTo(0, 10);
    expect(capacityBandValue(1000)).toBe(0);
  });

  it("falls slowly below 1% and never under 0.2", () => {
    expect(capacityBandValue(0.001)).toBeCloseTo(1 - 1 / 3, 10);
    expect(capacityBandValue(1e-9)).toBe(0.2);
  });
});

describe("capacityFit", () => {
  it("a 20亿 project is not for a 50万 company", () => {
    const sut = capacityFit(buildMatchProject({ totalInvestment: 200_000 }), company(50, null), ctx);
    expect(sut.value).toBe(0);
    expect(sut.reason).toContain("项目总投资 20亿元");
    expect(sut.reason).toContain("注册资本 50万元");
    expect(sut.reason).toContain("规模偏大");
  });

  it("nor is a 200万 project for a giant", () => {
    const sut = capacityFit(buildMatchProject({ totalInvestment: 200 }), company(null, 200_000_000), ctx);
    expect(sut.value).toBe(0.2);
    expect(sut.reason).toContain("规模偏小");
  });

  it("fits a project within the company's means", () => {
    // revenue 10亿 → capacity 5亿; capital 1亿 → 4亿: the larger estimate counts.
    const sut = capacityFit(buildMatchProject({ totalInvestment: 30_000 }), company(10_000, 100_000), ctx);
    expect(sut.value).toBe(1);
    expect(sut.reason).toContain("估计可承接约 5亿元");
  });

  it("lets a listing stand in for missing figures and lift small ones", () => {
    const listedOnly = capacityFit(buildMatchProject({ totalInvestment: 50_000 }), company(null, null, "listed"), ctx);
    expect(listedOnly.value).toBe(1);
    expect(listedOnly.reason).toContain("上市公司");
    const smallButListed = capacityFit(buildMatchProject({ totalInvestment: 50_000 }), company(100, null, "listed"), ctx);
    const smallUnlisted = capacityFit(buildMatchProject({ totalInvestment: 50_000 }), company(100, null), ctx);
    expect(smallButListed.value as number).toBeGreaterThan(smallUnlisted.value as number);
  });

  it("caps a company below the project's minimum registered capital", () => {
    const sut = capacityFit(buildMatchProject({ totalInvestment: 5_000, minInvestorCapital: 3_000 }), company(1_500, 100_000), ctx);
    expect(sut.value).toBeCloseTo(0.15, 10);
    expect(sut.reason).toContain("低于项目要求的最低 3000万元");
  });

  it("judges the minimum alone when the project has no total", () => {
    expect(capacityFit(buildMatchProject({ totalInvestment: null, minInvestorCapital: 3_000 }), company(5_000, null), ctx).value).toBe(1);
    expect(capacityFit(buildMatchProject({ totalInvestment: null, minInvestorCapital: 3_000 }), company(null, 50_000), ctx).value).toBeNull();
  });

  it("is 数据缺失 without a project size, or without capital, revenue and listing", () => {
    expect(capacityFit(buildMatchProject({ totalInvestment: null }), company(5_000, null), ctx).value).toBeNull();
    const sut = capacityFit(buildMatchProject(), company(null, null), ctx);
    expect(sut.value).toBeNull();
    expect(sut.reason).toContain("注册资本、营业收入均未知");
  });
});
