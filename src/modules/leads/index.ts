import type { Router } from "express";
import type { Config } from "../../config";
import type { Logger } from "../../logger";
import type { MatchingDeps } from "../matching";
import { leadFormRouter } from "./form/routes";
import { leadsRouter } from "./routes";
import { resolveFormSecret, type LeadDeps } from "./service";

export { registerLeadDocs } from "./routes";
export {
  submitLead, listLeads, getLead, acceptLead, mergeLead, rejectLead, startLeadReview, listChamberLeads, leadResponseStats,
  createFormLink, resolveFormSecret,
} from "./service";
export type { LeadDeps, LeadReviewDeps, SubmitLeadCommand } from "./service";
export { signFormLink, verifyFormLink } from "./form-link";
export { sniffAttachmentType } from "./file-sniffing";
export * from "./schemas";

type DomainParts = Pick<LeadDeps, "db" | "regions" | "industryNames">;

/** The API router (mounted at /api) from the long-lived services (matching answers accepted leads). */
export function leadsRouterFor(matching: MatchingDeps, config: Config): Router {
  const { db, regions, industryNames } = matching;
  return leadsRouter({ db, regions, industryNames, leads: config.leads, formSecret: resolveFormSecret(config.leads), matching });
}

/** The public form router (mounted at /form, outside /api: no sign-in, the signed link names the chamber). */
export function leadFormRouterFor(parts: DomainParts, config: Config, logger?: Logger): Router {
  return leadFormRouter({ ...parts, leads: config.leads, formSecret: resolveFormSecret(config.leads), countyName: config.county.name, logger });
}
