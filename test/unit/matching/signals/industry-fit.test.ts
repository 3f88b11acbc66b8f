import { industryFit } from "../../../../src/modules/matching/signals/industry-fit";
import { industryCodeSimilarity } from "../../../../src/modules/matching/signals/industry-code-similarity";
import { buildContext, buildMatchEnterprise, buildMatchProject } from "../match-builders";

const names: Record<string, string> = { "3670": "汽车零部件及配件制造", "3660": "汽车车身、挂车制造", "3812": "电动机制造" };
const ctx = buildContext({ industryName: (code) => names[code] });

function fit(projectCodes: string[], enterpriseCode: string, kind: "primary" | "secondary" | "inferred" = "primary", confidence = 1) {
  return industryFit(
    buildMatchProject({ industryCodes: projectCodes }),
    buildMatchEnterprise({ industries: [{ code: enterpriseCode, kind, confidence }] }),
    ctx,
  );
}

describe("industryCodeSimilarity", () => {
  it.each([
    ["3670", "3670", 1, "same"],
    ["3670", "3671", 0.75, "group"],
    ["3670", "3660", 0.5, "division"],
    ["3670", "3812", 0.2, "section"],
    ["3670", "6621", 0, "none"],
    ["36", "3670", 1, "contained"],
    ["367", "3670", 1, "contained"],
    ["3841", "38", 0.5, "division"],
    ["3841", "384", 0.75, "group"],
    ["C", "3670", 0.2, "section"],
    ["C3670", "3670", 1, "same"],
  ])("project %s vs enterprise %s → %s (%s)", (p, e, score, relation) => {
    expect(industryCodeSimilarity(p, e)).toMatchObject({ score, relation });
  });
});

describe("industryFit", () => {
  it("scores same 小类 1.0 and says so with codes and names", () => {
    const sut = fit(["3670"], "3670");
    expect(sut.value).toBe(1);
    expect(sut.reason).toBe("企业主营行业 3670 汽车零部件及配件制造 与项目行业 3670 汽车零部件及配件制造 相同（小类一致）");
  });

  it("orders 小类 > 中类 > 大类 > 门类 > nothing", () => {
    const values = [fit(["3670"], "3670"), fit(["3670"], "3671"), fit(["3670"], "3660"), fit(["3670"], "3812"), fit(["3670"], "6621")].map((s) => s.value);
    expect(values).toEqual([1, 0.75, 0.5, 0.2, 0]);
  });

  it("reads an enterprise inside a coarse project code as a full match", () => {
    const sut = fit(["36"], "3670");
    expect(sut.value).toBe(1);
    expect(sut.reason).toContain("属于项目行业 36");
  });

  it("discounts inferred codes by their confidence", () => {
    expect(fit(["3670"], "3670", "inferred", 0.8).value).toBeCloseTo(0.85 * 0.8, 4);
    expect(fit(["3670"], "3670", "secondary").value).toBeCloseTo(0.9, 4);
    expect(fit(["3670"], "3670", "inferred", 0.8).reason).toContain("推断行业（置信度 0.80）");
  });

  it("uses project preferred industries and inferred project codes", () => {
    const preferred = industryFit(
      buildMatchProject({ industryCodes: [], preferredIndustries: ["367"] }),
      buildMatchEnterprise({ industries: [{ code: "3670", kind: "primary", confidence: 1 }] }),
      ctx,
    );
    expect(preferred.value).toBe(1);
    expect(preferred.reason).toContain("项目优先行业 367");
    const inferred = industryFit(
      buildMatchProject({ industryCodes: [], inferredIndustries: [{ code: "3670", confidence: 0.5 }] }),
      buildMatchEnterprise({ industries: [{ code: "3670", kind: "primary", confidence: 1 }] }),
      ctx,
    );
    expect(inferred.value).toBeCloseTo(0.85 * 0.5, 4);
  });

  it("takes the best pair over all codes", () => {
    const sut = industryFit(
      buildMatchProject({ industryCodes: ["3812", "3670"] }),
      buildMatchEnterprise({
        industries: [
          { code: "6621", kind: "primary", confidence: 1 },
          { code: "3670", kind: "secondary", confidence: 1 },
        ],
      }),
      ctx,
    );
    expect(sut.value).toBeCloseTo(0.9, 4);
    expect(sut.reason).toContain("企业兼营行业 3670");
  });

  it("is 数据缺失 when either side has no codes, zero when the codes are unrelated", () => {
    expect(fit([], "3670").value).toBeNull();
    const noEnterpriseCodes = industryFit(buildMatchProject(), buildMatchEnterprise({ industries: [] }), ctx);
    expect(noEnterpriseCodes.value).toBeNull();
    expect(noEnterpriseCodes.reason).toContain("企业没有行业代码");
    const unrelated = fit(["3670"], "6621");
    expect(unrelated.value).toBe(0);
    expect(unrelated.reason).toContain("不在同一门类");
  });

  it("ignores malformed codes instead of comparing them", () => {
    expect(fit(["3670"], "X99").value).toBeNull();
  });
});
