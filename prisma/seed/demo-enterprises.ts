import { buildCreditCode, CREDIT_CODE_CHARSET } from "./credit-code";
import type {
  DemoContact,
  DemoEnterprise,
  DemoEnterpriseIndustry,
  DemoExpansionSignal,
  DemoLabels,
  DemoProduct,
  ListingStatus,
  OperatingStatus,
  SignalType,
} from "./demo-types";
import type { DemoRandom } from "./random";
import { ENTERPRISE_PROFILES, type EnterpriseProfile, type ProfileStyle } from "./vocabulary/enterprise-profiles";
import { PROVINCES, type DemoCity, type DemoProvince } from "./vocabulary/regions";

/*
 * Demo enterprises: plausible companies across provinces and industries, with the gaps real records have.
 * About 30% are "sparse" the way vendor and exchange data is (province only, no capital, no GB/T code,
 * either products or a business description but not both), so matching is tuned on realistic data.
 */

const DAY_MS = 86_400_000;

/** Characters companies put in their trade names (字号); two are combined per company. */
const BRAND_CHARS = "华鑫盛泰恒达宏远金润源丰瑞兴昌隆嘉和通安德信康佳新利博创汇亿永正天宇中科凯辰星晨越腾飞万豪力美益顺东方海江山峰立成长航云龙凤祥荣富强明光辉鼎诚合众联久锦绿宝同道元亨弘毅至精卓凌骏驰奥捷思维智汉唐友邦乾坤聚贤启蓝";

type SizeTier = "micro" | "small" | "medium" | "large" | "group";
const SIZE_TIERS: readonly (readonly [SizeTier, number])[] = [["micro", 0.3], ["small", 0.42], ["medium", 0.2], ["large", 0.065], ["group", 0.015]];
const TIER_MULTIPLIER: Record<SizeTier, number> = { micro: 0.15, small: 1, medium: 4, large: 20, group: 60 };

const SIGNAL_TYPES: readonly (readonly [SignalType, number])[] = [
  ["capacity", 0.2],
  ["branch", 0.17],
  ["hiring", 0.17],
  ["investment", 0.16],
  ["land", 0.12],
  ["financing", 0.1],
  ["other", 0.08],
];

const CONTACT_TITLES = ["董事长", "总经理", "副总经理", "投资发展部经理", "战略投资总监", "办公室主任", "项目经理", "销售总监", "行政经理"];

interface GeneratedLocation {
  province: DemoProvince;
  city: DemoCity;
  county: readonly [string, string] | null;
}

export interface GeneratedEnterprises {
  enterprises: DemoEnterprise[];
  labels: DemoLabels["enterprises"];
}

/** Generates `count` demo enterprises; pure given the random stream and the reference date. */
export function generateEnterprises(rng: DemoRandom, count: number, referenceDate: Date): GeneratedEnterprises {
  const usedNames = new Set<string>();
  const usedCreditCodes = new Set<string>();
  const usedStockCodes = new Set<string>();
  const profileWeights = ENTERPRISE_PROFILES.map((p) => [p, p.weight] as const);
  const enterprises: DemoEnterprise[] = [];
  const labels: GeneratedEnterprises["labels"] = [];

  for (let i = 0; i < count; i++) {
    const profile = rng.weighted(profileWeights);
    const externalId = `DEMO-E-${String(i + 1).padStart(6, "0")}`;
    const sparse = rng.chance(0.3);
    const built = buildEnterprise(rng, profile, externalId, referenceDate, { usedNames, usedCreditCodes, usedStockCodes });
    const enterprise = sparse ? makeSparse(rng, built) : built;
    enterprises.push(enterprise);
    labels.push({ externalId, profile: profile.key, industryGroup: profile.group, chainNode: profile.chainNode, sparse });
  }
  return { enterprises, labels };
}

interface UsedKeys {
  usedNames: Set<string>;
  usedCreditCodes: Set<string>;
  usedStockCodes: Set<string>;
}

