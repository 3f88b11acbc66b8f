/**
 * Parsers for the cell values of an import row. Each returns a result instead of throwing, so the importer
 * can collect every problem of a row; messages are for a Chinese analyst and quote the offending value.
 * A blank cell (or a placeholder such as -, 无, 不详) is `{ ok: true, value: null }`: absent, not wrong.
 */
import { validateCreditCode } from "../enterprises/credit-code";
import { findIndustryByName, industryAncestors, normalizeIndustryCode } from "../industries/reference-data";
import { resolveRegionByName, type RegionRecord, type ResolvedRegion } from "../regions/reference-data";
import type { AmountUnit } from "./header-mapping";

export type CellParseResult<T> = { ok: true; value: T | null } | { ok: false; message: string };

const EMPTY_PLACEHOLDERS = new Set([
  "", "-", "--", "---", "—", "——", "/", "\\", "无", "暂无", "不详", "未知", "未公开", "未披露", "空", "n/a", "na",
  "null", "none", "nil", "nan", "#n/a",
]);

function clean(text: string | null | undefined): string {
  return (text ?? "").normalize("NFKC").trim();
}

function isBlank(text: string): boolean {
  return EMPTY_PLACEHOLDERS.has(text.toLowerCase());
}

function fail<T>(message: string): CellParseResult<T> {
  return { ok: false, message };
}

function quote(text: string): string {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return `“${shown}”`;
}

// ---------------------------------------------------------------------------------------------- amounts

export interface MoneyAmount {
  /** In 万 (ten thousands) of `currency`; 万元 when the currency is CNY. */
  amount: number;
  /** ISO 4217 code; CNY unless the cell or header names another currency. */
  currency: string;
}

const CURRENCY_TOKENS: readonly [string, string][] = [
  ["人民币", "CNY"], ["rmb", "CNY"], ["cny", "CNY"], ["¥", "CNY"],
  ["美元", "USD"], ["美金", "USD"], ["usd", "USD"], ["us$", "USD"], ["$", "USD"],
  ["港元", "HKD"], ["港币", "HKD"], ["hkd", "HKD"], ["hk$", "HKD"],
  ["欧元", "EUR"], ["eur", "EUR"], ["€", "EUR"],
  ["日元", "JPY"], ["jpy", "JPY"],
  ["英镑", "GBP"], ["gbp", "GBP"], ["£", "GBP"],
  ["新台币", "TWD"], ["台币", "TWD"], ["twd", "TWD"],
  ["新加坡元", "SGD"], ["sgd", "SGD"],
  ["澳元", "AUD"], ["aud", "AUD"],
  ["加元", "CAD"], ["cad", "CAD"],
  ["韩元", "KRW"], ["krw", "KRW"],
  ["瑞士法郎", "CHF"], ["chf", "CHF"],
].sort((a, b) => b[0].length - a[0].length) as [string, string][];

/** Size of each magnitude word in 万. */
const MAGNITUDES: Record<string, number> = { 亿: 10000, 千万: 1000, 百万: 100, 万: 1, 千: 0.1, 百: 0.01 };
const UNIT_IN_WAN: Record<AmountUnit, number> = {
  元: 0.0001, 千元: 0.1, 万元: 1, 百万元: 100, 千万元: 1000, 亿元: 10000,
};

export interface AmountOptions {
  /** Unit of a bare number (no 万/亿/元 in the cell); from the header hint, default 万元. */
  unit?: AmountUnit;
  /** Currency when the cell names none; from the header hint, default CNY. */
  currency?: string;
  allowNegative?: boolean;
}

/**
 * Money in 万: '5000万元' -> 5000, '5亿' -> 50000, '1,200.5' -> 1200.5 (bare numbers take the header's unit,
 * default 万元), '5000万人民币' -> 5000, '3000元' -> 0.3, '50万美元' -> {amount: 50, currency: 'USD'}.
 * Foreign currencies are reported, not converted: the importer decides what to do with them.
 */
