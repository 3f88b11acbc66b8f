export { matchingRouter, registerMatchingDocs } from "./routes";
export { matchesForProject, matchesForEnterprise, type MatchingDeps } from "./service";
export { createMatchRun, getMatchRun, getMatchRunEntries } from "./match-runs";
export { loadIndustryInferrer, inferEnterpriseCodes, storeInferredCodes } from "./industry-inference-service";
export { toMatchEnterprise, toMatchProject, projectQueryText } from "./match-inputs";
export * from "./evaluation/metrics";