function buildEnterprise(rng: DemoRandom, profile: EnterpriseProfile, externalId: string, referenceDate: Date, used: UsedKeys): DemoEnterprise {
  const nameForm = profile.nameForm ?? "company";
  const location = pickLocation(rng, profile);
  const tier: SizeTier = nameForm === "company" ? rng.weighted(SIZE_TIERS) : rng.weighted([["micro", 0.5], ["small", 0.45], ["medium", 0.05]] as const);

  const listingRoll = tier === "group" ? 0.55 : tier === "large" ? 0.3 : tier === "medium" ? 0.025 : 0;
  const isListed = nameForm === "company" && rng.chance(listingRoll);
  const listingStatus: ListingStatus = isListed ? (rng.chance(0.08) ? "delisted" : "listed") : "unlisted";

  // Listed companies went public after years of operation, so they are older on average.
  const yearsAgo = Math.min(40, isListed ? 5 + rng.logNormal(10, 0.5) : Math.max(0.3, rng.logNormal(8, 0.7)));
  const foundedAt = dayOffset(referenceDate, -Math.round(yearsAgo * 365));

  const operatingStatus = pickOperatingStatus(rng, yearsAgo, listingStatus);
  const alive = operatingStatus === "存续" || operatingStatus === "在业";

  const capitalRaw = clamp(rng.logNormal(profile.capital * TIER_MULTIPLIER[tier], 0.55), 3, 1_000_000);
  const registeredCapital = isListed ? Math.round(capitalRaw * 100) / 100 : roundCapital(rng, capitalRaw);

  const { name, brand, word } = uniqueName(rng, profile, location, tier, listingStatus !== "unlisted", used.usedNames);
  const products = pickProducts(rng, profile, isListed);
  const industries = pickIndustries(rng, profile);

  const revenue = alive && (isListed || rng.chance(0.55)) ? estimateRevenue(rng, profile.style, registeredCapital, isListed) : null;
  const employees = alive && (isListed || rng.chance(0.65)) ? estimateEmployees(rng, profile.style, registeredCapital, revenue) : null;

  const stock = isListed ? pickStockCode(rng, used.usedStockCodes) : null;
  const listingDate = isListed ? dayOffset(foundedAt, Math.round(rng.between(3, Math.max(3.5, yearsAgo - 0.5)) * 365)) : null;

  return {
    externalId,
    name,
    aliases: rng.chance(isListed ? 1 : 0.45) ? [shortName(rng, brand, word, isListed)] : [],
    creditCode: rng.chance(0.98) ? uniqueCreditCode(rng, nameForm === "cooperative" ? "93" : "91", location, foundedAt, used.usedCreditCodes) : null,
    stockCode: stock?.code ?? null,
    exchange: stock?.exchange ?? null,
    listingStatus,
    listingDate,
    operatingStatus,
    provinceCode: location.province.code,
    provinceName: location.province.name,
    cityCode: location.city.code,
    cityName: location.city.name,
    countyCode: location.county?.[0] ?? null,
    countyName: location.county?.[1] ?? null,
    industryCode: industries[0]?.code ?? null,
    industries,
    industryLabels: profile.shenwan && (isListed || rng.chance(0.2)) ? [profile.shenwan] : [],
    mainBusiness: describeBusiness(rng, profile, products),
    products,
    registeredCapital,
    revenue,
    employees,
    foundedAt,
    signals: alive ? pickSignals(rng, profile, tier, isListed, name, products, foundedAt, referenceDate) : [],
    contacts: pickContacts(rng, isListed),
    tags: pickTags(rng, profile, tier, listingStatus, location),
    source: "demo",
  };
}

/** Strips a full record down the way vendor and exchange lists arrive. */
function makeSparse(rng: DemoRandom, e: DemoEnterprise): DemoEnterprise {
  const out: DemoEnterprise = { ...e, contacts: [], revenue: null };
  if (rng.chance(0.7)) Object.assign(out, { cityCode: null, cityName: null, countyCode: null, countyName: null });
  if (rng.chance(0.55)) out.registeredCapital = null;
  if (rng.chance(0.7)) out.employees = null;
  if (rng.chance(0.65)) Object.assign(out, { industryCode: null, industries: [] });
  if (rng.chance(0.5)) out.foundedAt = null;
  if (rng.chance(0.3)) out.creditCode = null;
  if (rng.chance(0.7)) out.tags = [];
  // Keep at least one text the industry can be inferred from.
  if (rng.chance(0.4)) out.mainBusiness = null;
  else if (rng.chance(0.3)) out.products = [];
  return out;
}

