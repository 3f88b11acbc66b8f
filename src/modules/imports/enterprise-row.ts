import { z } from "../../http/zod-setup";
import { updateEnterpriseBody } from "../enterprises/schemas";
import type { RegionDirectory } from "../regions/region-directory";
import { matchRegionPrefix } from "../regions/reference-data";
import {
  parseAmount,
  parseCreditCode,
  parseDate,
  parseEmail,
  parseEmployees,
  parseIndustryCodes,
  parseIndustryLabels,
  parseList,
  parseListingStatus,
  parseOperatingStatus,
  parsePhoneNumbers,
  parseProducts,
  parseStockCode,
  type CellParseResult,
} from "./cell-parsers";
import { CANONICAL_FIELD_LABELS, type CanonicalField, type HeaderHint, type MappedRow } from "./header-mapping";
import type { ImportPatch, ParsedRow, RowError } from "./import-runner";

export interface RowContext {
  regions: RegionDirectory;
  /** Units/currencies stated in headers, by column index. */
  hints: Record<number, HeaderHint>;
  /** Reject a row for any unreadable cell (default: only for identity fields; others are left out with a warning). */
  strict?: boolean;
}

/** Without these a row cannot be matched or trusted, so an unreadable value rejects the row. */
const IDENTITY_FIELDS: ReadonlySet<CanonicalField> = new Set<CanonicalField>(["name", "creditCode", "externalId"]);

/**
 * Turns one mapped source row into a validated enterprise patch, or into every problem it has.
 * Only non-empty cells become fields, so a re-import never blanks data the file does not carry.
 */
export function parseEnterpriseRow(rowNumber: number, row: MappedRow, ctx: RowContext): ParsedRow {
  const errors: RowError[] = [];
  const warnings: RowError[] = [];
  const problem = (field: CanonicalField, column: string | undefined, message: string) => {
    if (ctx.strict || IDENTITY_FIELDS.has(field)) errors.push({ row: rowNumber, column, message, severity: "error" });
    else warnings.push({ row: rowNumber, column, message: `${message}（该项未导入，其余已导入）`, severity: "warning" });
  };
  const patch: Record<string, unknown> = {};
  const first = (field: CanonicalField) => row[field]?.[0];
  const take = <T>(field: CanonicalField, parse: (text: string, columnIndex: number) => CellParseResult<T>): T | undefined => {
    const cell = first(field);
    if (!cell) return undefined;
    const r = parse(cell.value, cell.columnIndex);
    if (!r.ok) {
      problem(field, cell.column, r.message);
      return undefined;
    }
    return r.value ?? undefined;
  };
  const amount = (field: CanonicalField) =>
    take(field, (text, columnIndex) => {
      const r = parseAmount(text, ctx.hints[columnIndex] ?? {});
      if (r.ok && r.value && r.value.currency !== "CNY") {
        return { ok: false, message: `${CANONICAL_FIELD_LABELS[field]}为外币（${r.value.currency}），请换算为人民币万元后导入` };
      }
      return r;
    })?.amount;

  const name = first("name")?.value.trim();
  if (!name) problem("name", CANONICAL_FIELD_LABELS.name, "缺少企业名称");
  else patch.name = name;

  const aliases = [...(row.shortName ?? []), ...(row.aliases ?? [])].flatMap((c) => parseList(c.value)).filter((a) => a !== name);
  if (aliases.length) patch.aliases = [...new Set(aliases)];

  const credit = take("creditCode", (t) => parseCreditCode(t));
  if (credit) patch.creditCode = credit.code;
  const externalId = first("externalId")?.value.trim();
  if (externalId) patch.externalId = externalId;
  const stock = take("stockCode", (t) => parseStockCode(t));
  if (stock) {
    patch.stockCode = stock.code;
    if (stock.exchange) patch.exchange = stock.exchange;
  }
  const exchange = first("exchange")?.value.trim();
  if (exchange && !patch.exchange) patch.exchange = exchange.slice(0, 20);
  const listing = take("listingStatus", (t) => parseListingStatus(t));
  if (listing) patch.listingStatus = listing;
  else if (stock && !first("listingStatus")) patch.listingStatus = "listed";
  const listingDate = take("listingDate", (t) => parseDate(t));
  if (listingDate) patch.listingDate = listingDate;
  const operating = take("operatingStatus", (t) => parseOperatingStatus(t));
  if (operating) {
    if (operating.active === null) {
      problem("operatingStatus", first("operatingStatus")?.column, `无法识别的经营状态“${operating.status}”`);
    } else patch.operatingStatus = operating.status;
  }

  Object.assign(patch, resolveRegion(row, ctx.regions, problem));

  const codes = row.industryCode?.length ? parseCodes(row, problem) : undefined;
  const labels = parseIndustryLabels((row.industryLabels ?? []).map((c) => c.value));
  if (codes?.codes.length) patch.industryCodes = codes.codes;
  const allLabels = [...labels, ...(codes?.labels ?? [])];
  if (allLabels.length) patch.industryLabels = [...new Set(allLabels)];

  const business = first("mainBusiness")?.value.trim();
  if (business) patch.mainBusiness = business;
  const products = take("products", (t) => parseProducts(t));
  if (products?.length) patch.products = products;
  const capital = amount("registeredCapital");
  if (capital !== undefined) patch.registeredCapital = capital;
  const revenue = amount("revenue");
  if (revenue !== undefined) patch.revenue = revenue;
  const employees = take("employees", (t) => parseEmployees(t));
  if (employees !== undefined) patch.employees = employees;
  const founded = take("foundedAt", (t) => parseDate(t, { allowPartial: true }));
  if (founded) patch.foundedAt = founded;
  const tags = (row.tags ?? []).flatMap((c) => parseList(c.value));
  if (tags.length) patch.tags = [...new Set(tags)];

  const contactName = first("contactName")?.value.trim();
  const phones = take("contactPhone", (t) => parsePhoneNumbers(t));
  const email = take("contactEmail", (t) => parseEmail(t));
  if (contactName || phones?.length || email) {
    patch.contacts = [{ name: contactName || "联系人", ...(phones?.[0] ? { phone: phones[0] } : {}), ...(email ? { email } : {}) }];
  }

  if (errors.length) return { row: rowNumber, errors };
  const parsed = updateEnterpriseBody.safeParse(patch);
  if (!parsed.success) return { row: rowNumber, errors: zodRowErrors(rowNumber, parsed.error) };
  return { row: rowNumber, patch: parsed.data as ImportPatch, ...(warnings.length ? { warnings } : {}) };
}

