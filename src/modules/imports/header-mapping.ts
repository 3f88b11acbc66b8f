/**
 * Maps the column headers of an import file to canonical enterprise fields.
 *
 * Headers arrive in Chinese or English, with full-width characters, a BOM, spaces, required-field stars,
 * units in brackets (注册资本(万元)) and vendor spellings (企查查 / 天眼查 exports, tushare, the A-share file).
 * Matching is by exact alias on a normalized header (NFKC, lower-case, no spaces/_/-/./*), first with the
 * bracket content kept and then without it, and as a last resort by a few keyword rules (…信用代码 -> creditCode).
 *
 * Several columns may feed one field. For list fields (aliases, industry labels, tags, industry codes) every
 * column contributes; for the others the strongest alias wins and the rest are fallbacks used when it is
 * empty in a row (A-share: `main_products` (JSON with weights) before `main_products_text`). A generic
 * name column (`name`, 名称) next to a full-name column (`fullname`, 企业全称) is the short name, and a row
 * whose full name is empty falls back to it (1,150 rows of the A-share file have only the short name).
 */

export const CANONICAL_FIELDS = [
  "name",
  "shortName",
  "aliases",
  "creditCode",
  "externalId",
  "stockCode",
  "exchange",
  "listingStatus",
  "listingDate",
  "operatingStatus",
  "province",
  "city",
  "county",
  "region",
  "regionCode",
  "address",
  "industryCode",
  "industryLabels",
  "mainBusiness",
  "products",
  "registeredCapital",
  "revenue",
  "employees",
  "foundedAt",
  "tags",
  "legalRepresentative",
  "enterpriseType",
  "contactName",
  "contactPhone",
  "contactEmail",
  "website",
] as const;

export type CanonicalField = (typeof CANONICAL_FIELDS)[number];

/** Fields where every mapped column contributes values (in column priority order). */
export const LIST_FIELDS: ReadonlySet<CanonicalField> = new Set<CanonicalField>([
  "aliases",
  "industryCode",
  "industryLabels",
  "tags",
]);

export const REQUIRED_FIELDS: readonly CanonicalField[] = ["name"];

/** Chinese labels for messages and for the mapping UI. */
export const CANONICAL_FIELD_LABELS: Record<CanonicalField, string> = {
  name: "企业名称",
  shortName: "企业简称",
  aliases: "曾用名/别名",
  creditCode: "统一社会信用代码",
  externalId: "外部编号",
  stockCode: "股票代码",
  exchange: "上市交易所",
  listingStatus: "上市状态",
  listingDate: "上市日期",
  operatingStatus: "经营状态",
  province: "所在省份",
  city: "所在城市",
  county: "所在区县",
  region: "所在地区",
  regionCode: "行政区划代码",
  address: "地址",
  industryCode: "国标行业代码",
  industryLabels: "行业标签",
  mainBusiness: "主营业务",
  products: "主要产品",
  registeredCapital: "注册资本",
  revenue: "营业收入",
  employees: "员工人数",
  foundedAt: "成立日期",
  tags: "标签",
  legalRepresentative: "法定代表人",
  enterpriseType: "企业类型",
  contactName: "联系人",
  contactPhone: "联系电话",
  contactEmail: "联系邮箱",
  website: "网址",
};

/**
 * Aliases per field, strongest first, written as they appear; they are normalized like headers at load.
 */
