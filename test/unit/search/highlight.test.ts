import { markTerms, renderHighlight } from "../../../src/search/highlight";

describe("highlight rendering", () => {
  it("marks terms longest first and escapes document text", () => {
    expect(renderHighlight(markTerms("<b>新能源汽车</b>", ["新能源", "新能源汽车"]))).toBe("&lt;b&gt;<em>新能源汽车</em>&lt;/b&gt;");
  });

  it("crops long text around the first match without splitting a mark", () => {
    const text = `${"甲".repeat(200)}新能源${"乙".repeat(200)}`;
    const out = renderHighlight(markTerms(text, ["新能源"]));
    expect(out.startsWith("…")).toBe(true);
    expect(out.endsWith("…")).toBe(true);
    expect(out).toContain("<em>新能源</em>");
    expect(out.length).toBeLessThan(140);
  });
});
