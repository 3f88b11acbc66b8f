export { shortlistsRouter, registerShortlistDocs } from "./routes";
export { SHORTLIST_STATUSES, type ShortlistStatus } from "./schemas";
export type { ShortlistDeps } from "./service";