export function parseAmount(text: string | null | undefined, options: AmountOptions = {}): CellParseResult<MoneyAmount> {
  const original = clean(text);
  if (isBlank(original)) return { ok: true, value: null };
  let rest = original.toLowerCase().replace(/\s+/g, "").replace(/^(约|大约|约合)/, "");
  let currency: string | undefined;
  for (const [token, code] of CURRENCY_TOKENS) {
    if (!rest.includes(token)) continue;
    if (currency && currency !== code) return fail(`金额${quote(original)}同时出现了两种币种`);
    currency = code;
    rest = rest.split(token).join("");
  }
  rest = rest.replace(/(?<=\d),(?=\d{3}(\D|$))/g, "");
  const match = rest.match(/^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)(亿|千万|百万|万|千|百)?(元)?$/);
  if (!match) {
    if (rest.includes("%")) return fail(`金额${quote(original)}是百分比，不是金额`);
    return fail(`无法识别的金额${quote(original)}，示例：5000万元、1.2亿元、1,200.5（万元）`);
  }
  const [, numberText, magnitude, yuan] = match;
  const number = Number(numberText);
  if (!Number.isFinite(number)) return fail(`无法识别的金额${quote(original)}`);
  if (number < 0 && !options.allowNegative) return fail(`金额${quote(original)}不能为负数`);
  const factor = magnitude ? MAGNITUDES[magnitude] : yuan ? UNIT_IN_WAN["元"] : UNIT_IN_WAN[options.unit ?? "万元"];
  // Round away binary noise (0.1 * 3); a millionth of 万元 is 1 分.
  const amount = Math.round(number * factor * 1e6) / 1e6;
  return { ok: true, value: { amount, currency: currency ?? options.currency ?? "CNY" } };
}

// ------------------------------------------------------------------------------------------------ dates

export interface DateOptions {
  /** Accept '2001' and '2001-08' (-> first day); by default a date must name its day. */
  allowPartial?: boolean;
}

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Excel's day count: serial 1 is 1900-01-01 and the non-existent 1900-02-29 (serial 60) is counted. */
export function excelSerialToIsoDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  const day = Math.floor(serial);
  if (day === 60) return null;
  const offset = day < 60 ? day : day - 1;
  const date = new Date(Date.UTC(1899, 11, 31) + offset * 86400000);
  return date.toISOString().slice(0, 10);
}

/**
 * Calendar date as 'YYYY-MM-DD': 2001-08-27, 2001/8/27, 2001.8.27, 20010827, 2001年8月27日, a trailing time
 * (ignored), an Excel serial (37130), and M/D/YYYY or D/M/YYYY when the order is unambiguous.
 */
export function parseDate(text: string | null | undefined, options: DateOptions = {}): CellParseResult<string> {
  const original = clean(text);
  if (isBlank(original)) return { ok: true, value: null };
  const invalid = () => fail<string>(`无法识别的日期${quote(original)}，示例：2001-08-27、2001/8/27、2001年8月27日`);
  const value = original.replace(/\s+/g, " ");

  let m = value.match(/^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:z|[+-]\d{2}:?\d{2})?)?$/i);
  if (m) return wrap(isoDate(Number(m[1]), Number(m[2]), Number(m[3])));
  m = value.match(/^(\d{4})(\d{2})(\d{2})$/);
  if (m) return wrap(isoDate(Number(m[1]), Number(m[2]), Number(m[3])));
  m = value.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/);
  if (m) {
    const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (a > 12 && b <= 12) return wrap(isoDate(year, b, a));
    if (b > 12 && a <= 12) return wrap(isoDate(year, a, b));
    return fail(`日期${quote(original)}的月和日无法区分，请写成 ${year}-MM-DD`);
  }
  m = value.match(/^(\d{5})(\.\d+)?$/);
  if (m) return wrap(excelSerialToIsoDate(Number(value)));
  m = value.match(/^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/);
  if (m) {
    if (!options.allowPartial) return fail(`日期${quote(original)}不完整，缺少日`);
    return wrap(isoDate(Number(m[1]), Number(m[2]), 1));
  }
  m = value.match(/^(\d{4})\s*年?$/);
  if (m) {
    if (!options.allowPartial) return fail(`日期${quote(original)}不完整，只有年份`);
    return wrap(isoDate(Number(m[1]), 1, 1));
  }
  return invalid();

  function wrap(iso: string | null): CellParseResult<string> {
    return iso ? { ok: true, value: iso } : fail(`日期${quote(original)}不存在或超出范围`);
  }
}

