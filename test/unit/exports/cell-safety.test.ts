import { neutralizeFormula } from "../../../src/modules/exports";

describe("neutralizeFormula (spreadsheet formula injection)", () => {
  it.each([
    ["=HYPERLINK(\"http://evil.example\",\"点我\")", "'=HYPERLINK(\"http://evil.example\",\"点我\")"],
    ["+86 138 0000 0000", "'+86 138 0000 0000"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
  ])("puts an apostrophe before %j", (input, expected) => {
    expect(neutralizeFormula(input)).toBe(expected);
  });

  it.each(["重庆长鑫汽车零部件有限公司", "a=b", " =1", "", "'=already"])("leaves %j alone", (text) => {
    expect(neutralizeFormula(text)).toBe(text);
  });

  it("never touches numbers or empty cells (only text can be a formula)", () => {
    expect(neutralizeFormula(-5)).toBe(-5);
    expect(neutralizeFormula(0)).toBe(0);
    expect(neutralizeFormula(null)).toBeNull();
    expect(neutralizeFormula(undefined)).toBeUndefined();
  });
});
