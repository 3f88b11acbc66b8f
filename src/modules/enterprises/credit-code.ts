/**
 * 统一社会信用代码 (unified social credit code) per GB 32100-2015.
 *
 * Layout of the 18 characters:
 *   1      registration authority (9 = market regulation, 5 = civil affairs, 1 = 机构编制, Y = other …)
 *   2      organisation type within that authority
 *   3-8    administrative division code of the registering authority (GB/T 2260, digits)
 *   9-17   subject identifier = the organisation code of GB 11714 (8 characters + its own check digit)
 *   18     check character over 1-17 (GB/T 17710 MOD 31-3)
 * The character set is 0-9 and the capital letters without I, O, S, V, Z.
 *
 * What fails validation: wrong length, a forbidden character, non-digits in 3-8, a wrong check character.
 * What only warns: an unknown authority code and a wrong GB 11714 check digit in 9-17. Both held for every
 * real code we checked (17 well-known companies and several recent MA… and 92… codes), but the standard
 * tables can grow, and rejecting a real enterprise's code blocks an import row, so they are reported, not
 * enforced.
 */

export const CREDIT_CODE_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const CHARSET = CREDIT_CODE_CHARSET;

/** W_i = 3^(i-1) mod 31, i = 1..17. */
const WEIGHTS = Array.from({ length: 17 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k++) w = (w * 3) % 31;
  return w;
});

const ORGANIZATION_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** Registration authority codes of GB 32100-2015 table 1 (plus A, added for the military reform office). */
const REGISTRATION_AUTHORITIES = new Set(["1", "2", "3", "4", "5", "6", "7", "8", "9", "A", "N", "Y"]);

export type CreditCodeValidation =
  | { ok: true; normalized: string; warnings: string[] }
  | { ok: false; reason: string };

/** Uppercase, full-width to half-width, and without the spaces and dashes people type for readability. */
export function normalizeCreditCodeInput(input: string): string {
  return input.normalize("NFKC").toUpperCase().replace(/[\s\-_]/g, "");
}

/**
 * The check character for a 17-character body, or null when the body has a character outside the charset.
 */
export function computeCreditCodeCheckChar(body: string): string | null {
  if (body.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CHARSET.indexOf(body[i]);
    if (value < 0) return null;
    sum += value * WEIGHTS[i];
  }
  return CHARSET[(31 - (sum % 31)) % 31];
}

/** GB 11714 check digit of an 8-character organisation code body ('0'-'9', 'X'), or null if malformed. */
export function computeOrganizationCodeCheckChar(body: string): string | null {
  if (!/^[0-9A-Z]{8}$/.test(body)) return null;
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body[i];
    const value = c >= "0" && c <= "9" ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 55;
    sum += value * ORGANIZATION_CODE_WEIGHTS[i];
  }
  const check = 11 - (sum % 11);
  return check === 10 ? "X" : check === 11 ? "0" : String(check);
}

/** Validates a credit code; `normalized` is the canonical 18-character form to store. */
export function validateCreditCode(code: string): CreditCodeValidation {
  const normalized = normalizeCreditCodeInput(code);
  if (!normalized) return { ok: false, reason: "统一社会信用代码为空" };
  if (normalized.length !== 18) {
    if (/^\d{15}$/.test(normalized)) {
      return { ok: false, reason: "这是 15 位的旧版工商注册号，不是 18 位统一社会信用代码" };
    }
    if (/^[0-9A-Z]{8}[0-9X]$/.test(normalized)) {
      return { ok: false, reason: "这是 9 位的组织机构代码，不是 18 位统一社会信用代码" };
    }
    return { ok: false, reason: `统一社会信用代码应为 18 位，实际为 ${normalized.length} 位` };
  }
  const forbidden = [...normalized].filter((c) => !CHARSET.includes(c));
  if (forbidden.length > 0) {
    const shown = [...new Set(forbidden)].join("、");
    return { ok: false, reason: `统一社会信用代码含有不允许的字符：${shown}（只使用数字和除 I、O、S、V、Z 以外的大写字母）` };
  }
  if (!/^\d{6}$/.test(normalized.slice(2, 8))) {
    return { ok: false, reason: "统一社会信用代码第 3-8 位应为行政区划代码（6 位数字）" };
  }
  const expected = computeCreditCodeCheckChar(normalized.slice(0, 17)) as string;
  if (normalized[17] !== expected) {
    return { ok: false, reason: `统一社会信用代码校验位错误：第 18 位应为 ${expected}，实际为 ${normalized[17]}` };
  }
  const warnings: string[] = [];
  if (!REGISTRATION_AUTHORITIES.has(normalized[0])) {
    warnings.push(`第 1 位登记管理部门代码“${normalized[0]}”不在 GB 32100-2015 的代码表中`);
  }
  const orgCheck = computeOrganizationCodeCheckChar(normalized.slice(8, 16));
  if (orgCheck !== normalized[16]) {
    warnings.push("第 9-17 位（组织机构代码）的校验位与 GB 11714 不符");
  }
  return { ok: true, normalized, warnings };
}

/** True when the code passes validation (warnings allowed). */
export function isValidCreditCode(code: string): boolean {
  return validateCreditCode(code).ok;
}