// -------------------------------------------------------------------------------------- listing & status

export type ListingStatus = "listed" | "delisted" | "unlisted";

const LISTING_WORDS: readonly [RegExp, ListingStatus][] = [
  [/^(l|listed|上市|已上市|正常上市|上市中|在市|是)$/, "listed"],
  // 暂停上市 (tushare P): still listed on the exchange, only not trading.
  [/^(p|暂停上市|暂停|停牌)$/, "listed"],
  [/^(d|delisted|退市|已退市|终止上市|摘牌|已摘牌)$/, "delisted"],
  [/^(n|unlisted|未上市|非上市|不上市|否|无)$/, "unlisted"],
];

/** tushare L/D/P, 上市/退市/未上市 and English words -> listed | delisted | unlisted. */
export function parseListingStatus(text: string | null | undefined): CellParseResult<ListingStatus> {
  const original = clean(text);
  if (original === "" || original === "-") return { ok: true, value: null };
  const key = original.toLowerCase();
  for (const [pattern, status] of LISTING_WORDS) if (pattern.test(key)) return { ok: true, value: status };
  return fail(`无法识别的上市状态${quote(original)}，可用：上市（L）、退市（D）、未上市`);
}

export interface OperatingStatus {
  /** Canonical term: 存续, 迁出, 停业, 歇业, 清算, 吊销, 注销, 撤销, 责令关闭, or the text as written. */
  status: string;
  /** Whether the enterprise can still do business; null for a status we do not know. */
  active: boolean | null;
}

const OPERATING_STATUSES: readonly [RegExp, string, boolean][] = [
  [/注销/, "注销", false],
  [/吊销/, "吊销", false],
  [/撤销|撤消/, "撤销", false],
  [/责令关闭|关闭/, "责令关闭", false],
  [/清算/, "清算", false],
  [/歇业/, "歇业", false],
  [/停业/, "停业", false],
  [/迁出/, "迁出", true],
  [/迁入/, "存续", true],
  [/存续|在业|在营|开业|在册|正常|登记成立|营业|active/, "存续", true],
];

/**
 * 经营状态 from 企查查/天眼查 spellings (存续（在营、开业、在册）, 吊销，未注销, 在业 …) to a canonical term.
 * Unknown wording is kept as written with active = null rather than rejected: registries add terms.
 */
export function parseOperatingStatus(text: string | null | undefined): CellParseResult<OperatingStatus> {
  const original = clean(text);
  if (isBlank(original)) return { ok: true, value: null };
  // 吊销，未注销 is revoked but not yet deregistered: the revocation is what matters.
  if (/吊销/.test(original) && /未注销/.test(original)) return { ok: true, value: { status: "吊销", active: false } };
  for (const [pattern, status, active] of OPERATING_STATUSES) {
    if (pattern.test(original.toLowerCase())) return { ok: true, value: { status, active } };
  }
  return { ok: true, value: { status: original, active: null } };
}

// ------------------------------------------------------------------------------------------------ stock

export type StockExchange = "SSE" | "SZSE" | "BSE" | "HKEX" | "NASDAQ" | "NYSE";

