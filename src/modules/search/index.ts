export { searchRouter, registerSearchDocs } from "./routes";
export { searchEnterprises, searchProjects, DEFAULT_SEMANTIC_RATIO, type SearchDeps } from "./service";
export { searchEnterprisesQuery, type SearchEnterprisesQuery } from "./schemas";
