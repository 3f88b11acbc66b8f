import type { IndustryNames } from "../industries/industry-names";
import { SIGNAL_DEFINITIONS } from "../matching";
import type { CellValue, ExportColumn } from "./table-writer";

/** The enterprise fields every export shows (no relations: a plain page read stays cheap at 100k rows). */
export const ENTERPRISE_EXPORT_SELECT = {
  id: true,
  name: true,
  creditCode: true,
  externalId: true,
  stockCode: true,
  listingStatus: true,
  operatingStatus: true,
  provinceName: true,
  cityName: true,
  countyName: true,
  industryCode: true,
  mainBusiness: true,
  products: true,
  registeredCapital: true,
  revenue: true,
  employees: true,
  foundedAt: true,
  tags: true,
  source: true,
  referrerChamber: { select: { name: true } },
  referredAt: true,
  deletedAt: true,
  updatedAt: true,
} as const;

export interface EnterpriseExportRow {
  id: number;
  name: string;
  creditCode: string | null;
  externalId: string | null;
  stockCode: string | null;
  listingStatus: string;
  operatingStatus: string;
  provinceName: string | null;
  cityName: string | null;
  countyName: string | null;
  industryCode: string | null;
  mainBusiness: string | null;
  products: unknown;
  registeredCapital: number | null;
  revenue: number | null;
  employees: number | null;
  foundedAt: Date | null;
  tags: unknown;
  source: string;
  referrerChamber: { name: string } | null;
  referredAt: Date | null;
  deletedAt: Date | null;
  updatedAt: Date;
  /** Present only when the actor may read contact data. */
  contacts?: unknown;
}

const LISTING_LABELS: Record<string, string> = { listed: "上市", delisted: "退市", unlisted: "未上市" };
const SOURCE_LABELS: Record<string, string> = { import: "批量导入", lead: "商协会线索", manual: "手工录入", demo: "演示数据" };

/** The bureau works in China time whatever the server's zone; dates in files are what the analyst saw. */
const CHINA_OFFSET_MS = 8 * 3600_000;
export function formatDate(d: Date | null | undefined): string | null {
  return d ? new Date(d.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10) : null;
}
export function formatDateTime(d: Date | null | undefined): string | null {
  return d ? new Date(d.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace("T", " ") : null;
}

const joined = (values: unknown[]) => values.filter((v) => typeof v === "string" && v).join("、") || null;
const names = (json: unknown) => (Array.isArray(json) ? joined(json.map((p) => (typeof p === "string" ? p : (p as { name?: string })?.name))) : null);

/** Columns of one enterprise; `of` reaches the enterprise inside a wider row (a match, a shortlist item). */
export function enterpriseColumns<R>(of: (row: R) => EnterpriseExportRow, industryNames: IndustryNames): ExportColumn<R>[] {
  const col = (header: string, width: number, value: (e: EnterpriseExportRow) => CellValue): ExportColumn<R> => ({
    header,
    width,
    value: (row) => value(of(row)),
  });
  return [
    col("系统编号", 10, (e) => e.id),
    col("企业名称", 36, (e) => e.name),
    col("统一社会信用代码", 22, (e) => e.creditCode),
    col("外部编号", 14, (e) => e.externalId),
    col("股票代码", 12, (e) => e.stockCode),
    col("上市状态", 10, (e) => LISTING_LABELS[e.listingStatus] ?? e.listingStatus),
    col("经营状态", 10, (e) => e.operatingStatus),
    col("所在省份", 12, (e) => e.provinceName),
    col("所在城市", 12, (e) => e.cityName),
    col("所在区县", 12, (e) => e.countyName),
    col("行业代码", 10, (e) => e.industryCode),
    col("行业名称", 24, (e) => (e.industryCode ? industryNames.nameOf(e.industryCode) : null)),
    col("主营业务", 50, (e) => e.mainBusiness),
    col("主要产品", 30, (e) => names(e.products)),
    col("注册资本（万元）", 16, (e) => e.registeredCapital),
    col("营业收入（万元）", 16, (e) => e.revenue),
    col("员工人数", 10, (e) => e.employees),
    col("成立日期", 12, (e) => formatDate(e.foundedAt)),
    col("标签", 20, (e) => names(e.tags)),
    col("来源", 12, (e) => SOURCE_LABELS[e.source] ?? e.source),
    col("引荐商会", 20, (e) => e.referrerChamber?.name ?? null),
    col("引荐日期", 12, (e) => formatDate(e.referredAt)),
    col("更新时间", 17, (e) => formatDateTime(e.updatedAt)),
  ];
}

interface Contact {
  name?: string;
  title?: string;
  phone?: string;
  email?: string;
}

const contactList = (json: unknown): Contact[] => (Array.isArray(json) ? (json as Contact[]) : []);

/** 联系人 / 电话 / 邮箱 (personal data): only for actors allowed `contact:read`, the caller decides. */
export function contactColumns<R>(of: (row: R) => EnterpriseExportRow): ExportColumn<R>[] {
  return [
    {
      header: "联系人",
      width: 20,
      value: (row) => joined(contactList(of(row).contacts).map((c) => (c.title ? `${c.name}（${c.title}）` : c.name))),
    },
    { header: "电话", width: 18, value: (row) => joined(contactList(of(row).contacts).map((c) => c.phone)) },
    { header: "邮箱", width: 24, value: (row) => joined(contactList(of(row).contacts).map((c) => c.email)) },
  ];
}

/** One explained signal of a fit score, as the matching module reports it. */
export interface BreakdownSignal {
  key: string;
  label?: string;
  value: number | null;
  reason?: string;
}

/**
 * One column per matching signal, in the matching module's display order: the signal's value as points
 * 0–100, 数据缺失 when it had no data, empty when the row has no score at all.
 */
export function signalColumns<R>(breakdown: (row: R) => BreakdownSignal[] | null): ExportColumn<R>[] {
  return SIGNAL_DEFINITIONS.map((definition) => ({
    header: `${definition.label}（分）`,
    width: 12,
    value: (row: R) => {
      const signal = breakdown(row)?.find((s) => s.key === definition.key);
      if (!signal) return null;
      return signal.value === null ? "数据缺失" : Math.round(signal.value * 1000) / 10;
    },
  }));
}

/** The signals' reasons as one cell: 行业匹配：…；产业链匹配：… */
export function reasonsColumn<R>(breakdown: (row: R) => BreakdownSignal[] | null): ExportColumn<R> {
  return {
    header: "匹配理由",
    width: 80,
    value: (row) => breakdown(row)?.map((s) => `${s.label ?? s.key}：${s.reason ?? ""}`).join("；") || null,
  };
}