const EXCHANGE_WORDS: readonly [RegExp, StockExchange][] = [
  [/^(上海证券交易所|上交所|上证所|沪市|沪|sse|sh|xshg|上海)$/, "SSE"],
  [/^(深圳证券交易所|深交所|深市|深|szse|sz|xshe|深圳)$/, "SZSE"],
  [/^(北京证券交易所|北交所|bse|bj|北京|全国中小企业股份转让系统|新三板|neeq)$/, "BSE"],
  [/^(香港联合交易所|香港交易所|港交所|联交所|hkex|hk|sehk|香港)$/, "HKEX"],
  [/^(纳斯达克|nasdaq)$/, "NASDAQ"],
  [/^(纽约证券交易所|纽交所|nyse)$/, "NYSE"],
];

/** Exchange names and abbreviations (深圳证券交易所, 上交所, SZ, SSE …) -> SSE | SZSE | BSE | HKEX | NASDAQ | NYSE. */
export function parseExchange(text: string | null | undefined): CellParseResult<StockExchange> {
  const original = clean(text);
  if (isBlank(original)) return { ok: true, value: null };
  const key = original.toLowerCase().replace(/\s+/g, "");
  for (const [pattern, exchange] of EXCHANGE_WORDS) if (pattern.test(key)) return { ok: true, value: exchange };
  return fail(`无法识别的交易所${quote(original)}`);
}

export interface StockCode {
  /** Exchange-local code: 000001, 600519, 00700, BABA. */
  code: string;
  exchange: StockExchange | null;
  /** code.suffix as tushare writes it (000001.SZ) when the exchange is known, otherwise the code. */
  symbol: string;
}

const SUFFIX_EXCHANGES: Record<string, StockExchange> = { sh: "SSE", ss: "SSE", sz: "SZSE", bj: "BSE", hk: "HKEX" };
const EXCHANGE_SUFFIX: Record<StockExchange, string> = {
  SSE: "SH", SZSE: "SZ", BSE: "BJ", HKEX: "HK", NASDAQ: "O", NYSE: "N",
};

/** Exchange of a mainland 6-digit code from its number range (60/68/90 Shanghai, 00/30/20 Shenzhen, 4/8/92 Beijing). */
function exchangeOfMainlandCode(code: string): StockExchange | null {
  if (/^(60|68|90)/.test(code)) return "SSE";
  if (/^(00|30|20)/.test(code)) return "SZSE";
  if (/^(4|8|92)/.test(code)) return "BSE";
  return null;
}

/** 000001, 000001.SZ, SZ000001, sz.000001, 600519.SH, 00700.HK, BABA -> code, exchange and symbol. */
export function parseStockCode(text: string | null | undefined): CellParseResult<StockCode> {
  const original = clean(text);
  if (isBlank(original)) return { ok: true, value: null };
  const key = original.toLowerCase().replace(/\s+/g, "");
  const build = (code: string, exchange: StockExchange | null): CellParseResult<StockCode> => ({
    ok: true,
    value: { code, exchange, symbol: exchange ? `${code}.${EXCHANGE_SUFFIX[exchange]}` : code },
  });
  let m: RegExpMatchArray | null;
  if ((m = key.match(/^(\d{6})\.(sh|ss|sz|bj)$/))) return build(m[1], SUFFIX_EXCHANGES[m[2]]);
  if ((m = key.match(/^(sh|sz|bj)\.?(\d{6})$/))) return build(m[2], SUFFIX_EXCHANGES[m[1]]);
  if (/^\d{6}$/.test(key)) return build(key, exchangeOfMainlandCode(key));
  // Hong Kong codes have 4-5 digits (00700); mainland codes always 6.
  if ((m = key.match(/^(\d{4,5})(?:\.hk)?$/) ?? key.match(/^hk\.?(\d{4,5})$/))) return build(m[1].padStart(5, "0"), "HKEX");
  if (/^[a-z]{1,5}$/.test(key)) return build(key.toUpperCase(), null);
  return fail(`无法识别的股票代码${quote(original)}，示例：000001、600519.SH`);
}