type Problem = (field: CanonicalField, column: string | undefined, message: string) => void;

function parseCodes(row: MappedRow, problem: Problem) {
  const codes: string[] = [];
  const labels: string[] = [];
  for (const cell of row.industryCode ?? []) {
    const r = parseIndustryCodes(cell.value);
    if (!r.ok) problem("industryCode", cell.column, r.message);
    else if (r.value) {
      codes.push(...r.value.codes.filter((c) => !codes.includes(c)));
      labels.push(...r.value.labels);
    }
  }
  return { codes, labels };
}

/** Most specific place wins: region code, county, city, province, then a place at the start of the address. */
function resolveRegion(row: MappedRow, regions: RegionDirectory, problem: Problem) {
  const out: Record<string, string> = {};
  const texts: CanonicalField[] = ["regionCode", "county", "city", "region", "province"];
  let found = false;
  for (const field of texts) {
    const cell = row[field]?.[0];
    if (!cell) continue;
    const resolved = regions.resolveName(cell.value);
    if (!resolved) {
      problem(field, cell.column, `无法识别的地区“${cell.value}”`);
      continue;
    }
    if (found) continue;
    found = true;
    out.provinceCode = resolved.province.code;
    if (resolved.city) out.cityCode = resolved.city.code;
    if (resolved.county) out.countyCode = resolved.county.code;
  }
  const address = row.address?.[0]?.value;
  if (!found && address) {
    const m = matchRegionPrefix(address);
    if (m) {
      out.provinceCode = m.resolved.province.code;
      if (m.resolved.city) out.cityCode = m.resolved.city.code;
    }
  }
  return out;
}

const FIELD_COLUMNS: Record<string, CanonicalField> = {
  name: "name", aliases: "aliases", creditCode: "creditCode", externalId: "externalId", stockCode: "stockCode",
  industryCodes: "industryCode", industryLabels: "industryLabels", mainBusiness: "mainBusiness", products: "products",
  registeredCapital: "registeredCapital", revenue: "revenue", employees: "employees", foundedAt: "foundedAt", tags: "tags",
};

function zodRowErrors(rowNumber: number, err: z.ZodError): RowError[] {
  return err.issues.map((i) => {
    const field = FIELD_COLUMNS[String(i.path[0])];
    const column = field ? CANONICAL_FIELD_LABELS[field] : String(i.path[0]);
    return { row: rowNumber, column, message: i.message, severity: "error" as const };
  });
}