function pickLocation(rng: DemoRandom, profile: EnterpriseProfile): GeneratedLocation {
  const clustered = profile.provinces.length > 0 && rng.chance(profile.nameForm === "cooperative" ? 1 : 0.6);
  const province = clustered
    ? rng.weighted(profile.provinces.map((code) => {
        const p = PROVINCES.find((x) => x.code === `${code}0000`);
        if (!p) throw new Error(`画像 ${profile.key} 含未知省份 ${code}`);
        return [p, p.weight] as const;
      }))
    : rng.weighted(PROVINCES.map((p) => [p, p.weight] as const));
  // The first city of each province is its main industrial centre; later ones get less weight.
  const city = rng.weighted(province.cities.map((c, i) => [c, 1 / Math.sqrt(i + 1)] as const));
  const wantsCounty = profile.nameForm === "cooperative" || rng.chance(0.6);
  const county = city.counties && wantsCounty ? rng.pick(city.counties) : null;
  return { province, city, county };
}

function pickOperatingStatus(rng: DemoRandom, yearsAgo: number, listing: ListingStatus): OperatingStatus {
  if (listing === "listed") return "存续";
  if (yearsAgo > 3) {
    const dead = rng.weighted<OperatingStatus | null>([["注销", 0.04], ["吊销", 0.025], ["迁出", 0.008], ["停业", 0.005], ["清算", 0.004], [null, 0.918]]);
    if (dead) return dead;
  }
  return rng.chance(0.15) ? "在业" : "存续";
}

function uniqueName(
  rng: DemoRandom,
  profile: EnterpriseProfile,
  loc: GeneratedLocation,
  tier: SizeTier,
  listed: boolean,
  used: Set<string>,
): { name: string; brand: string; word: string } {
  for (let attempt = 0; attempt < 50; attempt++) {
    const brand = pickBrand(rng, attempt > 20 ? 3 : 2);
    const word = rng.pick(profile.words);
    const name = composeName(rng, profile, loc, tier, listed, brand, word);
    if (!used.has(name)) {
      used.add(name);
      return { name, brand, word };
    }
  }
  throw new Error(`无法为画像 ${profile.key} 生成不重复的企业名称`);
}

function pickBrand(rng: DemoRandom, length: number): string {
  let brand = "";
  while (brand.length < length) {
    const ch = rng.pick([...BRAND_CHARS]);
    if (!brand.includes(ch)) brand += ch;
  }
  return brand;
}

function composeName(rng: DemoRandom, profile: EnterpriseProfile, loc: GeneratedLocation, tier: SizeTier, listed: boolean, brand: string, word: string): string {
  const cityShort = loc.city.short;
  const provinceShort = loc.province.short;
  // County-level cities and counties (仁怀市, 湄潭县) name their companies after themselves; districts do not.
  const countyPrefix = loc.county && /[县市]$/.test(loc.county[1]) ? loc.county[1] : null;
  switch (profile.nameForm ?? "company") {
    case "cooperative":
      return `${countyPrefix ?? cityShort}${brand}${word}专业合作社`;
    case "pharmacy":
      return rng.chance(0.6) ? `${cityShort}${brand}大药房连锁有限公司` : `${provinceShort}${brand}大药房有限公司`;
    case "travel-agency":
      return rng.chance(0.5) ? `${cityShort}${brand}国际旅行社有限公司` : `${cityShort}${brand}旅行社有限公司`;
    case "company":
      break;
  }
  if (listed) return `${rng.chance(0.5) ? provinceShort : cityShort}${brand}${word}股份有限公司`;
  if (tier === "group") {
    return rng.chance(0.6) ? `${provinceShort}${brand}${word}集团有限公司` : `${brand}控股集团有限公司`;
  }
  const r = rng.next();
  if (countyPrefix && r < 0.3) return `${countyPrefix}${brand}${word}有限公司`;
  if (r < 0.62) return `${cityShort}${brand}${word}有限公司`;
  if (r < 0.8) return `${provinceShort}${brand}${word}${tier === "large" ? "股份" : ""}有限公司`;
  if (r < 0.88) return `${brand}${word}（${cityShort}）有限公司`;
  if (r < 0.94) return `${cityShort}${brand}${word}股份有限公司`;
  return `${loc.city.name}${brand}${word}有限责任公司`;
}