const FIELD_ALIASES: Record<CanonicalField, readonly string[]> = {
  name: [
    "企业名称", "公司名称", "企业全称", "公司全称", "全称", "fullname", "full_name", "company_name", "enterprise_name",
    "企业名称(全称)", "单位名称", "机构名称", "纳税人名称", "客户名称", "企业", "公司", "名称", "name", "company",
  ],
  shortName: [
    "简称", "企业简称", "公司简称", "证券简称", "股票简称", "a股简称", "short_name", "shortname", "abbreviation",
    "名称(简称)",
  ],
  aliases: ["曾用名", "别名", "英文名称", "英文名", "english_name", "aliases", "alias", "former_names", "former_name"],
  creditCode: [
    "统一社会信用代码", "社会信用代码", "信用代码", "统一信用代码", "统一代码", "credit_code", "uscc",
    "social_credit_code", "unified_social_credit_code", "creditcode",
  ],
  externalId: [
    "外部编号", "企业编号", "客户编号", "记录编号", "编号", "企业编码", "编码", "external_id", "id", "code",
  ],
  stockCode: [
    "股票代码", "证券代码", "a股代码", "上市代码", "ts_code", "stock_code", "symbol", "ticker", "securities_code",
  ],
  exchange: ["上市交易所", "交易所", "上市地点", "上市场所", "exchange", "market_exchange"],
  listingStatus: ["上市状态", "list_status", "tushare_status", "listing_status", "是否上市"],
  listingDate: ["上市日期", "上市时间", "list_date", "listing_date", "ipo_date"],
  operatingStatus: [
    "经营状态", "登记状态", "企业状态", "经营状况", "营业状态", "operating_status", "reg_status", "business_status",
    "状态",
  ],
  province: ["所在省份", "所属省份", "省份", "所在省", "所属省", "省", "注册地省份", "province", "prov"],
  city: ["所在城市", "所属城市", "城市", "所在地市", "所属地市", "地市", "所在市", "所属市", "市", "city"],
  county: ["所在区县", "所属区县", "区县", "县区", "区/县", "所在县区", "county", "district"],
  region: ["所在地区", "所属地区", "地区", "所在地", "注册地", "区域", "area", "region", "location"],
  regionCode: ["行政区划代码", "区划代码", "地区代码", "行政区划", "adcode", "region_code", "area_code"],
  address: [
    "地址", "注册地址", "企业地址", "公司地址", "通信地址", "办公地址", "经营地址", "住所", "address", "reg_address",
  ],
  industryCode: [
    "国标行业代码", "国民经济行业代码", "行业代码", "国标行业", "所属国标行业", "国民经济行业分类", "国民经济行业",
    "industry_code", "gb_industry_code", "gbt4754",
  ],
  industryLabels: [
    "所属行业", "行业", "行业分类", "行业类别", "申万行业", "申万一级行业", "申万二级行业", "申万三级行业", "申万一级",
    "申万二级", "申万三级", "证监会行业", "industry", "tushare_industry", "sw_l1", "sw_l2", "sw_l3", "sw2021_l1",
    "sw2021_l2", "sw2021_l3", "industry_l1", "industry_l2", "industry_l3",
  ],
  mainBusiness: [
    "主营业务", "经营范围", "业务范围", "主营业务范围", "business_scope", "main_business", "scope", "企业简介", "公司简介",
    "简介", "description", "introduction",
  ],
  products: [
    "主要产品", "主营产品", "核心产品", "产品", "产品名称", "main_products", "main_products_text", "products",
    "product",
  ],
  registeredCapital: [
    "注册资本", "注册资金", "注册资本金", "registered_capital", "reg_capital", "regcapital", "capital",
  ],
  revenue: [
    "营业收入", "营业总收入", "年营业收入", "营收", "销售收入", "年销售额", "主营业务收入", "revenue", "operating_revenue",
    "total_revenue",
  ],
  employees: [
    "员工人数", "职工人数", "从业人数", "参保人数", "社保人数", "员工数", "人员规模", "员工规模", "employees",
    "employee_count", "staff", "headcount",
  ],
  foundedAt: [
    "成立日期", "成立时间", "注册日期", "注册时间", "成立年月", "founded_at", "founded", "established", "establish_date",
    "setup_date", "estiblish_time", "found_date",
  ],
  tags: ["标签", "企业标签", "关键词", "tags", "tag", "keywords"],
  legalRepresentative: ["法定代表人", "法人代表", "法人", "legal_representative", "legal_person", "legal_rep"],
  enterpriseType: ["企业类型", "公司类型", "企业性质", "类型", "company_type", "entity_type", "enterprise_type"],
  contactName: ["联系人", "联系人姓名", "对接人", "contact", "contact_name", "contact_person"],
  contactPhone: [
    "联系电话", "电话", "手机", "手机号", "手机号码", "联系方式", "phone", "tel", "telephone", "mobile", "contact_phone",
  ],
  contactEmail: ["联系邮箱", "邮箱", "电子邮箱", "email", "e-mail", "mail", "contact_email"],
  website: ["网址", "官网", "网站", "企业官网", "website", "url", "homepage", "web"],
};