// --------------------------------------------------------------------------------------------- products

export interface ProductEntry {
  name: string;
  /** Share of revenue in (0, 1], when the source states one. */
  share?: number;
}

/** Rows of a revenue breakdown that are bookkeeping, not products (A-share data carries them). */
const NON_PRODUCT_NAMES = /^(平衡项目|合计|小计|总计)$|抵[消销]/;

function shareFromNumber(value: number, isPercent: boolean): number | undefined {
  const share = isPercent || value > 1 ? value / 100 : value;
  return share > 0 && share <= 1 ? Math.round(share * 1e6) / 1e6 : undefined;
}

function addProduct(list: ProductEntry[], seen: Set<string>, name: string, share?: number): void {
  const trimmed = name.trim();
  if (!trimmed || NON_PRODUCT_NAMES.test(trimmed) || seen.has(trimmed)) return;
  seen.add(trimmed);
  list.push(share === undefined ? { name: trimmed } : { name: trimmed, share });
}

function parseProductJson(original: string): CellParseResult<ProductEntry[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(original);
  } catch {
    return fail(`主要产品${quote(original)}不是有效的 JSON`);
  }
  if (!Array.isArray(parsed)) return fail(`主要产品的 JSON 应为数组`);
  const list: ProductEntry[] = [];
  const seen = new Set<string>();
  for (const item of parsed) {
    if (typeof item === "string") {
      addProduct(list, seen, item);
      continue;
    }
    if (!item || typeof item !== "object") continue;
    const record = item as Record<string, unknown>;
    const name = record.name ?? record.product ?? record.productName ?? record["产品"] ?? record["名称"];
    if (typeof name !== "string") continue;
    const rawShare = record.share ?? record.weight ?? record.ratio ?? record["占比"];
    const numeric = typeof rawShare === "number" ? rawShare : typeof rawShare === "string" ? Number(rawShare) : NaN;
    // JSON weights are fractions (the A-share file's are revenue shares from several breakdowns, some
    // negative); only values in (0, 1] are kept as shares.
    addProduct(list, seen, name, numeric > 0 && numeric <= 1 ? Math.round(numeric * 1e6) / 1e6 : undefined);
  }
  return { ok: true, value: list.length ? list : null };
}

/**
 * Product lists: the A-share JSON ([{product, weight}]), JSON arrays of names or {name, share}, and text
 * separated by 、 , ; | or new lines with optional shares ('动力电池:0.6; 储能:0.2', '锂电池(60%)',
 * '储能 20%'). A bare number after ':' in (0, 1] is a fraction, in (1, 100] a percentage.
 */
export function parseProducts(text: string | null | undefined): CellParseResult<ProductEntry[]> {
  const original = (text ?? "").trim();
  if (isBlank(clean(original))) return { ok: true, value: null };
  if (original.startsWith("[")) return parseProductJson(original);
  const list: ProductEntry[] = [];
  const seen = new Set<string>();
  for (const rawItem of original.normalize("NFKC").split(/[、;,|\n\r]+/)) {
    const item = rawItem.trim();
    if (!item) continue;
    const withColon = item.match(/^(.+?)\s*[:=]\s*(-?\d+(?:\.\d+)?)\s*(%?)$/);
    const inBrackets = item.match(/^(.+?)\s*\(\s*(\d+(?:\.\d+)?)\s*%\s*\)$/);
    const withPercent = item.match(/^(.+?)\s+(\d+(?:\.\d+)?)%$/);
    if (withColon) addProduct(list, seen, withColon[1], shareFromNumber(Number(withColon[2]), withColon[3] === "%"));
    else if (inBrackets) addProduct(list, seen, inBrackets[1], shareFromNumber(Number(inBrackets[2]), true));
    else if (withPercent) addProduct(list, seen, withPercent[1], shareFromNumber(Number(withPercent[2]), true));
    else addProduct(list, seen, item);
  }
  return { ok: true, value: list.length ? list : null };
}

