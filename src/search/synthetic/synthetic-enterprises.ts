/**
 * Deterministic synthetic enterprises and queries for the search benchmark: realistic Chinese names,
 * products and industries with a skewed distribution (a few big industries, many small ones), so that
 * posting-list lengths resemble a real enterprise register rather than uniform noise.
 */
import { expandIndustryPrefixes, expandRegionPrefixes, type EnterpriseSearchDoc } from "../documents";
import type { Filter } from "../types";

interface IndustrySpec {
  code: string;
  label: string;
  nameWords: string[];
  products: string[];
}

const INDUSTRIES: IndustrySpec[] = [
  { code: "C3612", label: "新能源车整车制造", nameWords: ["新能源汽车", "汽车"], products: ["新能源汽车", "纯电动乘用车", "插电式混合动力汽车", "电动客车"] },
  { code: "C3670", label: "汽车零部件及配件制造", nameWords: ["汽车零部件", "汽车配件", "汽车部件"], products: ["汽车零部件", "制动系统", "转向系统", "汽车座椅", "车灯", "驱动电机"] },
  { code: "C3841", label: "锂离子电池制造", nameWords: ["锂电", "新能源科技", "电池"], products: ["锂离子电池", "动力电池", "储能电池", "电芯", "电池模组"] },
  { code: "C3985", label: "电子专用材料制造", nameWords: ["新材料", "材料科技"], products: ["正极材料", "负极材料", "电解液", "隔膜", "三元材料"] },
  { code: "C3973", label: "集成电路制造", nameWords: ["半导体", "微电子", "芯片"], products: ["集成电路", "芯片", "晶圆", "功率半导体", "传感器芯片"] },
  { code: "C3825", label: "光伏设备及元器件制造", nameWords: ["光伏", "光电", "太阳能"], products: ["光伏组件", "太阳能电池片", "逆变器", "硅片"] },
  { code: "C3415", label: "风能原动设备制造", nameWords: ["风电", "风能装备"], products: ["风电机组", "风机叶片", "塔筒"] },
  { code: "C1512", label: "白酒制造", nameWords: ["酒业", "酿酒", "酱香酒"], products: ["酱香型白酒", "浓香型白酒", "白酒", "基酒"] },
  { code: "C1431", label: "速冻食品制造", nameWords: ["食品", "农产品"], products: ["速冻水饺", "速冻汤圆", "预制菜"] },
  { code: "C1461", label: "酱油、食醋及类似制品制造", nameWords: ["调味品", "食品"], products: ["酱油", "食醋", "辣椒酱", "火锅底料"] },
  { code: "C1530", label: "饮料制造", nameWords: ["饮品", "饮料"], products: ["矿泉水", "果汁饮料", "茶饮料", "刺梨汁"] },
  { code: "C2710", label: "化学药品原料药制造", nameWords: ["制药", "医药", "药业"], products: ["原料药", "医药中间体", "抗生素"] },
  { code: "C2740", label: "中成药生产", nameWords: ["药业", "中药", "苗药"], products: ["中成药", "中药饮片", "苗药制剂"] },
  { code: "C2761", label: "生物药品制造", nameWords: ["生物医药", "生物科技"], products: ["疫苗", "单克隆抗体", "血液制品"] },
  { code: "C3589", label: "其他医疗设备及器械制造", nameWords: ["医疗器械", "医疗科技"], products: ["医用耗材", "诊断试剂", "康复设备"] },
  { code: "C3311", label: "金属结构制造", nameWords: ["钢结构", "建材"], products: ["钢结构", "装配式建筑构件", "网架"] },
  { code: "C3021", label: "水泥制品制造", nameWords: ["建材", "水泥"], products: ["商品混凝土", "水泥制品", "预制构件"] },
  { code: "C2614", label: "有机化学原料制造", nameWords: ["化工", "新材料"], products: ["甲醇", "乙二醇", "磷化工产品"] },
  { code: "C2624", label: "复混肥料制造", nameWords: ["磷化工", "肥业"], products: ["磷肥", "复合肥", "水溶肥"] },
  { code: "C3130", label: "钢压延加工", nameWords: ["钢铁", "金属制品"], products: ["螺纹钢", "线材", "钢板"] },
  { code: "C3216", label: "铝冶炼", nameWords: ["铝业", "有色金属"], products: ["电解铝", "铝锭", "铝合金"] },
  { code: "C3491", label: "工业机器人制造", nameWords: ["智能装备", "机器人"], products: ["工业机器人", "协作机器人", "自动化生产线"] },
  { code: "C3442", label: "数控机床制造", nameWords: ["机床", "精密机械"], products: ["数控机床", "加工中心", "精密零件"] },
  { code: "C3940", label: "智能消费设备制造", nameWords: ["智能科技", "电子"], products: ["智能手表", "智能音箱", "无人机"] },
  { code: "C3921", label: "通信系统设备制造", nameWords: ["通信", "电子科技"], products: ["5G基站", "光模块", "通信设备"] },
  { code: "I6450", label: "互联网数据服务", nameWords: ["大数据", "云计算", "数据科技"], products: ["数据中心", "云计算服务", "大数据平台", "算力服务"] },
  { code: "I6513", label: "应用软件开发", nameWords: ["软件", "信息技术", "网络科技"], products: ["管理软件", "工业软件", "移动应用", "政务系统"] },
  { code: "I6531", label: "信息系统集成服务", nameWords: ["信息技术", "智能科技"], products: ["系统集成", "智慧城市", "安防工程"] },
  { code: "G5430", label: "道路货物运输", nameWords: ["物流", "运输"], products: ["货物运输", "冷链物流", "仓储服务"] },
  { code: "F5123", label: "果品、蔬菜批发", nameWords: ["农产品", "商贸"], products: ["蔬菜批发", "水果批发", "农产品流通"] },
  { code: "A0141", label: "茶叶种植", nameWords: ["茶业", "生态农业"], products: ["绿茶", "红茶", "茶叶"] },
  { code: "A0311", label: "牛的饲养", nameWords: ["牧业", "生态养殖"], products: ["肉牛", "牛肉制品"] },
  { code: "D4415", label: "风力发电", nameWords: ["新能源", "风电"], products: ["风力发电", "绿色电力"] },
  { code: "D4416", label: "太阳能发电", nameWords: ["新能源", "光伏发电"], products: ["光伏电站", "分布式光伏", "绿色电力"] },
  { code: "B0610", label: "烟煤和无烟煤开采洗选", nameWords: ["煤业", "能源"], products: ["煤炭", "洗精煤"] },
  { code: "M7320", label: "工程和技术研究和试验发展", nameWords: ["研究院", "技术研发"], products: ["技术研发", "检验检测", "技术转让"] },
  { code: "L7212", label: "投资与资产管理", nameWords: ["投资", "资产管理"], products: ["股权投资", "资产管理"] },
  { code: "E4813", label: "市政道路工程建筑", nameWords: ["建设", "建筑工程"], products: ["市政工程", "道路施工", "桥梁工程"] },
  { code: "N7723", label: "固体废物治理", nameWords: ["环保", "环境科技"], products: ["固废处理", "危废处置", "资源回收"] },
  { code: "R8710", label: "广播电视节目制作", nameWords: ["文化传媒", "影视"], products: ["影视制作", "短视频", "文旅演艺"] },
];