/** Generic name headers that mean the short name when a full-name column is also present. */
const WEAK_NAME_ALIASES = ["名称", "name", "company", "企业", "公司"];

/** Recognised columns we deliberately do not import (so they are not reported as unknown). */
const IGNORED_HEADERS = [
  "序号", "行号", "no", "no.", "index", "sw2021_code", "sw_code", "申万行业代码", "in_chainkg", "操作",
];

/** Last-resort keyword rules for headers no alias matches, in order. */
const KEYWORD_RULES: readonly [RegExp, CanonicalField][] = [
  [/信用代码/, "creditCode"],
  [/注册资[本金]/, "registeredCapital"],
  [/营业收入|营收|销售收入|销售额/, "revenue"],
  [/成立.*(日期|时间|年)/, "foundedAt"],
  [/上市.*(日期|时间)/, "listingDate"],
  [/经营范围|主营业务/, "mainBusiness"],
  [/产品/, "products"],
  [/(员工|职工|参保|从业).*人数|人员规模/, "employees"],
  [/行业代码/, "industryCode"],
  [/行业$/, "industryLabels"],
  [/电话|手机/, "contactPhone"],
  [/邮箱|email/, "contactEmail"],
  [/地址/, "address"],
  [/省份?$/, "province"],
  [/区县$/, "county"],
  [/城市$|地市$/, "city"],
];

export type AmountUnit = "元" | "千元" | "万元" | "百万元" | "千万元" | "亿元";

export interface HeaderHint {
  /** Unit stated in the header, e.g. 注册资本(元) -> 元; amounts without a unit in the cell use it. */
  unit?: AmountUnit;
  /** Currency stated in the header, e.g. 注册资本(万美元) -> USD. */
  currency?: string;
}

export interface HeaderMappingResult {
  /** Column index -> field, for every column that feeds a field. */
  mapping: Record<number, CanonicalField>;
  /** Non-empty headers that match nothing, as written. */
  unknown: string[];
  /** Required fields no column maps to. */
  missingRequired: CanonicalField[];
  /** Recognised headers that are deliberately not imported (序号, sw2021_code …). */
  ignored: string[];
  /** For each mapped field its columns, strongest first (what `collectMappedValues` follows). */
  columnsByField: Partial<Record<CanonicalField, number[]>>;
  /** Units and currencies stated in headers, by column index. */
  hints: Record<number, HeaderHint>;
  /** Problems with the explicit mapping, in Chinese (unknown target field, header not in the file). */
  errors: string[];
}

const UNIT_PATTERN = /(亿元|千万元|百万元|万元|千元|元|亿|万)/;
const CURRENCY_WORDS: readonly [RegExp, string][] = [
  [/美元|美金|usd/, "USD"],
  [/港元|港币|hkd/, "HKD"],
  [/欧元|eur/, "EUR"],
  [/日元|jpy/, "JPY"],
  [/人民币|rmb|cny/, "CNY"],
];

