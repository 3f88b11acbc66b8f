import fc from "fast-check";
import {
  computeCreditCodeCheckChar,
  computeOrganizationCodeCheckChar,
  isValidCreditCode,
  validateCreditCode as sut,
} from "../../../src/modules/enterprises/credit-code";

/**
 * Public codes of well-known companies. Each passes both the GB 32100 check character and the GB 11714
 * check digit embedded in positions 9-17, which two independent checks would not do for a mistyped code.
 */
const REAL_CODES: [string, string][] = [
  ["华为技术有限公司", "914403001922038216"],
  ["腾讯科技(深圳)有限公司", "9144030071526726XG"],
  ["阿里巴巴(中国)有限公司", "91330100799655058B"],
  ["比亚迪股份有限公司", "91440300192317458F"],
  ["中国石油天然气股份有限公司", "91110000710925462X"],
  ["小米科技有限责任公司", "91110108551385082Q"],
  ["北京百度网讯科技有限公司", "91110000802100433B"],
  ["中国工商银行股份有限公司", "91100000100003962T"],
  ["珠海格力电器股份有限公司", "91440400192548256N"],
  ["宁德时代新能源科技股份有限公司", "91350900587527783P"],
  ["中国平安保险(集团)股份有限公司", "91440300100012316L"],
  ["招商银行股份有限公司", "9144030010001686XA"],
  ["万科企业股份有限公司", "91440300192181490G"],
  ["美的集团股份有限公司", "91440606722473344C"],
  ["深圳市大疆创新科技有限公司", "914403007954257495"],
  ["贵州茅台酒股份有限公司", "91520000214434146R"],
  ["国家电网有限公司", "9111000071093123XX"],
];

/** Newer codes whose subject identifier is an MA… code (assigned after 2015), including 个体工商户 (92…). */
const RECENT_CODES = ["91310115MA1K427762", "91310115MA1H971RXF", "92440300MA5EEY5XXT", "92440300MA5DJJG80F"];

const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

function withCheckChar(body: string): string {
  return body + computeCreditCodeCheckChar(body);
}

describe("validateCreditCode (GB 32100-2015)", () => {
  it.each(REAL_CODES)("accepts the real code of %s", (_name, code) => {
    expect(sut(code)).toEqual({ ok: true, normalized: code, warnings: [] });
  });

  it.each(RECENT_CODES)("accepts the MA-style code %s without warnings", (code) => {
    expect(sut(code)).toEqual({ ok: true, normalized: code, warnings: [] });
  });

  it("normalizes case, full-width characters, spaces and dashes before checking", () => {
    expect(sut(" 9144030071526726xg ")).toMatchObject({ ok: true, normalized: "9144030071526726XG" });
    expect(sut("９１４４０３００１９２２０３８２１６")).toMatchObject({ ok: true, normalized: "914403001922038216" });
    expect(sut("9144 0300 1922 0382 16")).toMatchObject({ ok: true, normalized: "914403001922038216" });
    expect(sut("914403-001922038216")).toMatchObject({ ok: true, normalized: "914403001922038216" });
  });

  it("rejects a wrong check character and names the expected one", () => {
    const result = sut("914403001922038217");
    expect(result).toEqual({ ok: false, reason: "统一社会信用代码校验位错误：第 18 位应为 6，实际为 7" });
  });

  it.each(["I", "O", "Z", "S", "V"])("rejects the forbidden letter %s", (letter) => {
    const code = `91440300${letter}92203821`.padEnd(17, "0") + "0";
    const result = sut(code);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(`不允许的字符：${letter}`);
  });

  it("rejects other characters outside the charset", () => {
    const result = sut("91440300192203821*");
    expect(result).toMatchObject({ ok: false });
  });

  it.each([
    ["91440300192203821", "统一社会信用代码应为 18 位，实际为 17 位"],
    ["9144030019220382166", "统一社会信用代码应为 18 位，实际为 19 位"],
    ["440301103087421", "这是 15 位的旧版工商注册号，不是 18 位统一社会信用代码"],
    ["71092546-2", "这是 9 位的组织机构代码，不是 18 位统一社会信用代码"],
    ["", "统一社会信用代码为空"],
    ["   ", "统一社会信用代码为空"],
  ])("rejects %j with a reason", (code, reason) => {
    expect(sut(code)).toEqual({ ok: false, reason });
  });

  it("requires digits in the administrative-division part (positions 3-8)", () => {
    const code = withCheckChar("91A40300192203821");
    expect(sut(code)).toEqual({ ok: false, reason: "统一社会信用代码第 3-8 位应为行政区划代码（6 位数字）" });
  });

  it("warns, without rejecting, when the embedded organisation code check digit is wrong", () => {
    // Huawei's body with the organisation code check digit changed from 1 to 2, main check recomputed.
    const code = withCheckChar("91440300192203822");
    expect(sut(code)).toEqual({
      ok: true,
      normalized: code,
      warnings: ["第 9-17 位（组织机构代码）的校验位与 GB 11714 不符"],
    });
  });

  it("warns on a registration authority code outside the standard's table", () => {
    const code = withCheckChar("B1440300192203821");
    const result = sut(code);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.warnings).toEqual(["第 1 位登记管理部门代码“B”不在 GB 32100-2015 的代码表中"]);
  });

  it("computes the organisation code check digit of GB 11714, including X and 0", () => {
    expect(computeOrganizationCodeCheckChar("19220382")).toBe("1");
    expect(computeOrganizationCodeCheckChar("71092546")).toBe("2");
    expect(computeOrganizationCodeCheckChar("71526726")).toBe("X");
    expect(computeOrganizationCodeCheckChar("00000000")).toBe("0");
    expect(computeOrganizationCodeCheckChar("7109312")).toBeNull();
  });

  const bodyArbitrary = fc
    .tuple(
      fc.constantFrom(...CHARSET),
      fc.constantFrom(...CHARSET),
      fc.stringMatching(/^\d{6}$/),
      fc.array(fc.constantFrom(...CHARSET), { minLength: 9, maxLength: 9 }),
    )
    .map(([authority, type, division, subject]) => `${authority}${type}${division}${subject.join("")}`);

  it("property: any valid 17-character body plus its computed check character validates", () => {
    fc.assert(
      fc.property(bodyArbitrary, (body) => {
        const code = withCheckChar(body);
        const result = sut(code);
        return result.ok && result.normalized === code;
      }),
    );
  });

  it("property: changing any single character of a valid code makes it invalid", () => {
    fc.assert(
      fc.property(bodyArbitrary, fc.nat(17), fc.constantFrom(...CHARSET), (body, position, replacement) => {
        const code = withCheckChar(body);
        fc.pre(code[position] !== replacement);
        const changed = code.slice(0, position) + replacement + code.slice(position + 1);
        return !isValidCreditCode(changed);
      }),
    );
  });
});