const PROVINCES: [string, string, string[]][] = [
  ["11", "北京市", ["北京"]],
  ["31", "上海市", ["上海"]],
  ["32", "江苏省", ["南京", "苏州", "无锡", "常州", "南通"]],
  ["33", "浙江省", ["杭州", "宁波", "温州", "嘉兴", "金华"]],
  ["44", "广东省", ["广州", "深圳", "东莞", "佛山", "惠州"]],
  ["35", "福建省", ["福州", "厦门", "宁德", "泉州"]],
  ["37", "山东省", ["济南", "青岛", "烟台", "潍坊"]],
  ["42", "湖北省", ["武汉", "襄阳", "宜昌"]],
  ["43", "湖南省", ["长沙", "株洲", "湘潭"]],
  ["50", "重庆市", ["重庆"]],
  ["51", "四川省", ["成都", "宜宾", "绵阳", "德阳"]],
  ["52", "贵州省", ["贵阳", "遵义", "六盘水", "安顺", "毕节", "铜仁"]],
  ["53", "云南省", ["昆明", "曲靖", "玉溪"]],
  ["45", "广西壮族自治区", ["南宁", "柳州", "桂林"]],
  ["36", "江西省", ["南昌", "赣州", "宜春"]],
  ["34", "安徽省", ["合肥", "芜湖", "滁州"]],
  ["41", "河南省", ["郑州", "洛阳", "许昌"]],
  ["61", "陕西省", ["西安", "宝鸡", "榆林"]],
  ["12", "天津市", ["天津"]],
  ["13", "河北省", ["石家庄", "唐山", "保定"]],
];

