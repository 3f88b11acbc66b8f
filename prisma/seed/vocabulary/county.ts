/*
 * The demo county: 贵州省遵义市正安县 (520324), a mountainous county in northern Guizhou. Township names
 * follow its administrative divisions; park and scenic-area names are illustrative for the demo.
 */

export const DEMO_COUNTY = {
  code: "520324",
  name: "正安县",
  cityCode: "520300",
  cityName: "遵义市",
  provinceCode: "520000",
  provinceName: "贵州省",
} as const;

export const TOWNSHIPS = [
  "凤仪街道",
  "瑞溪镇",
  "安场镇",
  "土坪镇",
  "流渡镇",
  "格林镇",
  "新州镇",
  "庙塘镇",
  "小雅镇",
  "中观镇",
  "杨兴镇",
  "碧峰镇",
  "乐俭镇",
  "和溪镇",
  "班竹镇",
  "芙蓉江镇",
  "谢坝仡佬族苗族乡",
  "市坪苗族仡佬族乡",
  "桴焉仡佬族乡",
] as const;

export type LocationKind = "industrial" | "food" | "agriculture" | "herbs" | "tea" | "tourism";

/** Parks by the kind of project they host, each with the township it sits in. */
export const PARKS: Record<LocationKind, readonly { name: string; township: string }[]> = {
  industrial: [
    { name: "正安经济开发区", township: "凤仪街道" },
    { name: "正安经济开发区瑞濠园区", township: "瑞溪镇" },
    { name: "正安经济开发区安场园区", township: "安场镇" },
  ],
  food: [
    { name: "正安县特色食品产业园", township: "土坪镇" },
    { name: "正安经济开发区瑞濠园区", township: "瑞溪镇" },
    { name: "正安县农产品加工园区", township: "安场镇" },
  ],
  agriculture: [
    { name: "正安县现代山地特色高效农业示范园区", township: "格林镇" },
    { name: "正安县农业科技示范园", township: "安场镇" },
  ],
  herbs: [{ name: "正安县中药材产业示范园", township: "庙塘镇" }],
  tea: [{ name: "正安县白茶产业园", township: "流渡镇" }],
  tourism: [
    { name: "九道水国家森林公园", township: "乐俭镇" },
    { name: "芙蓉江旅游度假区", township: "芙蓉江镇" },
    { name: "桃花源生态旅游区", township: "新州镇" },
  ],
};

export const COUNTY_UNITS = {
  investment: "正安县投资促进局",
  industry: "正安县工业和信息化局",
  agriculture: "正安县农业农村局",
  forestry: "正安县林业局",
  tourism: "正安县文体广电旅游局",
  commerce: "正安县商务局",
  health: "正安县卫生健康局",
  development: "正安县发展和改革局",
  parkCommittee: "正安经济开发区管委会",
} as const;
