/*
 * 统一社会信用代码 (GB 32100-2015) for demo enterprises.
 *
 * Kept local to the seed on purpose: the demo generator must not change its output when the service's
 * validator changes shape, and the unit tests check these codes against an independent implementation.
 */

/** The 31 characters GB 32100 allows (no I, O, S, V, Z). */
export const CREDIT_CODE_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/** Position weights 3^i mod 31 for the 17 leading characters. */
const CREDIT_CODE_WEIGHTS = Array.from({ length: 17 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k++) w = (w * 3) % 31;
  return w;
});

/** The 18th character of a 统一社会信用代码, computed from the first 17. */
export function computeCreditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) throw new Error(`信用代码前17位长度应为17: ${first17}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_CHARSET.indexOf(first17[i]);
    if (value < 0) throw new Error(`信用代码含非法字符 "${first17[i]}": ${first17}`);
    sum += value * CREDIT_CODE_WEIGHTS[i];
  }
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31];
}

/** The 9th character of a 组织机构代码 (GB 11714), computed from its first 8. */
export function computeOrgCodeCheckChar(first8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = first8[i];
    // Digits count as themselves, letters as A=10 … Z=35.
    const value = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
    sum += value * weights[i];
  }
  const c = 11 - (sum % 11);
  return c === 10 ? "X" : c === 11 ? "0" : String(c);
}

/**
 * Builds a valid code from its parts: registration authority + entity type ("91" 企业, "93" 农民专业合作社),
 * the 6-digit region code, and the 8-character body of the organization code.
 */
export function buildCreditCode(authorityAndType: string, regionCode: string, orgBody: string): string {
  const orgCode = orgBody + computeOrgCodeCheckChar(orgBody);
  const first17 = authorityAndType + regionCode + orgCode;
  return first17 + computeCreditCodeCheckChar(first17);
}
