import fc from "fast-check";
import {
  coreEnterpriseName,
  nameSimilarity,
  normalizeEnterpriseName as sut,
} from "../../../src/modules/enterprises/name-normalization";

describe("normalizeEnterpriseName (dedup key)", () => {
  it.each([
    ["比亚迪股份有限公司", "比亚迪"],
    ["比亚迪", "比亚迪"],
    ["贵州茅台酒股份有限公司", "贵州茅台酒"],
    ["(贵州)茅台酒有限公司", "贵州茅台酒"],
    ["（贵州）茅台酒有限公司", "贵州茅台酒"],
    ["深圳市大疆创新科技有限公司", "深圳大疆创新科技"],
    ["深圳大疆创新科技有限公司", "深圳大疆创新科技"],
    ["广东省深圳市华强实业有限公司", "深圳华强实业"],
    ["金田实业(集团)股份有限公司", "金田实业集团"],
    ["中国平安保险（集团）股份有限公司", "中国平安保险集团"],
    ["腾讯科技（深圳）有限公司", "腾讯科技深圳"],
    ["小米科技有限责任公司", "小米科技"],
    ["内蒙古伊利实业集团股份有限公司", "内蒙古伊利实业集团"],
    ["  ＢＹＤ　Ｃｏｍｐａｎｙ　Ｌｉｍｉｔｅｄ ", "byd"],
    ["Huawei Technologies Co., Ltd.", "huaweitechnologies"],
    ["Tesco PLC", "tesco"],
    ["招商银行股份有限公司深圳分行", "招商银行深圳分行"],
    ["某某科技有限公司深圳分公司", "某某科技深圳分公司"],
    ["鼎龙股份", "鼎龙"],
    ["某某律师事务所（特殊普通合伙）", "某某律师事务所"],
  ])("%s -> %s", (name, key) => {
    expect(sut(name)).toBe(key);
  });

  it("keeps what tells real, different companies apart", () => {
    // Region: same trade name in different cities are different legal entities.
    expect(sut("深圳市燃气集团股份有限公司")).not.toBe(sut("北京市燃气集团有限责任公司"));
    expect(sut("江西铜业股份有限公司")).not.toBe(sut("云南铜业股份有限公司"));
    // 集团: the group (CNPC) and its listed subsidiary (PetroChina).
    expect(sut("中国石油天然气集团有限公司")).not.toBe(sut("中国石油天然气股份有限公司"));
    // A branch is not its parent.
    expect(sut("招商银行股份有限公司深圳分行")).not.toBe(sut("招商银行股份有限公司"));
  });

  it("does not strip a short name down to a bare region", () => {
    expect(sut("上海")).toBe("上海");
    expect(sut("中山")).toBe("中山");
  });

  it("does not take ordinary words for places", () => {
    // 阿里 is also 阿里地区 (Tibet); enterprise names only match provinces and prefecture-level cities.
    expect(sut("阿里巴巴(中国)有限公司")).toBe("阿里巴巴中国");
  });

  it("keeps a name that is nothing but a legal form stable", () => {
    expect(sut("有限公司")).toBe("有限公司");
    expect(sut("")).toBe("");
  });
});

describe("coreEnterpriseName", () => {
  it.each([
    ["深圳市大疆创新科技有限公司", "大疆创新科技"],
    ["贵州茅台酒股份有限公司", "茅台酒"],
    ["(贵州)茅台酒有限公司", "茅台酒"],
    ["阿里巴巴(中国)有限公司", "阿里巴巴"],
    ["内蒙古伊利实业集团股份有限公司", "伊利实业"],
    ["中国石油天然气集团有限公司", "中国石油天然气"],
  ])("%s -> %s", (name, core) => {
    expect(coreEnterpriseName(name)).toBe(core);
  });
});

describe("nameSimilarity", () => {
  it.each([
    ["深圳市大疆创新科技有限公司", "大疆创新科技"],
    ["贵州茅台酒股份有限公司", "茅台酒"],
    ["贵州茅台酒股份有限公司", "(贵州)茅台酒有限公司"],
    ["比亚迪股份有限公司", "比亚迪"],
    ["广东省深圳市华强实业有限公司", "深圳华强实业有限公司"],
  ])("%s ~ %s is 1", (a, b) => {
    expect(nameSimilarity(a, b)).toBe(1);
  });

  it("discounts names that share a core but state different regions", () => {
    expect(nameSimilarity("深圳市燃气集团股份有限公司", "北京市燃气集团有限责任公司")).toBeCloseTo(0.6, 5);
    expect(nameSimilarity("江西铜业股份有限公司", "云南铜业股份有限公司")).toBeLessThan(0.7);
  });

  it("scores related but different names in between and unrelated names low", () => {
    const related = nameSimilarity("宁德时代新能源科技股份有限公司", "时代新能源");
    expect(related).toBeGreaterThan(0.5);
    expect(related).toBeLessThan(1);
    expect(nameSimilarity("比亚迪股份有限公司", "贵州茅台酒股份有限公司")).toBe(0);
    // Transliterations are not matched: BYD is an alias to record, not a similarity.
    expect(nameSimilarity("比亚迪", "BYD")).toBe(0);
  });

  it("is 0 for blank names", () => {
    expect(nameSimilarity("", "比亚迪")).toBe(0);
  });

  const names = fc.string({ unit: fc.constantFrom(..."深圳市比亚迪创新科技股份有限公司集团(中国)茅台酒 AbC"), maxLength: 20 });

  it("property: symmetric, within [0, 1], and 1 for a name against itself", () => {
    fc.assert(
      fc.property(names, names, (a, b) => {
        const ab = nameSimilarity(a, b);
        const ba = nameSimilarity(b, a);
        const self = nameSimilarity(a, a);
        return ab === ba && ab >= 0 && ab <= 1 && (sut(a) === "" || self === 1);
      }),
    );
  });
});
