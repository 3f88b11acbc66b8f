import { buildEmbeddingText } from "../../../src/embeddings";

describe("buildEmbeddingText", () => {
  it("joins labelled fields in the given order and skips empty ones", () => {
    const sut = buildEmbeddingText(
      [
        { label: "企业名称", text: "宁德新能源科技有限公司" },
        { label: "行业", text: "  锂离子电池\n制造 " },
        { label: "备注", text: "" },
        { text: null },
        { text: "动力电池 储能" },
      ],
      1000,
    );
    expect(sut).toBe("企业名称：宁德新能源科技有限公司\n行业：锂离子电池 制造\n动力电池 储能");
  });

  it("cuts the least important (last) fields first and never exceeds maxChars", () => {
    const fields = [
      { label: "名称", text: "汽车零部件项目" },
      { label: "简介", text: "年产".repeat(50) },
      { label: "历史", text: "这一段永远放不下" },
    ];
    const sut = buildEmbeddingText(fields, 30);
    expect(Array.from(sut)).toHaveLength(30);
    expect(sut.startsWith("名称：汽车零部件项目\n简介：年产")).toBe(true);
    expect(sut).not.toContain("历史");
  });

  it("does not split a surrogate pair when cutting", () => {
    const sut = buildEmbeddingText([{ text: "𠀀𠀁𠀂" }], 2);
    expect(sut).toBe("𠀀𠀁");
  });

  it("returns an empty string when nothing fits", () => {
    expect(buildEmbeddingText([{ text: "项目" }], 0)).toBe("");
    expect(buildEmbeddingText([], 10)).toBe("");
  });
});