function shortName(rng: DemoRandom, brand: string, word: string, listed: boolean): string {
  if (listed) return `${brand}${rng.pick(["股份", word.slice(0, 2)])}`;
  return `${brand}${word.slice(0, 2)}`;
}

function pickProducts(rng: DemoRandom, profile: EnterpriseProfile, listed: boolean): DemoProduct[] {
  const names = rng.sample(profile.products, rng.int(2, Math.min(5, profile.products.length)));
  if (!listed && !rng.chance(0.5)) return names.map((name) => ({ name }));
  // Revenue shares fall off by rank and leave room for "other", like segment reports.
  const raw = names.map((_, i) => rng.between(0.5, 1) / (i + 1));
  const total = raw.reduce((s, x) => s + x, 0) / rng.between(0.8, 1);
  return names.map((name, i) => ({ name, share: Math.floor((raw[i] / total) * 100) / 100 }));
}

function pickIndustries(rng: DemoRandom, profile: EnterpriseProfile): DemoEnterpriseIndustry[] {
  const [primary, ...others] = profile.codes;
  // Registers record some companies only at 中类 or 大类 level. A 3-digit group only exists when it has
  // several 小类 (codes ending in 0, like 3670, are their group's only 小类), so those stay 4-digit.
  const r = rng.next();
  const primaryCode = r < 0.05 ? primary.slice(0, 2) : r < 0.15 && !primary.endsWith("0") ? primary.slice(0, 3) : primary;
  const list: DemoEnterpriseIndustry[] = [{ code: primaryCode, kind: "primary", confidence: 1 }];
  for (const code of others) if (rng.chance(0.5)) list.push({ code, kind: "secondary", confidence: 1 });
  return list;
}

const BUSINESS_LEADS: Record<ProfileStyle, readonly string[]> = {
  manufacturing: ["主要从事", "专业从事", "公司主营", "集研发、生产、销售于一体，主要产品包括"],
  agriculture: ["主要从事", "主营", "以“公司+合作社+农户”模式从事"],
  service: ["主要从事", "主营", "专注于"],
};

const DEFAULT_TAILS: Record<ProfileStyle, string> = {
  manufacturing: "的生产和销售",
  agriculture: "的生产和销售，带动周边农户发展特色产业",
  service: "等业务",
};

const BUSINESS_EXTRAS: Record<ProfileStyle, readonly string[]> = {
  manufacturing: ["，拥有省级企业技术中心", "，产品远销东南亚、中东等地区", "，已通过ISO 9001质量管理体系认证", "，拥有发明专利和实用新型专利数十项", "，生产线自动化程度较高"],
  agriculture: ["，已建成标准化生产基地", "，产品通过绿色食品认证", "，与多家加工企业签订订单收购协议"],
  service: ["，服务网络覆盖西南地区", "，拥有专业运营团队", "，与多地政府和企业建立合作"],
};

function describeBusiness(rng: DemoRandom, profile: EnterpriseProfile, products: DemoProduct[]): string {
  const lead = rng.pick(BUSINESS_LEADS[profile.style]);
  const productText = products.map((p) => p.name).join("、");
  const tail = lead.endsWith("包括") ? "等" : profile.tail || DEFAULT_TAILS[profile.style];
  const extra = rng.chance(0.4) ? rng.pick(BUSINESS_EXTRAS[profile.style]) : "";
  return `${lead}${productText}${tail}${extra}。`;
}

