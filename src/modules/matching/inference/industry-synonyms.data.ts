/**
 * Phrases of the bureau's and the market's own vocabulary that name a GB/T code directly, where neither the
 * standard's wording nor the chain map gets there: 农机 is 357 (the standard says 农、林、牧、渔专用机械), not
 * 0512 农业机械活动 (machinery services), which its wording would match. "code:confidence" as in the taxonomy
 * tables. Longer phrases win over the shorter ones inside them (农机销售 over 农机). A clause that contains a
 * phrase trusts it over the lexical match: text matches outside the phrase's codes count half.
 */
export const INDUSTRY_PHRASE_CODES: Readonly<Record<string, string>> = {
  农机: "357:0.8",
  农机装备: "357:0.9",
  农业机械: "357:0.8",
  农业机械制造: "357:0.9",
  农机具: "357:0.8",
  山地农机: "357:0.9",
  丘陵山地农机: "357:0.9",
  农机销售: "5171:0.8",
  农机经销: "5171:0.8",
  农机服务: "0512:0.8",
  农机作业: "0512:0.8",
  农机租赁: "7112:0.8",
  中药材: "017:0.7 0514:0.2",
  中药材种植: "017:0.9",
  道地药材: "017:0.8",
  药材种植: "017:0.9",
  饮片加工: "2730:0.9",
  中药饮片: "2730:0.9",
  中成药: "2740:0.9",
  锂电池: "3841:0.9",
  动力电池: "3841:0.8",
  储能电池: "3841:0.7 3849:0.2",
  新能源汽车整车: "3612:0.9",
  新能源整车: "3612:0.9",
  汽车零部件: "3670:0.9",
  汽车配件: "3670:0.9",
  驱动电机: "3812:0.8",
  白酒: "1512:0.9",
  酱香酒: "1512:0.9",
  辣椒制品: "1469:0.7 1371:0.3",
  辣椒酱: "1469:0.8",
  火锅底料: "1469:0.8",
  景区: "786:0.8",
  景区运营: "786:0.9",
  景区门票: "786:0.9",
  风景区: "7861:0.8",
  度假区: "786:0.6 6110:0.3",
  旅游度假: "786:0.6 6110:0.3",
  文旅: "786:0.6 7291:0.3",
  旅行社: "7291:0.9",
  度假酒店: "6110:0.8",
  民宿: "6130:0.9",
  露营地: "6140:0.9",
  康养: "8514:0.4 8053:0.4 8416:0.3",
  森林康养: "8053:0.6 8416:0.3",
  游乐园: "9020:0.9",
  主题乐园: "9020:0.9",
  休闲农业: "9030:0.8",
  农旅: "9030:0.7",
};

/**
 * Words real records use that the GB/T 4754 names spell differently. Each entry appends the standard's
 * wording to a text that contains the colloquial one, before segmentation (锂电池 → also 锂离子电池).
 * Kept short on purpose: the chain map's keywords and the taxonomy tables carry most of the vocabulary.
 */
export const INDUSTRY_SYNONYMS: Readonly<Record<string, string>> = {
  锂电池: "锂离子电池",
  锂电: "锂离子电池",
  中药材: "中草药",
  中成药: "中成药生产",
  饮片: "中药饮片",
  原料药: "化学药品原料药",
  整车: "汽车整车",
  汽车零部件: "汽车零部件及配件",
  汽车配件: "汽车零部件及配件",
  酒店: "旅游饭店",
  宾馆: "旅游饭店",
  景区: "游览景区",
  景点: "游览景区",
  门票: "游览景区",
  旅游: "旅行社",
  文旅: "游览景区",
  民宿: "民宿服务",
  露营: "露营地服务",
  游乐园: "游乐园",
  主题公园: "游乐园",
  光伏: "太阳能 光伏设备",
  芯片: "集成电路",
  半导体: "半导体分立器件 集成电路",
  手机: "通信终端设备",
  软件: "软件开发",
  白酒: "白酒制造",
  啤酒: "啤酒制造",
  猪肉: "牲畜屠宰",
  生猪: "猪的饲养",
  养殖: "饲养",
  饲料: "饲料加工",
  化肥: "肥料制造",
  农药: "化学农药",
  水泥: "水泥制造",
  钢材: "钢压延加工",
  银行: "货币银行服务",
  证券: "证券经纪交易服务",
  保险: "人身保险 财产保险",
  房地产: "房地产开发经营",
  物业: "物业管理",
  物流: "道路货物运输 仓储",
  快递: "快递服务",
  电商: "互联网零售",
  医院: "综合医院",
  养老: "养老服务",
  康养: "养老服务 健康",
  游戏: "互联网游戏服务",
  影视: "电影和广播电视节目制作",
  广告: "广告业",
};

const SYNONYM_PATTERN = new RegExp(
  Object.keys(INDUSTRY_SYNONYMS)
    .sort((a, b) => b.length - a.length)
    .join("|"),
  "g",
);

/** The text with the standard's wording appended for every colloquial word it contains, and those words. */
export function expandSynonyms(text: string): { text: string; replaced: string[] } {
  const found = text.match(SYNONYM_PATTERN);
  if (!found) return { text, replaced: [] };
  const additions: string[] = [];
  const replaced: string[] = [];
  for (const word of new Set(found)) {
    const standard = INDUSTRY_SYNONYMS[word];
    if (text.includes(standard)) continue;
    additions.push(standard);
    replaced.push(word);
  }
  return additions.length > 0 ? { text: `${text} ${additions.join(" ")}`, replaced } : { text, replaced };
}
