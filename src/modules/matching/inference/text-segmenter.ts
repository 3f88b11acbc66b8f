/**
 * Word segmentation for industry inference: jieba in search mode (overlapping sub-words, so 锂离子电池 also
 * yields 离子 and 电池 and meets the GB/T name 锂离子电池制造 halfway), without HMM so unknown words fall apart
 * into characters instead of inventing words the GB/T vocabulary cannot contain.
 */
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";

let jieba: Jieba | null = null;

/** One shared instance: loading the dictionary takes ~250 ms. */
function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/** NFKC (full-width → half-width), lower case, whitespace collapsed. */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * Words that carry no industry: function words, business boilerplate, GB/T 说明 phrasing (指…的活动) and
 * project-text boilerplate (新建…厂房…平方米). 制造/加工/服务 stay: they are in the GB/T names and their low
 * idf already keeps them from deciding anything.
 */
const STOP_WORDS = new Set(
  (
    "的 了 和 与 及 或 等 之 其 在 是 为 对 把 被 从 向 由 以 于 并 及其 以及 有关 相关 其他 其它 各种 各类 一般 主要 包括 不 含 " +
    "用于 进行 提供 从事 经营 业务 产品 系列 收入 营业 主营 分部 项目 公司 有限 有限公司 股份 集团 责任 企业 行业 领域 " +
    "年产 万吨 万套 万台 万件 新建 建设 购置 引进 依托 配套 标准化 厂房 平方米 平方 总投资 亿元 万元 研发 销售 技术 开发 " +
    "生产线 基地 园区 产业园 产业 科技 实业 发展 控股 国际 中国 高新 新型 指 活动 本类 这类 该类 未列明 上述 专门 专业 " +
    "其中 每年 年 吨 套 台 亩 个 项 类 化 用 业 品 性 式 型 等等 合计 抵销 分部间 补充 平衡 调整 内部 境内 境外 国内 国外 海外 " +
    "列明 利用 通过 具有 制成 以上 以下 方式 形式 用途 " +
    // Modifiers that product lists put in front of anything (智能电表, 智慧物流, 综合服务).
    "智能 智慧 综合 系统 解决方案 一体化 整体 全套 高端 优质 新一代 " +
    // Segment-report wording: 旅游服务业-宋城景区, 医药流通业小计 (the name of 其他服务业 must not match them).
    "服务业 制造业 小计 板块 分部 事业部"
  ).split(" "),
);

/** Single characters that do name an industry (茶, 酒, 铜 …); every other lone character is dropped as noise. */
const MEANINGFUL_SINGLE_CHARS = new Set(
  "茶酒药糖盐油气煤电水米面肉蛋奶鱼猪牛羊鸡鸭菌竹木纸布丝麻棉毛皮革鞋帽铜铝铅锌镍锡钢铁金银锂钛硅漆胶瓷砖瓦灯车船酱醋烟蜂花果菜粮".split(""),
);

/** A token worth keeping starts with a CJK ideograph, a latin letter or a digit (after lower-casing). */
function isWordLike(token: string): boolean {
  const c = token.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x3400 && c <= 0x4dbf);
}

/** Informative search-mode tokens of a text, in order, with duplicates. */
export function segmentWords(text: string): string[] {
  const normalized = normalizeText(text);
  if (!normalized) return [];
  const out: string[] = [];
  for (const raw of segmenter().cutForSearch(normalized, false)) {
    const token = raw.trim();
    if (!token || !isWordLike(token) || /^[0-9.%]+$/.test(token) || STOP_WORDS.has(token)) continue;
    if (token.length === 1 && !MEANINGFUL_SINGLE_CHARS.has(token)) continue;
    out.push(token);
  }
  return out;
}

/** Splits free text into short clauses (product-list items, sentence parts) that each name one thing. */
export function splitClauses(text: string): string[] {
  return normalizeText(text)
    .split(/[，,。；;、：:\n\r\t（）()《》【】\[\]“”"'！？!?|/\\·—–]+|\s{2,}|(?<=\S)-(?=\S)/)
    .map((c) => c.trim())
    .filter((c) => c.length >= 2);
}