const BRAND_CHARS = "华鑫盛达恒泰通宏瑞丰德信安源诚嘉中天金汇新永远广益兴隆昌荣明辉博睿科创智联合众力星海蓝绿越腾飞凯旋正航宇龙凤";
const SUFFIXES = ["有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司", "集团有限公司"];
const NAME_TAILS = ["科技", "", "", "实业", "发展", "技术"];
const OPERATING = ["存续", "存续", "存续", "存续", "存续", "存续", "存续", "存续", "在业", "吊销", "注销"];

/** mulberry32: tiny, fast, deterministic. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/** Zipf-like pick: index 0 is the most popular. */
function pickSkewed<T>(random: () => number, items: readonly T[]): T {
  const u = random();
  return items[Math.min(items.length - 1, Math.floor(items.length * u * u))];
}

export function randomUnitVector(random: () => number, dimensions: number): Float32Array {
  const v = new Float32Array(dimensions);
  let norm = 0;
  for (let i = 0; i < dimensions; i += 2) {
    // Box-Muller: two normals per pair of uniforms.
    const r = Math.sqrt(-2 * Math.log(random() || 1e-12));
    const theta = 2 * Math.PI * random();
    v[i] = r * Math.cos(theta);
    if (i + 1 < dimensions) v[i + 1] = r * Math.sin(theta);
  }
  for (let i = 0; i < dimensions; i++) norm += v[i] * v[i];
  norm = Math.sqrt(norm);
  for (let i = 0; i < dimensions; i++) v[i] /= norm;
  return v;
}

export function syntheticEnterprise(id: number, random: () => number, vectorDimensions: number): EnterpriseSearchDoc {
  const industry = pickSkewed(random, INDUSTRIES);
  const second = random() < 0.2 ? pick(random, INDUSTRIES) : null;
  const [provinceCode, provinceName, cities] = pickSkewed(random, PROVINCES);
  const cityIndex = Math.floor(random() * cities.length);
  const cityCode = `${provinceCode}${String(cityIndex + 1).padStart(2, "0")}`;
  const countyCode = `${cityCode}${String(1 + Math.floor(random() * 12)).padStart(2, "0")}`;
  const cityName = cities[cityIndex];
  const brand = pick(random, [...BRAND_CHARS]) + pick(random, [...BRAND_CHARS]);
  const name = `${random() < 0.7 ? cityName : ""}${brand}${pick(random, industry.nameWords)}${pick(random, NAME_TAILS)}${pick(random, SUFFIXES)}`;
  const products = [...new Set([pick(random, industry.products), pick(random, industry.products), ...(second ? [pick(random, second.products)] : [])])];
  const industryCodes = second && second.code !== industry.code ? [industry.code, second.code] : [industry.code];
  const listingRoll = random();
  const capital = Math.round(10 ** (2 + random() * 4));
  const doc: EnterpriseSearchDoc = {
    id,
    name,
    aliases: random() < 0.05 ? [`${brand}${pick(random, industry.nameWords)}`] : [],
    products,
    mainBusiness: `${products.join("、")}的研发、生产和销售；${pick(random, ["技术咨询", "进出口业务", "售后服务", "技术服务"])}`,
    industryLabels: [industry.label, ...(second && second.code !== industry.code ? [second.label] : [])],
    industryCodes,
    industryPrefixes: expandIndustryPrefixes(industryCodes),
    provinceCode,
    cityCode,
    countyCode,
    regionPrefixes: expandRegionPrefixes([countyCode]),
    provinceName,
    cityName: `${cityName}市`,
    registeredCapital: capital,
    revenue: random() < 0.6 ? Math.round(capital * (0.2 + random() * 5)) : undefined,
    listingStatus: listingRoll < 0.04 ? "listed" : listingRoll < 0.05 ? "delisted" : "unlisted",
    operatingStatus: pick(random, OPERATING),
    tags: [...(random() < 0.08 ? ["专精特新"] : []), ...(random() < 0.05 ? ["高新技术企业"] : []), ...(random() < 0.01 ? ["龙头企业"] : [])],
    source: pick(random, ["工商登记", "商会推荐", "招商线索", "年报"]),
    updatedAt: Date.UTC(2020, 0, 1) + Math.floor(random() * 5 * 365 * 86_400_000),
  };
  if (vectorDimensions > 0) doc._vector = randomUnitVector(random, vectorDimensions);
  return doc;
}

