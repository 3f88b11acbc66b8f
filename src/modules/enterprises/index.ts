export * from "./schemas";
export * from "./service";
export { enterprisesRouter, registerEnterpriseDocs } from "./routes";
export { findEnterprisesByKeys, findEnterpriseById, findEnterprisesByIds, rowToRecord, confirmedCodes } from "./repository";
export type { EnterpriseRow } from "./repository";
export { applyEnterprisePatch, enterpriseFingerprint } from "./enterprise-record";
export type { EnterpriseRecord, EnterpriseRelations } from "./enterprise-record";
export { normalizeEnterpriseName } from "./name-normalization";
export { EnterpriseCandidateReader } from "./candidate-reader";