// ------------------------------------------------------------------------------------ counts and lists

/**
 * Head count: '1200', '1,200人', '约1200人'; size bands as 企查查 exports them give an estimate:
 * '50-99人' -> 75 (midpoint), '少于50人' -> 25, '10000人以上' -> 10000.
 */
export function parseEmployees(text: string | null | undefined): CellParseResult<number> {
  const original = clean(text);
  if (isBlank(original)) return { ok: true, value: null };
  const key = original.replace(/\s+/g, "").replace(/(?<=\d),(?=\d{3})/g, "").replace(/^(约|大约)/, "").replace(/[人名个]$/, "");
  let m = key.match(/^(\d+)$/);
  if (m) return { ok: true, value: Number(m[1]) };
  m = key.match(/^(\d+(?:\.\d+)?)$/);
  if (m) return Number.isInteger(Number(m[1])) ? { ok: true, value: Number(m[1]) } : fail(`人数${quote(original)}不是整数`);
  m = key.match(/^(\d+)[人]?[-~～至到](\d+)$/);
  if (m) return { ok: true, value: Math.round((Number(m[1]) + Number(m[2])) / 2) };
  m = key.match(/^(?:少于|小于|不足|低于|<)(\d+)$/);
  if (m) return { ok: true, value: Math.round(Number(m[1]) / 2) };
  m = key.match(/^(\d+)人?(?:以上|及以上|\+)$/) ?? key.match(/^(?:大于|多于|超过|>)(\d+)$/);
  if (m) return { ok: true, value: Number(m[1]) };
  return fail(`无法识别的人数${quote(original)}，示例：1200、1,200人、50-99人`);
}

/** Free lists (tags, aliases): a JSON array or text separated by , ; 、 | or new lines; trimmed, de-duplicated. */
export function parseList(text: string | null | undefined): string[] {
  const original = (text ?? "").trim();
  if (!original) return [];
  let items: string[];
  if (original.startsWith("[")) {
    try {
      const parsed: unknown = JSON.parse(original);
      items = Array.isArray(parsed) ? parsed.map((item) => (typeof item === "string" ? item : JSON.stringify(item))) : [original];
    } catch {
      items = original.split(/[,，;；、|\n\r]+/);
    }
  } else {
    items = original.split(/[,，;；、|\n\r]+/);
  }
  const seen = new Set<string>();
  const result: string[] = [];
  for (const item of items) {
    const trimmed = item.trim();
    if (!trimmed || isBlank(trimmed) || seen.has(trimmed)) continue;
    seen.add(trimmed);
    result.push(trimmed);
  }
  return result;
}

/**
 * Industry labels: like `parseList`, and Shenwan's level markers go (股份制银行Ⅱ / 股份制银行Ⅲ are the same
 * label repeated at the next level), so the A-share labels become [银行, 股份制银行].
 */
export function parseIndustryLabels(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const text of texts) {
    for (const label of parseList(text)) {
      const plain = label.replace(/\s*(Ⅰ|Ⅱ|Ⅲ|Ⅳ)$/, "").trim();
      if (plain && !seen.has(plain)) {
        seen.add(plain);
        result.push(plain);
      }
    }
  }
  return result;
}

// ------------------------------------------------------------------------------- codes and references

export interface IndustryCodesValue {
  /** Canonical GB/T 4754 codes, in the order written; the first is the primary industry. */
  codes: string[];
  /** Parts that are names no code was found for (keep them as labels). */
  labels: string[];
}

/**
 * GB/T 4754 codes in a cell: 'C3670', '3670;3699', 'C36 汽车制造业', or names of a section or division
 * (制造业, 汽车制造业). `lookupName` can resolve deeper names against a loaded full table. A token that looks
 * like a code but is not one is an error; an unknown name is returned as a label.
 */