function estimateRevenue(rng: DemoRandom, style: ProfileStyle, capital: number, listed: boolean): number {
  const ratio = style === "manufacturing" ? rng.logNormal(2, 0.9) : style === "service" ? rng.logNormal(1.2, 1) : rng.logNormal(0.8, 0.8);
  const revenue = Math.max(5, capital * ratio);
  return listed ? Math.round(revenue * 10) / 10 : revenue < 1000 ? Math.round(revenue) : Math.round(revenue / 10) * 10;
}

function estimateEmployees(rng: DemoRandom, style: ProfileStyle, capital: number, revenue: number | null): number {
  // Revenue per employee (万元) differs a lot between factories, services and farms.
  const perHead = style === "manufacturing" ? 70 : style === "service" ? 40 : 25;
  const base = revenue !== null ? revenue / rng.logNormal(perHead, 0.5) : capital / rng.logNormal(30, 0.8);
  return Math.max(1, Math.round(base));
}

/** Registered capital is usually a round figure (100万, 500万, 1200万); listed companies report share counts. */
function roundCapital(rng: DemoRandom, x: number): number {
  if (x < 10) return Math.max(1, Math.round(x));
  const magnitude = 10 ** Math.floor(Math.log10(x));
  if (rng.chance(0.6)) {
    const steps = [1, 1.2, 1.5, 2, 3, 5, 8, 10];
    const m = x / magnitude;
    const best = steps.reduce((a, b) => (Math.abs(b - m) < Math.abs(a - m) ? b : a));
    return Math.round(best * magnitude);
  }
  const step = magnitude / 10;
  return Math.round(x / step) * step;
}

function uniqueCreditCode(rng: DemoRandom, type: "91" | "93", loc: GeneratedLocation, foundedAt: Date, used: Set<string>): string {
  const region = loc.county?.[0] ?? loc.city.code;
  // Codes issued since the 2015 reform carry a new "MA…" organization code; older companies kept theirs.
  const reformed = foundedAt.getTime() >= Date.UTC(2015, 9, 1);
  for (let attempt = 0; attempt < 20; attempt++) {
    const body = reformed
      ? `MA${Array.from({ length: 6 }, () => rng.pick([...CREDIT_CODE_CHARSET])).join("")}`
      : Array.from({ length: 8 }, () => String(rng.int(0, 9))).join("");
    const code = buildCreditCode(type, region, body);
    if (!used.has(code)) {
      used.add(code);
      return code;
    }
  }
  throw new Error("无法生成不重复的统一社会信用代码");
}

function pickStockCode(rng: DemoRandom, used: Set<string>): { code: string; exchange: string } {
  for (let attempt = 0; attempt < 50; attempt++) {
    const board = rng.weighted([["sh", 0.35], ["star", 0.1], ["sz", 0.3], ["chinext", 0.2], ["bj", 0.05]] as const);
    const digits = (n: number) => Array.from({ length: n }, () => String(rng.int(0, 9))).join("");
    const [code, exchange] =
      board === "sh"
        ? [`60${rng.pick(["0", "1", "3", "5"])}${digits(3)}`, "上海证券交易所"]
        : board === "star"
          ? [`688${digits(3)}`, "上海证券交易所"]
          : board === "sz"
            ? [`00${rng.pick(["0", "1", "2", "3"])}${digits(3)}`, "深圳证券交易所"]
            : board === "chinext"
              ? [`30${rng.pick(["0", "1"])}${digits(3)}`, "深圳证券交易所"]
              : [`${rng.pick(["83", "87", "43"])}${digits(4)}`, "北京证券交易所"];
    if (!used.has(code)) {
      used.add(code);
      return { code, exchange };
    }
  }
  throw new Error("无法生成不重复的股票代码");
}

function pickContacts(rng: DemoRandom, listed: boolean): DemoContact[] {
  const n = rng.weighted([[0, 0.25], [1, 0.4], [2, 0.25], [3, 0.1]] as const);
  const titles = rng.sample(listed ? [...CONTACT_TITLES, "董事会秘书"] : CONTACT_TITLES, n);
  return titles.map((title) => {
    const contact: DemoContact = { name: rng.personName(), title, phone: mobilePhone(rng) };
    if (rng.chance(0.25)) contact.email = `${rng.int(10_000_000, 3_999_999_999)}@qq.com`;
    return contact;
  });
}