/** Batches of synthetic enterprises with ids 1..count. */
export async function* syntheticEnterpriseBatches(count: number, options: { batchSize?: number; vectorDimensions?: number; seed?: number } = {}): AsyncGenerator<EnterpriseSearchDoc[]> {
  const batchSize = options.batchSize ?? 5_000;
  const random = createRandom(options.seed ?? 42);
  for (let start = 1; start <= count; start += batchSize) {
    const batch: EnterpriseSearchDoc[] = [];
    for (let id = start; id < Math.min(start + batchSize, count + 1); id++) batch.push(syntheticEnterprise(id, random, options.vectorDimensions ?? 0));
    yield batch;
  }
}

/** Analyst-style queries: products, industry words, name fragments, and multi-word descriptions. */
export function syntheticQueries(count: number, seed = 7): string[] {
  const random = createRandom(seed);
  const out: string[] = [];
  while (out.length < count) {
    const industry = pickSkewed(random, INDUSTRIES);
    const roll = random();
    if (roll < 0.3) out.push(pick(random, industry.products));
    else if (roll < 0.45) out.push(pick(random, industry.nameWords));
    else if (roll < 0.6) out.push(`${pick(random, pick(random, PROVINCES)[2])}${pick(random, industry.nameWords)}`);
    else if (roll < 0.7) out.push(`${pick(random, [...BRAND_CHARS])}${pick(random, [...BRAND_CHARS])}${pick(random, industry.nameWords)}`);
    else if (roll < 0.85) out.push(`${pick(random, industry.products)} ${pick(random, industry.products)} 生产`);
    else out.push(`引进${pick(random, industry.nameWords)}企业，建设${pick(random, industry.products)}生产基地，配套${pick(random, industry.products)}研发`);
  }
  return out;
}

/** One typical filter set per query: region, industry division, capital floor or listing status. */
export function syntheticFilters(count: number, seed = 11): Filter[][] {
  const random = createRandom(seed);
  const out: Filter[][] = [];
  for (let i = 0; i < count; i++) {
    const roll = random();
    if (roll < 0.3) out.push([{ field: "regionPrefixes", op: "prefix", value: pickSkewed(random, PROVINCES)[0] }]);
    else if (roll < 0.55) out.push([{ field: "industryCodes", op: "prefix", value: pick(random, INDUSTRIES).code.slice(0, 3) }]);
    else if (roll < 0.8) out.push([{ field: "registeredCapital", op: "gte", value: 5_000 }, { field: "operatingStatus", op: "in", value: ["存续", "在业"] }]);
    else out.push([{ field: "listingStatus", op: "eq", value: "listed" }, { field: "regionPrefixes", op: "prefix", value: "52" }]);
  }
  return out;
}
