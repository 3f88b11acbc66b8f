import type { EnterprisePatch, EnterpriseRecord } from "../enterprises";
import { MERGE_FIELDS, MERGE_FIELD_LABELS, type MergeField } from "./schemas";

/**
 * Merging a lead into an existing enterprise, field by field. Nothing is overwritten silently: where the
 * lead and the enterprise disagree the analyst must choose; where the enterprise has nothing the lead's value
 * fills it; list fields (industry labels, contacts) are added to, never replaced. Every field the lead could
 * change is written to the merge history with its choice, its before and after.
 */

export interface MergeLead {
  companyName: string;
  creditCode: string | null;
  industry: string;
  industryCode: string | null;
  contactName: string;
  contactPhone: string | null;
  contactEmail: string | null;
}

export interface MergeEnterprise {
  record: EnterpriseRecord;
  /** Confirmed GB/T codes, primary first. */
  confirmedCodes: string[];
}

export type Choice = "lead" | "enterprise";

export interface FieldComparison {
  field: MergeField;
  label: string;
  leadValue: unknown;
  enterpriseValue: unknown;
  /** The two sides hold different values: the analyst has to choose. */
  conflict: boolean;
  /** What happens without a choice (null = a choice is required). */
  defaultChoice: Choice | null;
  /** Human-readable description of what "lead" would do. */
  effect: string;
}

type Contact = EnterpriseRecord["contacts"][number];

function leadContact(lead: MergeLead): Contact {
  return {
    name: lead.contactName,
    ...(lead.contactPhone ? { phone: lead.contactPhone } : {}),
    ...(lead.contactEmail ? { email: lead.contactEmail } : {}),
  };
}

function hasContact(contacts: Contact[], c: Contact): boolean {
  return contacts.some((x) => x.name === c.name && (x.phone ?? null) === (c.phone ?? null) && (x.email ?? null) === (c.email ?? null));
}

/** The fields on which the lead has something to contribute, compared with the enterprise. */
export function compareForMerge(lead: MergeLead, enterprise: MergeEnterprise): FieldComparison[] {
  const e = enterprise.record;
  const out: FieldComparison[] = [];
  const scalar = (field: MergeField, leadValue: string | null, enterpriseValue: string | null, effect: string) => {
    if (leadValue === null || leadValue === enterpriseValue) return;
    const conflict = enterpriseValue !== null;
    out.push({ field, label: MERGE_FIELD_LABELS[field], leadValue, enterpriseValue, conflict, defaultChoice: conflict ? null : "lead", effect });
  };
  scalar("name", lead.companyName, e.name, "采用线索中的名称，企业原名称保留为别名");
  scalar("creditCode", lead.creditCode, e.creditCode, "采用线索中的统一社会信用代码");
  scalar("industryCode", lead.industryCode, enterprise.confirmedCodes[0] ?? null, "线索的行业代码设为主行业，原主行业保留为次要行业");
  if (!e.industryLabels.includes(lead.industry)) {
    out.push({
      field: "industryLabels", label: MERGE_FIELD_LABELS.industryLabels, leadValue: lead.industry, enterpriseValue: e.industryLabels,
      conflict: false, defaultChoice: "lead", effect: "把线索的行业描述加入行业标签",
    });
  }
  const contact = leadContact(lead);
  if (!hasContact(e.contacts, contact)) {
    out.push({
      field: "contacts", label: MERGE_FIELD_LABELS.contacts, leadValue: contact, enterpriseValue: e.contacts,
      conflict: false, defaultChoice: "lead", effect: "把线索的联系人加入企业联系人",
    });
  }
  return out.sort((a, b) => MERGE_FIELDS.indexOf(a.field) - MERGE_FIELDS.indexOf(b.field));
}

export interface MergeDecision {
  field: MergeField;
  choice: Choice;
  before: unknown;
  leadValue: unknown;
  after: unknown;
}

export type MergePlan =
  | { ok: true; patch: EnterprisePatch; decisions: MergeDecision[] }
  | { ok: false; missing: FieldComparison[] };

/** Applies the analyst's choices; refuses (listing them) when a conflicting field has no choice. */
export function planMerge(lead: MergeLead, enterprise: MergeEnterprise, choices: Partial<Record<MergeField, Choice>>): MergePlan {
  const comparisons = compareForMerge(lead, enterprise);
  const missing = comparisons.filter((c) => c.defaultChoice === null && !choices[c.field]);
  if (missing.length) return { ok: false, missing };

  const e = enterprise.record;
  const patch: EnterprisePatch = {};
  const decisions: MergeDecision[] = [];
  for (const c of comparisons) {
    const choice = (choices[c.field] ?? c.defaultChoice) as Choice;
    let after: unknown = c.enterpriseValue;
    if (choice === "lead") {
      switch (c.field) {
        case "name":
          patch.name = lead.companyName;
          if (!e.aliases.includes(e.name)) patch.aliases = [...e.aliases, e.name];
          after = lead.companyName;
          break;
        case "creditCode":
          patch.creditCode = lead.creditCode;
          after = lead.creditCode;
          break;
        case "industryCode": {
          const code = lead.industryCode as string;
          patch.industryCodes = [code, ...enterprise.confirmedCodes.filter((x) => x !== code)];
          after = code;
          break;
        }
        case "industryLabels":
          patch.industryLabels = [...e.industryLabels, lead.industry];
          after = patch.industryLabels;
          break;
        case "contacts":
          patch.contacts = [...e.contacts, leadContact(lead)];
          after = patch.contacts;
          break;
      }
    }
    decisions.push({ field: c.field, choice, before: c.enterpriseValue, leadValue: c.leadValue, after });
  }
  return { ok: true, patch, decisions };
}