/** Header text in its comparable form: NFKC, no BOM, lower-case, no spaces, _, -, ., *, :, brackets. */
export function normalizeHeader(header: string, keepBracketContent = true): string {
  let text = header.replace(/\uFEFF/g, "").normalize("NFKC").toLowerCase();
  if (!keepBracketContent) text = text.replace(/[([{【][^)\]}】]*[)\]}】]/g, "");
  return text.replace(/[\s_\-.*:：()[\]{}【】"'`]/g, "");
}

function headerHint(header: string): HeaderHint {
  const normalized = header.normalize("NFKC").toLowerCase();
  const bracketed = normalized.match(/[([{【]([^)\]}】]*)[)\]}】]/)?.[1] ?? "";
  const hint: HeaderHint = {};
  const unit = bracketed.match(UNIT_PATTERN)?.[1];
  if (unit) hint.unit = (unit === "亿" ? "亿元" : unit === "万" ? "万元" : unit) as AmountUnit;
  for (const [pattern, currency] of CURRENCY_WORDS) {
    if (pattern.test(bracketed)) {
      hint.currency = currency;
      break;
    }
  }
  return hint;
}

interface AliasEntry {
  field: CanonicalField;
  rank: number;
}

const ALIAS_INDEX: ReadonlyMap<string, AliasEntry> = (() => {
  const index = new Map<string, AliasEntry>();
  for (const field of CANONICAL_FIELDS) {
    FIELD_ALIASES[field].forEach((alias, rank) => {
      const key = normalizeHeader(alias);
      if (!index.has(key)) index.set(key, { field, rank });
    });
    const canonicalKey = normalizeHeader(field);
    if (!index.has(canonicalKey)) index.set(canonicalKey, { field, rank: 0 });
    const labelKey = normalizeHeader(CANONICAL_FIELD_LABELS[field]);
    if (!index.has(labelKey)) index.set(labelKey, { field, rank: 0 });
  }
  return index;
})();

const IGNORED_KEYS = new Set(IGNORED_HEADERS.map((h) => normalizeHeader(h)));
const WEAK_NAME_KEYS = new Set(WEAK_NAME_ALIASES.map((h) => normalizeHeader(h)));
const IGNORE_TARGETS = new Set(["", "ignore", "忽略", "不导入", "skip", "-"]);

/** Keyword rules have no rank of their own; they rank after every alias. */
const KEYWORD_RANK = 1000;

function matchHeader(header: string): AliasEntry | "ignored" | null {
  for (const keep of [true, false]) {
    const key = normalizeHeader(header, keep);
    if (!key) continue;
    if (IGNORED_KEYS.has(key)) return "ignored";
    const entry = ALIAS_INDEX.get(key);
    if (entry) return entry;
  }
  const key = normalizeHeader(header, false);
  for (const [pattern, field] of KEYWORD_RULES) if (pattern.test(key)) return { field, rank: KEYWORD_RANK };
  return null;
}

/** Resolves an explicit mapping target written as a field name, its Chinese label or any alias. */
export function resolveFieldName(target: string): CanonicalField | "ignore" | null {
  const trimmed = target.trim();
  if (IGNORE_TARGETS.has(trimmed.toLowerCase())) return "ignore";
  if ((CANONICAL_FIELDS as readonly string[]).includes(trimmed)) return trimmed as CanonicalField;
  const entry = ALIAS_INDEX.get(normalizeHeader(trimmed));
  return entry ? entry.field : null;
}

/**
 * Maps headers (in file order) to fields. `explicitMapping` (header -> field name, Chinese label or alias;
 * '' or 'ignore' to skip a column) takes precedence over automatic matching for the headers it names, and
 * a field it assigns is not also filled from automatically matched columns.
 */