function mobilePhone(rng: DemoRandom): string {
  const prefix = rng.pick(["13", "15", "17", "18", "19"]);
  return `${prefix}${rng.int(0, 9)}${String(rng.int(0, 99_999_999)).padStart(8, "0")}`;
}

function pickTags(rng: DemoRandom, profile: EnterpriseProfile, tier: SizeTier, listing: ListingStatus, loc: GeneratedLocation): string[] {
  const tags: string[] = [];
  const bigger = tier === "medium" || tier === "large" || tier === "group";
  const maker = profile.style === "manufacturing";
  if (listing === "listed") tags.push("上市公司");
  if (maker && rng.chance(bigger ? 0.35 : 0.12)) tags.push("高新技术企业");
  if (maker && rng.chance(0.08)) tags.push("专精特新中小企业");
  if (maker && bigger && rng.chance(0.05)) tags.push("专精特新“小巨人”企业");
  if (rng.chance(0.12)) tags.push("科技型中小企业");
  if (maker && bigger && rng.chance(0.6)) tags.push("规上工业企业");
  if (profile.style === "agriculture" && rng.chance(bigger ? 0.4 : 0.08)) tags.push("农业产业化龙头企业");
  if ((tier === "large" || tier === "group") && profile.group && rng.chance(0.35)) tags.push("链主企业");
  if (maker && rng.chance(0.1)) tags.push("出口企业");
  tags.push(rng.weighted([["民营企业", 0.88], ["国有企业", tier === "group" || tier === "large" ? 0.2 : 0.05], ["外商投资企业", 0.04]] as const));
  if (loc.province.code === "520000" && rng.chance(0.3)) tags.push("省内企业");
  return tags;
}

const HONOURS: Record<ProfileStyle, readonly string[]> = {
  manufacturing: ["获评国家级专精特新“小巨人”企业", "入选省级专精特新中小企业名单", "通过国家高新技术企业复审", "获批省级企业技术中心", "入选国家级绿色工厂名单"],
  agriculture: ["被认定为省级农业产业化重点龙头企业", "被认定为市级农业产业化龙头企业", "基地获评省级现代农业示范园区"],
  service: ["获评省级服务业龙头企业", "入选省级文化和旅游重点企业名单", "获评AAAA级信用企业"],
};

function pickSignals(
  rng: DemoRandom,
  profile: EnterpriseProfile,
  tier: SizeTier,
  listed: boolean,
  name: string,
  products: DemoProduct[],
  foundedAt: Date,
  referenceDate: Date,
): DemoExpansionSignal[] {
  const active = listed || tier === "large" || tier === "group" ? 0.75 : tier === "medium" ? 0.5 : 0.3;
  if (!rng.chance(active)) return [];
  const n = rng.int(1, listed || tier === "group" ? 5 : 3);
  const signals: DemoExpansionSignal[] = [];
  for (let k = 0; k < n; k++) {
    // Within the last three years, more of them recent (news and registers fill in over time).
    const daysAgo = Math.floor(1095 * rng.next() ** 1.4);
    const occurredAt = dayOffset(referenceDate, -daysAgo);
    if (occurredAt.getTime() <= foundedAt.getTime()) continue;
    signals.push(describeSignal(rng, profile, listed, name, products, occurredAt));
  }
  return signals.sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime() || a.description.localeCompare(b.description));
}

