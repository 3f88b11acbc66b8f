export * from "./schemas";
export * from "./service";
export { projectsRouter, registerProjectDocs } from "./routes";
export { findProjectById, findProjectsByIds, listIndustryGroups } from "./repository";
export type { ProjectRow } from "./repository";
