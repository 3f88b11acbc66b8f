import { buildCreditCode, computeCreditCodeCheckChar, computeOrgCodeCheckChar } from "../../../prisma/seed/credit-code";

// Published codes of well-known companies (business licences are public).
const REAL_CODES = [
  "914403001922038216", // 华为技术有限公司
  "9144030071526726XG", // 深圳市腾讯计算机系统有限公司
  "91330100799655058B", // 阿里巴巴（中国）有限公司
];

describe("demo credit codes (GB 32100-2015)", () => {
  it.each(REAL_CODES)("computes the check character of the real code %s", (code) => {
    expect(computeCreditCodeCheckChar(code.slice(0, 17))).toBe(code[17]);
  });

  it.each(REAL_CODES)("computes the organization-code check digit (GB 11714) inside %s", (code) => {
    expect(computeOrgCodeCheckChar(code.slice(8, 16))).toBe(code[16]);
  });

  it("rejects characters outside the 31-character set", () => {
    expect(() => computeCreditCodeCheckChar("91440300192203821".replace("9", "I"))).toThrow();
    expect(() => computeCreditCodeCheckChar("9144")).toThrow();
  });

  it("builds codes that carry the region and both check characters", () => {
    const sut = buildCreditCode("91", "520324", "MA6DKQ7T");
    expect(sut).toMatch(/^91520324MA6DKQ7T[0-9X][0-9A-HJ-NPQRTUWXY]$/);
    expect(computeCreditCodeCheckChar(sut.slice(0, 17))).toBe(sut[17]);
  });
});
