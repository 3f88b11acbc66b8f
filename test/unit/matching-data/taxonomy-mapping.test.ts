import {
  isKnownShenwanLabel,
  isKnownTushareLabel,
  mapShenwanToGbt,
  mapTushareToGbt,
  normalizeTaxonomyLabel,
  parseMappingSpec,
  SHENWAN_TO_GBT,
  TUSHARE_TO_GBT,
} from "../../../src/modules/matching/taxonomy-mapping.data";

// Taxonomy category names (not company data): Shenwan 2021 level 1, and the tushare industry list.
const SHENWAN_LEVEL1 = "交通运输 传媒 公用事业 农林牧渔 医药生物 商贸零售 国防军工 基础化工 家用电器 建筑材料 建筑装饰 房地产 有色金属 机械设备 汽车 煤炭 环保 电力设备 电子 石油石化 社会服务 纺织服饰 综合 美容护理 计算机 轻工制造 通信 钢铁 银行 非银金融 食品饮料".split(" ");
const TUSHARE_INDUSTRIES =
  "电气设备 元器件 软件服务 专用机械 汽车配件 化工原料 半导体 医疗保健 化学制药 通信设备 机械基件 建筑工程 环境保护 电器仪表 食品 家用电器 互联网 生物制药 IT设备 塑料 中成药 家居用品 服饰 小金属 农药化肥 广告包装 航空 文教休闲 证券 运输设备 区域地产 仓储物流 供气供热 纺织 农业综合 银行 工程机械 医药商业 影视音像 百货 矿物制品 化纤 造纸 染料涂料 全国地产 火力发电 新型电力 其他建材 铝 出版业 装修装饰 多元金融 煤炭开采 普钢 水泥 机床制造 综合类 汽车整车 饲料 钢加工 水力发电 石油开采 乳制品 白酒 日用化工 玻璃 商贸代理 路桥 水运 种植业 旅游景点 铜 港口 橡胶 水务 其他商业 石油加工 铅锌 园区开发 房产服务 农用机械 汽车服务 化工机械 黄金 摩托车 船舶 纺织机械 特种钢 酒店餐饮 超市连锁 软饮料 红黄酒 空运 旅游服务 啤酒 铁路 焦炭加工 渔业 轻工机械 公共交通 石油贸易 批发业 保险 电信运营 机场 陶瓷 商品城 林业 公路 电器连锁".split(
    " ",
  );

const codesOf = (xs: { code: string }[]) => xs.map((x) => x.code);

describe("taxonomy mapping tables", () => {
  it("parse: every code is a section letter or 2-4 digits, every confidence in (0,1]", () => {
    for (const table of [SHENWAN_TO_GBT, TUSHARE_TO_GBT]) {
      const bad = Object.entries(table).filter(([, spec]) => {
        try {
          return parseMappingSpec(spec).some((c) => !/^(?:[A-T]|\d{2,4})$/.test(c.code) || c.confidence <= 0 || c.confidence > 1);
        } catch {
          return true;
        }
      });
      expect(bad).toEqual([]);
    }
  });

  it("cover every Shenwan level-1 name and every tushare industry", () => {
    expect(SHENWAN_LEVEL1.filter((l) => !isKnownShenwanLabel(l))).toEqual([]);
    expect(TUSHARE_INDUSTRIES).toHaveLength(110);
    expect(TUSHARE_INDUSTRIES.filter((l) => !isKnownTushareLabel(l))).toEqual([]);
  });

  it("rejects malformed specs", () => {
    expect(() => parseMappingSpec("3670:1.5")).toThrow();
    expect(() => parseMappingSpec("C3670:0.5")).toThrow();
    expect(() => parseMappingSpec("3670")).toThrow();
  });
});

describe("mapShenwanToGbt", () => {
  it("maps specific industries to 小类 codes", () => {
    expect(mapShenwanToGbt("汽车零部件")[0]).toEqual({ code: "3670", confidence: 0.95 });
    expect(codesOf(mapShenwanToGbt("锂电池"))).toEqual(["3841"]);
    expect(codesOf(mapShenwanToGbt("白酒Ⅲ"))).toEqual(["1512"]);
  });

  it("ranks candidates by confidence", () => {
    expect(codesOf(mapShenwanToGbt("中药Ⅱ"))).toEqual(["2740", "2730"]);
    const candidates = mapShenwanToGbt("社会服务");
    expect(candidates.map((c) => c.confidence)).toEqual([...candidates.map((c) => c.confidence)].sort((a, b) => b - a));
  });

  it("treats the Ⅱ/Ⅲ level suffixes and their ASCII forms as the same label", () => {
    expect(mapShenwanToGbt("中药Ⅲ")).toEqual(mapShenwanToGbt("中药"));
    expect(mapShenwanToGbt("IT服务Ⅱ")).toEqual(mapShenwanToGbt("IT服务II"));
    expect(mapShenwanToGbt(" 动物保健Ⅱ ").length).toBeGreaterThan(0);
    expect(normalizeTaxonomyLabel("白酒Ⅱ")).toBe("白酒");
  });

  it("maps broad level-1 names to broad codes", () => {
    expect(codesOf(mapShenwanToGbt("钢铁"))).toEqual(["31"]);
    expect(codesOf(mapShenwanToGbt("建筑装饰"))).toEqual(["E"]);
    expect(codesOf(mapShenwanToGbt("农用机械"))).toEqual(["357"]);
  });

  it("uses the most specific known part of a path label", () => {
    expect(codesOf(mapShenwanToGbt("电力设备/电池/锂电池"))).toEqual(["3841"]);
    expect(codesOf(mapShenwanToGbt("医药生物-中药Ⅱ-中药Ⅲ"))).toEqual(["2740", "2730"]);
    expect(codesOf(mapShenwanToGbt("电力设备/电池/某新细分"))).toEqual(["384"]);
  });

  it("returns nothing for conglomerates and unknown labels", () => {
    expect(isKnownShenwanLabel("综合Ⅱ")).toBe(true);
    expect(mapShenwanToGbt("综合Ⅱ")).toEqual([]);
    expect(mapShenwanToGbt("元宇宙")).toEqual([]);
    expect(mapShenwanToGbt("")).toEqual([]);
  });

  it("returns copies the caller may change", () => {
    mapShenwanToGbt("汽车零部件")[0].confidence = 0;
    expect(mapShenwanToGbt("汽车零部件")[0].confidence).toBe(0.95);
  });
});

describe("mapTushareToGbt", () => {
  it("maps the county's core industries", () => {
    expect(codesOf(mapTushareToGbt("中成药"))[0]).toBe("2740");
    expect(codesOf(mapTushareToGbt("农用机械"))).toEqual(["357"]);
    expect(codesOf(mapTushareToGbt("汽车配件"))).toEqual(["3670"]);
    expect(codesOf(mapTushareToGbt("旅游景点"))).toEqual(["786"]);
    expect(codesOf(mapTushareToGbt("白酒"))).toEqual(["1512"]);
  });

  it("does not confuse the two taxonomies", () => {
    expect(mapTushareToGbt("底盘与发动机系统")).toEqual([]);
    expect(mapTushareToGbt("综合类")).toEqual([]);
  });
});