function describeSignal(rng: DemoRandom, profile: EnterpriseProfile, listed: boolean, name: string, products: DemoProduct[], occurredAt: Date): DemoExpansionSignal {
  const type = rng.weighted(SIGNAL_TYPES);
  const product = products.length > 0 ? rng.pick(products).name : rng.pick(profile.products);
  // Expansion mostly goes where the industry already clusters; some heads for the county's own region,
  // which the geography signal should pick up.
  const r = rng.next();
  const target = r < 0.2 ? pickNearbyPlace(rng) : r < 0.6 && profile.provinces.length > 0 ? placeIn(rng, rng.pick(profile.provinces)) : placeIn(rng, null);
  const place = target.city.name === target.province.name ? target.province.name : `${target.province.short}${target.city.name}`;
  const yi = (min: number, max: number) => (Math.round(rng.between(min, max) * 10) / 10).toFixed(1);
  const style = profile.style;
  const base = { type, occurredAt, url: null };
  switch (type) {
    case "capacity":
      return style === "agriculture"
        ? { ...base, description: `新建${product}基地${rng.int(3, 60) * 100}亩`, source: "农业农村部门公示" }
        : style === "service"
          ? { ...base, description: `${product}业务扩张，在${place}新增经营场所`, source: "企业官网新闻" }
          : { ...base, description: `${product}扩产项目环评公示，项目总投资${yi(0.3, 12)}亿元`, source: "生态环境部门环评公示" };
    case "land":
      return style === "agriculture"
        ? { ...base, description: `在${place}流转土地${rng.int(5, 80) * 100}亩用于${product}`, source: "农村产权流转交易平台" }
        : { ...base, description: `竞得${place}${style === "service" ? "商服" : "工业"}用地${rng.int(20, 400)}亩，拟建设${product}项目`, source: "自然资源部门土地出让结果公示" };
    case "investment":
      return { ...base, description: `与${place}人民政府签署投资协议，拟投资${yi(0.5, 30)}亿元建设${product}项目`, source: "地方政府网站招商新闻" };
    case "branch":
      return { ...base, description: `在${place}设立${rng.pick(["全资子公司", "分公司", "控股子公司"])}，经营${product}相关业务`, source: "工商登记信息" };
    case "hiring":
      return { ...base, description: `发布招聘岗位${rng.int(8, 260)}个，涉及${rng.pick(["生产技术、质量管理", "研发、工艺", "销售、项目管理", "基地管理、技术服务"])}等，工作地点含${place}`, source: "招聘平台" };
    case "financing":
      return listed
        ? { ...base, description: `发布定增预案，拟募集资金不超过${yi(2, 40)}亿元，用于${product}扩产及补充流动资金`, source: "上市公司公告" }
        : style === "agriculture"
          ? { ...base, description: `获得银行涉农贷款${rng.int(3, 80) * 100}万元`, source: "公开报道" }
          : { ...base, description: `完成${fundingRound(rng)}，投资方包括${rng.pick(["省级产业投资基金", "国有资本投资平台", "知名创投机构", "产业链上下游企业"])}`, source: "公开报道" };
    case "other":
      return { ...base, description: `${name}${rng.pick(HONOURS[style])}`, source: rng.pick(["工信部门公示", "省级主管部门公示", "企业公告"]) };
  }
}

/** A funding round with an amount typical for it (angel rounds are millions, not hundreds of millions). */
function fundingRound(rng: DemoRandom): string {
  const [round, min, max] = rng.pick([["天使轮", 200, 3000], ["A轮", 3000, 20000], ["B轮", 10000, 50000], ["C轮", 30000, 100000], ["战略", 5000, 200000]] as const);
  const wan = Math.exp(rng.between(Math.log(min), Math.log(max)));
  return `${round}融资${wan < 10000 ? `${Math.round(wan / 100) * 100}万元` : `${(Math.round(wan / 1000) / 10).toFixed(1)}亿元`}`;
}

function placeIn(rng: DemoRandom, provinceCode2: string | null): { province: DemoProvince; city: DemoCity } {
  const province = provinceCode2 ? PROVINCES.find((p) => p.code === `${provinceCode2}0000`) : rng.weighted(PROVINCES.map((p) => [p, p.weight] as const));
  if (!province) throw new Error(`未知省份代码 ${provinceCode2}`);
  return { province, city: rng.pick(province.cities) };
}

function pickNearbyPlace(rng: DemoRandom): { province: DemoProvince; city: DemoCity } {
  const province = rng.weighted(PROVINCES.filter((p) => ["520000", "500000", "510000"].includes(p.code)).map((p) => [p, p.code === "520000" ? 2 : 1] as const));
  return { province, city: rng.pick(province.cities) };
}

function dayOffset(from: Date, days: number): Date {
  return new Date(from.getTime() + days * DAY_MS);
}

function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x));
}
