import { z } from "./zod-setup";
import { validateCreditCode } from "../modules/enterprises/credit-code";
import { normalizeIndustryCode } from "../modules/industries/reference-data";

/** Field schemas shared by enterprises, projects, imports and leads. */

export const creditCodeField = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const result = validateCreditCode(value);
    if (!result.ok) {
      ctx.addIssue({ code: "custom", message: `统一社会信用代码无效：${result.reason}` });
      return z.NEVER;
    }
    return result.normalized;
  })
  .openapi({ description: "统一社会信用代码（18位，按 GB 32100-2015 校验）", example: "91440300192317458F" });

export const industryCodeField = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const code = normalizeIndustryCode(value);
    if (!code) {
      ctx.addIssue({ code: "custom", message: `国民经济行业代码无效：${value}` });
      return z.NEVER;
    }
    return code;
  })
  .openapi({ description: "GB/T 4754-2017 行业代码：门类字母或 2–4 位数字", example: "3670" });

export const regionCodeField = z
  .string()
  .trim()
  .regex(/^\d{6}$/, "行政区划代码应为6位数字")
  .openapi({ description: "6位行政区划代码", example: "520324" });

/** Amounts in 万元. */
export const amountField = z.number().finite().min(0, "金额不能为负数").max(1e9, "金额过大");

export const dateField = z.coerce.date({ error: "日期格式不正确" });

export const shortText = (max = 200) => z.string().trim().max(max, `不能超过${max}个字`);
export const longText = (max = 10_000) => z.string().trim().max(max, `不能超过${max}个字`);

/** A query parameter given as `a,b` or repeated `?x=a&x=b`, validated item by item. */
export const csvList = <T extends z.ZodType<unknown, string>>(inner: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(inner));

export const regionPrefixField = z
  .string()
  .regex(/^\d{2}(\d{2}(\d{2})?)?$/, "地区代码应为2、4或6位数字前缀")
  .openapi({ description: "行政区划代码前缀（省2位、市4位、县6位）" });
