import type { ComponentType } from "react";

/** Each page's chunk, loaded on demand (app.tsx) or early for the first URL (preload.ts). */
export const PAGES = {
  login: () => import("./login-page").then((m) => m.LoginPage),
  projects: () => import("./projects-page").then((m) => m.ProjectsPage),
  projectDetail: () => import("./project-detail-page").then((m) => m.ProjectDetailPage),
  matchReview: () => import("./match-review-page").then((m) => m.MatchReviewPage),
  enterprises: () => import("./enterprises-page").then((m) => m.EnterprisesPage),
  enterpriseDetail: () => import("./enterprise-detail-page").then((m) => m.EnterpriseDetailPage),
  shortlists: () => import("./shortlists-page").then((m) => m.ShortlistsPage),
  shortlistDetail: () => import("./shortlist-detail-page").then((m) => m.ShortlistDetailPage),
  leads: () => import("./leads/leads-routes").then((m) => m.LeadsRoutes),
  pipeline: () => import("./pipeline/pipeline-routes").then((m) => m.PipelineRoutes),
} satisfies Record<string, () => Promise<ComponentType>>;

export type PageName = keyof typeof PAGES;

const PATHS: [RegExp, PageName][] = [
  [/^\/login$/, "login"],
  [/^\/projects$/, "projects"],
  [/^\/projects\/\d+$/, "projectDetail"],
  [/^\/projects\/\d+\/matches$/, "matchReview"],
  [/^\/enterprises$/, "enterprises"],
  [/^\/enterprises\/\d+$/, "enterpriseDetail"],
  [/^\/shortlists$/, "shortlists"],
  [/^\/shortlists\/\d+$/, "shortlistDetail"],
];

/** The page a path opens (the router in app.tsx has the same table). */
export function pageForPath(pathname: string): PageName | null {
  const path = pathname.length > 1 ? pathname.replace(/\/$/, "") : pathname;
  return PATHS.find(([re]) => re.test(path))?.[1] ?? null;
}
