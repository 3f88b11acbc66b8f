/*
 * 统一社会信用代码 (GB 32100-2015) for demo enterprises, built with the service's own check-character rules
 * (src/modules/enterprises/credit-code.ts) so there is one implementation of the standard.
 */
import {
  CREDIT_CODE_CHARSET,
  computeCreditCodeCheckChar as checkChar,
  computeOrganizationCodeCheckChar as orgCheckChar,
} from "../../src/modules/enterprises/credit-code";

export { CREDIT_CODE_CHARSET };

/** The 18th character of a 统一社会信用代码, computed from the first 17. */
export function computeCreditCodeCheckChar(first17: string): string {
  const c = checkChar(first17);
  if (!c) throw new Error(`信用代码前17位无效: ${first17}`);
  return c;
}

/** The 9th character of a 组织机构代码 (GB 11714), computed from its first 8. */
export function computeOrgCodeCheckChar(first8: string): string {
  const c = orgCheckChar(first8);
  if (!c) throw new Error(`组织机构代码前8位无效: ${first8}`);
  return c;
}

/**
 * Builds a valid code from its parts: registration authority + entity type ("91" 企业, "93" 农民专业合作社),
 * the 6-digit region code, and the 8-character body of the organization code.
 */
export function buildCreditCode(authorityAndType: string, regionCode: string, orgBody: string): string {
  const first17 = authorityAndType + regionCode + orgBody + computeOrgCodeCheckChar(orgBody);
  return first17 + computeCreditCodeCheckChar(first17);
}
