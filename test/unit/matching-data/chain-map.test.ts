import { chainGroupIndustryCodes, chainMapSchema, DEFAULT_CHAIN_MAP, findChainGroup, type ChainMap } from "../../../src/modules/matching/chain-map.data";

const COUNTY_GROUPS = ["新能源汽车", "装备制造", "医药制造", "特色食品加工", "山地农机设备", "山地高效农业", "文化旅游"];

/** A small valid map that each negative case breaks in one place. */
function tinyMap(): ChainMap {
  return {
    groups: [
      {
        id: "tea",
        name: "茶",
        nodes: [
          { id: "tea.garden", name: "茶园", stage: "upstream", keywords: ["茶园"], industryCodes: ["0164"] },
          { id: "tea.processing", name: "精制茶", stage: "midstream", keywords: ["精制茶"], industryCodes: ["1530"] },
          { id: "tea.trade", name: "茶叶批发", stage: "downstream", keywords: ["茶叶销售"], industryCodes: ["5127"] },
        ],
        edges: [
          { from: "tea.garden", to: "tea.processing" },
          { from: "tea.processing", to: "tea.trade" },
        ],
      },
    ],
  };
}

function messages(map: unknown): string[] {
  const result = chainMapSchema.safeParse(map);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

describe("default industry-chain map", () => {
  it("validates against its own schema", () => {
    expect(messages(DEFAULT_CHAIN_MAP)).toEqual([]);
  });

  it("covers exactly the county's seven industry groups", () => {
    expect(DEFAULT_CHAIN_MAP.groups.map((g) => g.name)).toEqual(COUNTY_GROUPS);
  });

  it.each(COUNTY_GROUPS)("has upstream, midstream and downstream nodes for %s, all connected", (name) => {
    const group = findChainGroup(name)!;
    expect(new Set(group.nodes.map((n) => n.stage))).toEqual(new Set(["upstream", "midstream", "downstream"]));
    const touched = new Set(group.edges.flatMap((e) => [e.from, e.to]));
    expect(group.nodes.filter((n) => !touched.has(n.id)).map((n) => n.id)).toEqual([]);
  });

  it("uses 2-4 digit GB/T codes and non-empty keyword lists", () => {
    const nodes = DEFAULT_CHAIN_MAP.groups.flatMap((g) => g.nodes);
    expect(nodes.filter((n) => !n.industryCodes.every((c) => /^\d{2,4}$/.test(c)))).toEqual([]);
    expect(nodes.filter((n) => n.keywords.length < 3)).toEqual([]);
  });

  it("puts the core codes of each group on its midstream nodes", () => {
    expect(chainGroupIndustryCodes(findChainGroup("新能源汽车")!)).toEqual(expect.arrayContaining(["3670", "3841", "3812"]));
    expect(chainGroupIndustryCodes(findChainGroup("医药制造")!)).toEqual(expect.arrayContaining(["2730", "2740"]));
    expect(chainGroupIndustryCodes(findChainGroup("山地农机设备")!)).toEqual(expect.arrayContaining(["3571", "3572"]));
    expect(chainGroupIndustryCodes(findChainGroup("文化旅游")!, ["midstream", "downstream"])).toEqual(expect.arrayContaining(["7861", "6110", "7291"]));
  });

  it("places well-known chain steps upstream of their customers", () => {
    const edges = new Set(DEFAULT_CHAIN_MAP.groups.flatMap((g) => g.edges.map((e) => `${e.from}>${e.to}`)));
    expect(edges).toContain("pharma.herb-planting>pharma.decoction");
    expect(edges).toContain("pharma.decoction>pharma.tcm-patent");
    expect(edges).toContain("nev.cathode>nev.power-battery");
    expect(edges).toContain("nev.power-battery>nev.vehicle");
    expect(edges).toContain("food.grain-raw>food.baijiu");
  });

  it("returns undefined for an unknown group", () => {
    expect(findChainGroup("航空航天")).toBeUndefined();
  });
});

describe("chainMapSchema", () => {
  it("accepts a small valid map", () => {
    expect(messages(tinyMap())).toEqual([]);
  });

  it("rejects duplicate node ids", () => {
    const map = tinyMap();
    map.groups[0].nodes[1].id = "tea.garden";
    expect(messages(map).join()).toMatch(/重复的节点 id tea\.garden/);
  });

  it("rejects edges that point at missing nodes", () => {
    const map = tinyMap();
    map.groups[0].edges.push({ from: "tea.garden", to: "tea.nowhere" });
    expect(messages(map).join()).toMatch(/tea\.nowhere/);
  });

  it("rejects edges running from downstream to upstream", () => {
    const map = tinyMap();
    map.groups[0].edges.push({ from: "tea.trade", to: "tea.garden" });
    expect(messages(map).join()).toMatch(/上游→下游/);
  });

  it("rejects cycles inside one stage", () => {
    const map = tinyMap();
    map.groups[0].nodes.push({ id: "tea.blend", name: "拼配", stage: "midstream", keywords: ["拼配"], industryCodes: ["1530"] });
    map.groups[0].edges.push({ from: "tea.processing", to: "tea.blend" }, { from: "tea.blend", to: "tea.processing" });
    expect(messages(map).join()).toMatch(/环/);
  });

  it("rejects malformed codes, ids outside the group, and unknown fields", () => {
    const badCode = tinyMap();
    badCode.groups[0].nodes[0].industryCodes = ["C1530"];
    expect(messages(badCode).length).toBeGreaterThan(0);
    const foreignId = tinyMap();
    foreignId.groups[0].nodes[0].id = "coffee.garden";
    expect(messages(foreignId).join()).toMatch(/应以组 id/);
    const extra = { ...tinyMap(), note: "x" };
    expect(messages(extra).length).toBeGreaterThan(0);
  });
});