export function mapHeaders(headers: string[], explicitMapping?: Record<string, string>): HeaderMappingResult {
  const result: HeaderMappingResult = {
    mapping: {},
    unknown: [],
    missingRequired: [],
    ignored: [],
    columnsByField: {},
    hints: {},
    errors: [],
  };
  const explicitByKey = new Map<string, { header: string; target: string }>();
  for (const [header, target] of Object.entries(explicitMapping ?? {})) {
    explicitByKey.set(normalizeHeader(header), { header, target });
  }

  const candidates: { index: number; field: CanonicalField; rank: number; explicit: boolean }[] = [];
  const usedExplicit = new Set<string>();
  headers.forEach((header, index) => {
    const hint = headerHint(header);
    if (hint.unit || hint.currency) result.hints[index] = hint;
    const explicit = explicitByKey.get(normalizeHeader(header));
    if (explicit) {
      usedExplicit.add(normalizeHeader(header));
      const field = resolveFieldName(explicit.target);
      if (field === "ignore") {
        result.ignored.push(header);
      } else if (field) {
        candidates.push({ index, field, rank: -1, explicit: true });
      } else {
        result.errors.push(`列“${explicit.header}”的映射目标“${explicit.target}”不是可识别的字段`);
      }
      return;
    }
    if (!normalizeHeader(header)) return;
    const match = matchHeader(header);
    if (match === "ignored") result.ignored.push(header);
    else if (match) candidates.push({ index, field: match.field, rank: match.rank, explicit: false });
    else result.unknown.push(header);
  });
  for (const [key, { header }] of explicitByKey) {
    if (!usedExplicit.has(key)) result.errors.push(`映射中的列“${header}”不在文件表头中`);
  }

  const explicitFields = new Set(candidates.filter((c) => c.explicit).map((c) => c.field));
  const kept = candidates.filter((c) => c.explicit || !explicitFields.has(c.field));
  for (const dropped of candidates.filter((c) => !kept.includes(c))) result.ignored.push(headers[dropped.index]);

  // A weak name column beside a stronger name column is the short name (A-share: name vs fullname).
  const nameColumns = kept.filter((c) => c.field === "name").sort((a, b) => a.rank - b.rank || a.index - b.index);
  if (nameColumns.length > 1) {
    for (const column of nameColumns.slice(1)) {
      if (!column.explicit && WEAK_NAME_KEYS.has(normalizeHeader(headers[column.index], false))) {
        column.field = "shortName";
      }
    }
  }

  kept.sort((a, b) => a.rank - b.rank || a.index - b.index);
  for (const { index, field } of kept) {
    result.mapping[index] = field;
    (result.columnsByField[field] ??= []).push(index);
  }
  result.missingRequired = REQUIRED_FIELDS.filter((field) => !result.columnsByField[field]);
  return result;
}

export interface MappedValue {
  value: string;
  /** The header the value came from, for row-level error messages. */
  column: string;
  columnIndex: number;
}

/**
 * A row's values per field: list fields get every non-empty mapped cell, other fields the first non-empty
 * cell in column priority order. A row without a name but with a short name uses the short name as name.
 */
export type MappedRow = Partial<Record<CanonicalField, MappedValue[]>>;

/** Picks a row's values for each mapped field; `cells` is keyed by header as the readers produce it. */
export function collectMappedValues(
  cells: Record<string, string>,
  headers: string[],
  headerMapping: Pick<HeaderMappingResult, "columnsByField">,
): MappedRow {
  const row: MappedRow = {};
  for (const field of CANONICAL_FIELDS) {
    const columns = headerMapping.columnsByField[field];
    if (!columns) continue;
    const values: MappedValue[] = [];
    for (const columnIndex of columns) {
      const column = headers[columnIndex];
      const value = (cells[column] ?? "").trim();
      if (!value) continue;
      values.push({ value, column, columnIndex });
      if (!LIST_FIELDS.has(field)) break;
    }
    if (values.length) row[field] = values;
  }
  if (!row.name && row.shortName) row.name = row.shortName;
  return row;
}

/** The single value of a non-list field in a mapped row, or undefined. */
export function firstMappedValue(row: MappedRow, field: CanonicalField): string | undefined {
  return row[field]?.[0]?.value;
}