export function parseIndustryCodes(
  text: string | null | undefined,
  lookupName?: (name: string) => string | undefined,
): CellParseResult<IndustryCodesValue> {
  const original = clean(text);
  if (isBlank(original)) return { ok: true, value: null };
  const codes: string[] = [];
  const labels: string[] = [];
  for (const part of original.split(/[,;、|\n\r>/]+/)) {
    const item = part.trim();
    if (!item) continue;
    // A lone letter counts as a section code only when it stands alone ('C', 'C 制造业'), not in 'A股'.
    const codeLike = item.match(/^([A-Za-z]?\d{2,4}(?=$|[\s\u4e00-\u9fff])|[A-Ta-t](?=$|\s))\s*(.*)$/);
    if (codeLike) {
      const code = normalizeIndustryCode(codeLike[1]);
      if (!code) return fail(`无效的国标行业代码${quote(codeLike[1])}（GB/T 4754-2017，如 C3670 或 3670）`);
      if (!codes.includes(code)) codes.push(code);
      continue;
    }
    if (/^[A-Za-z]+\d*$/.test(item) || /^\d+$/.test(item)) {
      return fail(`无效的国标行业代码${quote(item)}（GB/T 4754-2017，如 C3670 或 3670）`);
    }
    const byName = findIndustryByName(item)?.code ?? lookupName?.(item);
    if (byName) {
      if (!codes.includes(byName)) codes.push(byName);
    } else if (!labels.includes(item)) {
      labels.push(item);
    }
  }
  // 制造业 > 汽车制造业 names a path: keep the most specific code, its ancestors are implied.
  const specific = codes.filter((code) => !codes.some((other) => other !== code && industryAncestors(other).includes(code)));
  return { ok: true, value: specific.length || labels.length ? { codes: specific, labels } : null };
}

/** 统一社会信用代码 cell: the normalized code, with warnings that do not reject it. */
export function parseCreditCode(text: string | null | undefined): CellParseResult<{ code: string; warnings: string[] }> {
  const original = clean(text);
  if (isBlank(original)) return { ok: true, value: null };
  const result = validateCreditCode(original);
  if (!result.ok) return fail(`${result.reason}（${quote(original)}）`);
  return { ok: true, value: { code: result.normalized, warnings: result.warnings } };
}

/** A place (province, city, county or a chain such as 广东省深圳市) or a division code -> region records. */
export function parseRegion(
  text: string | null | undefined,
  records?: readonly RegionRecord[],
): CellParseResult<ResolvedRegion> {
  const original = clean(text);
  if (isBlank(original)) return { ok: true, value: null };
  const resolved = resolveRegionByName(original, records);
  return resolved ? { ok: true, value: resolved } : fail(`无法识别的地区${quote(original)}`);
}

/** E-mail address, lower-cased; a light shape check only. */
export function parseEmail(text: string | null | undefined): CellParseResult<string> {
  const original = clean(text);
  if (isBlank(original)) return { ok: true, value: null };
  const email = original.toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? { ok: true, value: email } : fail(`无效的邮箱${quote(original)}`);
}

/** One or more phone numbers ('0755-8888 8888；13800138000'); each must have 7-15 digits. */
export function parsePhoneNumbers(text: string | null | undefined): CellParseResult<string[]> {
  const original = clean(text);
  if (isBlank(original)) return { ok: true, value: null };
  const numbers = original.split(/[,;、|/\n\r]+/).map((p) => p.trim()).filter(Boolean);
  for (const number of numbers) {
    const digits = number.replace(/\D/g, "");
    if (!/^[+\d\s()-]+(转\d+)?$/.test(number) || digits.length < 7 || digits.length > 15) {
      return fail(`无效的电话号码${quote(number)}`);
    }
  }
  return { ok: true, value: numbers };
}
