import { mapCosineToUnit, semanticSimilarity } from "../../../../src/modules/matching/signals/semantic-similarity";
import { textRelevance } from "../../../../src/modules/matching/signals/text-relevance";
import { buildContext, buildMatchEnterprise, buildMatchProject } from "../match-builders";

describe("textRelevance", () => {
  const project = buildMatchProject();
  const enterprise = buildMatchEnterprise();

  it("is 数据缺失 when the engine gave no score", () => {
    expect(textRelevance(project, enterprise, buildContext()).value).toBeNull();
    expect(textRelevance(project, enterprise, buildContext({ textScore: null })).value).toBeNull();
    expect(textRelevance(project, enterprise, buildContext({ textScore: Number.NaN })).value).toBeNull();
  });

  it("takes the engine score as is and cites it", () => {
    const sut = textRelevance(project, enterprise, buildContext({ textScore: 0.82 }));
    expect(sut.value).toBe(0.82);
    expect(sut.reason).toContain("0.82");
    expect(sut.fields).toEqual(["ctx.textScore"]);
  });

  it("clamps scores outside [0,1] and keeps the boundaries", () => {
    expect(textRelevance(project, enterprise, buildContext({ textScore: 1.7 })).value).toBe(1);
    expect(textRelevance(project, enterprise, buildContext({ textScore: -0.2 })).value).toBe(0);
    expect(textRelevance(project, enterprise, buildContext({ textScore: 0 })).value).toBe(0);
  });
});

describe("semanticSimilarity", () => {
  const project = buildMatchProject();
  const enterprise = buildMatchEnterprise();

  it("maps the bge band 0.4..0.85 onto 0..1", () => {
    expect(mapCosineToUnit(0.4)).toBe(0);
    expect(mapCosineToUnit(0.85)).toBe(1);
    expect(mapCosineToUnit(0.625)).toBeCloseTo(0.5, 10);
    expect(mapCosineToUnit(0.3)).toBe(0);
    expect(mapCosineToUnit(-1)).toBe(0);
    expect(mapCosineToUnit(0.95)).toBe(1);
  });

  it("is 数据缺失 without an embedding, never zero", () => {
    const sut = semanticSimilarity(project, enterprise, buildContext());
    expect(sut.value).toBeNull();
    expect(sut.reason).toContain("向量");
  });

  it("reports the raw cosine in the reason", () => {
    const sut = semanticSimilarity(project, enterprise, buildContext({ semanticSimilarity: 0.76 }));
    expect(sut.value).toBeCloseTo(0.8, 4);
    expect(sut.reason).toContain("0.760");
  });
});
